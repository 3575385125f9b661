package io.cameljiko.simulator;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Fixed one-minute windows of the simulator clock, per client id and group. */
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
    private final boolean enforce;

    RateLimiter(boolean enforce) {
        this.enforce = enforce;
    }

    synchronized Result hit(String clientId, String group, Instant now) {
        int limit = LIMITS.getOrDefault(group, 300);
        long minute = now.getEpochSecond() / 60;
        long reset = (minute + 1) * 60;
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
        return new Result(true, limit, Math.max(0, limit - w.count), reset, 0);
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
            return new Result(false, minute.limit(), minute.remaining(), minute.resetEpochSecond(), 1);
        }
        seconds.put(key, new Window(second, w.count + 1));
        return minute;
    }
}
