package io.cameljiko.component.openapi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.Param;
import io.cameljiko.component.openapi.ApiDescription.ApiOperation;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an endpoint with openApiSpec knows: the check's result (logged at start) and the operations of the description
 * that the catalog lacks, callable by operationId. Parameters of such an operation come from headers
 * {@code CamelJiko<UpperCamelCase>} (a header wins) or from the endpoint URI, named as the description names them
 * ({@code report_request_id} or {@code reportRequestId}); a URI parameter the description does not name is refused.
 */
public final class OpenApiBinding {

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiBinding.class);

    private final OpenApiSpecs.Spec spec;
    private final Map<String, Object> uriParameters;
    private final boolean typedOutput;
    private final Map<String, Operation> dynamic = new ConcurrentHashMap<>();

    private OpenApiBinding(OpenApiSpecs.Spec spec, Map<String, Object> uriParameters, boolean typedOutput) {
        this.spec = spec;
        this.uriParameters = uriParameters;
        this.typedOutput = typedOutput;
    }

    /**
     * Reads (once per component) and checks the description, logs the summary and the mismatches of the operation in
     * use, and refuses a dynamic operation's bad setup before any request.
     *
     * @param uriParameters URI parameters that are not endpoint options
     * @param typedOutput   whether outputType is model, which an operation without a model cannot honour
     */
    public static OpenApiBinding start(OpenApiSpecs specs, String location, ClassLoader classLoader, String operation,
                                       Map<String, Object> uriParameters, boolean typedOutput) {
        OpenApiBinding binding = new OpenApiBinding(specs.get(location, classLoader), Map.copyOf(uriParameters),
                typedOutput);
        LOG.info(binding.spec.report().summary());
        Operation op = binding.operation(operation);
        if (OperationCatalog.find(operation).isPresent()) {
            binding.report(op);
            return binding;
        }
        for (String given : uriParameters.keySet()) {
            if (binding.paramNamed(op, given) == null) {
                throw new IllegalArgumentException("Unknown parameter " + given + " for jiko:" + op.name() + " (from "
                                                   + OpenApiSpecs.OPTION + "): its parameters are "
                                                   + op.params().stream().map(Param::apiName).sorted()
                                                           .collect(Collectors.joining(", ", "", ""))
                                                   + (op.params().isEmpty() ? "none" : ""));
            }
        }
        LOG.info("Jiko operation {} ({} {}) is not in camel-jiko's catalog: called as {} describes it, untyped",
                op.name(), op.method(), op.pathTemplate(), OpenApiSpecs.OPTION);
        return binding;
    }

    private void report(Operation op) {
        spec.report().result(op.name()).ifPresent(result -> {
            switch (result.status()) {
                case MISSING -> LOG.warn("Jiko operation {} ({} {}) is not in {} {}: the catalog entry may not fit your "
                                         + "Jiko version", op.name(), op.method(), op.pathTemplate(), OpenApiSpecs.OPTION,
                        spec.description().location());
                case DIFFERS -> result.mismatches().forEach(m -> LOG.warn("Jiko operation {} differs from {}: {}",
                        op.name(), OpenApiSpecs.OPTION, m));
                case MATCHES -> {
                    if (result.confirmsInferred()) {
                        LOG.info("Jiko operation {} ({} {}), marked {} in camel-jiko, is confirmed by {}", op.name(),
                                op.method(), op.pathTemplate(), op.evidence(), OpenApiSpecs.OPTION);
                    }
                }
            }
            result.notes().forEach(n -> LOG.debug("Jiko operation {}: {}", op.name(), n));
        });
    }

    /** Whether the description confirms this catalog operation as it is. */
    public boolean confirms(String operation) {
        return spec.report().result(operation).map(r -> r.status() == CheckReport.Status.MATCHES).orElse(false);
    }

    /** A catalog operation, else the description's operation of that operationId; otherwise a clear error. */
    public Operation operation(String name) {
        java.util.Optional<Operation> catalog = OperationCatalog.find(name);
        if (catalog.isPresent()) {
            return catalog.get();
        }
        String id = name == null ? "" : name.trim();
        Operation op = dynamic.computeIfAbsent(id, this::build);
        if (typedOutput) {
            throw new IllegalArgumentException("Operation " + op.name() + " comes from " + OpenApiSpecs.OPTION
                                               + " and has no typed model: set outputType=json or outputType=map");
        }
        return op;
    }

    private Operation build(String id) {
        ApiDescription description = spec.description();
        ApiOperation file = description.byId(id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown Jiko operation '" + id + "': neither in camel-jiko's catalog (" + String.join(", ",
                        OperationCatalog.names()) + ") nor an operationId of " + OpenApiSpecs.OPTION + " "
                + description.location() + " (operations only there: " + spec.report().onlyInFile().stream()
                        .map(ApiOperation::operationId).sorted().collect(Collectors.joining(", ")) + ")"));
        spec.report().results().stream().filter(r -> r.matched() == file).findFirst().ifPresent(r -> {
            throw new IllegalArgumentException("Operation " + id + " of " + OpenApiSpecs.OPTION + " is camel-jiko's "
                                               + r.operation().name() + ": use jiko:" + r.operation().name()
                                               + " (typed, validated, pollable)");
        });
        return DynamicOperations.of(file);
    }

    /** A URI parameter of a dynamic operation, by option name (reportRequestId) or API name (report_request_id). */
    public Object uriParameter(String optionName) {
        for (Map.Entry<String, Object> e : uriParameters.entrySet()) {
            if (e.getKey().equalsIgnoreCase(optionName) || Param.optionNameOf(e.getKey()).equals(optionName)) {
                return e.getValue();
            }
        }
        return null;
    }

    private Param paramNamed(Operation op, String given) {
        return op.params().stream().filter(p -> p.apiName().equals(given) || p.optionName().equalsIgnoreCase(given))
                .findFirst().orElse(null);
    }

    /** The endpoint URI's query parameters that are not endpoint options (raw values resolved). */
    public static Map<String, Object> extraUriParameters(String endpointUri, Collection<String> options) {
        Set<String> known = options.stream().map(o -> o.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            Map<String, Object> query = URISupport.parseQuery(URISupport.extractQuery(endpointUri), true, true);
            URISupport.resolveRawParameterValues(query);
            query.forEach((k, v) -> {
                if (!known.contains(k.toLowerCase(Locale.ROOT))) {
                    out.put(k, v);
                }
            });
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("The endpoint URI's parameters cannot be read: " + e.getMessage());
        }
        return out;
    }
}
