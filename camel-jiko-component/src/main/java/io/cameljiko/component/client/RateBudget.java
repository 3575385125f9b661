package io.cameljiko.component.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.cameljiko.component.error.JikoRateLimitException;
import io.cameljiko.component.catalog.RateLimitGroups;

/**
 * One client's budget for one Jiko limit group, shared by every endpoint of a component.
 * <p>
 * With {@code X-RateLimit-*} headers it trusts Jiko: what remains of the window (minus requests in flight)
 * until the reset. Without them a token bucket of {@code rateLimitFallback} per minute (a sixth as burst,
 * the rest evenly paced) keeps any 60 s under that rate. Producers may use everything; background reads
 * (polls, later pages) leave {@code rateLimitReserve} percent to them, and do not start while a higher
 * priority caller waits. Waiting callers park on a condition until the computed time or the next answer.
 */
public final class RateBudget {

    /** How a caller waits for budget: on the condition by default; a test advances a fake clock instead. */
    @FunctionalInterface
    public interface Parker {
        void park(Condition condition, Duration max) throws InterruptedException;
    }

    static final Parker CONDITION = (condition, max) -> condition.awaitNanos(max.toNanos());

    /** Jiko windows are one minute: a reset further away (another clock, an advanced simulator) counts as one. */
    static final long MAX_WINDOW_MS = 60_000;
    /** When the next chance depends on an answer in flight, look again after at most this long. */
    static final long RECHECK_MS = 250;

    /** The outcome of one look at the budget; {@code estimate}: notBefore is a guess (an answer may come earlier). */
    record Decision(boolean granted, long notBefore, boolean estimate, String reason) {
        static final Decision GRANT = new Decision(true, 0, false, null);
    }

    private final String client;
    private final String group;
    private final Clock clock;
    private final Parker parker;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    // what Jiko reported
    private boolean headers;
    private int limit;
    private int remaining;
    private long resetSecond;
    private long resetAt;
    // without headers
    private int fallbackPerMinute;
    private double tokens = -1;
    private long refilledAt;
    // always
    private int inFlight;
    private long blockedUntil;
    private int burstInFlight;
    private long burstNextAt;
    private final int[] waiting = new int[3];
    private long waits;
    private long waitedMs;
    private long yields;
    private long rejected;

    public RateBudget(String client, String group, Clock clock, Parker parker) {
        this.client = client;
        this.group = group;
        this.clock = clock;
        this.parker = parker;
    }

