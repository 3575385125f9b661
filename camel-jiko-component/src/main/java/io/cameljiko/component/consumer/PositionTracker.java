package io.cameljiko.component.consumer;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.catalog.RequestBodies;

/** Finds what a poll should deliver and remembers what was delivered. */
public interface PositionTracker {

    /**
     * The items to deliver next, oldest first, at most {@code max} (0 = no limit).
     *
     * @param fetchPage reads one page: (lower time bound or null, cursor or null) to the page's JSON
     */
    List<Candidate> next(PageReader fetchPage, int max);

    /** The item was processed successfully (or its failure was handled): never deliver it again. */
    void delivered(Candidate candidate);

    /** The position in words, for health details and the dev console: a watermark or a count of known items. */
    String position();

    /** Serialised position, for the state repository. */
    String save();

    @FunctionalInterface
    interface PageReader {
        JsonNode read(String from, String cursor);
    }

    static Function<JsonNode, String> text(String path) {
        return node -> {
            JsonNode value = at(node, path);
            return value == null || value.isNull() ? null : value.asText();
        };
    }

    static JsonNode at(JsonNode root, String path) {
        return RequestBodies.at(root, path);
    }
}
