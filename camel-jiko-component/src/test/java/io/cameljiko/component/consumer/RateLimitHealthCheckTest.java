package io.cameljiko.component.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.cameljiko.component.client.RateLimitSnapshot;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer's health check keeps Camel's own verdict and adds the rate-limit budget of its group as details. */
class RateLimitHealthCheckTest {

    static final IllegalStateException FAILURE = new IllegalStateException("poll failed");

    /** Camel's poll check as the consumer has it: here down after failed polls. */
    static final class PollCheck extends AbstractHealthCheck {
        PollCheck() {
            super("camel", "consumer:items");
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
            builder.down().message("3 failed polls").error(FAILURE).detail("polls.failed", 3);
        }

        @Override
        public int getOrder() {
            return 7;
        }

        /** Not Camel's defaults (both true), and flipped by a test: each answer must come from the delegate. */
        boolean liveness = true;
        boolean readiness = false;

        @Override
        public boolean isLiveness() {
            return liveness;
        }

        @Override
        public boolean isReadiness() {
            return readiness;
        }
    }

    final PollCheck poll = new PollCheck();
    final AtomicReference<RateLimitSnapshot> budget = new AtomicReference<>();
    final RateLimitHealthCheck check = new RateLimitHealthCheck(poll, budget::get);

    @Test
    void theBudgetIsAddedToCamelsVerdictWhichItNeverChanges() {
        budget.set(new RateLimitSnapshot("client-1", "Transactions", "headers", 300, 12, Instant.parse("2026-12-01T05:00:00Z"), 1,
                4, Duration.ofMillis(2500), 2, 1));
        HealthCheck.Result result = check.call(Map.of());
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).contains("3 failed polls");
        assertThat(result.getError()).containsSame(FAILURE);
        assertThat(result.getCheck()).isSameAs(check);
        assertThat(result.getDetails()).containsEntry("polls.failed", 3)
                .containsEntry("jiko.rateLimit.group", "Transactions").containsEntry("jiko.rateLimit.source", "headers")
                .containsEntry("jiko.rateLimit.limit", 300).containsEntry("jiko.rateLimit.remaining", 12)
                .containsEntry("jiko.rateLimit.waits", 4L).containsEntry("jiko.rateLimit.totalWaitedMs", 2500L)
                .containsEntry("jiko.rateLimit.yields", 2L).containsEntry("jiko.rateLimit.rejected", 1L)
                .containsEntry("jiko.rateLimit.reset", "2026-12-01T05:00:00Z");
    }

    @Test
    void withoutAResetOrABudgetOnlyWhatIsKnownIsAdded() {
        budget.set(new RateLimitSnapshot("client-1", "Transactions", "fallback", 120, 120, null, 0, 0, Duration.ZERO, 0, 0));
        assertThat(check.call(Map.of()).getDetails()).containsEntry("jiko.rateLimit.source", "fallback")
                .doesNotContainKey("jiko.rateLimit.reset");
        budget.set(null);
        assertThat(check.call(Map.of()).getDetails()).containsEntry("polls.failed", 3)
                .doesNotContainKeys("jiko.rateLimit.group", "jiko.rateLimit.remaining");
    }

    @Test
    void itIsCamelsCheckInEverythingElse() {
        assertThat(check.getId()).isEqualTo("consumer:items");
        assertThat(check.getGroup()).isEqualTo("camel");
        assertThat(check.getMetaData()).isEqualTo(poll.getMetaData()).isNotEmpty();
        assertThat(check.isReadiness()).isFalse();
        assertThat(check.isLiveness()).isTrue();
        poll.readiness = true;
        poll.liveness = false;
        assertThat(check.isReadiness()).isTrue();
        assertThat(check.isLiveness()).isFalse();
        assertThat(check.getOrder()).isEqualTo(7);
        assertThat(check.isEnabled()).isTrue();
        check.setEnabled(false);
        assertThat(poll.isEnabled()).isFalse();
        assertThat(check.isEnabled()).isFalse();
    }
}
