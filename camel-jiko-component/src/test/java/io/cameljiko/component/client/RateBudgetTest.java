package io.cameljiko.component.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cameljiko.component.error.JikoRateLimitException;
import io.cameljiko.component.catalog.RateLimitGroups;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The budget's arithmetic on a fake clock: waiting advances the clock instead of sleeping. */
class RateBudgetTest {

    static final RateLimitGroups.Rule READ = RateLimitGroups.resolve("GET", "/api/v2/transactions/");
    static final RateLimitGroups.Rule CREATE = RateLimitGroups.resolve("POST", "/api/v1/transfer-requests/");
    static final RateLimitSettings NO_WAIT = new RateLimitSettings(0, 20, Duration.ZERO);
    static final RateLimitSettings MINUTE = new RateLimitSettings(0, 20, Duration.ofMinutes(1));

    final FakeClock clock = new FakeClock(Instant.parse("2026-11-30T12:00:00Z"));
    final RateBudget budget = new RateBudget("client-1", "Transactions", clock, (condition, max) -> clock.advance(max));

    static ResponseHeaders headers(long limit, long remaining, long reset) {
        return ResponseHeaders.of(Map.of("X-RateLimit-Limit", List.of(String.valueOf(limit)),
                "X-RateLimit-Remaining", List.of(String.valueOf(remaining)), "X-RateLimit-Reset", List.of(String.valueOf(reset))));
    }

    static final ResponseHeaders NONE = ResponseHeaders.NONE;

    long resetIn(long seconds) {
        return clock.instant().getEpochSecond() + seconds;
    }

    long take(RatePriority who, RateLimitSettings settings) throws InterruptedException {
        return budget.acquire("listTransactions", READ, who, settings, settings.maxWait().toMillis());
    }

    @Test
    void producersUseWhatJikoReportsAndFailFastWhenItIsGoneWithinTheBound() throws Exception {
        take(RatePriority.PRODUCER, NO_WAIT);
        budget.answered(READ, 200, headers(10, 3, resetIn(30)), Optional.empty());
        assertThat(take(RatePriority.PRODUCER, NO_WAIT)).isZero();
        assertThat(take(RatePriority.PRODUCER, NO_WAIT)).isZero();
        assertThat(take(RatePriority.PRODUCER, NO_WAIT)).isZero();
        assertThatThrownBy(() -> take(RatePriority.PRODUCER, new RateLimitSettings(0, 20, Duration.ofSeconds(5))))
                .isInstanceOfSatisfying(JikoRateLimitException.class, e -> {
                    assertThat(e.isRequestSent()).isFalse();
                    assertThat(e.getGroup()).isEqualTo("Transactions");
                    assertThat(e.getRetryAt()).isEqualTo(Instant.ofEpochSecond(resetIn(30)));
                    assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(e.getStatusCode()).isEqualTo(429);
                })
                .hasMessageContaining("jiko:listTransactions was not sent")
                .hasMessageContaining("'Transactions' the budget is used up (0 of 10 left")
                .hasMessageContaining("maxRateLimitWait (5000 ms");
        assertThat(budget.snapshot()).satisfies(s -> {
            assertThat(s.source()).isEqualTo("headers");
            assertThat(s.limit()).isEqualTo(10);
            assertThat(s.remaining()).isZero();
            assertThat(s.inFlight()).isEqualTo(3);
            assertThat(s.reset()).isEqualTo(Instant.ofEpochSecond(resetIn(30)));
            assertThat(s.waits()).isZero();
        });
    }

