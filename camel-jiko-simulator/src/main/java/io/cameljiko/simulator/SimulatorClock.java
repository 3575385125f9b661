package io.cameljiko.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's notion of "now": real time plus an offset that only grows.
 * Token expiry, rate-limit windows, transfer settlement and report completion follow this clock.
 */
public final class SimulatorClock {
    private final AtomicLong offsetNanos = new AtomicLong();

    /** Real time plus the accumulated offset. */
    public Instant now() {
        return Instant.now().plusNanos(offsetNanos.get());
    }

    /** Moves the clock forward. Negative durations are refused: simulated time never goes back. */
    public void advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("the simulator clock only moves forward: " + d);
        }
        offsetNanos.addAndGet(d.toNanos());
    }

    /** The total offset from real time. */
    public Duration offset() {
        return Duration.ofNanos(offsetNanos.get());
    }
}
