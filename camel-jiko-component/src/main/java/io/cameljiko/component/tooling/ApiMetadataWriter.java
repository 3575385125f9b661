package io.cameljiko.component.tooling;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.OperationOptions;
import io.cameljiko.component.catalog.Param;
import org.apache.camel.tooling.model.ApiMethodModel;
import org.apache.camel.tooling.model.ApiModel;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.ApiOptionModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointOptionModel;
import org.apache.camel.tooling.model.JsonMapper;

/**
 * Build-time only (run by the pom right after camel-package-maven-plugin, needs camel-tooling-model, which the
 * component does not ship with): gives the generated jiko.json Camel's API-component shape, from the catalog.
 * Each operation becomes an entry of "apis" (its description, producer-only unless it can be polled), and the
 * options that only some operations take move from the flat "properties" (and "componentProperties") to that
 * operation's "apiProperties".
 * Tooling then offers an operation's own options only, and camel-catalog validation reports an option of
 * another operation as unknown. Runtime is unchanged: the generated configurers still set every option, and
 * the endpoint refuses the ones that do not apply (a component-level value of such an option is still accepted, as a
 * default for the endpoints whose operation takes it, but no longer advertised).
 */
public final class ApiMetadataWriter {

    private ApiMetadataWriter() {
    }

    /** Rewrites each given jiko.json that exists. */
    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            Path file = Path.of(arg);
            if (Files.exists(file)) {
                String json = Files.readString(file, StandardCharsets.UTF_8);
                String rewritten = rewrite(json);
                if (!rewritten.equals(json)) {
                    Files.writeString(file, rewritten, StandardCharsets.UTF_8);
                }
            }
        }
    }

    static String rewrite(String json) {
        ComponentModel model = JsonMapper.generateComponentModel(json);
        if (model.isApi()) {
            // rewritten already: camel-package-maven-plugin skipped generation (nothing changed since the last build),
            // and a second pass would find no operation options left to move and empty every apiProperties
            return json;
        }
        model.setApi(true);
        model.setApiSyntax("operation");
        Map<String, EndpointOptionModel> moved = new LinkedHashMap<>();
        model.getEndpointOptions().removeIf(o -> {
            if ("parameter".equals(o.getKind()) && OperationOptions.isOperationSpecific(o.getName())) {
                moved.put(o.getName(), o);
                return true;
            }
            return false;
        });
        // as component options they would be valid on every URI, so tooling could not tell which belong where
        model.getComponentOptions().removeIf(o -> OperationOptions.isOperationSpecific(o.getName()));
        model.getApiOptions().clear();
        for (Operation operation : OperationCatalog.all()) {
            ApiModel api = new ApiModel();
            api.setName(operation.name());
            api.setDescription(describe(operation));
            api.setProducerOnly(!operation.pollable());
            ApiMethodModel method = api.newMethod(operation.name());
            method.setDescription(describe(operation));
            int index = 0;
            for (Map.Entry<String, EndpointOptionModel> e : moved.entrySet()) {
                if (OperationOptions.operationsOf(e.getKey()).contains(operation.name())) {
                    ApiOptionModel option = option(e.getValue(), operation);
                    option.setIndex(index++);
                    method.addApiOptionModel(option);
                }
            }
            model.getApiOptions().add(api);
        }
        return JsonMapper.createParameterJsonSchema(model) + "\n";
    }

    private static String describe(Operation operation) {
        String method = operation.method() == null ? "any method" : operation.method() + " " + operation.pathTemplate();
        return operation.summary() + " (" + method + "; " + operation.evidence().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
               + ")";
    }

    private static ApiOptionModel option(EndpointOptionModel from, Operation operation) {
        ApiOptionModel option = new ApiOptionModel();
        String group = OperationOptions.group(from.getName(), operation);
        option.setName(from.getName());
        option.setKind("parameter");
        option.setDisplayName(from.getDisplayName());
        option.setGroup(group);
        option.setLabel(group);
        option.setType(from.getType());
        option.setJavaType(from.getJavaType());
        option.setEnums(from.getEnums());
        option.setDefaultValue(from.getDefaultValue());
        option.setDescription(from.getDescription());
        option.setConfigurationClass(from.getConfigurationClass());
        option.setConfigurationField(from.getConfigurationField());
        // a header may supply it per message, so it is never "required" on the URI; optional=false marks it needed
        Param param = operation.params().stream().filter(p -> p.optionName().equals(from.getName())).findFirst()
                .orElse(null);
        option.setOptional(param == null || !param.required());
        return option;
    }
}
