package io.cameljiko.component.client;

import java.time.Duration;

/**
 * An endpoint's rate-limit options.
 *
 * @param fallbackPerMinute rateLimitFallback: the rate without X-RateLimit headers; 0 = the group's documented limit
 * @param reservePercent    rateLimitReserve: share of a group's budget background reads leave to producers
 * @param maxWait           maxRateLimitWait: the most one call waits in total, for budget and for Retry-After
 */
public record RateLimitSettings(int fallbackPerMinute, int reservePercent, Duration maxWait) {

    public RateLimitSettings {
        if (fallbackPerMinute < 0) {
            throw new IllegalArgumentException("Option rateLimitFallback must be 0 (the documented limit of each group) "
                                               + "or a positive number of requests per minute, got " + fallbackPerMinute);
        }
        if (reservePercent < 0 || reservePercent > 100) {
            throw new IllegalArgumentException("Option rateLimitReserve must be a percentage from 0 to 100, got " + reservePercent);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("Option maxRateLimitWait must not be negative, got " + maxWait.toMillis() + " ms");
        }
    }
}
