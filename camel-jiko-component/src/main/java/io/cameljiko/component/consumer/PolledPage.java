package io.cameljiko.component.consumer;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.client.PageReader;

/**
 * One page of a polled listing: its JSON tree, or its items read straight into their models, with the keys that
 * read an item's id and instant from the model.
 */
record PolledPage(JsonNode tree, List<?> models, ModelKeys keys, String nextPage) {

    static PolledPage of(JsonNode tree) {
        return new PolledPage(tree, null, null, PageReader.cursor(tree, PageReader.NEXT_PAGE));
    }

    boolean isEmpty() {
        return tree != null ? tree.path(PageReader.ITEMS).isEmpty() : models.isEmpty();
    }
}