    @Test
    void aProducerParksUntilTheResetThenProbesTheNewWindowAlone() throws Exception {
        take(RatePriority.PRODUCER, NO_WAIT);
        budget.answered(READ, 200, headers(10, 0, resetIn(30)), Optional.empty());
        Instant before = clock.instant();
        assertThat(take(RatePriority.PRODUCER, MINUTE)).isEqualTo(30_000);
        assertThat(Duration.between(before, clock.instant())).isEqualTo(Duration.ofSeconds(30));
        // the first answer of the new window is awaited before anybody else goes
        assertThatThrownBy(() -> take(RatePriority.PRODUCER, NO_WAIT)).isInstanceOf(JikoRateLimitException.class)
                .hasMessageContaining("the window just reset");
        budget.answered(READ, 200, headers(10, 9, resetIn(60)), Optional.empty());
        assertThat(take(RatePriority.PRODUCER, NO_WAIT)).isZero();
        assertThat(budget.snapshot().waits()).isEqualTo(1);
        assertThat(budget.snapshot().totalWaited()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void pollsLeaveTheReserveToProducersAndYieldInsteadOfWaiting() throws Exception {
        take(RatePriority.PRODUCER, NO_WAIT);
        budget.answered(READ, 200, headers(10, 4, resetIn(20)), Optional.empty());
        // reserve 20 % of 10 = 2: polls may take what is above it
        take(RatePriority.POLL, MINUTE);
        take(RatePriority.POLL, MINUTE);
        Instant before = clock.instant();
        assertThatThrownBy(() -> take(RatePriority.POLL, MINUTE)).isInstanceOfSatisfying(JikoRateLimitException.class,
                e -> assertThat(e.getRetryAt()).isEqualTo(Instant.ofEpochSecond(resetIn(20))))
                .hasMessageContaining("poll put off until").hasMessageContaining("producers' reserve");
        assertThat(clock.instant()).as("a poll never waits").isEqualTo(before);
        take(RatePriority.PRODUCER, NO_WAIT);
        take(RatePriority.PRODUCER, NO_WAIT);
        assertThatThrownBy(() -> take(RatePriority.PRODUCER, NO_WAIT)).isInstanceOf(JikoRateLimitException.class);
        assertThat(budget.snapshot().yields()).isEqualTo(1);
    }

    @Test
    void answersOfTheSameWindowOnlyLowerTheRemainderAndLateOnesAreIgnored() throws Exception {
        take(RatePriority.PRODUCER, NO_WAIT);
        take(RatePriority.PRODUCER, NO_WAIT);
        take(RatePriority.PRODUCER, NO_WAIT);
        budget.answered(READ, 200, headers(10, 5, resetIn(30)), Optional.empty());
        budget.answered(READ, 200, headers(10, 7, resetIn(30)), Optional.empty()); // overtaken by the one above
        budget.answered(READ, 200, headers(10, 9, resetIn(-30)), Optional.empty()); // from the previous window
        assertThat(budget.snapshot().remaining()).isEqualTo(5);
    }

    @Test
    void withoutHeadersTheFallbackAllowsAtMostItsRateInAnyMinute() throws Exception {
        RateLimitSettings sixty = new RateLimitSettings(60, 0, Duration.ofMinutes(2));
        Instant start = clock.instant();
        int sent = 0;
        while (Duration.between(start, clock.instant()).compareTo(Duration.ofSeconds(60)) < 0) {
            budget.acquire("listTransactions", READ, RatePriority.PRODUCER, sixty, sixty.maxWait().toMillis());
            budget.answered(READ, 200, NONE, Optional.empty());
            sent++;
        }
        // a sixth at once, then 50 per minute: the 61st request is outside the first minute
        assertThat(sent).isEqualTo(60);
        assertThat(budget.snapshot().source()).isEqualTo("fallback");
        assertThat(budget.snapshot().limit()).isEqualTo(60);
        // the burst went out at once, then one every 1.2 s
        assertThat(budget.snapshot().waits()).isEqualTo(50);
    }

    @Test
    void theDocumentedLimitOfTheGroupIsTheDefaultFallback() throws Exception {
        for (int i = 0; i < 20; i++) { // Transactions: 120 per minute, 20 at once
            take(RatePriority.PRODUCER, NO_WAIT);
            budget.answered(READ, 200, NONE, Optional.empty());
        }
        assertThatThrownBy(() -> take(RatePriority.PRODUCER, NO_WAIT)).isInstanceOfSatisfying(JikoRateLimitException.class,
                e -> assertThat(e.getRetryAfter()).isEqualTo(Duration.ofMillis(600)))
                .hasMessageContaining("fallback of 120 per minute");
    }

    @Test
    void a429BlocksTheGroupForItsRetryAfter() throws Exception {
        take(RatePriority.PRODUCER, NO_WAIT);
        budget.answered(READ, 429, NONE, Optional.of(Duration.ofSeconds(5)));
        assertThatThrownBy(() -> take(RatePriority.PRODUCER, new RateLimitSettings(0, 20, Duration.ofSeconds(1))))
                .isInstanceOfSatisfying(JikoRateLimitException.class,
                        e -> assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(5)))
                .hasMessageContaining("Jiko answered 429");
        assertThat(take(RatePriority.PRODUCER, new RateLimitSettings(0, 20, Duration.ofSeconds(6)))).isEqualTo(5_000);
        assertThat(budget.snapshot().rejected()).isEqualTo(1);
    }

    @Test
    void transferCreationIsSpacedOneSecondAfterTheLastAnswer() throws Exception {
        budget.acquire("createTransferRequest", CREATE, RatePriority.PRODUCER, MINUTE, 60_000);
        assertThatThrownBy(() -> budget.acquire("createTransferRequest", CREATE, RatePriority.PRODUCER, NO_WAIT, 0))
                .hasMessageContaining("one call at a time");
        clock.advance(Duration.ofMillis(300));
        budget.answered(CREATE, 201, headers(60, 59, resetIn(40)), Optional.empty());
        assertThat(budget.acquire("createTransferRequest", CREATE, RatePriority.PRODUCER, MINUTE, 60_000)).isEqualTo(1_000);
    }

    @Test
    void optionsOutOfRangeAreRefusedWithTheirName() {
        assertThatThrownBy(() -> new RateLimitSettings(-1, 20, Duration.ZERO)).hasMessageContaining("rateLimitFallback");
        assertThatThrownBy(() -> new RateLimitSettings(0, 101, Duration.ZERO)).hasMessageContaining("rateLimitReserve")
                .hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> new RateLimitSettings(0, 20, Duration.ofMillis(-1))).hasMessageContaining("maxRateLimitWait");
    }

    static final class FakeClock extends Clock {
        private Instant now;

        FakeClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
