package io.cameljiko.component.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;


import io.cameljiko.component.error.JikoRateLimitException;
import io.cameljiko.component.catalog.RateLimitGroups;
import org.junit.jupiter.api.Test;

import static io.cameljiko.component.client.RateBudgetTest.NONE;
import static io.cameljiko.component.client.RateBudgetTest.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * More rules of the shared rate budget on a fake clock: who goes first while others wait, exact bounds of a wait,
 * the fallback's arithmetic, a failed send, and the wait bound of one call across its attempts.
 */
class RateBudgetRulesTest {

    static final RateLimitGroups.Rule READ = RateLimitGroups.resolve("GET", "/api/v2/transactions/");
    static final RateLimitGroups.Rule CREATE = RateLimitGroups.resolve("POST", "/api/v1/transfer-requests/");
    static final RateLimitGroups.Rule APPROVE = RateLimitGroups.resolve("POST", "/api/v1/transfer-requests/tr-1/approve/");
    static final RateLimitSettings NO_WAIT = new RateLimitSettings(0, 20, Duration.ZERO);
    static final RateLimitSettings MINUTE = new RateLimitSettings(0, 20, Duration.ofMinutes(1));

    final RateBudgetTest.FakeClock clock = new RateBudgetTest.FakeClock(Instant.parse("2026-11-30T12:00:00Z"));
    /** Runs while a caller is parked (its waiting count is up), before the fake clock moves on. */
    Runnable whileParked = () -> { };
    final AtomicInteger parks = new AtomicInteger();
    final RateBudget budget = new RateBudget("client-1", "Transactions", clock, (condition, max) -> {
        if (parks.incrementAndGet() > 1_000) {
            throw new AssertionError("parked more than 1000 times: the wait bound is not applied");
        }
        Runnable hook = whileParked;
        whileParked = () -> { };
        hook.run();
        clock.advance(max);
    });

    long resetIn(long seconds) {
        return clock.instant().getEpochSecond() + seconds;
    }

    long take(RateLimitGroups.Rule rule, RatePriority who, RateLimitSettings settings) throws InterruptedException {
        return budget.acquire("op", rule, who, settings, settings.maxWait().toMillis());
    }

    static JikoRateLimitException refused(ThrowingCall call) {
        Throwable t = catchThrowable(call::run);
        assertThat(t).isInstanceOf(JikoRateLimitException.class);
        return (JikoRateLimitException) t;
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void whileAProducerWaitsAPollYieldsToItButAnotherProducerIsToldTheBudgetIsGone() throws Exception {
        take(READ, RatePriority.PRODUCER, NO_WAIT);
        budget.answered(READ, 200, headers(10, 0, resetIn(30)), Optional.empty());
        JikoRateLimitException[] seen = new JikoRateLimitException[2];
        whileParked = () -> {
            seen[0] = refused(() -> take(READ, RatePriority.POLL, MINUTE));
            seen[1] = refused(() -> take(READ, RatePriority.PRODUCER, NO_WAIT));
        };
        assertThat(take(READ, RatePriority.PRODUCER, MINUTE)).isEqualTo(30_000);
        assertThat(seen[0]).hasMessageContaining("calls of higher priority are waiting for it");
        assertThat(seen[0].getRetryAfter()).as("looked at again shortly").isEqualTo(Duration.ofMillis(250));
        assertThat(seen[1]).hasMessageContaining("the budget is used up").hasMessageNotContaining("higher priority");
        // the producer got its budget: nobody waits any more, so a poll is judged by the budget alone
        budget.answered(READ, 200, headers(10, 5, resetIn(60)), Optional.empty());
        assertThat(take(READ, RatePriority.POLL, MINUTE)).isZero();
    }

    @Test
    void whileAMoneyMovementWaitsEvenAProducerReadWaits() throws Exception {
        take(CREATE, RatePriority.PRODUCER, NO_WAIT);
        budget.answered(CREATE, 201, headers(60, 50, resetIn(40)), Optional.empty());
        JikoRateLimitException[] seen = new JikoRateLimitException[1];
        whileParked = () -> seen[0] = refused(() -> take(READ, RatePriority.PRODUCER, NO_WAIT));
        assertThat(take(CREATE, RatePriority.PRODUCER, MINUTE)).as("one second after the last answer").isEqualTo(1_000);
        assertThat(seen[0]).hasMessageContaining("calls of higher priority are waiting for it");
        assertThat(take(READ, RatePriority.PRODUCER, NO_WAIT)).isZero();
    }

    @Test
    void aWaitForAnAnswerInFlightGivesUpExactlyAtTheBound() throws Exception {
        take(READ, RatePriority.PRODUCER, NO_WAIT);
        budget.answered(READ, 200, headers(10, 5, resetIn(1)), Optional.empty());
        take(READ, RatePriority.PRODUCER, NO_WAIT); // in flight into the next window
        clock.advance(Duration.ofSeconds(2));
        Instant before = clock.instant();
        JikoRateLimitException e = refused(() -> budget.acquire("op", READ, RatePriority.PRODUCER, MINUTE, 1_000));
        assertThat(e).hasMessageContaining("the window just reset and its first answer is awaited");
        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofMillis(250));
        assertThat(Duration.between(before, clock.instant())).isEqualTo(Duration.ofMillis(1_000));
        assertThat(parks.get()).isEqualTo(4);
    }

