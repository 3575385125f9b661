package io.cameljiko.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request the simulator received (API, token and download requests alike).
 *
 * @param method  HTTP method
 * @param path    raw path, without the query string
 * @param query   raw query string, or {@code null}
 * @param headers request headers; names in lower case
 * @param body    request body bytes (never null)
 * @param time    the simulator clock's time of arrival
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
                              byte[] body, Instant time) {

    /** First value of a header (case-insensitive name), or null. */
    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
