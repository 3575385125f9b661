package io.cameljiko.component.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.json.JikoJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncrementalTrackerTest {

    static JsonNode page(String json) {
        try {
            return JikoJson.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String item(String id, String at) {
        return "{\"id\":\"" + id + "\",\"time_booked\":\"" + at + "\"}";
    }

    @Test
    void lateItemsAtTheWatermarkAreNeitherMissedNorRepeated() {
        var spec = OperationCatalog.require("listTransactions").poll();
        IncrementalTracker tracker = new IncrementalTracker(spec, Duration.ofSeconds(60), n -> true, null, null);
        List<Candidate> first = tracker.next((from, cursor) -> page("{\"items\":[" + item("b", "2026-01-01T00:00:02Z") + ","
                                                                     + item("a", "2026-01-01T00:00:01Z") + "]}"), 0);
        assertThat(first).extracting(Candidate::id).containsExactly("a", "b");
        first.forEach(tracker::delivered);
        // c was booked late with the watermark's own instant, d late but inside the overlap window
        String[] asked = new String[1];
        List<Candidate> second = tracker.next((from, cursor) -> {
            asked[0] = from;
            return page("{\"items\":[" + item("a", "2026-01-01T00:00:01Z") + "," + item("b", "2026-01-01T00:00:02Z") + ","
                        + item("c", "2026-01-01T00:00:02Z") + "," + item("d", "2026-01-01T00:00:00Z") + "]}");
        }, 0);
        assertThat(asked[0]).isEqualTo("2025-12-31T23:59:02Z");
        assertThat(second).extracting(Candidate::id).containsExactly("d", "c");
        second.forEach(tracker::delivered);
        // restored from its saved form, it repeats nothing
        IncrementalTracker restored = new IncrementalTracker(spec, Duration.ofSeconds(60), n -> true, Instant.now(), tracker.save());
        List<Candidate> third = restored.next((from, cursor) -> page("{\"items\":[" + item("c", "2026-01-01T00:00:02Z") + ","
                                                                      + item("e", "2026-01-01T00:00:03Z") + "]}"), 0);
        assertThat(third).extracting(Candidate::id).containsExactly("e");
    }

    @Test
    void filteredItemsMoveTheWatermarkOnlyBehindDeliveredOnes() {
        var spec = OperationCatalog.require("listTransactions").poll();
        IncrementalTracker tracker = new IncrementalTracker(spec, Duration.ZERO,
                n -> !n.path("id").asText().startsWith("skip"), null, null);
        List<Candidate> batch = tracker.next((from, cursor) -> page("{\"items\":[" + item("skip1", "2026-01-01T00:00:01Z") + ","
                                                                     + item("x", "2026-01-01T00:00:02Z") + ","
                                                                     + item("skip2", "2026-01-01T00:00:03Z") + ","
                                                                     + item("y", "2026-01-01T00:00:04Z") + "]}"), 0);
        assertThat(batch).extracting(Candidate::id).containsExactly("x", "y");
        assertThat(tracker.save()).contains("\"watermark\":\"2026-01-01T00:00:01Z\"");
        tracker.delivered(batch.get(0));
        assertThat(tracker.save()).contains("\"watermark\":\"2026-01-01T00:00:03Z\"");
        tracker.delivered(batch.get(1));
        assertThat(tracker.save()).contains("\"watermark\":\"2026-01-01T00:00:04Z\"");
    }

    @Test
    void aLargeBatchCommitsExactlyUpToItsFirstUndeliveredItem() {
        var spec = OperationCatalog.require("listTransactions").poll();
        IncrementalTracker tracker = new IncrementalTracker(spec, Duration.ZERO, n -> true, null, null);
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            items.append(i == 0 ? "" : ",").append(item("i" + i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i).toString()));
        }
        List<Candidate> batch = tracker.next((from, cursor) -> page("{\"items\":[" + items + "]}"), 0);
        assertThat(batch).hasSize(5000);
        // 0..2999 done, 3000 failed, 3001.. done out of order: the position stops before 3000
        batch.subList(0, 3000).forEach(tracker::delivered);
        batch.subList(3001, 5000).forEach(tracker::delivered);
        IncrementalTracker restored = new IncrementalTracker(spec, Duration.ZERO, n -> true, null, tracker.save());
        List<Candidate> again = restored.next((from, cursor) -> page("{\"items\":[" + items + "]}"), 0);
        assertThat(again).extracting(Candidate::id).containsExactly("i3000");
        String beforeLast = tracker.save();
        tracker.delivered(batch.get(3000));
        assertThat(tracker.save()).isNotEqualTo(beforeLast).contains("\"watermark\":\"2026-01-01T01:23:19Z\"");
    }
}
