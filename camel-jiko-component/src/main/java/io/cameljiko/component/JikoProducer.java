package io.cameljiko.component;

import io.cameljiko.component.client.JikoOutputType;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cameljiko.component.catalog.BodyKind;
import io.cameljiko.component.catalog.HttpTarget;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.RequestBodies;
import io.cameljiko.component.catalog.RequestFactory;
import io.cameljiko.component.client.JikoClient;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.client.JikoRequest;
import io.cameljiko.component.client.JikoResponse;
import io.cameljiko.component.client.PageIterator;
import io.cameljiko.component.client.RatePriority;
import io.cameljiko.component.client.ResponseMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Resolves the operation (endpoint or CamelJikoOperation header), builds and validates the request,
 * sends it through the endpoint's client and maps the answer. Exchange headers never reach Jiko.
 */
public class JikoProducer extends DefaultProducer {

    public JikoProducer(JikoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public JikoEndpoint getEndpoint() {
        return (JikoEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        JikoEndpoint endpoint = getEndpoint();
        JikoConfiguration config = endpoint.getConfiguration();
        Message message = exchange.getMessage();
        Operation operation = endpoint.resolveOperation(message.getHeader(JikoConstants.OPERATION, config.getOperation(),
                String.class));
        String baseUrl = config.effectiveBaseUrl();
        Function<String, Object> options = endpoint::option;
        Function<String, Object> headers = message::getHeader;

        JikoRequest request = buildRequest(operation, baseUrl, options, exchange);
        JikoClient client = endpoint.getClient();
        JikoResponse response = client.send(request);

        message.setHeader(JikoConstants.STATUS_CODE, response.statusCode());
        if (response.contentType() != null) {
            message.setHeader(JikoConstants.CONTENT_TYPE, response.contentType());
        }
        response.rateLimitRemaining().ifPresent(v -> message.setHeader(JikoConstants.RATE_LIMIT_REMAINING, v));
        response.rateLimitReset().ifPresent(v -> message.setHeader(JikoConstants.RATE_LIMIT_RESET, v));
        message.removeHeader(JikoConstants.NEXT_PAGE);
        message.removeHeader(JikoConstants.PREV_PAGE);

        JikoOutputType outputType = config.getOutputType();
        if (config.isPaginate() && ResponseMapper.isPage(operation, response)) {
            // later pages are read with the same parameters, only the cursor changes
            Function<String, PageIterator.Page> fetchPage = cursor -> {
                URI uri = RequestFactory.uri(operation, baseUrl, options,
                        name -> JikoConstants.CURSOR.equals(name) ? cursor : headers.apply(name));
                return ResponseMapper.page(operation, client.send(JikoRequest.get(operation.name(), uri, request.headers())
                        .withPriority(RatePriority.PAGING)), outputType);
            };
            message.setBody(new PageIterator(ResponseMapper.page(operation, response, outputType), fetchPage));
            return;
        }
        ResponseMapper.Mapped mapped = ResponseMapper.map(operation, response, outputType);
        if (mapped.nextPage() != null) {
            message.setHeader(JikoConstants.NEXT_PAGE, mapped.nextPage());
        }
        if (mapped.prevPage() != null) {
            message.setHeader(JikoConstants.PREV_PAGE, mapped.prevPage());
        }
        message.setBody(mapped.body());
    }

    private static JikoRequest buildRequest(Operation operation, String baseUrl, Function<String, Object> options,
                                            Exchange exchange) {
        Message message = exchange.getMessage();
        Function<String, Object> headers = message::getHeader;
        if (OperationCatalog.REQUEST.equals(operation.name())) {
            HttpTarget target = RequestFactory.genericTarget(baseUrl, options, headers);
            boolean hasBody = target.method().equals("POST") || target.method().equals("PUT") || target.method().equals("PATCH");
            return hasBody ? genericWithBody(operation, target, message)
                    : new JikoRequest(operation.name(), target.method(), target.uri(), Map.of(), null, true, null, true);
        }
        if (OperationCatalog.DOWNLOAD.equals(operation.name())) {
            HttpTarget target = RequestFactory.download(baseUrl, options, headers);
            return new JikoRequest(operation.name(), "GET", target.uri(), Map.of("Accept", "*/*"), null, true, null,
                    RequestFactory.sameOrigin(target.uri(), baseUrl));
        }
        URI uri = RequestFactory.uri(operation, baseUrl, options, headers);
        if (operation.bodyKind() == BodyKind.RAW) {
            RequestBodies.Raw raw = RequestBodies.raw(operation, message.getBody(),
                    message.getHeader(Exchange.CONTENT_TYPE, String.class), message.getHeader(Exchange.CONTENT_LENGTH, Long.class));
            return new JikoRequest(operation.name(), operation.method(), uri, Map.of("Content-Type", raw.contentType()),
                    raw.publisher(), raw.replayable(), null, true);
        }
        if (operation.bodyKind() == BodyKind.JSON) {
            ObjectNode body = RequestBodies.toJsonObject(operation, message.getBody());
            String resourceId = operation.clientId() != null ? ensureClientId(operation.clientId(), body, exchange) : null;
            RequestBodies.validate(operation, body);
            byte[] bytes = RequestBodies.bytes(body);
            return new JikoRequest(operation.name(), operation.method(), uri, Map.of("Content-Type", "application/json"),
                    () -> HttpRequest.BodyPublishers.ofByteArray(bytes), true, resourceId, true);
        }
        return new JikoRequest(operation.name(), operation.method(), uri, Map.of(), null, true, null, true);
    }

    /**
     * A client-supplied id (transfer.id) is the API's de-duplication key. When the body has none, one is generated
     * before the first attempt and remembered on the exchange (a property, keyed by the body's content): Camel
     * restores the original message before a redelivery, so a header alone would be lost, but the property is
     * not, and the retried request goes out with the same id. Jiko then does not move the money twice.
     */
    private static String ensureClientId(Operation.ClientId clientId, ObjectNode body, Exchange exchange) {
        int dot = clientId.path().lastIndexOf('.');
        JsonNode parent = dot < 0 ? body : RequestBodies.at(body, clientId.path().substring(0, dot));
        String field = clientId.path().substring(dot + 1);
        if (!(parent instanceof ObjectNode holder)) {
            return null; // the body rules name what is missing
        }
        JsonNode id = holder.get(field);
        String value;
        if (id == null || id.isNull() || id.asText().isBlank()) {
            holder.remove(field);
            @SuppressWarnings("unchecked")
            Map<String, String> generated = exchange.getProperty(GENERATED_CLIENT_IDS, Map.class);
            if (generated == null) {
                generated = new java.util.concurrent.ConcurrentHashMap<>();
                exchange.setProperty(GENERATED_CLIENT_IDS, generated);
            }
            value = generated.computeIfAbsent(JikoJson.fingerprint(body), k -> UUID.randomUUID().toString());
            holder.put(field, value);
        } else {
            value = id.asText();
        }
        exchange.getMessage().setHeader(clientId.header(), value);
        return value;
    }

    /** Exchange property: the client ids generated for this exchange, by body content. */
    static final String GENERATED_CLIENT_IDS = "CamelJikoGeneratedClientIds";


    /** The request operation sends the message body for POST, PUT and PATCH: JSON text, bytes, a stream or an object. */
    private static JikoRequest genericWithBody(Operation operation, HttpTarget target, Message message) {
        Map<String, String> headers = new LinkedHashMap<>();
        String contentType = message.getHeader(Exchange.CONTENT_TYPE, "application/json", String.class);
        headers.put("Content-Type", contentType);
        Object body = message.getBody();
        if (body == null || body instanceof String || body instanceof byte[] || body instanceof java.io.InputStream
            || body instanceof java.io.File || body instanceof java.nio.file.Path) {
            if (body == null) {
                return new JikoRequest(operation.name(), target.method(), target.uri(), headers,
                        HttpRequest.BodyPublishers::noBody, true, null, true);
            }
            RequestBodies.Raw raw = RequestBodies.raw(operation, body, contentType,
                    message.getHeader(Exchange.CONTENT_LENGTH, Long.class));
            return new JikoRequest(operation.name(), target.method(), target.uri(), headers, raw.publisher(), raw.replayable(),
                    null, true);
        }
        byte[] bytes = RequestBodies.bytes(RequestBodies.toJsonObject(operation, body));
        return new JikoRequest(operation.name(), target.method(), target.uri(), headers,
                () -> HttpRequest.BodyPublishers.ofByteArray(bytes), true, null, true);
    }
}
