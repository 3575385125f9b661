package io.cameljiko.component.consumer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.PollSpec;
import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.error.JikoRateLimitException;
import org.junit.jupiter.api.Test;

import static io.cameljiko.component.consumer.IncrementalTrackerTest.item;
import static io.cameljiko.component.consumer.IncrementalTrackerTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A full poll in settled items (older than the overlap by Jiko's Date header) lets the next poll go on at the cursor
 * where it stopped, with what was left of its last page, instead of reading the overlap window and that page again;
 * in every other case the next poll reads from the watermark as before.
 */
class IncrementalTrackerResumeTest {

    static final PollSpec SPEC = OperationCatalog.require("listTransactions").poll();
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration OVERLAP = Duration.ofSeconds(60);

    /**
     * A listing of {@code count} items one second apart, oldest first, pages of {@code size}: the cursor is the index
     * of the page's first item, the time filter starts the first page at the first item at or after it. Every read is
     * recorded as "from|cursor".
     */
    static final class Listing implements IncrementalTracker.ModelPageSource {
        final int count;
        final int size;
        String date;
        BiFunction<String, String, RuntimeException> refuse = (from, cursor) -> null;
        final List<String> reads = new ArrayList<>();
        /** The reads that were a poll's first page. */
        final List<String> firsts = new ArrayList<>();

        Listing(int count, int size, Instant servedAt) {
            this.count = count;
            this.size = size;
            this.date = servedAt == null ? null : DateTimeFormatter.RFC_1123_DATE_TIME.format(servedAt.atOffset(ZoneOffset.UTC));
        }

        static String id(int i) {
            return "t-" + i;
        }

        static Instant at(int i) {
            return T0.plusSeconds(i);
        }

        @Override
        public PolledPage first(String from, String cursor) {
            firsts.add(from + "|" + cursor);
            return read(from, cursor);
        }

        @Override
        public PolledPage read(String from, String cursor) {
            reads.add(from + "|" + cursor);
            RuntimeException refused = refuse.apply(from, cursor);
            if (refused != null) {
                throw refused;
            }
            int start = cursor != null ? Integer.parseInt(cursor)
                    : from == null ? 0 : (int) Math.max(0, Math.min(count, Duration.between(T0, Instant.parse(from)).toSeconds()));
            int end = Math.min(count, start + size);
            List<String> items = new ArrayList<>();
            for (int i = start; i < end; i++) {
                items.add(item(id(i), at(i).toString()));
            }
            String next = end < count ? "\"" + end + "\"" : "null";
            return PolledPage.of(page("{\"items\":[" + String.join(",", items) + "],\"next_page\":" + next + "}"), date);
        }
    }

    static IncrementalTracker fresh() {
        return new IncrementalTracker(SPEC, OVERLAP, n -> true, null, null);
    }

    /** Runs {@code polls} polls of at most {@code max} items, delivering each batch: the ids delivered, in order. */
    static List<String> poll(IncrementalTracker tracker, Listing listing, int max, int polls) {
        List<String> delivered = new ArrayList<>();
        for (int i = 0; i < polls; i++) {
            delivered.addAll(deliverAll(tracker, tracker.nextPages(listing, max)));
        }
        return delivered;
    }

    static List<String> deliverAll(IncrementalTracker tracker, List<Candidate> batch) {
        batch.forEach(tracker::delivered);
        return batch.stream().map(Candidate::id).toList();
    }

    @Test
    void aFullPollInSettledItemsGoesOnAtItsCursorWithWhatWasLeftOfItsLastPage() {
        Listing listing = new Listing(7, 2, T0.plus(Duration.ofDays(1)));
        IncrementalTracker tracker = fresh();
        List<String> delivered = new ArrayList<>();

        delivered.addAll(deliverAll(tracker, tracker.nextPages(listing, 3)));
        assertThat(listing.reads).containsExactly("null|null", "null|2");
        assertThat(delivered).containsExactly("t-0", "t-1", "t-2");

        // t-3 was read with page "2" and is not read again; the walk goes on at "4" with the first poll's filter
        delivered.addAll(deliverAll(tracker, tracker.nextPages(listing, 3)));
        assertThat(listing.reads).containsExactly("null|null", "null|2", "null|4");
        assertThat(delivered).containsExactly("t-0", "t-1", "t-2", "t-3", "t-4", "t-5");

        // the end of the listing: found fewer than a poll's worth, so the next poll reads from the watermark again
        delivered.addAll(deliverAll(tracker, tracker.nextPages(listing, 3)));
        assertThat(listing.reads).endsWith("null|6");
        assertThat(tracker.nextPages(listing, 3)).isEmpty();
        String fromWatermark = Listing.at(6).minus(OVERLAP).toString();
        assertThat(listing.reads).containsExactly("null|null", "null|2", "null|4", "null|6", fromWatermark + "|null",
                fromWatermark + "|2", fromWatermark + "|4", fromWatermark + "|6");
        assertThat(delivered).containsExactly("t-0", "t-1", "t-2", "t-3", "t-4", "t-5", "t-6");
        // a poll that goes on at a cursor still starts as a poll (the rate budget's rule for a poll's first request)
        assertThat(listing.firsts).containsExactly("null|null", "null|4", "null|6", fromWatermark + "|null");
    }

    @Test
    void theStoredPositionIsUnchangedSoARestartReadsFromTheWatermark() {
        Listing listing = new Listing(7, 2, T0.plus(Duration.ofDays(1)));
        IncrementalTracker tracker = fresh();
        deliverAll(tracker, tracker.nextPages(listing, 3));

        IncrementalTracker restarted = new IncrementalTracker(SPEC, OVERLAP, n -> true, null, tracker.save());
        listing.reads.clear();
        assertThat(deliverAll(restarted, restarted.nextPages(listing, 3))).containsExactly("t-3", "t-4", "t-5");
        assertThat(listing.reads.get(0)).isEqualTo(Listing.at(2).minus(OVERLAP) + "|null");
    }

    @Test
    void itemsInsideTheOverlapByJikosClockAreReadAgainFromTheWatermark() {
        // Jiko answered 30 s after the newest item read: one booked late could still appear among them
        Listing listing = new Listing(7, 2, Listing.at(3).plusSeconds(30));
        IncrementalTracker tracker = fresh();
        deliverAll(tracker, tracker.nextPages(listing, 3));

        assertThat(deliverAll(tracker, tracker.nextPages(listing, 3))).containsExactly("t-3", "t-4", "t-5");
        assertThat(listing.reads).containsExactly("null|null", "null|2", Listing.at(2).minus(OVERLAP) + "|null",
                Listing.at(2).minus(OVERLAP) + "|2", Listing.at(2).minus(OVERLAP) + "|4");
    }

    @Test
    void anAnswerWithoutADateHeaderIsNeverTakenForSettled() {
        Listing listing = new Listing(7, 2, null);
        IncrementalTracker tracker = fresh();
        deliverAll(tracker, tracker.nextPages(listing, 3));
        tracker.nextPages(listing, 3);
        assertThat(listing.reads.get(2)).isEqualTo(Listing.at(2).minus(OVERLAP) + "|null");

        listing.date = "not a date";
        IncrementalTracker other = fresh();
        listing.reads.clear();
        deliverAll(other, other.nextPages(listing, 3));
        other.nextPages(listing, 3);
        assertThat(listing.reads.get(2)).isEqualTo(Listing.at(2).minus(OVERLAP) + "|null");
    }

    @Test
    void aBatchNotDeliveredToItsEndIsReadAgainFromTheWatermarkAndItsRestComesAgain() {
        Listing listing = new Listing(7, 2, T0.plus(Duration.ofDays(1)));
        IncrementalTracker tracker = fresh();
        List<Candidate> first = tracker.nextPages(listing, 3);
        tracker.delivered(first.get(0));
        tracker.delivered(first.get(1)); // t-2 failed

        assertThat(deliverAll(tracker, tracker.nextPages(listing, 3))).containsExactly("t-2", "t-3", "t-4");
        assertThat(listing.reads.get(2)).isEqualTo(Listing.at(1).minus(OVERLAP) + "|null");
    }

    @Test
    void whatIsLeftOfTheListingsLastPageIsDeliveredWithoutARequest() {
        Listing listing = new Listing(4, 4, T0.plus(Duration.ofDays(1)));
        IncrementalTracker tracker = fresh();
        assertThat(deliverAll(tracker, tracker.nextPages(listing, 3))).containsExactly("t-0", "t-1", "t-2");
        assertThat(deliverAll(tracker, tracker.nextPages(listing, 3))).containsExactly("t-3");
        assertThat(listing.reads).containsExactly("null|null");

        assertThat(tracker.nextPages(listing, 3)).isEmpty();
        assertThat(listing.reads).containsExactly("null|null", Listing.at(3).minus(OVERLAP) + "|null");
    }

    @Test
    void aPollSmallerThanAPageTakesTheRestOfThatPageOverSeveralPolls() {
        Listing listing = new Listing(6, 4, T0.plus(Duration.ofDays(1)));
        IncrementalTracker tracker = fresh();
        assertThat(poll(tracker, listing, 2, 3)).containsExactly("t-0", "t-1", "t-2", "t-3", "t-4", "t-5");
        assertThat(listing.reads).containsExactly("null|null", "null|4");
        // the last page's rest is delivered: nothing left, so the next poll reads from the watermark
        assertThat(tracker.nextPages(listing, 2)).isEmpty();
        assertThat(listing.reads).containsExactly("null|null", "null|4", Listing.at(5).minus(OVERLAP) + "|null",
                Listing.at(5).minus(OVERLAP) + "|4");
    }

    @Test
    void aListingOfOnePageIsReadOnceForAllThePollsItTakes() {
        Listing listing = new Listing(6, 10, T0.plus(Duration.ofDays(1)));
        IncrementalTracker tracker = fresh();
        assertThat(poll(tracker, listing, 2, 3)).containsExactly("t-0", "t-1", "t-2", "t-3", "t-4", "t-5");
        assertThat(listing.reads).containsExactly("null|null");
        assertThat(tracker.nextPages(listing, 2)).isEmpty();
        assertThat(listing.reads).containsExactly("null|null", Listing.at(5).minus(OVERLAP) + "|null");
    }

    @Test
    void aCursorJikoRefusesIsDroppedAndThePollReadsFromTheWatermark() {
        Listing listing = new Listing(7, 2, T0.plus(Duration.ofDays(1)));
        IncrementalTracker tracker = fresh();
        deliverAll(tracker, tracker.nextPages(listing, 3));
        listing.refuse = (from, cursor) -> "4".equals(cursor) && from == null
                ? new JikoApiException("cursor expired", 410, "listTransactions", List.of(), null) : null;

        assertThat(deliverAll(tracker, tracker.nextPages(listing, 3))).containsExactly("t-3", "t-4", "t-5");
        assertThat(listing.reads).containsExactly("null|null", "null|2", "null|4", Listing.at(2).minus(OVERLAP) + "|null",
                Listing.at(2).minus(OVERLAP) + "|2", Listing.at(2).minus(OVERLAP) + "|4");
    }

    @Test
    void aRateLimitOnTheResumedCursorFailsThePollAndTheNextOneReadsFromTheWatermark() {
        Listing listing = new Listing(7, 2, T0.plus(Duration.ofDays(1)));
        IncrementalTracker tracker = fresh();
        deliverAll(tracker, tracker.nextPages(listing, 3));
        listing.refuse = (from, cursor) -> "4".equals(cursor)
                ? new JikoRateLimitException("slow down", "listTransactions", Duration.ofSeconds(1), List.of(), null) : null;

        assertThatThrownBy(() -> tracker.nextPages(listing, 3)).isInstanceOf(JikoRateLimitException.class);
        listing.refuse = (from, cursor) -> null;
        assertThat(deliverAll(tracker, tracker.nextPages(listing, 3))).containsExactly("t-3", "t-4", "t-5");
        assertThat(listing.reads).containsExactly("null|null", "null|2", "null|4", Listing.at(2).minus(OVERLAP) + "|null",
                Listing.at(2).minus(OVERLAP) + "|2", Listing.at(2).minus(OVERLAP) + "|4");
    }

    @Test
    void aPollWithoutALimitNeverResumes() {
        Listing listing = new Listing(5, 2, T0.plus(Duration.ofDays(1)));
        IncrementalTracker all = fresh();
        assertThat(deliverAll(all, all.nextPages(listing, 0))).hasSize(5);
        all.nextPages(listing, 0);
        assertThat(listing.reads.get(3)).isEqualTo(Listing.at(4).minus(OVERLAP) + "|null");
    }
}
