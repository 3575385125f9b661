package io.cameljiko.component.webhook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.client.JikoOutputType;
import io.cameljiko.component.support.LogCapture;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WebhookHandler.process without HTTP: every answer, the size check on a declared Content-Length before the body is
 * read, and the AsyncProcessor contract (true and done(true) when answered at once, the route's flag otherwise).
 */
class WebhookHandlerTest {

    static final int MAX = 1000;

    final DefaultCamelContext context = new DefaultCamelContext();
    final List<Boolean> doneFlags = new ArrayList<>();
    final AsyncCallback callback = doneFlags::add;
    final List<Exchange> routed = new ArrayList<>();
    /** What the route saw: body and delivery header, before the answer replaced them. */
    final List<String> seen = new ArrayList<>();
    EventDelivery delivery = delivery(null);

    @org.junit.jupiter.api.BeforeEach
    void start() {
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    static EventDelivery delivery(MemoryIdempotentRepository repository) {
        return new EventDelivery(OperationCatalog.require("listEvents"), JikoOutputType.json, repository);
    }

    WebhookHandler handler(Processor route) {
        delivery.start();
        Processor recording = e -> {
            routed.add(e);
            seen.add(e.getMessage().getBody() + " via " + e.getMessage().getHeader(JikoConstants.DELIVERY));
            route.process(e);
        };
        return new WebhookHandler(recording, new SignatureVerifier(WebhookFixture.SECRET, null), MAX,
                "transfers.on-us.received"::equals, delivery, null);
    }

    Exchange call(byte[] body, Long declaredLength) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.CONTENT_LENGTH, declaredLength);
        if (body != null) {
            exchange.getMessage().setHeader(SignatureVerifier.HEADER, SignatureVerifier.sign(body, WebhookFixture.SECRET));
        }
        return exchange;
    }

    /** Runs one call that is answered at once: process returns true, the callback is done(true) exactly once. */
    Exchange answeredAtOnce(WebhookHandler handler, Exchange exchange, int status, String text) {
        assertThat(handler.process(exchange, callback)).as("answered synchronously").isTrue();
        assertThat(doneFlags).containsExactly(true);
        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(status);
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("text/plain");
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(text);
        doneFlags.clear();
        return exchange;
    }

    static byte[] event(String id) {
        return WebhookFixture.event(id, "transfers.on-us.received");
    }

    @Test
    void aDeclaredContentLengthAboveTheLimitIs413BeforeTheBodyIsRead() {
        AtomicReference<Boolean> bodyRead = new AtomicReference<>(false);
        Exchange exchange = call(event("e-1"), (long) MAX + 1);
        // a small, validly signed body: only the declared length can make the answer 413
        exchange.getMessage().setBody(new Object() {
            @Override
            public String toString() {
                bodyRead.set(true);
                return new String(event("e-1"), StandardCharsets.UTF_8);
            }
        });
        answeredAtOnce(handler(e -> { }), exchange, 413, "Payload Too Large");
        assertThat(bodyRead.get()).isFalse();
        assertThat(routed).isEmpty();

        // declared exactly at the limit: read and checked
        answeredAtOnce(handler(e -> { }), call(event("e-2"), (long) MAX), 200, "");
        assertThat(routed).hasSize(1);
        // no declared length: the body itself is checked
        answeredAtOnce(handler(e -> { }), call(new byte[MAX + 1], null), 413, "Payload Too Large");
    }

    @Test
    void everyAnswerThatDoesNotRouteIsGivenSynchronously() {
        WebhookHandler handler = handler(e -> { });
        try (LogCapture log = new LogCapture()) {
            Exchange unsigned = call(event("e-3"), null);
            unsigned.getMessage().removeHeader(SignatureVerifier.HEADER);
            answeredAtOnce(handler, unsigned, 401, "Unauthorized");
            assertThat(log.text()).contains("Refused a webhook call without an x-jiko-signature signature (401)");
            Exchange forged = call(event("e-3"), null);
            forged.getMessage().setHeader(SignatureVerifier.HEADER, SignatureVerifier.sign(event("e-3"), "another-secret-0123456789"));
            answeredAtOnce(handler, forged, 401, "Unauthorized");
            assertThat(log.text()).contains("Refused a webhook call with a wrong x-jiko-signature signature (401)");
        }
        answeredAtOnce(handler, call(null, null), 401, "Unauthorized");
        answeredAtOnce(handler, call("{\"no\":\"id\"}".getBytes(), null), 400, "Bad Request: not a Jiko event");
        answeredAtOnce(handler, call(WebhookFixture.event("e-4", "transfers.wire.in.success"), null), 200, "");
        // outputType=json: the route gets the signed bytes as they came, spaces included
        byte[] spaced = "{ \"event_id\": \"e-5\", \"event_type\": \"transfers.on-us.received\" }".getBytes(StandardCharsets.UTF_8);
        answeredAtOnce(handler, call(spaced, null), 200, "");
        answeredAtOnce(handler, call(event("e-5"), null), 200, ""); // the duplicate
        assertThat(routed).hasSize(1);
        assertThat(seen).containsExactly(new String(spaced, StandardCharsets.UTF_8) + " via push");
        assertThat(delivery.claim("e-6")).isEqualTo(EventDelivery.Claim.NEW);
        answeredAtOnce(handler, call(event("e-6"), null), 503, "Event being processed; deliver it again later");
        assertThat(routed).hasSize(1);
    }

    @Test
    void aRepositoryThatCannotBeAskedIs503AndNothingIsRouted() {
        delivery = delivery(new MemoryIdempotentRepository() {
            @Override
            public boolean add(String key) {
                throw new IllegalStateException("database down");
            }
        });
        answeredAtOnce(handler(e -> { }), call(event("e-7"), null), 503,
                "Event ids cannot be checked now; deliver it again later");
        assertThat(routed).isEmpty();
    }

    @Test
    void aRolledBackExchangeIs500WithoutTheRollbackMarkOrTheErrorAndTheIdIsReleased() {
        WebhookHandler handler = handler(e -> e.setRollbackOnly(true));
        Exchange exchange = call(event("e-8"), null);
        answeredAtOnce(handler, exchange, 500, "Event not processed; deliver it again");
        // the consumer serving the HTTP call must send this answer, not treat the exchange as rolled back
        assertThat(exchange.isRollbackOnly()).isFalse();
        assertThat(exchange.getException()).isNull();
        assertThat(delivery.claim("e-8")).isEqualTo(EventDelivery.Claim.NEW);

        Exchange failed = call(event("e-9"), null);
        answeredAtOnce(handler(e -> e.setException(new IllegalStateException("boom"))), failed, 500,
                "Event not processed; deliver it again");
        assertThat(failed.getException()).isNull();
        assertThat(failed.isRollbackOnly()).isFalse();
    }

    @Test
    void aRouteThatCompletesLaterMakesTheCallAsynchronous() {
        AtomicReference<Runnable> finish = new AtomicReference<>();
        AsyncProcessor asyncRoute = new org.apache.camel.support.AsyncProcessorSupport() {
            @Override
            public boolean process(Exchange exchange, AsyncCallback done) {
                routed.add(exchange);
                finish.set(() -> done.done(false));
                return false;
            }
        };
        delivery.start();
        WebhookHandler handler = new WebhookHandler(asyncRoute, new SignatureVerifier(WebhookFixture.SECRET, null), MAX,
                t -> true, delivery, null);
        String id = UUID.randomUUID().toString();
        Exchange exchange = call(event(id), null);
        assertThat(handler.process(exchange, callback)).isFalse();
        assertThat(doneFlags).isEmpty();
        finish.get().run();
        assertThat(doneFlags).containsExactly(false);
        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(delivery.claim(id)).isEqualTo(EventDelivery.Claim.DUPLICATE);
    }
}
