package io.cameljiko.component.webhook;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.support.LogCapture;
import io.cameljiko.simulator.JikoSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A push receiver on one of several replicas: reconcileInterval=-1 never reads listEvents (reconciliation is the
 * leader's job), and a shared idempotent repository that fails is answered 503, never read as "not processed".
 */
class WebhookReceiveOnlyTest {

    JikoSimulator sim;
    WebhookFixture camel;

    @BeforeEach
    void start() {
        sim = JikoSimulator.builder().port(0).rateLimits(false).build().start();
        camel = new WebhookFixture(sim);
    }

    @AfterEach
    void stop() {
        camel.close();
        sim.close();
    }

    private MockEndpoint receiver(String options) throws Exception {
        String uri = "webhook:jiko:listEvents?webhookAutoRegister=false&webhookExternalUrl=" + camel.baseUrl()
                     + "&webhookPath=" + WebhookFixture.PATH + "&sharedSecret=RAW(" + WebhookFixture.SECRET + ")&" + options;
        camel.context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("push").to("mock:events");
            }
        });
        return camel.mock();
    }

    private int post(byte[] body) throws Exception {
        return camel.post(body, SignatureVerifier.sign(body, WebhookFixture.SECRET)).statusCode();
    }

    @Test
    void aNegativeReconcileIntervalNeverReadsListEvents() throws Exception {
        // an event push never delivered: a reconciliation from the beginning would hand it to the route
        String missed = sim.emitEvent("transfers.on-us.received", Map.of("on_us_id", UUID.randomUUID().toString()));
        MockEndpoint mock;
        try (LogCapture log = new LogCapture()) {
            mock = receiver("reconcileInterval=-1&startFrom=beginning");
            String pushed = UUID.randomUUID().toString();
            assertThat(post(WebhookFixture.event(pushed, "transfers.on-us.received"))).isEqualTo(200);
            assertThat(mock.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(JikoConstants.EVENT_ID))
                    .containsExactly(pushed);
            assertThat(log.text()).contains("only receives pushes (reconcileInterval=-1)")
                    .doesNotContain("keeps its reconciliation position in memory only");
        }
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> WebhookFixture.eventReads(sim) == 0 && mock.getReceivedCounter() == 1);
        assertThat(mock.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(JikoConstants.EVENT_ID))
                .doesNotContain(missed);
    }

    @Test
    void aRepositoryThatFailsIsAnswered503AndTheRetryIsProcessed() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        MemoryIdempotentRepository shared = new MemoryIdempotentRepository() {
            @Override
            public boolean add(String key) {
                if (down.get()) {
                    throw new IllegalStateException("connection refused");
                }
                return super.add(key);
            }
        };
        camel.context.getRegistry().bind("eventIds", shared);
        MockEndpoint mock = receiver("reconcileInterval=-1&idempotentRepository=#eventIds");
        byte[] body = WebhookFixture.event(UUID.randomUUID().toString(), "transfers.on-us.received");

        assertThat(post(body)).as("the repository is down: not processed unchecked").isEqualTo(503);
        assertThat(mock.getReceivedCounter()).isZero();

        // Jiko's retry, once the repository is back: processed (nothing of the failed claim stayed in flight)
        down.set(false);
        assertThat(post(body)).isEqualTo(200);
        assertThat(post(body)).as("and then a duplicate").isEqualTo(200);
        assertThat(mock.getReceivedCounter()).isEqualTo(1);
    }
}
