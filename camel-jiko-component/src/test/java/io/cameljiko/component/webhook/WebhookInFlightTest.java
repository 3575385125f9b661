package io.cameljiko.component.webhook;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.support.LogCapture;
import io.cameljiko.simulator.JikoSimulator;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reconciliation round that reads an event while a push delivery of the same event is still in the route waits for
 * that delivery's outcome: completed, the round counts the event as delivered; failed, the round processes it.
 */
class WebhookInFlightTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    JikoSimulator sim;
    final KeptPositions positions = new KeptPositions();

    @BeforeEach
    void start() {
        sim = WebhookFixture.simulator();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @ParameterizedTest(name = "push fails: {0}")
    @ValueSource(booleans = {false, true})
    void aRoundWaitsForThePushOfTheSameEventThatIsInTheRoute(boolean pushFails) throws Exception {
        CountDownLatch pushEntered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> reconciling = new AtomicReference<>();
        AtomicReference<CompletableFuture<HttpResponse<String>>> push = new AtomicReference<>();
        String first = sim.emitEvent("transfers.on-us.received", Map.of("on_us_id", UUID.randomUUID().toString()));
        String both = sim.emitEvent("transfers.on-us.success", Map.of("on_us_id", UUID.randomUUID().toString()));
        byte[] body = WebhookFixture.event(both, "transfers.on-us.success");
        try (LogCapture log = new LogCapture(); WebhookFixture camel = new WebhookFixture(sim)) {
            camel.context.getRegistry().bind("positions", positions);
            // startFrom the first event: the round at start reads both, no restart needed
            String from = sim.state().events().stream().filter(ev -> first.equals(ev.get("event_id"))).findFirst()
                    .orElseThrow().get("timestamp").toString();
            MockEndpoint mock = camel.route(sim, "webhookAutoRegister=false&stateRepository=#positions&startFrom=" + from, e -> {
                String id = e.getMessage().getHeader(JikoConstants.EVENT_ID, String.class);
                if (id.equals(first)) {
                    // reconciliation is in the route with the first event: the push of the second one arrives now
                    reconciling.set(Thread.currentThread());
                    await().atMost(WAIT).until(() -> camel.context.getRouteController().getRouteStatus("push").isStarted());
                    push.set(CompletableFuture.supplyAsync(() -> post(camel, body)));
                    assertThat(pushEntered.await(10, TimeUnit.SECONDS)).isTrue();
                } else if ("push".equals(e.getMessage().getHeader(JikoConstants.DELIVERY))) {
                    pushEntered.countDown();
                    assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                    if (pushFails) {
                        throw new IllegalStateException("push failed");
                    }
                }
            });
            // the round reached the second event and waits for the push's outcome (or, broken, went on without it)
            await().atMost(WAIT).until(() -> waitsInFlight(reconciling.get()) || log.text().contains("reconciliation handed"));
            assertThat(waitsInFlight(reconciling.get())).as("the round waits for the push").isTrue();
            release.countDown();
            assertThat(push.get().get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(pushFails ? 500 : 200);
            await().atMost(WAIT).until(() -> log.text().contains("reconciliation handed"));
            assertThat(log.text()).contains("reconciliation handed " + (pushFails ? 2 : 1) + " event(s)");

            List<String> deliveries = mock.getReceivedExchanges().stream().map(x -> x.getMessage().getHeader(JikoConstants.EVENT_ID)
                    + " " + x.getMessage().getHeader(JikoConstants.DELIVERY)).toList();
            assertThat(deliveries).containsExactly(first + " reconcile", both + (pushFails ? " reconcile" : " push"));
            // either way the position moved past both
            assertThat(positions.values.values()).singleElement().asString().contains(both);
        } finally {
            release.countDown(); // a failed assertion must not leave the push in the route
        }
    }

    static HttpResponse<String> post(WebhookFixture camel, byte[] body) {
        try {
            return camel.post(body, SignatureVerifier.sign(body, WebhookFixture.SECRET));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean waitsInFlight(Thread t) {
        return t != null && Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getMethodName().equals("awaitInFlight"));
    }

}
