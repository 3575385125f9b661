package io.cameljiko.component.consumer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a Jiko consumer reports about itself to its health check, the dev console and the metrics. Lag is counted
 * in items: those the last poll found that are not yet processed.
 */
public final class ConsumerStatus {

    private volatile Instant lastSuccessfulPoll;
    private volatile Instant lastErrorAt;
    private volatile String lastError;
    private volatile Instant rateLimitedUntil;
    private volatile int lastFound;
    private final AtomicInteger pending = new AtomicInteger();

    void polled(int found) {
        lastSuccessfulPoll = Instant.now();
        lastFound = found;
        pending.set(found);
    }

    void failed(Exception e) {
        lastErrorAt = Instant.now();
        lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    void rateLimited(Instant until) {
        rateLimitedUntil = until;
    }

    void delivered(int items) {
        pending.updateAndGet(p -> Math.max(0, p - items));
    }

    public Instant lastSuccessfulPoll() {
        return lastSuccessfulPoll;
    }

    public Instant lastErrorAt() {
        return lastErrorAt;
    }

    /** The exception class and message of the last failed poll (Jiko's messages carry no secret). */
    public String lastError() {
        return lastError;
    }

    /** While polls are skipped after a 429, else null. */
    public Instant rateLimitedUntil() {
        Instant until = rateLimitedUntil;
        return until != null && Instant.now().isBefore(until) ? until : null;
    }

    public int lastFound() {
        return lastFound;
    }

    public int pending() {
        return pending.get();
    }

    /** The figures as health-check details, absent ones left out. */
    Map<String, Object> details(String operation, String position) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("jiko.operation", operation);
        details.put("jiko.position", position);
        details.put("jiko.pending", pending());
        putIfSet(details, "jiko.last_successful_poll", lastSuccessfulPoll);
        putIfSet(details, "jiko.last_error", lastError);
        putIfSet(details, "jiko.last_error_at", lastErrorAt);
        putIfSet(details, "jiko.rate_limited_until", rateLimitedUntil());
        return details;
    }

    private static void putIfSet(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value.toString());
        }
    }
}
