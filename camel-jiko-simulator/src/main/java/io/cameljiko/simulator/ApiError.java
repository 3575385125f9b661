package io.cameljiko.simulator;

import java.util.List;
import java.util.Map;

/** An HTTP error answer thrown by handlers. */
final class ApiError extends RuntimeException {
    final int status;
    final Object body;
    final Map<String, String> headers;

    ApiError(int status, Object body, Map<String, String> headers) {
        super(status + " " + body, null, false, false);
        this.status = status;
        this.body = body;
        this.headers = headers;
    }

    ApiError(int status, Object body) {
        this(status, body, Map.of());
    }

    static ApiError notFound() {
        return new ApiError(404, Json.map("detail", "Not found"));
    }

    static ApiError detail(int status, String detail) {
        return new ApiError(status, Json.map("detail", detail));
    }

    /** FastAPI style 422 with one item. */
    static ApiError validation(List<Object> loc, String msg, String type, Object input) {
        return new ApiError(422, Json.map("detail", List.of(item(loc, msg, type, input))));
    }

    static Map<String, Object> item(List<Object> loc, String msg, String type, Object input) {
        Map<String, Object> m = Json.map("loc", loc, "msg", msg, "type", type);
        m.put("input", input);
        return m;
    }
}
