package io.cameljiko.component.consumer;

import java.time.Duration;
import java.util.List;

import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.PollSpec;
import org.junit.jupiter.api.Test;

import static io.cameljiko.component.consumer.IncrementalTrackerTest.item;
import static io.cameljiko.component.consumer.IncrementalTrackerTest.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The time-filtered position at its edges: a filtered item ahead of the first delivery, and what is kept. */
class IncrementalTrackerEdgesTest {

    static final PollSpec SPEC = OperationCatalog.require("listTransactions").poll();

    @Test
    void anItemDroppedByTheFilterBeforeTheFirstDeliveryIsNoProblem() {
        IncrementalTracker tracker = new IncrementalTracker(SPEC, Duration.ofSeconds(60),
                n -> !n.path("id").asText().startsWith("skip"), null, null);
        List<Candidate> batch = tracker.next((from, cursor) -> page("{\"items\":[" + item("a", "2026-01-01T00:00:01Z") + ","
                                                                     + item("skip1", "2026-01-01T00:00:02Z") + "]}"), 0);
        assertThat(batch).extracting(Candidate::id).containsExactly("a");
        assertThat(tracker.save()).contains("\"watermark\":null");
        assertThat(tracker.position()).isEqualTo("no item yet");
        tracker.delivered(batch.get(0));
        assertThat(tracker.save()).contains("\"watermark\":\"2026-01-01T00:00:02Z\"");
        assertThat(tracker.position()).isEqualTo("watermark 2026-01-01T00:00:02Z");
    }

    @Test
    void theStoredPositionKeepsOnlyTheIdsInsideTheOverlapWindow() {
        IncrementalTracker tracker = new IncrementalTracker(SPEC, Duration.ofSeconds(10), n -> true, null, null);
        List<Candidate> batch = tracker.next((from, cursor) -> page("{\"items\":[" + item("old", "2026-01-01T00:00:00Z") + ","
                                                                     + item("near", "2026-01-01T00:00:55Z") + ","
                                                                     + item("new", "2026-01-01T00:01:00Z") + "]}"), 0);
        batch.forEach(tracker::delivered);
        String saved = tracker.save();
        assertThat(saved).contains("\"watermark\":\"2026-01-01T00:01:00Z\"").contains("\"near\"").contains("\"new\"")
                .doesNotContain("\"old\"");
    }

    @Test
    void aRestoredPositionReadsFromItsWatermarkMinusTheOverlap() {
        IncrementalTracker tracker = new IncrementalTracker(SPEC, Duration.ofSeconds(30), n -> true, null, null);
        tracker.next((from, cursor) -> page("{\"items\":[" + item("a", "2026-01-01T00:05:00Z") + "]}"), 0).forEach(tracker::delivered);
        IncrementalTracker restored = new IncrementalTracker(SPEC, Duration.ofSeconds(30), n -> true, null, tracker.save());
        String[] asked = new String[1];
        List<Candidate> again = restored.next((from, cursor) -> {
            asked[0] = from;
            return page("{\"items\":[" + item("a", "2026-01-01T00:05:00Z") + "," + item("b", "2026-01-01T00:05:01Z") + "]}");
        }, 0);
        assertThat(asked[0]).isEqualTo("2026-01-01T00:04:30Z");
        assertThat(again).extracting(Candidate::id).containsExactly("b");
    }

