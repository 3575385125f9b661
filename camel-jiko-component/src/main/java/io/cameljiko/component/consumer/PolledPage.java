package io.cameljiko.component.consumer;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.client.PageReader;
import io.cameljiko.component.client.ResponseHeaders;

/**
 * One page of a polled listing: its JSON tree, or its items read straight into their models, with the keys that
 * read an item's id and instant from the model; and the answer's Date header (Jiko's clock), null when absent.
 */
record PolledPage(JsonNode tree, List<?> models, ModelKeys keys, String nextPage, String date) {

    static PolledPage of(JsonNode tree) {
        return of(tree, null);
    }

    static PolledPage of(JsonNode tree, String date) {
        return new PolledPage(tree, null, null, PageReader.cursor(tree, PageReader.NEXT_PAGE), date);
    }

    /** When Jiko answered, by its Date header (whole seconds, RFC 1123), or null when it sent none or none readable. */
    java.time.Instant servedAt() {
        return ResponseHeaders.httpDate(date);
    }

    boolean isEmpty() {
        return tree != null ? tree.path(PageReader.ITEMS).isEmpty() : models.isEmpty();
    }
}
