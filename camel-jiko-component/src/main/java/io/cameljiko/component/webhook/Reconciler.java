package io.cameljiko.component.webhook;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.error.JikoRateLimitException;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.PollSpec;
import io.cameljiko.component.consumer.Candidate;
import io.cameljiko.component.consumer.PollSettings;
import io.cameljiko.component.consumer.PositionTracker;
import io.cameljiko.component.consumer.Positions;
import io.cameljiko.component.json.JsonPaths;
import org.apache.camel.DelegateEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Push alone loses what Jiko sent while the route was down (or gave up retrying). When the route starts, and then
 * every reconcileInterval, this reads listEvents after the last event it saw (the polling consumer's position
 * logic, kept in the same stateRepository under its own key) and hands each event the push did not deliver to the
 * route, through the same de-duplication. The position moves only past events whose exchange completed.
 */
final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    /** How long a round waits for a push delivery of the same event that is still in the route. */
    private static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(60);

    private final WebhookSource endpoint;
    private final Operation operation;
    private final Processor next;
    private final EventDelivery delivery;
    private final StateRepository<String, String> state;
    private final Object round = new Object();
    private final String stateKey;
    private final Predicate<String> wanted;
    private ScheduledExecutorService executor;
    private volatile boolean running;
    private String routeId;

    Reconciler(WebhookSource endpoint, Operation operation, Processor next, EventDelivery delivery,
               StateRepository<String, String> state, String stateKey, Predicate<String> wanted) {
        this.endpoint = endpoint;
        this.operation = operation;
        this.next = next;
        this.delivery = delivery;
        this.state = state;
        this.stateKey = stateKey;
        this.wanted = wanted;
    }

    synchronized void start() {
        long interval = endpoint.webhookOptions().getReconcileInterval();
        if (interval < 0) {
            LOG.info("webhook:jiko:{} only receives pushes (reconcileInterval={}): it never reads listEvents", operation.name(),
                    interval);
            return;
        }
        running = true;
        executor = endpoint.getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "JikoWebhookReconcile");
        if (interval > 0) {
            executor.scheduleWithFixedDelay(this::runSafely, 0, interval, TimeUnit.MILLISECONDS);
        } else {
            executor.execute(this::runSafely);
        }
    }

    void stop() {
        running = false; // a round in progress stops after its current event
        synchronized (this) {
            if (executor != null) {
                endpoint.getCamelContext().getExecutorServiceManager().shutdown(executor);
                executor = null;
            }
        }
    }

    private void runSafely() {
        try {
            int n = reconcile();
            if (n > 0) {
                LOG.info("webhook:jiko reconciliation handed {} event(s) push had not delivered to the route", n);
            }
        } catch (JikoRateLimitException e) {
            LOG.warn("webhook:jiko reconciliation is rate limited by Jiko; it tries again in the next round");
        } catch (RuntimeException e) {
            LOG.warn("webhook:jiko reconciliation failed ({}); it tries again in the next round", e.getMessage());
        }
    }

    /** One round: reads events after the stored position and processes those not processed yet. Returns how many. */
    int reconcile() {
        synchronized (round) {
            return reconcileRound();
        }
    }

    private int reconcileRound() {
        PollSettings config = endpoint.pollSettings();
        PollSpec spec = operation.poll();
        String saved = state.getState(stateKey);
        Function<JsonNode, String> typeOf = JsonPaths.text(spec.eventTypePath());
        PositionTracker tracker = Positions.incremental(spec, Duration.ofMillis(Math.max(0, config.overlap())),
                item -> wanted.test(typeOf.apply(item)), saved == null ? Positions.start(config.startFrom()) : null, saved);
        int max = config.maxMessagesPerPoll() > 0 ? config.maxMessagesPerPoll() : 1000;
        int processed = 0;
        while (running) {
            List<Candidate> batch = tracker.next((from, cursor) -> Positions.readPage(endpoint, operation, from, cursor), max);
            save(tracker); // items the eventTypes filter dropped count as seen
            for (Candidate c : batch) {
                if (!running) {
                    return processed;
                }
                JsonNode event = JsonPaths.at(c.item(), spec.unwrapPath());
                EventDelivery.Claim claim = delivery.claim(c.id());
                if (claim == EventDelivery.Claim.IN_FLIGHT && delivery.awaitInFlight(c.id(), IN_FLIGHT_WAIT)) {
                    claim = EventDelivery.Claim.DUPLICATE; // push is processing it, and it completed
                } else if (claim == EventDelivery.Claim.IN_FLIGHT) {
                    claim = delivery.claim(c.id());
                }
                if (claim == EventDelivery.Claim.DUPLICATE) {
                    tracker.delivered(c);
                    save(tracker);
                    continue;
                }
                boolean completed = claim == EventDelivery.Claim.NEW && process(event);
                if (claim == EventDelivery.Claim.NEW) {
                    delivery.settle(c.id(), completed);
                }
                if (!completed) {
                    return processed; // the position stays before it: the next round offers it again
                }
                processed++;
                tracker.delivered(c);
                save(tracker);
            }
            if (batch.size() < max) {
                return processed;
            }
        }
        return processed;
    }

    private boolean process(JsonNode event) {
        Exchange exchange = new DefaultExchange(endpoint.getCamelContext());
        exchange.getExchangeExtension().setFromEndpoint(endpoint);
        exchange.getExchangeExtension().setFromRouteId(routeId());
        delivery.populate(exchange, event, null, EventDelivery.RECONCILE);
        try {
            next.process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            LOG.warn("webhook:jiko event {} read by reconciliation failed in the route: {}", event.path("event_id").asText(),
                    exchange.getException().getMessage());
        }
        return EventDelivery.completed(exchange);
    }

    /** The route consuming from the webhook endpoint that wraps this jiko endpoint. */
    private String routeId() {
        if (routeId == null) {
            for (Route route : endpoint.getCamelContext().getRoutes()) {
                if (route.getEndpoint() == endpoint
                    || route.getEndpoint() instanceof DelegateEndpoint d && d.getEndpoint() == endpoint) {
                    routeId = route.getRouteId();
                }
            }
        }
        return routeId;
    }

    private void save(PositionTracker tracker) {
        try {
            state.setState(stateKey, tracker.save());
        } catch (RuntimeException e) {
            LOG.warn("webhook:jiko could not store its reconciliation position: {}", e.getMessage());
        }
    }
}