    @Test
    void aRestoredPositionDropsEachStoredIdOnlyOnceTheWatermarkLeavesItsWindow() {
        // stored out of time order: the oldest id is not first, so pruning must go by instant, not by insertion
        String stored = "{\"watermark\":\"2026-01-01T00:01:00Z\",\"notBefore\":null,\"delivered\":{"
                        + "\"mid\":\"2026-01-01T00:00:55Z\",\"early\":\"2026-01-01T00:00:51Z\",\"last\":\"2026-01-01T00:01:00Z\"}}";
        IncrementalTracker tracker = new IncrementalTracker(SPEC, Duration.ofSeconds(10), n -> true, null, stored);
        List<Candidate> batch = tracker.next((from, cursor) -> page("{\"items\":[" + item("mid", "2026-01-01T00:00:55Z") + ","
                                                                     + item("x", "2026-01-01T00:01:02Z") + ","
                                                                     + item("y", "2026-01-01T00:01:06Z") + "]}"), 0);
        assertThat(batch).extracting(Candidate::id).containsExactly("x", "y");
        tracker.delivered(batch.get(0)); // watermark 00:01:02, window from 00:00:52: only "early" leaves
        assertThat(tracker.save()).doesNotContain("\"early\"").contains("\"mid\":\"2026-01-01T00:00:55Z\"")
                .contains("\"last\"").contains("\"x\":\"2026-01-01T00:01:02Z\"");
        tracker.delivered(batch.get(1)); // watermark 00:01:06, window from 00:00:56: "mid" leaves too
        assertThat(tracker.save()).doesNotContain("\"mid\"").contains("\"last\"").contains("\"y\":\"2026-01-01T00:01:06Z\"");
    }

    @Test
    void itemsCompletedOutOfTimeOrderAreEachPrunedWhenTheWatermarkLeavesTheirOwnInstant() {
        IncrementalTracker tracker = new IncrementalTracker(SPEC, Duration.ofSeconds(10), n -> true, null, null);
        List<Candidate> batch = tracker.next((from, cursor) -> page("{\"items\":[" + item("a", "2026-01-01T00:00:01Z") + ","
                + item("b", "2026-01-01T00:00:05Z") + "," + item("c", "2026-01-01T00:00:09Z") + "]}"), 0);
        tracker.delivered(batch.get(2)); // c completes first: the watermark waits for a and b
        tracker.delivered(batch.get(1));
        assertThat(tracker.position()).isEqualTo("no item yet");
        tracker.delivered(batch.get(0));
        assertThat(tracker.position()).isEqualTo("watermark 2026-01-01T00:00:09Z");
        assertThat(tracker.save()).contains("\"a\"", "\"b\"", "\"c\"");
        List<Candidate> next = tracker.next((from, cursor) -> page("{\"items\":[" + item("d", "2026-01-01T00:00:12Z") + ","
                + item("e", "2026-01-01T00:00:16Z") + "]}"), 0);
        tracker.delivered(next.get(0)); // watermark 00:00:12, window from 00:00:02: only a leaves
        assertThat(tracker.save()).doesNotContain("\"a\"").contains("\"b\"", "\"c\"", "\"d\"");
        tracker.delivered(next.get(1)); // watermark 00:00:16, window from 00:00:06: b leaves, c stays
        assertThat(tracker.save()).doesNotContain("\"b\"").contains("\"c\"", "\"d\"", "\"e\"");
    }

    @Test
    void anEmptyPageThatPointsAtItsOwnCursorFailsInsteadOfBeingReadForever() {
        for (boolean models : new boolean[] {false, true}) {
            IncrementalTracker tracker = new IncrementalTracker(SPEC, Duration.ZERO, n -> true, null, null);
            int[] reads = new int[1];
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> tracker.nextPages((from, cursor) -> {
                if (++reads[0] > 5) {
                    throw new AssertionError("read the looping page again and again");
                }
                String json = cursor == null ? "{\"next_page\":\"c1\",\"items\":[" + item("a", "2026-01-01T00:00:01Z") + "]}"
                        : "{\"next_page\":\"c1\",\"items\":[]}";
                return models ? new PolledPage(null, cursor == null ? List.of(transaction("a", "2026-01-01T00:00:01Z")) : List.of(),
                        ModelKeys.of(io.cameljiko.component.catalog.OperationCatalog.require("listTransactions")), "c1", null)
                        : PolledPage.of(page(json));
            }, 0));
            assertThat(thrown).as("models=%s", models).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("next_page is its own cursor");
            assertThat(reads[0]).isEqualTo(2);
        }
    }

    private static io.cameljiko.component.model.Transaction transaction(String id, String booked) {
        try {
            return io.cameljiko.component.json.JikoJson.MAPPER.readValue(item(id, booked), io.cameljiko.component.model.Transaction.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
