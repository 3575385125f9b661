package io.cameljiko.component.consumer;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One item a poll found to deliver.
 *
 * @param instant INCREMENTAL: the item's time; null for snapshots
 * @param change  SNAPSHOT: CREATED or UPDATED; null for incremental listings
 * @param fingerprint SNAPSHOT: the content hash that marks it delivered
 */
public record Candidate(String id, Instant instant, String change, String fingerprint, JsonNode item) {
}
