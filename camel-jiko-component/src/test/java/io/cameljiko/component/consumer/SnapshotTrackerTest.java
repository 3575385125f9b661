package io.cameljiko.component.consumer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.catalog.PollSpec;
import io.cameljiko.component.json.JikoJson;
import org.junit.jupiter.api.Test;

import static io.cameljiko.component.consumer.IncrementalTrackerTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SnapshotTrackerTest {

    private static final PollSpec SPEC = PollSpec.snapshot("id");

    /** A listing of {@code ids}, two per page, each item's content carrying {@code version}. */
    private static PositionTracker.PageSource listing(List<String> ids, int version) {
        return (from, cursor) -> {
            int start = cursor == null ? 0 : Integer.parseInt(cursor);
            StringBuilder items = new StringBuilder();
            for (int i = start; i < Math.min(ids.size(), start + 2); i++) {
                items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"").append(ids.get(i))
                        .append("\",\"version\":").append(version).append('}');
            }
            String next = start + 2 < ids.size() ? "\"" + (start + 2) + "\"" : "null";
            return page("{\"items\":[" + items + "],\"next_page\":" + next + "}");
        };
    }

    private static int storedItems(PositionTracker tracker) throws Exception {
        JsonNode saved = JikoJson.MAPPER.readTree(tracker.save());
        return saved.path("fingerprints").size();
    }

    @Test
    void itemsThatLeftTheListingAreForgottenSoTheStoredPositionStaysBounded() throws Exception {
        SnapshotTracker tracker = new SnapshotTracker(SPEC, true, null);
        Set<String> deliveredOnce = new HashSet<>();
        List<String> again = new ArrayList<>();
        for (int poll = 0; poll < 300; poll++) {
            // a window of five items moves by one each poll: one new item in, the oldest out; "stable" never changes
            List<String> ids = new ArrayList<>(List.of("stable"));
            for (int i = poll; i < poll + 5; i++) {
                ids.add("item-" + i);
            }
            for (Candidate c : tracker.next(listing(ids, 1), 0)) {
                if (!deliveredOnce.add(c.id())) {
                    again.add(c.id() + " at poll " + poll);
                }
                tracker.delivered(c);
            }
            assertThat(storedItems(tracker)).as("fingerprints stored after poll %s", poll).isLessThanOrEqualTo(ids.size());
        }
        assertThat(again).as("items delivered a second time without a change").isEmpty();
        assertThat(deliveredOnce).hasSize(1 + 300 + 4);
    }

    @Test
    void aReadThatFailsHalfwayForgetsNothingItDidNotReach() throws Exception {
        SnapshotTracker tracker = new SnapshotTracker(SPEC, true, null);
        List<String> ids = List.of("a", "b", "c", "d");
        tracker.next(listing(ids, 1), 0).forEach(tracker::delivered);
        assertThat(storedItems(tracker)).isEqualTo(4);

        // the first page is read, the second fails: c and d were not seen, and must not be forgotten
        PositionTracker.PageSource firstPageOnly = (from, cursor) -> {
            if (cursor != null) {
                throw new IllegalStateException("second page unavailable");
            }
            return listing(ids, 1).read(from, null);
        };
        assertThat(catchThrowable(() -> tracker.next(firstPageOnly, 0))).hasMessageContaining("second page unavailable");
        assertThat(storedItems(tracker)).isEqualTo(4);
        assertThat(tracker.next(listing(ids, 1), 0)).as("nothing new or changed").isEmpty();

        // a complete read without b forgets b; b coming back is news again
        tracker.next(listing(List.of("a", "c", "d"), 1), 0);
        assertThat(storedItems(tracker)).isEqualTo(3);
        assertThat(tracker.next(listing(ids, 1), 0)).extracting(Candidate::id, Candidate::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", SnapshotTracker.CREATED));
    }
}
