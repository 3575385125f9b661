package io.cameljiko.component.consumer;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds what a poll should deliver and remembers what was delivered. */
public interface PositionTracker {

    /**
     * The items to deliver next, oldest first, at most {@code max} (0 = no limit).
     *
     * @param fetchPage reads one page: (lower time bound or null, cursor or null) to the page's JSON
     */
    List<Candidate> next(PageSource fetchPage, int max);

    /** The item was processed successfully (or its failure was handled): never deliver it again. */
    void delivered(Candidate candidate);

    /** The position in words, for health details and the dev console: a watermark or a count of known items. */
    String position();

    /** Serialised position, for the state repository. */
    String save();

    @FunctionalInterface
    interface PageSource {
        JsonNode read(String from, String cursor);
    }
}
