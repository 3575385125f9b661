package io.cameljiko.simulator;

import java.time.Duration;
import java.util.Random;

/**
 * Fault injection. By default faults apply to API paths ({@code /api/v1/...}, {@code /api/v2/...}) only,
 * not to the token endpoint; {@link #includeTokenEndpoint(boolean)} changes that.
 * Order of precedence for one request: dropped connection, forced 429, failNext, random error; latency is added to all.
 */
public final class Faults {
    /** What to do with one request. */
    public enum Action { NONE, DROP, FORCE_429, FAIL }

    /** Decision for one request. */
    public record Decision(Action action, int status, long retryAfterSeconds) { }

    private Duration latency = Duration.ZERO;
    private double errorRate;
    private int failNextCount;
    private int failNextStatus = 500;
    private int dropNext;
    private int force429Count;
    private long force429RetryAfter = 1;
    private boolean includeTokenEndpoint;
    private final Random random;
    private final Runnable expireTokens;

    Faults(long seed, Runnable expireTokens) {
        this.random = new Random(seed ^ 0x5DEECE66DL);
        this.expireTokens = expireTokens;
    }

    /** Adds this delay before every affected response. */
    public synchronized Faults latency(Duration d) {
        this.latency = d == null ? Duration.ZERO : d;
        return this;
    }

    /** Share (0..1) of affected requests answered with a 5xx (500/502/503, seeded random). */
    public synchronized Faults errorRate(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("errorRate must be within 0..1: " + rate);
        }
        this.errorRate = rate;
        return this;
    }

    /** The next n affected requests are answered with this status and {"detail":"Injected fault"}. */
    public synchronized Faults failNext(int n, int status) {
        this.failNextCount = n;
        this.failNextStatus = status;
        return this;
    }

    /** The next n affected requests get their connection closed without any response. */
    public synchronized Faults dropNextConnections(int n) {
        this.dropNext = n;
        return this;
    }

    /** The next n affected requests are answered 429 with this Retry-After. */
    public synchronized Faults force429(int n, long retryAfterSeconds) {
        this.force429Count = n;
        this.force429RetryAfter = retryAfterSeconds;
        return this;
    }

    /** Every access token issued so far becomes expired (401 on next use). */
    public Faults expireAllTokens() {
        expireTokens.run();
        return this;
    }

    /** Whether the token endpoint is subject to faults too (default false). */
    public synchronized Faults includeTokenEndpoint(boolean include) {
        this.includeTokenEndpoint = include;
        return this;
    }

    /** Removes every configured fault (tokens already expired stay expired). */
    public synchronized Faults clear() {
        latency = Duration.ZERO;
        errorRate = 0;
        failNextCount = 0;
        dropNext = 0;
        force429Count = 0;
        includeTokenEndpoint = false;
        return this;
    }

    synchronized Duration latency() {
        return latency;
    }

    synchronized boolean appliesToToken() {
        return includeTokenEndpoint;
    }

    synchronized Decision decide() {
        if (dropNext > 0) {
            dropNext--;
            return new Decision(Action.DROP, 0, 0);
        }
        if (force429Count > 0) {
            force429Count--;
            return new Decision(Action.FORCE_429, 429, force429RetryAfter);
        }
        if (failNextCount > 0) {
            failNextCount--;
            return new Decision(Action.FAIL, failNextStatus, 0);
        }
        if (errorRate > 0 && random.nextDouble() < errorRate) {
            int[] codes = {500, 502, 503};
            return new Decision(Action.FAIL, codes[random.nextInt(codes.length)], 0);
        }
        return new Decision(Action.NONE, 0, 0);
    }
}
