package io.cameljiko.component.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Retry budget and backoff: exponential from retryDelay, with jitter, capped. */
public record RetryPolicy(int maxRetries, Duration retryDelay, Duration maxRetryAfter) {

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** The wait before retry number {@code retry} (1-based): between half and all of retryDelay * 2^(retry-1). */
    public Duration backoff(int retry) {
        long base = retryDelay.toMillis() << Math.min(retry - 1, 20);
        long capped = Math.min(Math.max(base, 0), MAX_BACKOFF.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
    }
}
