package io.cameljiko.component.client;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Backoff: exponential from retryDelay, with jitter between half and all of it, capped at 30 s. */
class RetryPolicyTest {

    private static Set<Long> samples(RetryPolicy policy, int retry, int count) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            seen.add(policy.backoff(retry).toMillis());
        }
        return seen;
    }

    @Test
    void eachRetryWaitsTwiceAsLongWithinHalfToAllOfIt() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(1000), Duration.ofSeconds(5));
        assertThat(samples(policy, 1, 200)).allSatisfy(ms -> assertThat(ms).isBetween(500L, 1000L));
        assertThat(samples(policy, 2, 200)).allSatisfy(ms -> assertThat(ms).isBetween(1000L, 2000L));
        assertThat(samples(policy, 3, 200)).allSatisfy(ms -> assertThat(ms).isBetween(2000L, 4000L));
    }

    @Test
    void theWaitIsJitteredSoClientsDoNotRetryInStep() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(1000), Duration.ofSeconds(5));
        Set<Long> waits = samples(policy, 1, 200);
        assertThat(waits.size()).isGreaterThan(20);
        assertThat(waits.stream().mapToLong(Long::longValue).min().getAsLong()).isLessThan(700);
        assertThat(waits.stream().mapToLong(Long::longValue).max().getAsLong()).isGreaterThan(800);
        // the smallest jitter range still uses both ends: a 2 ms delay waits 1 or 2 ms
        assertThat(samples(new RetryPolicy(1, Duration.ofMillis(2), Duration.ZERO), 1, 100)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void theWaitIsCappedAtThirtySecondsEvenForManyRetries() {
        RetryPolicy policy = new RetryPolicy(100, Duration.ofSeconds(20), Duration.ofSeconds(5));
        assertThat(samples(policy, 2, 100)).allSatisfy(ms -> assertThat(ms).isBetween(15_000L, 30_000L));
        assertThat(samples(policy, 64, 100)).allSatisfy(ms -> assertThat(ms).isBetween(15_000L, 30_000L));
    }

    @Test
    void aZeroDelayMeansNoWait() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ZERO, Duration.ZERO);
        assertThat(policy.backoff(1)).isEqualTo(Duration.ZERO);
        assertThat(policy.backoff(3)).isEqualTo(Duration.ZERO);
        assertThat(new RetryPolicy(3, Duration.ofMillis(1), Duration.ZERO).backoff(1)).isEqualTo(Duration.ZERO);
    }
}
