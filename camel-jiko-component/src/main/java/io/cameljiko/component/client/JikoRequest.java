package io.cameljiko.component.client;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One call to Jiko as the pipeline sees it. The body is a supplier so a request can be sent again
 * (retry, 401 replay) when the body allows it.
 *
 * @param operation  catalog name, for messages
 * @param resourceId    client-side id of what a POST creates (transfer id), reported when the outcome is unknown
 * @param authenticated whether the bearer token goes along (false for download URLs on another host)
 * @param priority      who asks, for the rate-limit budget: a producer, a later page, a consumer's poll
 */
public record JikoRequest(String operation, String method, URI uri, Map<String, String> headers,
        Supplier<HttpRequest.BodyPublisher> body, boolean bodyReplayable, String resourceId, boolean authenticated,
        RatePriority priority) {

    public JikoRequest {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        priority = priority == null ? RatePriority.PRODUCER : priority;
    }

    /** A producer's request. */
    public JikoRequest(String operation, String method, URI uri, Map<String, String> headers,
                       Supplier<HttpRequest.BodyPublisher> body, boolean bodyReplayable, String resourceId,
                       boolean authenticated) {
        this(operation, method, uri, headers, body, bodyReplayable, resourceId, authenticated, RatePriority.PRODUCER);
    }

    /** The same request on behalf of {@code who}. */
    public JikoRequest withPriority(RatePriority who) {
        return new JikoRequest(operation, method, uri, headers, body, bodyReplayable, resourceId, authenticated, who);
    }

    public static JikoRequest get(String operation, URI uri, Map<String, String> headers) {
        return new JikoRequest(operation, "GET", uri, headers, null, true, null, true);
    }

    /** GET, HEAD, PUT, DELETE, OPTIONS: repeating them does not repeat an effect. */
    public boolean idempotent() {
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
            default -> false;
        };
    }
}
