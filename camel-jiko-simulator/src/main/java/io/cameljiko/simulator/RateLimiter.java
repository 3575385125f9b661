package io.cameljiko.simulator;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fixed windows of the simulator clock (one minute by default), per client id and group. For tests the limits can be
 * scaled down or overridden per group, and the window shortened, so that a budget runs out in seconds.
 */
final class RateLimiter {
    static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("Authentication", 300), Map.entry("Agreements", 300), Map.entry("Counterparties", 300),
            Map.entry("Customer", 300), Map.entry("Notifications", 300), Map.entry("Portals", 300),
            Map.entry("Reports", 300), Map.entry("Subscriptions", 300), Map.entry("Team", 300),
            Map.entry("Trading Strategies", 300), Map.entry("User", 300),
            Map.entry("Pockets", 120), Map.entry("Trades", 120), Map.entry("Transactions", 120),
            Map.entry("Transfer Requests (read)", 120), Map.entry("Transfer Requests (create)", 60));

    /** Per-second limits on single routes: Jiko documents a burst of 1 per second for creating transfer requests. */
    static final Map<String, Integer> BURST_PER_SECOND = Map.of("POST /api/v1/transfer-requests/", 1);

    record Result(boolean allowed, int limit, int remaining, long resetEpochSecond, long retryAfterSeconds) { }

    private record Window(long minute, int count) { }

    private final Map<String, Window> windows = new HashMap<>();
    private final Map<String, Window> seconds = new HashMap<>();
    private final Map<String, Long> rejected = new TreeMap<>();
    private final boolean enforce;
    private final double scale;
    private final Map<String, Integer> overrides;
    private final long windowSeconds;

    RateLimiter(boolean enforce) {
        this(enforce, 1.0, Map.of(), 60);
    }

    RateLimiter(boolean enforce, double scale, Map<String, Integer> overrides, long windowSeconds) {
        this.enforce = enforce;
        this.scale = scale;
        this.overrides = Map.copyOf(overrides);
        this.windowSeconds = windowSeconds;
    }

    /** The group's limit per window: an override, else the documented one times the scale (at least 1). */
    int limit(String group) {
        Integer own = overrides.get(group);
        return own != null ? own : (int) Math.max(1, Math.round(LIMITS.getOrDefault(group, 300) * scale));
    }

    synchronized Result hit(String clientId, String group, Instant now) {
        Result r = window(clientId, group, now);
        if (!r.allowed()) {
            rejected.merge(group, 1L, Long::sum);
        }
        return r;
    }

    /** 429s this limiter decided, per group. */
    synchronized Map<String, Long> rejected() {
        return Map.copyOf(rejected);
    }

    private Result window(String clientId, String group, Instant now) {
        int limit = limit(group);
        long minute = now.getEpochSecond() / windowSeconds;
        long reset = (minute + 1) * windowSeconds;
        String key = clientId + "|" + group;
        Window w = windows.get(key);
        if (w == null || w.minute != minute) {
            w = new Window(minute, 0);
        }
        if (enforce && w.count >= limit) {
            windows.put(key, w);
            return new Result(false, limit, 0, reset, Math.max(1, reset - now.getEpochSecond()));
        }
        w = new Window(minute, w.count + 1);
        windows.put(key, w);
        // without enforcement nothing runs out: a client pacing itself on the headers is not slowed down
        return new Result(true, limit, enforce ? Math.max(0, limit - w.count) : limit, reset, 0);
    }

    /** After {@link #hit}: the per-second burst limit of the route, if it has one. */
    synchronized Result burst(String clientId, String route, Instant now, Result minute) {
        Integer limit = BURST_PER_SECOND.get(route);
        if (limit == null || !minute.allowed()) {
            return minute;
        }
        long second = now.getEpochSecond();
        String key = clientId + "|" + route;
        Window w = seconds.get(key);
        if (w == null || w.minute != second) {
            w = new Window(second, 0);
        }
        if (enforce && w.count >= limit) {
            rejected.merge(route, 1L, Long::sum);
            return new Result(false, minute.limit(), minute.remaining(), minute.resetEpochSecond(), 1);
        }
        seconds.put(key, new Window(second, w.count + 1));
        return minute;
    }
}
