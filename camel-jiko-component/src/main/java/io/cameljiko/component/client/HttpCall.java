package io.cameljiko.component.client;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;

/**
 * One HTTP request as a {@link HttpSender} gets it, whichever client sends it. Built per attempt, so it is kept
 * cheap: no copy of the headers, and nothing checked but what would otherwise reach the wire unchecked.
 *
 * @param headers sent as given, one value per name
 * @param body    the request body; {@link HttpRequest.BodyPublishers#noBody()} for none
 * @param timeout the longest wait for the answer; null: the client's own
 */
public record HttpCall(String method, URI uri, Map<String, String> headers, HttpRequest.BodyPublisher body,
        Duration timeout) {

    public HttpCall {
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(headers);
        body = body == null ? HttpRequest.BodyPublishers.noBody() : body;
        headers.forEach(HttpCall::checkHeader);
    }

    /** A GET without a body, headers or timeout of its own. */
    public static HttpCall get(URI uri) {
        return new HttpCall("GET", uri, Map.of(), null, null);
    }

    /** Method, URI and header names only: the Authorization header carries the access token. */
    @Override
    public String toString() {
        return "HttpCall[" + method + " " + ConnectionFailure.where(uri) + ", headers " + headers.keySet() + "]";
    }

    /** A line break in a value would start another header (or the body): refused, as the JDK client refuses it. */
    private static void checkHeader(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("The " + name + " header of a Jiko request must not contain a line break");
            }
        }
    }
}
