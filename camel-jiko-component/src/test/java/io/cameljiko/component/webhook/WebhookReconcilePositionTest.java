package io.cameljiko.component.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.JikoEndpoint;
import io.cameljiko.component.support.LogCapture;
import io.cameljiko.simulator.JikoSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reconciliation position: what a round handed over (or found processed already) is stored, so a process
 * that starts again with the same stateRepository but forgot the processed ids (an in-memory idempotent repository)
 * does not hand it over again. Nothing is pushed here (webhookAutoRegister=false): events come by reconciliation or
 * by a test's own POST.
 */
class WebhookReconcilePositionTest {

    static final String OPTIONS = "webhookAutoRegister=false&stateRepository=#positions";
    static final Duration WAIT = Duration.ofSeconds(10);

    JikoSimulator sim;
    final KeptPositions positions = new KeptPositions();
    /** Events the route fails, and those it was offered and failed. */
    final Set<String> failing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final List<String> failed = new CopyOnWriteArrayList<>();
    final Processor step = e -> {
        String id = e.getMessage().getHeader(JikoConstants.EVENT_ID, String.class);
        if (failing.contains(id)) {
            failed.add(id);
            throw new IllegalStateException("not now: " + id);
        }
    };

    @BeforeEach
    void start() {
        sim = WebhookFixture.simulator();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    WebhookFixture process() {
        WebhookFixture f = new WebhookFixture(sim);
        f.context.getRegistry().bind("positions", positions);
        return f;
    }

    String emit(String type) {
        return sim.emitEvent(type, Map.of("on_us_id", UUID.randomUUID().toString()));
    }

    static void restart(WebhookFixture f) throws Exception {
        f.context.getRouteController().stopRoute("push");
        f.context.getRouteController().startRoute("push");
    }

    static List<String> ids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream().map(x -> x.getMessage().getHeader(JikoConstants.EVENT_ID, String.class)).toList();
    }

    /** The second process hands over only what the first did not: the first's failed event. */
    void secondProcessHandsOverOnly(String expected) throws Exception {
        try (WebhookFixture two = process()) {
            MockEndpoint mock = two.route(sim, OPTIONS, step);
            await().atMost(WAIT).until(() -> !mock.getReceivedExchanges().isEmpty());
            assertThat(ids(mock)).containsExactly(expected);
        }
    }

    @Test
    void whatAReconciliationRoundProcessedIsNotHandedOverAgainAfterARestart() throws Exception {
        String failedLast;
        try (LogCapture log = new LogCapture(); WebhookFixture one = process()) {
            // one event per page: a full page means the round reads the next one
            MockEndpoint mock = one.route(sim, OPTIONS + "&maxMessagesPerPoll=1", step);
            String handed = emit("transfers.on-us.received");
            failedLast = emit("transfers.on-us.success");
            failing.add(failedLast);
            one.context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:another").routeId("another").to("mock:another"); // not the route of a reconciled exchange
                }
            });
            restart(one);
            // the round processed the first, failed the second, and stopped there (its position before the second)
            await().atMost(WAIT).until(() -> log.text().contains("reconciliation handed"));
            assertThat(log.text()).contains("reconciliation handed 1 event(s)");
            assertThat(log.text()).as("a round that handed nothing says nothing").doesNotContain("handed 0 event(s)");
            assertThat(ids(mock)).containsExactly(handed);
            assertThat(failed).containsExactly(failedLast);
            Exchange got = mock.getReceivedExchanges().get(0);
            assertThat(got.getMessage().getHeader(JikoConstants.DELIVERY)).isEqualTo("reconcile");
            assertThat(got.getFromRouteId()).isEqualTo("push");
            assertThat(got.getFromEndpoint()).isInstanceOf(JikoEndpoint.class);
            // the id is settled as processed: a push of it now is a known duplicate, acknowledged and dropped
            byte[] body = WebhookFixture.event(handed, "transfers.on-us.received");
            assertThat(one.post(body, SignatureVerifier.sign(body, WebhookFixture.SECRET)).statusCode()).isEqualTo(200);
            assertThat(ids(mock)).containsExactly(handed);
        }
        assertThat(positions.values.keySet()).containsExactly("jiko:webhook:listEvents" + WebhookFixture.PATH);
        failing.clear();
        secondProcessHandsOverOnly(failedLast);
    }

    @Test
    void anEventPushAlreadyDeliveredMovesThePositionWhenReconciliationFindsIt() throws Exception {
        String failedLast;
        try (WebhookFixture one = process()) {
            MockEndpoint mock = one.route(sim, OPTIONS, step);
            String pushed = emit("transfers.on-us.received");
            failedLast = emit("transfers.on-us.success");
            failing.add(failedLast);
            byte[] body = WebhookFixture.event(pushed, "transfers.on-us.received");
            assertThat(one.post(body, SignatureVerifier.sign(body, WebhookFixture.SECRET)).statusCode()).isEqualTo(200);
            restart(one);
            // the round found the pushed one processed, then failed the next: it stopped before that one
            await().atMost(WAIT).until(() -> failed.contains(failedLast));
            assertThat(ids(mock)).containsExactly(pushed);
            assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(JikoConstants.DELIVERY)).isEqualTo("push");
        }
        failing.clear();
        secondProcessHandsOverOnly(failedLast);
    }

    @Test
    void eventsOfOtherTypesAreNotHandedOverButCountAsSeenUnderAKeyWithTheTypes() throws Exception {
        String options = OPTIONS + "&eventTypes=transfers.on-us.*";
        String key = "jiko:webhook:listEvents" + WebhookFixture.PATH + "[eventTypes:transfers.on-us.*]";
        try (WebhookFixture one = process()) {
            // maxMessagesPerPoll=0: no limit, the round still ends once it read everything
            MockEndpoint mock = one.route(sim, options + "&maxMessagesPerPoll=0", step);
            emit("transfers.wire.in.success");
            String wanted = emit("transfers.on-us.received");
            try (LogCapture log = new LogCapture()) {
                restart(one);
                await().atMost(WAIT).until(() -> log.text().contains("reconciliation handed"));
                assertThat(log.text()).contains("reconciliation handed 1 event(s)");
            }
            assertThat(ids(mock)).containsExactly(wanted);

            // a round that reads only events of other types stores that it saw them
            String unwanted = emit("transfers.wire.out.success");
            restart(one);
            await().atMost(WAIT).until(() -> positions.values.get(key).contains(unwanted));
            assertThat(ids(mock)).containsExactly(wanted);
        }
        assertThat(positions.values.keySet()).containsExactly(key);
    }

    @Test
    void stoppingTheRouteStopsItsReconciliationThread() throws Exception {
        try (WebhookFixture one = process()) {
            one.route(sim, OPTIONS + "&reconcileInterval=50", step);
            String name = one.context.getName();
            assertThat(reconcileThreads(name)).isNotEmpty();
            one.context.getRouteController().stopRoute("push");
            await().atMost(WAIT).until(() -> reconcileThreads(name).isEmpty());
        }
    }

    static List<Thread> reconcileThreads(String contextName) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().contains("(" + contextName + ")") && t.getName().contains("JikoWebhookReconcile"))
                .toList();
    }
}