    @Test
    void aWaitThatEndsExactlyAtTheBoundIsTaken() throws Exception {
        take(READ, RatePriority.PRODUCER, NO_WAIT);
        budget.answered(READ, 200, headers(10, 0, resetIn(30)), Optional.empty());
        assertThat(budget.acquire("op", READ, RatePriority.PRODUCER, MINUTE, 30_000)).isEqualTo(30_000);
    }

    @Test
    void aTransferCreationInFlightHoldsTheNextOneForAShortRecheck() throws Exception {
        take(CREATE, RatePriority.PRODUCER, NO_WAIT);
        JikoRateLimitException e = refused(() -> take(CREATE, RatePriority.PRODUCER, NO_WAIT));
        assertThat(e).hasMessageContaining("one call at a time");
        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void approvingATransferIsNotBoundByTheOnePerSecondRuleOfCreatingOne() throws Exception {
        // same limit group (Transfer Requests create), but only creation has the burst rule
        take(APPROVE, RatePriority.PRODUCER, NO_WAIT);
        budget.answered(APPROVE, 200, headers(60, 58, resetIn(40)), Optional.empty());
        assertThat(take(CREATE, RatePriority.PRODUCER, NO_WAIT)).isZero();
        budget.answered(CREATE, 201, headers(60, 57, resetIn(40)), Optional.empty());
        assertThat(take(APPROVE, RatePriority.PRODUCER, NO_WAIT)).as("no spacing for approve").isZero();
    }

    @Test
    void aFailedSendFreesItsSlotButKeepsTheOneSecondSpacing() throws Exception {
        take(CREATE, RatePriority.PRODUCER, NO_WAIT);
        budget.released(CREATE);
        JikoRateLimitException e = refused(() -> take(CREATE, RatePriority.PRODUCER, NO_WAIT));
        assertThat(e).hasMessageContaining("1 call(s) per second");
        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(budget.snapshot().inFlight()).isZero();
        // the lock is given back: another thread can read the budget
        assertThat(CompletableFuture.supplyAsync(budget::snapshot).get(10, TimeUnit.SECONDS).inFlight()).isZero();
    }

    @Test
    void aNewWindowWakesAProducerParkedUntilTheReset() throws Exception {
        RateBudget real = new RateBudget("client-1", "Transactions", Clock.systemUTC(), RateBudget.CONDITION);
        RateLimitSettings minute = new RateLimitSettings(0, 20, Duration.ofMinutes(1));
        real.acquire("op", READ, RatePriority.PRODUCER, NO_WAIT, 0);
        real.acquire("op", READ, RatePriority.PRODUCER, NO_WAIT, 0);
        long reset = Instant.now().getEpochSecond() + 40;
        real.answered(READ, 200, headers(10, 0, reset), Optional.empty());
        CompletableFuture<Long> parked = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                parked.complete(real.acquire("op", READ, RatePriority.PRODUCER, minute, 60_000));
            } catch (Throwable e) {
                parked.completeExceptionally(e);
            }
        }, "parked-producer");
        waiter.setDaemon(true);
        waiter.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiter.getState() == Thread.State.TIMED_WAITING);
        real.answered(READ, 200, headers(10, 8, reset + 60), Optional.empty()); // the next window, with budget
        // woken by the answer, not at the reset 40 s away
        assertThat(parked.get(15, TimeUnit.SECONDS)).isLessThan(30_000);
    }

    @Test
    void withoutHeadersAPartlyRefilledBucketSaysWhenTheNextRequestFits() throws Exception {
        for (int i = 0; i < 20; i++) { // Transactions: 120 per minute, 20 at once, then one every 600 ms
            take(READ, RatePriority.PRODUCER, NO_WAIT);
            budget.answered(READ, 200, NONE, Optional.empty());
        }
        clock.advance(Duration.ofMillis(300)); // half a request refilled
        JikoRateLimitException e = refused(() -> take(READ, RatePriority.PRODUCER, NO_WAIT));
        assertThat(e.getRetryAfter()).isBetween(Duration.ofMillis(299), Duration.ofMillis(301));
        clock.advance(Duration.ofMillis(5_700)); // ten requests refilled in all
        assertThat(budget.snapshot().remaining()).as("the snapshot refills too").isBetween(9, 10);
        assertThat(budget.snapshot().source()).isEqualTo("fallback");
    }

    @Test
    void theLowestFallbackOfTheEndpointsSharingABudgetWins() throws Exception {
        take(READ, RatePriority.PRODUCER, new RateLimitSettings(120, 0, Duration.ZERO)); // 20 at once, 19 left
        take(READ, RatePriority.PRODUCER, new RateLimitSettings(60, 0, Duration.ZERO)); // 10 at once: 10 left, then 9
        assertThat(budget.snapshot().limit()).isEqualTo(60);
        assertThat(budget.snapshot().remaining()).isEqualTo(9);
        take(READ, RatePriority.PRODUCER, new RateLimitSettings(300, 0, Duration.ZERO)); // a higher one does not raise it
        assertThat(budget.snapshot().limit()).isEqualTo(60);
        assertThat(budget.snapshot().remaining()).isEqualTo(8);
    }

    @Test
    void atTheResetInstantTheSnapshotShowsTheWholeLimit() throws Exception {
        take(READ, RatePriority.PRODUCER, NO_WAIT);
        budget.answered(READ, 200, headers(10, 2, resetIn(30)), Optional.empty());
        assertThat(budget.snapshot().remaining()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(30));
        assertThat(budget.snapshot().remaining()).isEqualTo(10);
    }

    @Test
    void aReserveOfAHundredOrNothingAndAFallbackOfZeroAreAllowed() {
        assertThat(new RateLimitSettings(0, 100, Duration.ZERO).reservePercent()).isEqualTo(100);
        assertThat(new RateLimitSettings(0, 0, Duration.ZERO).reservePercent()).isZero();
        assertThatThrownBy(() -> new RateLimitSettings(0, -1, Duration.ZERO)).hasMessageContaining("rateLimitReserve");
    }

    // ---- the gate: one call's wait bound across its attempts ----

    static final URI TRANSACTIONS = URI.create("http://127.0.0.1:1/api/v2/transactions/");

    static HttpAnswer answer(HttpCall request, int status, ResponseHeaders headers) {
        return new HttpAnswer(status, headers, new ByteArrayInputStream(new byte[0]));
    }

    @Test
    void oneCallNeverWaitsLongerThanMaxRateLimitWaitAcrossItsAttempts() throws Exception {
        RateBudgets budgets = new RateBudgets(clock, (condition, max) -> clock.advance(max));
        RateLimitGate gate = new RateLimitGate(budgets, "principal", "client-1",
                new RateLimitSettings(0, 20, Duration.ofSeconds(10)));
        RateLimitGate.Call call = gate.open("listTransactions", RatePriority.PRODUCER);
        HttpCall request = HttpCall.get(TRANSACTIONS);
        AtomicInteger sent = new AtomicInteger();
        call.send(request, r -> {
            sent.incrementAndGet();
            return answer(r, 200, headers(10, 0, resetIn(5)));
        });
        // the second attempt waits 5 s for the reset, then Jiko says the new window is gone for 6 s
        call.send(request, r -> {
            sent.incrementAndGet();
            return answer(r, 200, headers(10, 0, resetIn(6)));
        });
        assertThat(call.mayWait(Duration.ofSeconds(5))).as("5 of 10 s left").isTrue();
        assertThat(call.mayWait(Duration.ofMillis(5_001))).isFalse();
        assertThatThrownBy(() -> call.send(request, r -> {
            sent.incrementAndGet();
            return answer(r, 200, NONE);
        })).isInstanceOf(JikoRateLimitException.class).hasMessageContaining("maxRateLimitWait (5000 ms left of 10000 ms)");
        assertThat(sent.get()).isEqualTo(2);
    }

    @Test
    void aRetryAfterWaitCountsAgainstTheBound() {
        RateLimitGate gate = new RateLimitGate(new RateBudgets(clock, (condition, max) -> clock.advance(max)), "principal",
                "client-1", new RateLimitSettings(0, 20, Duration.ofSeconds(10)));
        RateLimitGate.Call call = gate.open("listTransactions", RatePriority.PRODUCER);
        assertThat(call.mayWait(Duration.ofSeconds(10))).as("exactly the bound").isTrue();
        assertThat(call.mayWait(Duration.ofMillis(10_001))).isFalse();
        call.waited(Duration.ofSeconds(4));
        assertThat(call.mayWait(Duration.ofSeconds(6))).isTrue();
        assertThat(call.mayWait(Duration.ofMillis(6_001))).isFalse();
    }

    @Test
    void aSendThatFailsGivesItsBudgetBack() {
        RateBudgets budgets = new RateBudgets(clock, (condition, max) -> clock.advance(max));
        RateLimitGate gate = new RateLimitGate(budgets, "principal", "client-1", MINUTE);
        HttpCall request = HttpCall.get(TRANSACTIONS);
        assertThatThrownBy(() -> gate.open("listTransactions", RatePriority.PRODUCER).send(request, r -> {
            throw new IOException("connection reset");
        })).isInstanceOf(IOException.class);
        assertThat(budgets.snapshots()).singleElement().satisfies(s -> assertThat(s.inFlight()).isZero());
    }

    @Test
    void aRetryAfterOnA429ThroughTheGateBlocksTheGroupForThatLongNotForTheOneSecondFallback() throws Exception {
        RateLimitGate gate = new RateLimitGate(new RateBudgets(clock, (condition, max) -> clock.advance(max)), "principal",
                "client-1", NO_WAIT);
        HttpCall request = HttpCall.get(TRANSACTIONS);
        ResponseHeaders tooMany = ResponseHeaders.of(java.util.Map.of("Retry-After", java.util.List.of("7")));
        assertThat(gate.open("listTransactions", RatePriority.PRODUCER).send(request, r -> answer(r, 429, tooMany))
                .statusCode()).isEqualTo(429);
        clock.advance(Duration.ofMillis(6_999));
        assertThatThrownBy(() -> gate.open("listTransactions", RatePriority.PRODUCER).send(request, r -> answer(r, 200, NONE)))
                .isInstanceOf(JikoRateLimitException.class).hasMessageContaining("Jiko answered 429 and asked to wait");
        clock.advance(Duration.ofMillis(1));
        assertThat(gate.open("listTransactions", RatePriority.PRODUCER).send(request, r -> answer(r, 200, NONE)).statusCode())
                .isEqualTo(200);
    }
}
