package io.cameljiko.component.consumer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.catalog.PollSpec;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.json.JsonPaths;
import io.cameljiko.component.client.PageReader;
import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.model.JikoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Position of a time-filtered listing: a watermark (every item up to it was delivered) and the ids delivered
 * within the overlap window before it or after it. Each poll reads from watermark - overlap, drops the ids it
 * already delivered and returns the rest oldest first, so an item booked late, even with the watermark's own
 * instant, is neither missed nor repeated.
 */
final class IncrementalTracker implements PositionTracker {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalTracker.class);
    /** Answers to a resumed cursor that mean "not this cursor" (e.g. expired): the poll reads from the watermark. */
    private static final java.util.Set<Integer> CURSOR_REFUSED = java.util.Set.of(400, 404, 410, 422);

    /** Oldest first, then by id; written out rather than composed, as it runs for every delivered item. */
    private static final Comparator<Candidate> ORDER = (a, b) -> {
        int byInstant = a.instant().compareTo(b.instant());
        return byInstant != 0 ? byInstant : a.id().compareTo(b.id());
    };

    private final PollSpec spec;
    private final Duration overlap;
    private final Predicate<JsonNode> filter;
    private Instant watermark;
    /** startFrom as an instant: nothing older is ever emitted, although the overlap reads before it. */
    private Instant notBefore;
    /** Delivered ids with their instants, at or after watermark - overlap. */
    private final Map<String, Instant> delivered = new LinkedHashMap<>();
    /** The saved text of each delivered id's instant: written at the first save that holds it, not at every save. */
    private final Map<String, String> deliveredText = new java.util.HashMap<>();
    /**
     * The delivered ids, oldest first: pruning takes from the head instead of scanning every delivered id. Items
     * complete in time order, so an entry is nearly always appended at the tail.
     */
    private final java.util.ArrayDeque<Delivered> byInstant = new java.util.ArrayDeque<>();
    /** The batch being delivered, oldest first, and which of it is done. */
    private List<Candidate> batch = List.of();
    private final java.util.Set<String> batchDone = new java.util.HashSet<>();
    /** Index of the first batch item not yet delivered: the watermark scan resumes there, so each item costs O(1). */
    private int batchNext;
    /** The last saved form, until the position changes: save() after every item need not serialise again. */
    private String savedForm;

    IncrementalTracker(PollSpec spec, Duration overlap, Predicate<JsonNode> filter, Instant start, String saved) {
        this.spec = spec;
        this.overlap = overlap;
        this.filter = filter;
        if (saved != null) {
            load(saved);
        } else {
            watermark = start;
            notBefore = start;
        }
    }

    /** Reads pages straight into models where it can (outputType=model), see {@link ModelKeys}. */
    @FunctionalInterface
    interface ModelPageSource {
        PolledPage read(String from, String cursor);

        /** A poll's first page: at a cursor when the poll goes on where the last one stopped. */
        default PolledPage first(String from, String cursor) {
            return read(from, cursor);
        }
    }

    @Override
    public List<Candidate> next(PageSource reader, int max) {
        return nextPages((from, cursor) -> PolledPage.of(reader.read(from, cursor)), max);
    }

    synchronized List<Candidate> nextPages(ModelPageSource reader, int max) {
        Resume resume = resume();
        Read read = null;
        if (resume != null) {
            try {
                read = read(resume, reader, max);
            } catch (JikoApiException e) {
                if (!CURSOR_REFUSED.contains(e.getStatusCode())) {
                    throw e;
                }
                LOG.debug("Jiko refused the cursor where the last poll stopped ({}); reading from the watermark",
                        e.getStatusCode());
            }
        }
        if (read == null) {
            read = read(null, reader, max);
        }
        List<Candidate> found = read.items();
        found.sort(ORDER);
        List<Candidate> rest = List.of();
        if (max > 0 && found.size() > max) {
            rest = List.copyOf(found.subList(max, found.size()));
            found = new ArrayList<>(found.subList(0, max));
        }
        if (max > 0 && spec.ascending() && found.size() == max) {
            resumable = resumable(read, resume, rest);
        }
        // items the filter drops (listEvents eventTypes) count as delivered so the position moves past them
        List<Candidate> emit = new ArrayList<>();
        batch = found;
        batchDone.clear();
        batchNext = 0;
        for (Candidate c : found) {
            if (filter.test(c.item())) {
                emit.add(c);
            }
        }
        for (Candidate c : found) {
            if (!filter.test(c.item())) {
                delivered(c);
            }
        }
        return emit;
    }

    /**
     * Where the next poll may go on instead of reading the overlap window again: after a full poll in items that are
     * settled (older than the overlap by Jiko's own clock, the Date of the last page), an item booked late cannot
     * appear among them any more. Catching up on a long history then costs one request per page, not one more per
     * poll plus the window again. Kept in memory only; the stored position is unchanged.
     */
    private record Resume(String from, String cursor, List<Candidate> rest) {
    }

    /** Set by a full poll in settled items; used by the next poll only if every item of this poll was delivered. */
    private Resume resumable;

    /** What a poll read: its items (unsorted), the last page (null if it read none) and the time filter it sent. */
    private record Read(List<Candidate> items, PolledPage last, String from) {
    }

    /** Reads a poll's pages from the watermark, or on from where the last poll stopped; nothing of this is kept yet. */
    private Read read(Resume resume, ModelPageSource reader, int max) {
        String from = resume != null ? resume.from() : watermark == null ? null : watermark.minus(overlap).toString();
        List<Candidate> read = new ArrayList<>();
        if (resume != null) {
            resume.rest().forEach(c -> offer(read, c.id(), c.instant(), c.item(), c.model()));
        }
        PolledPage[] last = new PolledPage[1];
        if (resume == null || resume.cursor() != null) {
            String first = resume == null ? null : resume.cursor();
            PageReader.walk(first, cursor -> last[0] == null ? reader.first(from, cursor) : reader.read(from, cursor),
                    PolledPage::nextPage, PolledPage::isEmpty, page -> {
                        last[0] = page;
                        offerAll(read, page);
                        // a listing that returns oldest first can stop once a poll's worth is found
                        return !(spec.ascending() && max > 0 && read.size() >= max);
                    });
        }
        return new Read(read, last[0], from);
    }

    private void offerAll(List<Candidate> read, PolledPage page) {
        if (page.tree() != null) {
            for (JsonNode item : page.tree().path(PageReader.ITEMS)) {
                offer(read, JsonPaths.text(item, spec.idPath()), instant(JsonPaths.text(item, spec.timestampPath())), item,
                        null);
            }
        } else {
            for (Object model : page.models()) {
                if (model != null) { // "items":[null]: nothing to deliver, as a null JSON item has no id
                    offer(read, page.keys().id(model), page.keys().instant(model), null, model);
                }
            }
        }
    }

    /** {@code read.items()} is sorted, oldest first. */
    private Resume resumable(Read read, Resume previous, List<Candidate> rest) {
        PolledPage lastPage = read.last();
        if (lastPage == null) { // no page read: what is left of the previous one, still settled
            return rest.isEmpty() ? null : new Resume(read.from(), previous.cursor(), rest);
        }
        Instant servedAt = lastPage.servedAt();
        Instant newest = read.items().get(read.items().size() - 1).instant();
        boolean settled = servedAt != null && !newest.plus(overlap).isAfter(servedAt);
        return settled && (!rest.isEmpty() || lastPage.nextPage() != null)
                ? new Resume(read.from(), lastPage.nextPage(), rest) : null;
    }

    /** The resume point left by the last poll, once: only when that poll's batch was delivered to its end. */
    private Resume resume() {
        Resume r = resumable;
        resumable = null;
        return r != null && batchNext == batch.size() ? r : null;
    }

    /** Keeps an item read in this poll unless it was delivered before or is older than the window and the start. */
    private void offer(List<Candidate> read, String id, Instant instant, JsonNode item, Object model) {
        if (id == null || instant == null || delivered.containsKey(id)) {
            return;
        }
        if (watermark != null && instant.isBefore(watermark.minus(overlap))) {
            return; // outside the window: delivered before
        }
        if (notBefore != null && instant.isBefore(notBefore)) {
            return; // older than the requested start
        }
        read.add(new Candidate(id, instant, null, null, item, model));
    }

    @Override
    public synchronized void delivered(Candidate candidate) {
        Instant before = delivered.put(candidate.id(), candidate.instant());
        if (!candidate.instant().equals(before)) {
            remember(new Delivered(candidate.id(), candidate.instant()));
            deliveredText.remove(candidate.id());
        }
        savedForm = null;
        // the watermark moves to the newest instant below which everything of the batch is delivered; items
        // usually complete in order, so only one that completes ahead of the others is remembered in batchDone
        boolean moved = false;
        if (batchNext < batch.size() && batch.get(batchNext) == candidate) {
            moved = advance(batch.get(batchNext++).instant());
        } else {
            batchDone.add(candidate.id());
        }
        while (!batchDone.isEmpty() && batchNext < batch.size() && batchDone.contains(batch.get(batchNext).id())) {
            moved |= advance(batch.get(batchNext++).instant());
        }
        if (moved) {
            Instant keepFrom = watermark.minus(overlap);
            while (!byInstant.isEmpty() && byInstant.peekFirst().instant().isBefore(keepFrom)) {
                String id = byInstant.pollFirst().id();
                Instant current = delivered.get(id);
                if (current != null && current.isBefore(keepFrom)) { // not an older entry of an id delivered again
                    delivered.remove(id);
                    deliveredText.remove(id);
                }
            }
        }
    }

    /** A delivered id and its instant, for pruning: not the item, which the window need not keep alive. */
    private record Delivered(String id, Instant instant) {
    }

    /** Adds an entry in time order: at the tail, or (delivered out of order, rarely) moved back to its place. */
    private void remember(Delivered entry) {
        Delivered last = byInstant.peekLast();
        if (last == null || !last.instant().isAfter(entry.instant())) {
            byInstant.addLast(entry);
            return;
        }
        java.util.ArrayDeque<Delivered> later = new java.util.ArrayDeque<>();
        while (!byInstant.isEmpty() && byInstant.peekLast().instant().isAfter(entry.instant())) {
            later.push(byInstant.pollLast());
        }
        byInstant.addLast(entry);
        while (!later.isEmpty()) {
            byInstant.addLast(later.pop());
        }
    }

    /** Moves the watermark to this instant if it is newer. */
    private boolean advance(Instant instant) {
        if (watermark == null || instant.isAfter(watermark)) {
            watermark = instant;
            return true;
        }
        return false;
    }

    @Override
    public synchronized String position() {
        return watermark == null ? "no item yet" : "watermark " + watermark;
    }

    @Override
    public synchronized String save() {
        if (savedForm != null) {
            return savedForm;
        }
        // Jackson's streaming writer, not a tree: this runs after every delivered item
        java.io.StringWriter out = new java.io.StringWriter(64 + 80 * delivered.size());
        try (JsonGenerator json = JikoJson.MAPPER.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("watermark", watermark == null ? null : watermark.toString());
            json.writeStringField("notBefore", notBefore == null ? null : notBefore.toString());
            json.writeObjectFieldStart("delivered");
            for (Map.Entry<String, Instant> e : delivered.entrySet()) {
                json.writeStringField(e.getKey(), deliveredText.computeIfAbsent(e.getKey(), id -> e.getValue().toString()));
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        savedForm = out.toString();
        return savedForm;
    }

    private void load(String saved) {
        try {
            JsonNode json = JikoJson.MAPPER.readTree(saved);
            watermark = json.hasNonNull("watermark") ? Instant.parse(json.get("watermark").asText()) : null;
            notBefore = json.hasNonNull("notBefore") ? Instant.parse(json.get("notBefore").asText()) : null;
            List<Delivered> restored = new ArrayList<>();
            json.path("delivered").fields().forEachRemaining(e -> {
                Instant instant = Instant.parse(e.getValue().asText());
                delivered.put(e.getKey(), instant);
                restored.add(new Delivered(e.getKey(), instant));
            });
            restored.sort(Comparator.comparing(Delivered::instant)); // a stored position need not be in time order
            byInstant.addAll(restored);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The stored position of this consumer cannot be read (" + e.getMessage()
                                            + "); remove it from the state repository to start again from startFrom");
        }
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JikoTime.parseInstant(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
