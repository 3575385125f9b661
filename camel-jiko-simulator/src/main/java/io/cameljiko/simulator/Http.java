package io.cameljiko.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request and response values passed between the server and the handlers. */
final class Http {
    private Http() {
    }

    record Req(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
               byte[] body, List<String> pathParams, String clientId) {
        String header(String name) {
            List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        String param(int i) {
            return pathParams.get(i);
        }

        Params params() {
            return new Params(query);
        }
    }

    static final class Resp {
        final int status;
        final byte[] body;
        final Map<String, String> headers = new LinkedHashMap<>();

        Resp(int status, byte[] body, String contentType) {
            this.status = status;
            this.body = body;
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
        }

        static Resp json(int status, Object body) {
            return new Resp(status, Json.write(body), "application/json");
        }

        static Resp ok(Object body) {
            return json(200, body);
        }

        static Resp noContent() {
            return new Resp(204, new byte[0], null);
        }

        static Resp text(int status, String text, String contentType) {
            return new Resp(status, text.getBytes(StandardCharsets.UTF_8), contentType);
        }

        Resp header(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }
}
