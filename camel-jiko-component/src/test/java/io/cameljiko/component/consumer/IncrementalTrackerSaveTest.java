package io.cameljiko.component.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.PollSpec;
import io.cameljiko.component.json.JikoJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored position is written without Jackson's tree (streamed, it is written after every item) but reads the same. */
class IncrementalTrackerSaveTest {

    static final PollSpec SPEC = OperationCatalog.require("listTransactions").poll();

    private static JsonNode item(String id, String booked) {
        ObjectNode item = JikoJson.MAPPER.createObjectNode();
        item.put("id", id);
        item.put("time_booked", booked);
        return item;
    }

    @Test
    void theSavedFormIsTheJsonJacksonWouldWriteEvenForIdsThatNeedEscaping() throws Exception {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        IncrementalTracker tracker = new IncrementalTracker(SPEC, Duration.ofSeconds(60), n -> true, start, null);
        String odd = "q\"uo\\te\u0001é";
        JsonNode page = JikoJson.MAPPER.createObjectNode().set("items", JikoJson.MAPPER.createArrayNode()
                .add(item("a", "2026-01-01T00:00:01.500+00:00")).add(item(odd, "2026-01-01T00:00:02Z")));
        List<Candidate> batch = tracker.next((from, cursor) -> page, 0);
        batch.forEach(tracker::delivered);

        String saved = tracker.save();

        ObjectNode expected = JikoJson.MAPPER.createObjectNode();
        expected.put("watermark", "2026-01-01T00:00:02Z");
        expected.put("notBefore", "2026-01-01T00:00:00Z");
        expected.putObject("delivered").put("a", "2026-01-01T00:00:01.500Z").put(odd, "2026-01-01T00:00:02Z");
        assertThat(saved).isEqualTo(expected.toString());
        assertThat(JikoJson.MAPPER.readTree(saved)).isEqualTo(expected);
        // restored, it knows both ids: the same page brings nothing new
        IncrementalTracker restored = new IncrementalTracker(SPEC, Duration.ofSeconds(60), n -> true, start, saved);
        assertThat(restored.next((from, cursor) -> page, 0)).isEmpty();
        assertThat(restored.save()).isEqualTo(saved);
        // unchanged, the form is kept rather than written again, and it is the same text
        assertThat(tracker.save()).isSameAs(saved);
        assertThat(restored.save()).isEqualTo(saved);
    }

    @Test
    void aFreshPositionSavesNulls() {
        IncrementalTracker tracker = new IncrementalTracker(SPEC, Duration.ofSeconds(60), n -> true, null, null);
        assertThat(tracker.save()).isEqualTo("{\"watermark\":null,\"notBefore\":null,\"delivered\":{}}");
    }
}
