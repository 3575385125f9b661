package io.cameljiko.component.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cameljiko.component.openapi.ApiDescription.ApiBody;
import io.cameljiko.component.openapi.ApiDescription.ApiOperation;
import io.cameljiko.component.openapi.ApiDescription.ApiParam;
import io.cameljiko.component.openapi.ApiDescription.ResponseShape;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The only class that touches swagger-parser (an optional dependency): loaded only after {@link OpenApiSpecs} checked
 * that the library is there. Reads OpenAPI 3.0 and 3.1, YAML or JSON, and follows local {@code $ref}s itself
 * (a downloaded description is one bundled file).
 */
final class SpecParser {

    private static final int MAX_REF_DEPTH = 20;

    private final Components components;

    private SpecParser(Components components) {
        this.components = components == null ? new Components() : components;
    }

    static ApiDescription parse(String location, String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        OpenAPI api = result == null ? null : result.getOpenAPI();
        if (api == null || api.getOpenapi() == null || !api.getOpenapi().startsWith("3.")) {
            List<String> messages = result == null || result.getMessages() == null ? List.of() : result.getMessages();
            throw new IllegalArgumentException("is not an OpenAPI 3.0 or 3.1 description"
                                               + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)));
        }
        if (api.getPaths() == null || api.getPaths().isEmpty()) {
            throw new IllegalArgumentException("describes no paths");
        }
        SpecParser parser = new SpecParser(api.getComponents());
        List<ApiOperation> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> operations.add(parser.operation(path, method.name(), item, op))));
        String title = api.getInfo() == null ? null : api.getInfo().getTitle();
        String version = api.getInfo() == null ? null : api.getInfo().getVersion();
        return new ApiDescription(location, api.getOpenapi(), title, version, operations);
    }

    private ApiOperation operation(String path, String method, PathItem item, Operation op) {
        Map<String, ApiParam> params = new LinkedHashMap<>();
        for (List<Parameter> list : new ArrayList<>(java.util.Arrays.asList(item.getParameters(), op.getParameters()))) {
            if (list != null) {
                for (Parameter p : list) {
                    ApiParam param = param(deref(p));
                    if (param != null) {
                        params.put(param.in() + ":" + param.name(), param); // the operation's own wins
                    }
                }
            }
        }
        String id = op.getOperationId() != null ? op.getOperationId()
                : (method + path).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String summary = op.getSummary() != null ? op.getSummary() : "";
        Schema<?> okSchema = null;
        ResponseShape shape = ResponseShape.NONE;
        if (op.getResponses() != null) {
            String code = op.getResponses().keySet().stream().filter(c -> c.startsWith("2")).sorted().findFirst().orElse(null);
            ApiResponse response = code == null ? null : deref(op.getResponses().get(code));
            MediaType json = response == null ? null : json(response.getContent());
            if (json != null) {
                okSchema = deref(json.getSchema());
                shape = isCursorList(okSchema) ? ResponseShape.CURSOR_LIST : ResponseShape.OBJECT;
            } else if (response != null && response.getContent() != null && !response.getContent().isEmpty()) {
                shape = ResponseShape.OTHER;
            }
        }
        Set<String> fields = okSchema == null ? Set.of()
                : shape == ResponseShape.CURSOR_LIST ? itemFields(okSchema) : properties(okSchema).keySet();
        return new ApiOperation(id, method, path, summary, new ArrayList<>(params.values()), body(op.getRequestBody()),
                shape, fields);
    }

    private ApiParam param(Parameter p) {
        if (p == null || !("path".equals(p.getIn()) || "query".equals(p.getIn()))) {
            return null;
        }
        Schema<?> schema = nonNull(deref(p.getSchema()));
        boolean array = schema != null && "array".equals(type(schema));
        Schema<?> value = array ? nonNull(deref(schema.getItems())) : schema;
        List<String> enums = new ArrayList<>();
        if (value != null && value.getEnum() != null) {
            value.getEnum().stream().filter(e -> e != null).forEach(e -> enums.add(e.toString()));
        }
        return new ApiParam(p.getName(), p.getIn(), Boolean.TRUE.equals(p.getRequired()) || "path".equals(p.getIn()),
                value == null ? null : type(value), value == null ? null : value.getFormat(), enums,
                value == null ? null : integer(value.getMinimum()), value == null ? null : integer(value.getMaximum()), array);
    }

    private ApiBody body(RequestBody requestBody) {
        RequestBody body = deref(requestBody);
        if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
            return null;
        }
        MediaType json = json(body.getContent());
        String mediaType = json != null ? body.getContent().entrySet().stream().filter(e -> e.getValue() == json)
                .map(Map.Entry::getKey).findFirst().orElse("application/json")
                : body.getContent().keySet().iterator().next();
        Schema<?> schema = json == null ? null : deref(json.getSchema());
        return new ApiBody(Boolean.TRUE.equals(body.getRequired()), mediaType,
                schema == null ? Set.of() : required(schema, 0), schema == null ? Set.of() : properties(schema).keySet());
    }

    private static MediaType json(Content content) {
        if (content == null) {
            return null;
        }
        return content.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains("json"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    @SuppressWarnings("rawtypes")
    private Set<String> itemFields(Schema<?> list) {
        Schema items = deref(properties(list).get("items"));
        return items == null || items.getItems() == null ? Set.of() : properties(items.getItems()).keySet();
    }

    private boolean isCursorList(Schema<?> schema) {
        Map<String, Schema<?>> props = properties(schema);
        return props.containsKey("items") && props.containsKey("next_page");
    }

    /** Top-level properties, merged over allOf, oneOf and anyOf (the union: a model knows every variant's fields); own ones win. */
    private Map<String, Schema<?>> properties(Schema<?> schema) {
        Map<String, Schema<?>> out = new LinkedHashMap<>();
        collect(deref(schema), out, 0);
        return out;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private void collect(Schema<?> schema, Map<String, Schema<?>> out, int depth) {
        if (schema == null || depth > MAX_REF_DEPTH) {
            return;
        }
        for (List<Schema> parts : parts(schema)) {
            for (Schema part : parts) {
                collect(deref(part), out, depth + 1); // a later part refines an earlier one (allOf [base, extension])
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, s) -> out.put(name, deref((Schema) s)));
        }
    }

    /** Required top-level fields: its own and allOf's, plus those every oneOf/anyOf variant requires. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private Set<String> required(Schema<?> schema, int depth) {
        Set<String> out = new LinkedHashSet<>();
        if (schema == null || depth > MAX_REF_DEPTH) {
            return out;
        }
        if (schema.getRequired() != null) {
            out.addAll(schema.getRequired());
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(p -> out.addAll(required(deref((Schema) p), depth + 1)));
        }
        for (List<Schema> variants : java.util.Arrays.asList(schema.getOneOf(), schema.getAnyOf())) {
            Set<String> common = null;
            for (Schema v : variants == null ? List.<Schema> of() : variants) {
                Set<String> r = required(deref(v), depth + 1);
                if (common == null) {
                    common = r;
                } else {
                    common.retainAll(r);
                }
            }
            if (common != null) {
                out.addAll(common);
            }
        }
        return out;
    }

    @SuppressWarnings("rawtypes")
    private static List<List<Schema>> parts(Schema<?> schema) {
        List<List<Schema>> out = new ArrayList<>();
        for (List<Schema> l : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    /** A nullable value (3.1 anyOf [X, null], 3.0 nullable X) as X. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private Schema<?> nonNull(Schema<?> schema) {
        if (schema == null || type(schema) != null) {
            return schema;
        }
        for (List<Schema> parts : parts(schema)) {
            for (Schema part : parts) {
                Schema<?> s = deref(part);
                if (s != null && !"null".equals(type(s))) {
                    return nonNull(s);
                }
            }
        }
        return schema;
    }

    private static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            return schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst()
                    .orElse(schema.getTypes().isEmpty() ? null : "null");
        }
        return null;
    }

    private static Integer integer(BigDecimal value) {
        return value == null ? null : value.intValue();
    }

    // ---- local $ref: #/components/<kind>/<name> ----------------------------------------------------------------

    @SuppressWarnings("rawtypes")
    private Schema deref(Schema schema) {
        Schema s = schema;
        for (int i = 0; s != null && s.get$ref() != null && i < MAX_REF_DEPTH; i++) {
            s = components.getSchemas() == null ? null : components.getSchemas().get(name(s.get$ref()));
        }
        return s;
    }

    private Parameter deref(Parameter p) {
        return p != null && p.get$ref() != null && components.getParameters() != null
                ? components.getParameters().get(name(p.get$ref())) : p;
    }

    private RequestBody deref(RequestBody b) {
        return b != null && b.get$ref() != null && components.getRequestBodies() != null
                ? components.getRequestBodies().get(name(b.get$ref())) : b;
    }

    private ApiResponse deref(ApiResponse r) {
        return r != null && r.get$ref() != null && components.getResponses() != null
                ? components.getResponses().get(name(r.get$ref())) : r;
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
