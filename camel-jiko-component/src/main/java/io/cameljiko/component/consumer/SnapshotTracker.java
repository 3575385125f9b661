package io.cameljiko.component.consumer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cameljiko.component.catalog.PollSpec;
import io.cameljiko.component.client.PageReader;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.json.JsonPaths;

/**
 * Position of a listing without a time filter (pockets, counterparties, transfer requests, ...): a fingerprint
 * per id. A poll reads the whole listing and returns the items that are new (CREATED) or whose content
 * changed (UPDATED). With startFrom=now the first poll only records what exists. After a complete read, the ids
 * the listing no longer holds are forgotten, so the stored position stays as large as the listing.
 */
final class SnapshotTracker implements PositionTracker {

    static final String CREATED = "CREATED";
    static final String UPDATED = "UPDATED";

    private final PollSpec spec;
    private final boolean emitExisting;
    private final Map<String, String> fingerprints = new LinkedHashMap<>();
    private boolean initialised;

    SnapshotTracker(PollSpec spec, boolean emitExisting, String saved) {
        this.spec = spec;
        this.emitExisting = emitExisting;
        if (saved != null) {
            load(saved);
        }
    }

    @Override
    public synchronized List<Candidate> next(PageSource reader, int max) {
        List<Candidate> found = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        boolean baseline = !initialised && !emitExisting;
        PageReader.walk(cursor -> reader.read(null, cursor), page -> {
            for (JsonNode item : page.path(PageReader.ITEMS)) {
                String id = JsonPaths.text(item, spec.idPath());
                if (id == null) {
                    continue;
                }
                listed.add(id);
                String fingerprint = JikoJson.fingerprint(item);
                String known = fingerprints.get(id);
                if (baseline) {
                    fingerprints.put(id, fingerprint);
                } else if (!fingerprint.equals(known) && (max <= 0 || found.size() < max)) {
                    found.add(new Candidate(id, null, known == null ? CREATED : UPDATED, fingerprint, item));
                }
            }
            return true;
        });
        // the whole listing was read (a failed page read throws before this): what it no longer holds is forgotten,
        // so the stored position stays as large as the listing. An item that comes back is CREATED again.
        fingerprints.keySet().retainAll(listed);
        initialised = true;
        return found;
    }

    @Override
    public synchronized void delivered(Candidate candidate) {
        fingerprints.put(candidate.id(), candidate.fingerprint());
    }

    @Override
    public synchronized String position() {
        return fingerprints.size() + " items known";
    }

    @Override
    public synchronized String save() {
        ObjectNode json = JikoJson.MAPPER.createObjectNode();
        json.put("initialised", initialised);
        ObjectNode items = json.putObject("fingerprints");
        fingerprints.forEach(items::put);
        return json.toString();
    }

    private void load(String saved) {
        try {
            JsonNode json = JikoJson.MAPPER.readTree(saved);
            initialised = json.path("initialised").asBoolean(true);
            json.path("fingerprints").fields().forEachRemaining(e -> fingerprints.put(e.getKey(), e.getValue().asText()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The stored position of this consumer cannot be read (" + e.getMessage()
                                            + "); remove it from the state repository to start again from startFrom");
        }
    }

}
