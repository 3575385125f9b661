package io.cameljiko.component.consumer;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One item a poll found to deliver.
 *
 * @param instant INCREMENTAL: the item's time; null for snapshots
 * @param change  SNAPSHOT: CREATED or UPDATED; null for incremental listings
 * @param fingerprint SNAPSHOT: the content hash that marks it delivered
 * @param item    the item's JSON, or null when the page was read straight into models
 * @param model   the item as its model when the page was read that way (outputType=model), else null
 */
public record Candidate(String id, Instant instant, String change, String fingerprint, JsonNode item, Object model) {

    Candidate(String id, Instant instant, String change, String fingerprint, JsonNode item) {
        this(id, instant, change, fingerprint, item, null);
    }
}
