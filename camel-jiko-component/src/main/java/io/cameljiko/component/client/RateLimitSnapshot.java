package io.cameljiko.component.client;

import java.time.Duration;
import java.time.Instant;

/**
 * A read-only view of one rate-limit budget, for health details, consoles and metrics.
 *
 * @param client      the OAuth client id the budget belongs to, or "accessToken" for a fixed token
 * @param group       Jiko's limit group, e.g. "Transactions"
 * @param source      "headers" (what Jiko reported), "fallback" (no headers seen: rateLimitFallback) or "unknown"
 * @param limit       requests per window (Jiko's X-RateLimit-Limit, or the fallback rate per minute)
 * @param remaining   what is left as far as the component knows, requests in flight already subtracted
 * @param reset       when Jiko's window resets (X-RateLimit-Reset), null without headers
 * @param inFlight    requests sent and not answered yet
 * @param waits       calls that had to wait for budget or for a Retry-After
 * @param totalWaited the sum of those waits
 * @param yields      consumer polls put off so that producers keep their reserve
 * @param rejected    429 answers Jiko sent for this group
 */
public record RateLimitSnapshot(String client, String group, String source, int limit, int remaining, Instant reset,
        int inFlight, long waits, Duration totalWaited, long yields, long rejected) {
}
