package io.cameljiko.component.client;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * What one component's Jiko traffic looked like: counts per operation, the last rate-limit headers seen per
 * operation, and when each cached access token expires. Read by the dev console and the metrics; it never
 * holds a token, a key or a body. The token request counts as operation {@code token}.
 */
public final class JikoStats {

    /** Figures of one operation. The rate-limit fields are the last X-RateLimit-* headers Jiko sent for it. */
    public static final class OperationStats {
        private final LongAdder calls = new LongAdder();
        private final LongAdder retries = new LongAdder();
        private final LongAdder rateLimited = new LongAdder();
        private final LongAdder replays = new LongAdder();
        private volatile RateLimit rateLimit;

        public long calls() {
            return calls.sum();
        }

        public long retries() {
            return retries.sum();
        }

        /** 429 answers received, retried or not. */
        public long rateLimited() {
            return rateLimited.sum();
        }

        /** Calls replayed once with a fresh token after a 401. */
        public long replays() {
            return replays.sum();
        }

        /** The last rate-limit headers, or null when Jiko sent none yet. */
        public RateLimit rateLimit() {
            return rateLimit;
        }
    }

    /** X-RateLimit-Limit/Remaining/Reset as last seen (each -1 when absent), and when. */
    public record RateLimit(long limit, long remaining, long resetEpochSeconds, Instant seenAt) {
    }

    /** When the access token of a client expires; never the token itself. */
    public record TokenInfo(String clientId, String tokenUrl, Instant obtainedAt, Instant expiresAt, long issued) {
    }

    private final Map<String, OperationStats> operations = new ConcurrentSkipListMap<>();
    private final Map<String, TokenInfo> tokens = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** A call starts: one per exchange or token request; its retries and 401 replay are counted apart. */
    public void call(String operation) {
        of(operation).calls.increment();
    }

    public void retry(String operation) {
        of(operation).retries.increment();
    }

    public void replay(String operation) {
        of(operation).replays.increment();
    }

    /** Every HTTP answer: counts 429s and keeps the rate-limit headers. */
    public void response(String operation, HttpAnswer response) {
        OperationStats stats = of(operation);
        if (response.statusCode() == 429) {
            stats.rateLimited.increment();
        }
        OptionalLong remaining = response.headers().firstLong("X-RateLimit-Remaining");
        OptionalLong reset = response.headers().firstLong("X-RateLimit-Reset");
        OptionalLong limit = response.headers().firstLong("X-RateLimit-Limit");
        if (remaining.isPresent() || reset.isPresent() || limit.isPresent()) {
            stats.rateLimit = new RateLimit(limit.orElse(-1), remaining.orElse(-1), reset.orElse(-1), Instant.now());
        }
    }

    public void tokenIssued(String clientId, String tokenUrl, long expiresInSeconds) {
        Instant now = Instant.now();
        tokens.merge(clientId + " " + tokenUrl,
                new TokenInfo(clientId, tokenUrl, now, now.plusSeconds(expiresInSeconds), 1),
                (old, fresh) -> new TokenInfo(clientId, tokenUrl, now, fresh.expiresAt(), old.issued() + 1));
    }

    /** Operations seen so far, by name. */
    public Map<String, OperationStats> operations() {
        return java.util.Collections.unmodifiableMap(operations);
    }

    public Collection<TokenInfo> tokens() {
        return List.copyOf(tokens.values());
    }

    /** Called with every operation name as it is first seen (and at once for those already seen). */
    public void onNewOperation(Consumer<String> listener) {
        listeners.add(listener);
        operations.keySet().forEach(listener);
    }

    private OperationStats of(String operation) {
        OperationStats stats = operations.get(operation);
        if (stats == null) {
            OperationStats fresh = new OperationStats();
            stats = operations.putIfAbsent(operation, fresh);
            if (stats == null) {
                stats = fresh;
                listeners.forEach(l -> l.accept(operation));
            }
        }
        return stats;
    }
}
