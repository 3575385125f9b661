package io.cameljiko.component.client;

import java.io.File;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cameljiko.component.catalog.BodyKind;
import io.cameljiko.component.catalog.HttpTarget;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.Param;
import io.cameljiko.component.catalog.RequestBodies;
import io.cameljiko.component.catalog.RequestFactory;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.json.JsonPaths;

/**
 * The one place a {@link JikoRequest} is made, by the producer, the paginator, the consumers and the webhook
 * registration alike: named parts in, a checked request out. Parameters come from {@link #with overrides}, then
 * headers, then options; the operation's {@link Operation.Kind kind} says where the call goes. Bad input fails in
 * {@link #build()}, before any token or API call.
 */
public final class RequestBuilder {

    private final Operation operation;
    private final String baseUrl;
    private Function<String, Object> options = name -> null;
    private Function<String, Object> headers = name -> null;
    private final Map<String, Object> overrides = new HashMap<>();
    private Object body;
    private String contentType;
    private Long contentLength;
    private String accept;
    private RatePriority priority = RatePriority.PRODUCER;
    private UnaryOperator<String> clientIds = fingerprint -> UUID.randomUUID().toString();

    private RequestBuilder(Operation operation, String baseUrl) {
        this.operation = operation;
        this.baseUrl = baseUrl;
    }

    /** A request of {@code operation} to the API at {@code baseUrl}. */
    public static RequestBuilder of(Operation operation, String baseUrl) {
        return new RequestBuilder(operation, baseUrl);
    }

    /** The endpoint's options, read by option name. */
    public RequestBuilder options(Function<String, Object> options) {
        this.options = options;
        return this;
    }

    /** The message headers, read by header name; a header wins over its option. */
    public RequestBuilder headers(Function<String, Object> headers) {
        this.headers = headers;
        return this;
    }

    /** An option value that wins over header and option (a page cursor, a poll's time bound); null means absent. */
    public RequestBuilder with(String option, Object value) {
        overrides.put(option, value);
        return this;
    }

    /** The message body, with its Content-Type and Content-Length when known. */
    public RequestBuilder body(Object body, String contentType, Long contentLength) {
        this.body = body;
        this.contentType = contentType;
        this.contentLength = contentLength;
        return this;
    }

    /** The Accept header, when the operation needs one (a CSV listing read as JSON). */
    public RequestBuilder accept(String accept) {
        this.accept = accept;
        return this;
    }

    /** Who asks, for the rate-limit budget. */
    public RequestBuilder priority(RatePriority priority) {
        this.priority = priority;
        return this;
    }

    /**
     * The client-supplied id of a body that has none, by the body's content fingerprint: the producer keeps one per
     * exchange so that a redelivery sends the same id. Default: a new UUID.
     */
    public RequestBuilder clientIds(UnaryOperator<String> idForFingerprint) {
        this.clientIds = idForFingerprint;
        return this;
    }

    public JikoRequest build() {
        Function<String, Object> opts = name -> overrides.containsKey(name) ? overrides.get(name) : options.apply(name);
        // the header first: most are absent, and only a present one needs the (costlier) override check
        Function<String, Object> hdrs = header -> {
            Object value = headers.apply(header);
            return value == null || overridden(header) ? null : value;
        };
        return switch (operation.kind()) {
            case REQUEST -> generic(RequestFactory.genericTarget(baseUrl, opts, hdrs));
            case DOWNLOAD -> {
                HttpTarget target = RequestFactory.download(baseUrl, opts, hdrs);
                yield request("GET", target, Map.of("Accept", "*/*"), null, true, null,
                        RequestFactory.sameOrigin(target.uri(), baseUrl));
            }
            case API -> api(new HttpTarget(operation.method(), RequestFactory.uri(operation, baseUrl, opts, hdrs)));
        };
    }

    private boolean overridden(String header) {
        return overrides.keySet().stream().anyMatch(option -> Param.headerOf(option).equals(header));
    }

    private JikoRequest api(HttpTarget target) {
        if (operation.bodyKind() == BodyKind.RAW) {
            RequestBodies.Raw raw = RequestBodies.raw(operation, body, contentType, contentLength);
            return request(target.method(), target, Map.of("Content-Type", raw.contentType()), raw.publisher(),
                    raw.replayable(), null, true);
        }
        if (operation.bodyKind() == BodyKind.JSON) {
            ObjectNode json = RequestBodies.toJsonObject(operation, body);
            String resourceId = operation.clientId() != null ? ensureClientId(operation.clientId(), json) : null;
            RequestBodies.validate(operation, json);
            return request(target.method(), target, Map.of("Content-Type", "application/json"), json(json), true,
                    resourceId, true);
        }
        return request(target.method(), target, Map.of(), null, true, null, true);
    }

    /** The request operation sends the message body for POST, PUT and PATCH: JSON text, bytes, a stream or an object. */
    private JikoRequest generic(HttpTarget target) {
        String method = target.method();
        if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) {
            return request(method, target, Map.of(), null, true, null, true);
        }
        Map<String, String> sent = new LinkedHashMap<>();
        String type = contentType != null ? contentType : "application/json";
        sent.put("Content-Type", type);
        if (body == null) {
            return request(method, target, sent, HttpRequest.BodyPublishers::noBody, true, null, true);
        }
        if (body instanceof String || body instanceof byte[] || body instanceof InputStream || body instanceof File
            || body instanceof Path) {
            RequestBodies.Raw raw = RequestBodies.raw(operation, body, type, contentLength);
            return request(method, target, sent, raw.publisher(), raw.replayable(), null, true);
        }
        return request(method, target, sent, json(RequestBodies.toJsonObject(operation, body)), true, null, true);
    }

    private static Supplier<HttpRequest.BodyPublisher> json(ObjectNode body) {
        byte[] bytes = RequestBodies.bytes(body);
        return () -> HttpRequest.BodyPublishers.ofByteArray(bytes);
    }

    private JikoRequest request(String method, HttpTarget target, Map<String, String> requestHeaders,
                                Supplier<HttpRequest.BodyPublisher> publisher, boolean replayable,
                                String resourceId, boolean authenticated) {
        Map<String, String> all = requestHeaders;
        if (accept != null && !requestHeaders.containsKey("Accept")) {
            all = new LinkedHashMap<>(requestHeaders);
            all.put("Accept", accept);
        }
        return new JikoRequest(operation.name(), method, target.uri(), all, publisher, replayable, resourceId, authenticated,
                priority);
    }

    /**
     * A client-supplied id (transfer.id) is the API's de-duplication key. When the body has none, one is filled in
     * from {@link #clientIds} before the first attempt; the id sent is returned (and becomes the request's resourceId).
     */
    private String ensureClientId(Operation.ClientId clientId, ObjectNode json) {
        int dot = clientId.path().lastIndexOf('.');
        JsonNode parent = dot < 0 ? json : JsonPaths.at(json, clientId.path().substring(0, dot));
        String field = clientId.path().substring(dot + 1);
        if (!(parent instanceof ObjectNode holder)) {
            return null; // the body rules name what is missing
        }
        JsonNode id = holder.get(field);
        if (id == null || id.isNull() || id.asText().isBlank()) {
            holder.remove(field);
            String value = clientIds.apply(JikoJson.fingerprint(json));
            holder.put(field, value);
            return value;
        }
        return id.asText();
    }
}
