package io.cameljiko.component.consumer;

import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;

/** Camel's polling-consumer check (DOWN after failed polls) plus the Jiko consumer's position, lag and last error. */
final class JikoConsumerHealthCheck extends ScheduledPollConsumerHealthCheck {

    private final JikoConsumer consumer;

    JikoConsumerHealthCheck(JikoConsumer consumer, String id) {
        super(consumer, id);
        this.consumer = consumer;
    }

    @Override
    public Result call(Map<String, Object> options) {
        Result result = super.call(options);
        Map<String, Object> details = new java.util.LinkedHashMap<>(result.getDetails());
        details.putAll(consumer.healthDetails());
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this).state(result.getState()).details(details);
        result.getMessage().ifPresent(builder::message);
        result.getError().ifPresent(builder::error);
        return builder.build();
    }
}
