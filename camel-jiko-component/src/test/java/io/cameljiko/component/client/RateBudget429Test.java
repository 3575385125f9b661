package io.cameljiko.component.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.cameljiko.component.catalog.RateLimitGroups;
import org.junit.jupiter.api.Test;

import static io.cameljiko.component.client.RateBudgetTest.NONE;
import static io.cameljiko.component.client.RateBudgetTest.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A 429 without Retry-After, with and without rate-limit headers, and two answers of the same window (fake clock). */
class RateBudget429Test {

    static final RateLimitGroups.Rule READ = RateBudgetRulesTest.READ;
    static final RateLimitSettings NO_WAIT = RateBudgetRulesTest.NO_WAIT;

    final RateBudgetTest.FakeClock clock = new RateBudgetTest.FakeClock(Instant.parse("2026-11-30T12:00:00Z"));
    final RateBudget budget = new RateBudget("client-1", "Transactions", clock, (condition, max) -> clock.advance(max));

    void take() throws InterruptedException {
        budget.acquire("op", READ, RatePriority.PRODUCER, NO_WAIT, 0);
    }

    long resetIn(long seconds) {
        return clock.instant().getEpochSecond() + seconds;
    }

    @Test
    void a429BeforeAnyRateLimitHeaderBlocksTheGroupForOneSecond() throws Exception {
        take();
        budget.answered(READ, 429, NONE, Optional.empty());
        assertThatThrownBy(this::take).hasMessageContaining("Jiko answered 429 and asked to wait");
        clock.advance(Duration.ofMillis(999));
        assertThatThrownBy(this::take).hasMessageContaining("Jiko answered 429 and asked to wait");
        clock.advance(Duration.ofMillis(1));
        take();
        assertThat(budget.snapshot().rejected()).isEqualTo(1);
    }

    @Test
    void a429WithRateLimitHeadersButNoRetryAfterBlocksUntilTheWindowResets() throws Exception {
        take();
        budget.answered(READ, 429, headers(10, 4, resetIn(30)), Optional.empty());
        assertThat(budget.snapshot().remaining()).isZero();
        clock.advance(Duration.ofMillis(29_999));
        assertThatThrownBy(this::take).hasMessageContaining("Jiko answered 429 and asked to wait");
        clock.advance(Duration.ofMillis(1));
        take();
    }

    @Test
    void aRetryAfterWinsOverTheWindowsReset() throws Exception {
        take();
        budget.answered(READ, 429, headers(10, 4, resetIn(30)), Optional.of(Duration.ofSeconds(2)));
        clock.advance(Duration.ofMillis(1_999));
        assertThatThrownBy(this::take).hasMessageContaining("Jiko answered 429 and asked to wait");
        clock.advance(Duration.ofMillis(1));
        assertThat(budget.snapshot().remaining()).isZero(); // the window itself is still spent
    }

    @Test
    void twoAnswersOfTheSameWindowKeepTheLowerRemainderAndALateOneOfTheOldWindowIsIgnored() throws Exception {
        take();
        take();
        budget.answered(READ, 200, headers(10, 5, resetIn(30)), Optional.empty());
        budget.answered(READ, 200, headers(10, 7, resetIn(30)), Optional.empty()); // answered later, counted earlier
        assertThat(budget.snapshot().remaining()).isEqualTo(5);
        take();
        budget.answered(READ, 200, headers(10, 9, resetIn(90)), Optional.empty()); // the next window
        assertThat(budget.snapshot().remaining()).isEqualTo(9);
        assertThat(budget.snapshot().reset()).isEqualTo(Instant.ofEpochSecond(resetIn(90)));
        budget.answered(READ, 200, headers(10, 2, resetIn(30)), Optional.empty()); // late, from the window before
        assertThat(budget.snapshot().remaining()).isEqualTo(9);
    }
}
