package io.cameljiko.component.json;

import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/** Dotted paths into JSON values ({@code transfer.id}, {@code payload.event_type}): the one reader of them. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The value at a dotted path, or null when a step is missing or not an object. */
    public static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node;
    }

    /** The text at a dotted path, or null when it is missing or JSON null. */
    public static String text(JsonNode root, String path) {
        JsonNode value = at(root, path);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** {@link #text(JsonNode, String)} as a function of the root, for one path read from many items. */
    public static Function<JsonNode, String> text(String path) {
        return node -> text(node, path);
    }
}