    /**
     * Takes budget for one request of {@code rule}, parking up to {@code maxWaitMs}.
     *
     * @return how long it waited, in ms
     * @throws JikoRateLimitException (no request sent) when the budget comes back later than the bound allows,
     *                                or at once for a {@link RatePriority#POLL} that finds the budget low
     */
    public long acquire(String operation, RateLimitGroups.Rule rule, RatePriority priority, RateLimitSettings settings,
                        long maxWaitMs) throws InterruptedException {
        int rank = rule.moneyMovement() ? 0 : priority.background() ? 2 : 1;
        lock.lock();
        try {
            long start = clock.millis();
            while (true) {
                long now = clock.millis();
                Decision d = decide(rank, priority, rule, settings, now);
                if (d.granted()) {
                    grant(rule);
                    long waited = now - start;
                    if (waited > 0) {
                        recordWait(waited);
                    }
                    return waited;
                }
                long left = maxWaitMs - (now - start);
                long until = d.notBefore() - now;
                if (priority == RatePriority.POLL || left <= 0 || (!d.estimate() && until > left)) {
                    if (priority == RatePriority.POLL) {
                        yields++;
                    }
                    throw refusal(operation, priority, settings, d, now, maxWaitMs);
                }
                waiting[rank]++;
                try {
                    parker.park(changed, Duration.ofMillis(Math.max(1, Math.min(until, left))));
                } finally {
                    waiting[rank]--;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    Decision decide(int rank, RatePriority priority, RateLimitGroups.Rule rule, RateLimitSettings settings, long now) {
        if (now < blockedUntil) {
            return new Decision(false, blockedUntil, false, "Jiko answered 429 and asked to wait");
        }
        for (int r = 0; r < rank; r++) {
            if (waiting[r] > 0) {
                return new Decision(false, now + RECHECK_MS, true, "calls of higher priority are waiting for it");
            }
        }
        if (rule.burstPerSecond() > 0) {
            if (burstInFlight > 0) {
                return new Decision(false, now + RECHECK_MS, true, "this route allows one call at a time (burst limit)");
            }
            if (now < burstNextAt) {
                return new Decision(false, burstNextAt, false,
                        "this route allows " + rule.burstPerSecond() + " call(s) per second (burst limit)");
            }
        }
        if (headers) {
            if (now < resetAt) {
                int floor = priority.background() ? reserve(limit, settings.reservePercent()) : 0;
                return remaining - inFlight > floor ? Decision.GRANT
                        : new Decision(false, resetAt, false, floor > 0 ? "the budget is down to the producers' reserve"
                                : "the budget is used up");
            }
            // Jiko's window is over: until an answer tells the new budget, one request at a time
            return inFlight == 0 ? Decision.GRANT
                    : new Decision(false, now + RECHECK_MS, true, "the window just reset and its first answer is awaited");
        }
        useFallback(settings.fallbackPerMinute() > 0 ? settings.fallbackPerMinute() : rule.group().perMinute(), now);
        double capacity = capacity();
        int floor = priority.background() ? reserve((int) capacity, settings.reservePercent()) : 0;
        if (tokens >= floor + 1) {
            return Decision.GRANT;
        }
        long missing = (long) Math.ceil((floor + 1 - tokens) / refillPerMs());
        return new Decision(false, now + Math.max(1, missing), false,
                "no X-RateLimit headers: the fallback of " + fallbackPerMinute + " per minute is used up");
    }

    private void grant(RateLimitGroups.Rule rule) {
        inFlight++;
        if (rule.burstPerSecond() > 0) {
            burstInFlight++;
        }
        if (!headers) {
            tokens -= 1;
        }
    }

    /** An answer arrived: Jiko's headers replace the estimate, a 429 blocks the group for Retry-After. */
    public void answered(RateLimitGroups.Rule rule, int status, ResponseHeaders responseHeaders, Optional<Duration> retryAfter) {
        lock.lock();
        try {
            long now = clock.millis();
            finished(rule, now);
            // a header that is not a number is a header we do not have
            OptionalLong l = responseHeaders.firstLong("X-RateLimit-Limit");
            OptionalLong r = responseHeaders.firstLong("X-RateLimit-Remaining");
            OptionalLong s = responseHeaders.firstLong("X-RateLimit-Reset");
            if (l.isPresent() && r.isPresent() && s.isPresent()) {
                if (!headers || s.getAsLong() > resetSecond) {
                    headers = true;
                    remaining = (int) r.getAsLong();
                    resetSecond = s.getAsLong();
                    resetAt = Math.min(resetSecond * 1000, now + MAX_WINDOW_MS);
                } else if (s.getAsLong() == resetSecond) {
                    remaining = Math.min(remaining, (int) r.getAsLong());
                } // else: a late answer from the previous window
                limit = (int) l.getAsLong();
            } else if (!headers || now >= resetAt) {
                headers = false;
            }
            if (status == 429) {
                rejected++;
                remaining = 0;
                long wait = retryAfter.map(Duration::toMillis).orElse(headers ? Math.max(0, resetAt - now) : 1000L);
                blockedUntil = Math.max(blockedUntil, now + wait);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** No answer (I/O error): the request may have counted, so the burst spacing still applies. */
    public void released(RateLimitGroups.Rule rule) {
        lock.lock();
        try {
            finished(rule, clock.millis());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void finished(RateLimitGroups.Rule rule, long now) {
        inFlight = Math.max(0, inFlight - 1);
        if (rule.burstPerSecond() > 0) {
            burstInFlight = Math.max(0, burstInFlight - 1);
            // Jiko processed the call before this moment, so a full second from now is a new second on its side
            burstNextAt = now + 1000 / rule.burstPerSecond();
        }
    }

    /** A wait outside the budget (Retry-After of a 429) that the statistics should show. */
    public void recordWait(long ms) {
        lock.lock();
        try {
            waits++;
            waitedMs += ms;
        } finally {
            lock.unlock();
        }
    }

    public RateLimitSnapshot snapshot() {
        lock.lock();
        try {
            long now = clock.millis();
            String source;
            int lim;
            int left;
            Instant reset = null;
            if (headers) {
                source = "headers";
                lim = limit;
                left = Math.max(0, (now < resetAt ? remaining : limit) - inFlight);
                reset = Instant.ofEpochSecond(resetSecond);
            } else if (tokens >= 0) {
                useFallback(fallbackPerMinute, now);
                source = "fallback";
                lim = fallbackPerMinute;
                left = (int) Math.floor(tokens);
            } else {
                source = "unknown";
                lim = 0;
                left = 0;
            }
            return new RateLimitSnapshot(client, group, source, lim, left, reset, inFlight, waits,
                    Duration.ofMillis(waitedMs), yields, rejected);
        } finally {
            lock.unlock();
        }
    }

    /** The rate in effect without headers: the smallest any endpoint sharing this budget asked for. */
    private void useFallback(int perMinute, long now) {
        if (tokens < 0) {
            fallbackPerMinute = Math.max(1, perMinute);
            tokens = capacity();
            refilledAt = now;
            return;
        }
        if (perMinute > 0 && perMinute < fallbackPerMinute) {
            fallbackPerMinute = perMinute;
            tokens = Math.min(tokens, capacity());
        }
        tokens = Math.min(capacity(), tokens + (now - refilledAt) * refillPerMs());
        refilledAt = now;
    }

    /** Burst plus 60 s of refill is the rate: never more than fallbackPerMinute in any minute. */
    private double capacity() {
        return Math.max(1, fallbackPerMinute / 6);
    }

    private double refillPerMs() {
        return Math.max(1, fallbackPerMinute - capacity()) / 60_000.0;
    }

    static int reserve(int limit, int percent) {
        return (int) Math.ceil(limit * Math.max(0, Math.min(100, percent)) / 100.0);
    }

    private JikoRateLimitException refusal(String operation, RatePriority priority, RateLimitSettings settings, Decision d,
                                           long now, long maxWaitMs) {
        Instant retryAt = Instant.ofEpochMilli(d.notBefore());
        Duration retryAfter = Duration.ofMillis(Math.max(0, d.notBefore() - now));
        String state = headers ? " (" + Math.max(0, remaining - inFlight) + " of " + limit + " left until "
                                 + Instant.ofEpochSecond(resetSecond) + ")" : "";
        String message = priority == RatePriority.POLL
                ? "jiko:" + operation + " poll put off until " + retryAt + ": in rate-limit group '" + group + "' " + d.reason()
                  + state + "; rateLimitReserve=" + settings.reservePercent() + "% is kept for producers"
                : "jiko:" + operation + " was not sent: in rate-limit group '" + group + "' " + d.reason() + state
                  + "; it comes back in " + retryAfter.toMillis() + " ms, more than maxRateLimitWait (" + maxWaitMs
                  + " ms left of " + settings.maxWait().toMillis() + " ms) allows. Try again after " + retryAt;
        return new JikoRateLimitException(message, operation, retryAfter, List.of(), null, retryAt, group, false);
    }

    public String group() {
        return group;
    }
}
