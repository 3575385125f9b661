package io.cameljiko.component.consumer;

import java.util.Map;
import java.util.function.Supplier;

import io.cameljiko.component.client.RateLimitSnapshot;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * The consumer's own health check (Camel's scheduled-poll check), with the rate-limit budget of the group
 * it polls added to the details: {@code jiko.rateLimit.remaining}, {@code .limit}, {@code .reset}, ...
 * The budget never changes the state: a consumer that yields is healthy.
 */
final class RateLimitHealthCheck implements HealthCheck {

    private final HealthCheck delegate;
    private final Supplier<RateLimitSnapshot> budget;

    RateLimitHealthCheck(HealthCheck delegate, Supplier<RateLimitSnapshot> budget) {
        this.delegate = delegate;
        this.budget = budget;
    }

    @Override
    public Result call(Map<String, Object> options) {
        Result result = delegate.call(options);
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this).state(result.getState()).details(result.getDetails());
        result.getMessage().ifPresent(builder::message);
        result.getError().ifPresent(builder::error);
        RateLimitSnapshot s = budget.get();
        if (s != null) {
            builder.detail("jiko.rateLimit.group", s.group()).detail("jiko.rateLimit.source", s.source())
                    .detail("jiko.rateLimit.limit", s.limit()).detail("jiko.rateLimit.remaining", s.remaining())
                    .detail("jiko.rateLimit.waits", s.waits()).detail("jiko.rateLimit.totalWaitedMs", s.totalWaited().toMillis())
                    .detail("jiko.rateLimit.yields", s.yields()).detail("jiko.rateLimit.rejected", s.rejected());
            if (s.reset() != null) {
                builder.detail("jiko.rateLimit.reset", s.reset().toString());
            }
        }
        return builder.build();
    }

    @Override
    public boolean isEnabled() {
        return delegate.isEnabled();
    }

    @Override
    public void setEnabled(boolean enabled) {
        delegate.setEnabled(enabled);
    }

    @Override
    public String getGroup() {
        return delegate.getGroup();
    }

    @Override
    public String getId() {
        return delegate.getId();
    }

    @Override
    public Map<String, Object> getMetaData() {
        return delegate.getMetaData();
    }

    @Override
    public boolean isReadiness() {
        return delegate.isReadiness();
    }

    @Override
    public boolean isLiveness() {
        return delegate.isLiveness();
    }

    @Override
    public int getOrder() {
        return delegate.getOrder();
    }
}
