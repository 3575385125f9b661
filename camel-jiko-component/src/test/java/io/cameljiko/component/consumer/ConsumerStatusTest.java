package io.cameljiko.component.consumer;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures a consumer reports: lag in items, the last error, the rate-limit pause. */
class ConsumerStatusTest {

    @Test
    void pendingIsWhatTheLastPollFoundLessWhatWasDeliveredAndNeverBelowZero() {
        ConsumerStatus status = new ConsumerStatus();
        assertThat(status.pending()).isZero();
        assertThat(status.lastSuccessfulPoll()).isNull();

        Instant before = Instant.now();
        status.polled(5);
        assertThat(status.lastFound()).isEqualTo(5);
        assertThat(status.pending()).isEqualTo(5);
        assertThat(status.lastSuccessfulPoll()).isBetween(before, Instant.now());

        status.delivered(2);
        assertThat(status.pending()).isEqualTo(3);
        assertThat(status.lastFound()).isEqualTo(5);
        status.delivered(10);
        assertThat(status.pending()).isZero();

        status.polled(4); // a new poll replaces the count, it does not add to it
        assertThat(status.pending()).isEqualTo(4);
    }

    @Test
    void aFailedPollKeepsItsTimeAndItsExceptionClassAndMessage() {
        ConsumerStatus status = new ConsumerStatus();
        assertThat(status.lastError()).isNull();
        assertThat(status.lastErrorAt()).isNull();

        Instant before = Instant.now();
        status.failed(new IllegalStateException("disk full"));
        assertThat(status.lastError()).isEqualTo("IllegalStateException: disk full");
        assertThat(status.lastErrorAt()).isBetween(before, Instant.now());
        status.polled(1); // a later success does not erase the last error: it says when it was
        assertThat(status.lastError()).isEqualTo("IllegalStateException: disk full");
    }

    @Test
    void aRateLimitPauseIsReportedOnlyWhileItLasts() {
        ConsumerStatus status = new ConsumerStatus();
        assertThat(status.rateLimitedUntil()).isNull();
        Instant until = Instant.now().plusSeconds(30);
        status.rateLimited(until);
        assertThat(status.rateLimitedUntil()).isEqualTo(until);
        status.rateLimited(Instant.now().minusSeconds(1));
        assertThat(status.rateLimitedUntil()).isNull();
    }

    @Test
    void detailsNameEveryFigureAndLeaveOutTheOnesNotSet() {
        ConsumerStatus status = new ConsumerStatus();
        assertThat(status.details("listEvents", "not started")).containsExactly(
                Map.entry("jiko.operation", "listEvents"), Map.entry("jiko.position", "not started"),
                Map.entry("jiko.pending", 0));

        status.polled(3);
        status.delivered(1);
        status.failed(new RuntimeException("boom"));
        Instant until = Instant.now().plusSeconds(60);
        status.rateLimited(until);
        Map<String, Object> details = status.details("listEvents", "watermark 2026-03-01T10:00:00Z");
        assertThat(details).containsEntry("jiko.pending", 2)
                .containsEntry("jiko.position", "watermark 2026-03-01T10:00:00Z")
                .containsEntry("jiko.last_successful_poll", status.lastSuccessfulPoll().toString())
                .containsEntry("jiko.last_error", "RuntimeException: boom")
                .containsEntry("jiko.last_error_at", status.lastErrorAt().toString())
                .containsEntry("jiko.rate_limited_until", until.toString())
                .hasSize(7);
    }
}
