package io.cameljiko.component.error;

import java.util.List;

/**
 * One item of Jiko's error {@code detail}: FastAPI's {loc, msg, type}, or a plain message (loc empty).
 */
public record JikoErrorDetail(List<String> loc, String msg, String type) {

    public JikoErrorDetail {
        loc = loc == null ? List.of() : List.copyOf(loc);
    }

    @Override
    public String toString() {
        return loc.isEmpty() ? msg : String.join(".", loc) + ": " + msg + (type == null ? "" : " (" + type + ")");
    }
}
