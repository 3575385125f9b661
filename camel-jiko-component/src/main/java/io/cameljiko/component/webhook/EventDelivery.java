package io.cameljiko.component.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.consumer.ItemHeaders;
import io.cameljiko.component.client.JikoOutputType;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.client.ResponseMapper;
import io.cameljiko.component.model.Event;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What push and reconciliation share: one de-duplication by event id, and one way to turn an event into an exchange
 * (the body and headers of the polling consumer). An id is claimed before processing, confirmed when the exchange
 * completed and released when it failed, so a later delivery of a failed event is processed again.
 */
final class EventDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(EventDelivery.class);

    /** Header values of {@link ItemHeaders#DELIVERY}. */
    static final String PUSH = "push";
    static final String RECONCILE = "reconcile";

    private final Operation operation;
    private final JikoOutputType outputType;
    private final IdempotentRepository repository;
    private final Map<String, CompletableFuture<Boolean>> inFlight = new ConcurrentHashMap<>();

    EventDelivery(Operation operation, JikoOutputType outputType, IdempotentRepository configured) {
        this.operation = operation;
        this.outputType = outputType;
        if (configured == null) {
            this.repository = MemoryIdempotentRepository.memoryIdempotentRepository(1000);
            LOG.warn("webhook:jiko:{} remembers processed event ids in memory only (the last 1000): after a restart, or on "
                     + "another replica, a repeated delivery is processed again. Set idempotentRepository (e.g. a JDBC, "
                     + "Kafka or file one) for exactly-once processing per event id.", operation.name());
        } else {
            this.repository = configured;
        }
    }

    /**
     * Starts the repository. Nothing stops it: it lives as long as the endpoint, so a stopped and restarted route
     * still knows the ids it processed (an in-memory one holds nothing to release; a configured one is the
     * application's to stop).
     */
    void start() {
        ServiceHelper.startService(repository);
    }

    /** The outcome of claiming an event id. */
    enum Claim {
        /** Not processed yet: process it, then settle it. */
        NEW,
        /** Processed already: drop this copy. */
        DUPLICATE,
        /** Being processed by another delivery in this JVM right now: its outcome is not known yet. */
        IN_FLIGHT
    }

    /**
     * Claims the event id. A copy that arrives while the first is still in the route is told apart from a processed
     * one, so it is not acknowledged before the first one's outcome is known.
     */
    Claim claim(String eventId) {
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        if (inFlight.putIfAbsent(eventId, mine) != null) {
            return Claim.IN_FLIGHT;
        }
        boolean added;
        try {
            added = repository.add(eventId);
        } catch (RuntimeException e) {
            // a shared repository that is down (or a replica that inserted the same id at the same instant): the
            // outcome is unknown, so nothing stays claimed here and the caller gets the error
            inFlight.remove(eventId, mine);
            mine.complete(false);
            throw e;
        }
        if (!added) {
            inFlight.remove(eventId, mine);
            mine.complete(true);
            return Claim.DUPLICATE;
        }
        return Claim.NEW;
    }

    /** The exchange of a claimed event ended: confirmed if it completed, released for a later delivery if not. */
    void settle(String eventId, boolean completed) {
        try {
            if (completed) {
                repository.confirm(eventId);
            } else {
                repository.remove(eventId);
            }
        } catch (RuntimeException e) {
            LOG.warn(completed ? "Event {} was processed but the idempotent repository failed to confirm it: {}"
                    : "Event {} failed and the idempotent repository failed to release it, so a later delivery of it is "
                      + "dropped as a duplicate until the id is removed from the repository: {}", eventId, e.getMessage());
        } finally {
            CompletableFuture<Boolean> f = inFlight.remove(eventId);
            if (f != null) {
                f.complete(completed);
            }
        }
    }

    /** Waits (bounded) for the in-flight delivery of an event: true if it completed, false if it failed or timed out. */
    boolean awaitInFlight(String eventId, Duration timeout) {
        CompletableFuture<Boolean> f = inFlight.get(eventId);
        if (f == null) {
            return false; // settled meanwhile: claim again to find out
        }
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Sets the body (Event model, JSON text or Map per outputType) and the event headers; other headers are removed. */
    void populate(Exchange exchange, JsonNode event, byte[] raw, String source) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        Object body = outputType == JikoOutputType.json && raw != null
                ? new String(raw, StandardCharsets.UTF_8)
                : ResponseMapper.convert(operation, event, Event.class, outputType);
        message.setBody(body);
        String id = event.path("event_id").asText(null);
        message.setHeader(ItemHeaders.ITEM_ID, id);
        message.setHeader(ItemHeaders.EVENT_ID, id);
        message.setHeader(ItemHeaders.EVENT_TYPE, event.path("event_type").asText(null));
        message.setHeader(ItemHeaders.DELIVERY, source);
    }

    static boolean completed(Exchange exchange) {
        return !exchange.isFailed() && !exchange.isRollbackOnly();
    }
}
