package io.cameljiko.component.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import io.cameljiko.component.client.JikoStats;
import io.cameljiko.component.health.JikoComponentView;
import io.cameljiko.component.consumer.ConsumerStatus;
import io.cameljiko.component.consumer.JikoConsumer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.SimpleEventNotifierSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micrometer meters for the figures of the dev console, tagged by operation: counters of calls, retries, 429s
 * and 401 replays, gauges of the last rate-limit headers, of token expiry and of each consumer's lag. Active only
 * when Micrometer is on the classpath and a MeterRegistry is in the Camel registry when the component starts
 * (Spring Boot actuator's, or camel-micrometer's {@code metricsRegistry}).
 */
public final class JikoMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(JikoMetrics.class);
    private static final String OPERATION = "operation";

    private JikoMetrics() {
    }

    /** Binds the component's meters to the registry found in the context, if any; returns that registry or null. */
    public static MeterRegistry bind(JikoComponentView component) {
        MeterRegistry registry = find(component.getCamelContext());
        if (registry != null) {
            bind(component, registry);
        }
        return registry;
    }

    public static void bind(JikoComponentView component, MeterRegistry registry) {
        JikoStats stats = component.getStats();
        stats.onNewOperation(operation -> operationMeters(registry, operation, stats.operations().get(operation)));
        Gauge.builder("jiko.token.expires.seconds", stats, JikoMetrics::soonestTokenExpiry)
                .description("Seconds until the first cached Jiko access token expires (NaN before the first token)")
                .baseUnit("seconds").register(registry);
        CamelContext context = component.getCamelContext();
        context.getRoutes().forEach(route -> consumerMeters(registry, context, route));
        SimpleEventNotifierSupport notifier = new SimpleEventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.RouteStartedEvent started) {
                    consumerMeters(registry, context, started.getRoute());
                }
            }
        };
        notifier.setIgnoreExchangeEvents(true);
        notifier.setIgnoreCamelContextEvents(true);
        notifier.setIgnoreServiceEvents(true);
        notifier.setIgnoreStepEvents(true);
        ServiceHelper.startService(notifier);
        context.getManagementStrategy().addEventNotifier(notifier);
        LOG.debug("Jiko metrics bound to {}", registry.getClass().getSimpleName());
    }

    private static void operationMeters(MeterRegistry registry, String operation, JikoStats.OperationStats s) {
        counter(registry, "jiko.calls", "Jiko calls started (retries not counted)", operation, s, JikoStats.OperationStats::calls);
        counter(registry, "jiko.retries", "Jiko calls sent again after a connection failure, 5xx or 429", operation, s,
                JikoStats.OperationStats::retries);
        counter(registry, "jiko.rate.limited", "429 answers from Jiko", operation, s, JikoStats.OperationStats::rateLimited);
        counter(registry, "jiko.unauthorized.replays", "Calls replayed with a fresh token after a 401", operation, s,
                JikoStats.OperationStats::replays);
        gauge(registry, "jiko.rate.limit.remaining", "Last X-RateLimit-Remaining seen (NaN before any)", operation, s,
                o -> o.rateLimit() == null || o.rateLimit().remaining() < 0 ? Double.NaN : o.rateLimit().remaining());
        gauge(registry, "jiko.rate.limit.reset", "Last X-RateLimit-Reset seen, Unix seconds (NaN before any)", operation, s,
                o -> o.rateLimit() == null || o.rateLimit().resetEpochSeconds() < 0 ? Double.NaN : o.rateLimit().resetEpochSeconds());
    }

    private static void counter(MeterRegistry registry, String name, String description, String operation,
                                JikoStats.OperationStats s, ToDoubleFunction<JikoStats.OperationStats> f) {
        FunctionCounter.builder(name, s, f).description(description).tag(OPERATION, operation).register(registry);
    }

    private static void gauge(MeterRegistry registry, String name, String description, String operation,
                              JikoStats.OperationStats s, ToDoubleFunction<JikoStats.OperationStats> f) {
        Gauge.builder(name, s, f).description(description).tag(OPERATION, operation).register(registry);
    }

    /** Per route, reading whichever consumer the route has now (a restarted route gets a new one). */
    private static void consumerMeters(MeterRegistry registry, CamelContext context, Route route) {
        if (!(route.getConsumer() instanceof JikoConsumer consumer)) {
            return;
        }
        String routeId = route.getRouteId();
        String operation = consumer.getOperationName();
        Gauge.builder("jiko.consumer.pending", () -> status(context, routeId, s -> s.pending()))
                .description("Items the consumer's last poll found that are not processed yet")
                .tags(OPERATION, operation, "route", routeId).register(registry);
        Gauge.builder("jiko.consumer.last.poll.age.seconds", () -> status(context, routeId, s -> s.lastSuccessfulPoll() == null
                ? Double.NaN : Duration.between(s.lastSuccessfulPoll(), Instant.now()).toMillis() / 1000.0))
                .description("Seconds since the consumer's last successful poll").baseUnit("seconds")
                .tags(OPERATION, operation, "route", routeId).register(registry);
        Gauge.builder("jiko.consumer.rate.limited", () -> status(context, routeId, s -> s.rateLimitedUntil() != null ? 1 : 0))
                .description("1 while the consumer skips polls after a 429")
                .tags(OPERATION, operation, "route", routeId).register(registry);
    }

    private static double status(CamelContext context, String routeId, ToDoubleFunction<ConsumerStatus> f) {
        Route route = context.getRoute(routeId);
        return route != null && route.getConsumer() instanceof JikoConsumer c ? f.applyAsDouble(c.getJikoStatus()) : Double.NaN;
    }

    private static double soonestTokenExpiry(JikoStats stats) {
        return stats.tokens().stream().mapToDouble(t -> Duration.between(Instant.now(), t.expiresAt()).toSeconds())
                .min().orElse(Double.NaN);
    }

    private static MeterRegistry find(CamelContext context) {
        MeterRegistry named = context.getRegistry().lookupByNameAndType("metricsRegistry", MeterRegistry.class);
        if (named != null) {
            return named;
        }
        Set<MeterRegistry> all = context.getRegistry().findByType(MeterRegistry.class);
        // Spring Boot holds a composite of its registries: meters bound to it reach all of them
        return all.stream().filter(r -> r instanceof CompositeMeterRegistry).findFirst()
                .orElse(all.stream().findFirst().orElse(null));
    }
}
