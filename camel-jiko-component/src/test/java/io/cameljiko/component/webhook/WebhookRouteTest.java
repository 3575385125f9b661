package io.cameljiko.component.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.catalog.EventTypes;
import io.cameljiko.component.model.Event;
import io.cameljiko.simulator.JikoSimulator;
import io.cameljiko.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** webhook:jiko:listEvents against the simulator: registration, delivery, acknowledgement, reconciliation. */
class WebhookRouteTest {

    JikoSimulator sim;
    WebhookFixture camel;

    @BeforeEach
    void start() {
        // retry intervals of seconds become milliseconds
        sim = WebhookFixture.simulator();
        camel = new WebhookFixture(sim);
    }

    @AfterEach
    void stop() {
        camel.close();
        sim.close();
    }

    @Test
    void autoRegistrationCreatesOneSubscriptionForTheRouteUrlAndDeletesItOnStop() throws Exception {
        camel.route(sim, "eventTypes=transfers.*.rejected", e -> { });

        List<Map<String, Object>> subs = sim.state().subscriptions();
        assertThat(subs).hasSize(1);
        assertThat(subs.get(0).get("url")).isEqualTo(camel.url());
        // the pattern is expanded against the documented types
        assertThat(subs.get(0).get("events")).isEqualTo(List.of("transfers.wire.out.rejected", "transfers.wire.in.rejected",
                "transfers.on-us.rejected"));
        RecordedRequest create = only(sim, "POST", "/api/v1/subscriptions/");
        assertThat(create.bodyText()).contains("\"shared_secret\":\"" + WebhookFixture.SECRET + "\"")
                .contains("\"url\":\"" + camel.url() + "\"");
        assertThat(sim.receivedRequests()).anyMatch(r -> r.method().equals("GET") && r.path().equals("/api/v1/subscriptions/"));

        String id = (String) subs.get(0).get("id");
        camel.context.stop();
        assertThat(sim.state().subscriptions()).isEmpty();
        assertThat(only(sim, "DELETE", "/api/v1/subscriptions/" + id + "/")).isNotNull();
    }

    @Test
    void aRestartFindsTheKeptSubscriptionByItsUrlAndUpdatesItInsteadOfCreatingASecond() throws Exception {
        camel.route(sim, "keepSubscription=true", e -> { });
        String id = (String) sim.state().subscriptions().get(0).get("id");
        String rotated = camel.uri("keepSubscription=true&eventTypes=transfers.on-us.*")
                .replace("RAW(" + WebhookFixture.SECRET + ")", "RAW(" + WebhookFixture.SECRET + "-rotated)");
        camel.close();
        assertThat(sim.state().subscriptions()).hasSize(1); // kept

        try (WebhookFixture second = new WebhookFixture(sim)) {
            // a new process on another port, same external URL: the same subscription is updated
            second.context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                @Override
                public void configure() {
                    from(rotated).to("mock:second");
                }
            });
            assertThat(sim.state().subscriptions()).hasSize(1);
            assertThat(sim.state().subscriptions().get(0).get("id")).isEqualTo(id);
            assertThat(sim.state().subscriptions().get(0).get("events")).isEqualTo(List.of("transfers.on-us.processing",
                    "transfers.on-us.success", "transfers.on-us.rejected", "transfers.on-us.received"));
            RecordedRequest patch = only(sim, "PATCH", "/api/v1/subscriptions/" + id + "/");
            assertThat(patch.bodyText()).contains(WebhookFixture.SECRET + "-rotated");
            assertThat(sim.receivedRequests().stream().filter(r -> r.method().equals("POST")
                                                                   && r.path().equals("/api/v1/subscriptions/"))).hasSize(1);
        }
    }

    @Test
    void eventsArriveAsEventModelsWithTheirHeadersAndAreAcknowledgedAfterProcessing() throws Exception {
        MockEndpoint mock = camel.route(sim, "", e -> { });
        String id = sim.emitEvent("transfers.on-us.received", Map.of("on_us_id", UUID.randomUUID().toString()));

        mock.expectedMessageCount(1);
        mock.assertIsSatisfied(20_000);
        Exchange got = mock.getReceivedExchanges().get(0);
        Event event = got.getMessage().getBody(Event.class);
        assertThat(event.eventId()).isEqualTo(id);
        assertThat(event.eventType()).isEqualTo("transfers.on-us.received");
        assertThat(event.payload()).containsKey("on_us_id");
        assertThat(got.getMessage().getHeader(JikoConstants.EVENT_ID)).isEqualTo(id);
        assertThat(got.getMessage().getHeader(JikoConstants.EVENT_TYPE)).isEqualTo("transfers.on-us.received");
        assertThat(got.getMessage().getHeader(JikoConstants.DELIVERY)).isEqualTo("push");
        assertThat(got.getMessage().getHeader("x-jiko-signature")).as("HTTP headers do not reach the route").isNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> WebhookFixture.attempts(sim, id).equals(List.of(200)));
    }

    @Test
    void aFailedExchangeAnswers500SoJikoRetriesAndTheEventIsThenProcessedOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        MockEndpoint mock = camel.route(sim, "", e -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("downstream unavailable");
            }
        });
        String id = sim.emitEvent("transfers.wire.out.success", Map.of("wire_id", UUID.randomUUID().toString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> WebhookFixture.attempts(sim, id).equals(List.of(500, 200)));
        assertThat(mock.getReceivedExchanges()).hasSize(1);
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(JikoConstants.EVENT_ID)).isEqualTo(id);
        assertThat(calls).hasValue(2);
        // and nothing more arrives
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3)).until(() -> mock.getReceivedExchanges().size() == 1);
    }

    @Test
    void eventsEmittedWhileTheRouteWasStoppedArriveThroughReconciliationWhenItStarts() throws Exception {
        MockEndpoint mock = camel.route(sim, "", e -> { });
        String before = sim.emitEvent("transfers.on-us.success", Map.of("on_us_id", UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(10)).until(() -> mock.getReceivedExchanges().size() == 1);

        camel.context.getRouteController().stopRoute("push");
        String missed1 = sim.emitEvent("transfers.on-us.received", Map.of("on_us_id", UUID.randomUUID().toString()));
        String missed2 = sim.emitEvent("transfers.wire.in.success", Map.of("wire_id", UUID.randomUUID().toString()));
        // Jiko could not deliver them (the route is not there), and does not retry a 404
        await().atMost(Duration.ofSeconds(10)).until(() -> WebhookFixture.attempts(sim, missed2).size() == 1);
        assertThat(WebhookFixture.attempts(sim, missed1)).doesNotContain(200);

        camel.context.getRouteController().startRoute("push");
        await().atMost(Duration.ofSeconds(20)).until(() -> mock.getReceivedExchanges().size() == 3);
        List<String> ids = mock.getReceivedExchanges().stream().map(x -> x.getMessage().getHeader(JikoConstants.EVENT_ID, String.class)).toList();
        assertThat(ids).containsExactly(before, missed1, missed2);
        assertThat(mock.getReceivedExchanges().get(1).getMessage().getHeader(JikoConstants.DELIVERY)).isEqualTo("reconcile");
        assertThat(mock.getReceivedExchanges().get(1).getMessage().getBody()).isInstanceOf(Event.class);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3)).until(() -> mock.getReceivedExchanges().size() == 3);
    }

    @Test
    void theDocumentedTypesAreWhatAnEmptyEventTypesSubscribesTo() throws Exception {
        camel.route(sim, "", e -> { });
        assertThat(sim.state().subscriptions().get(0).get("events")).isEqualTo(EventTypes.DOCUMENTED);
    }

    static RecordedRequest only(JikoSimulator sim, String method, String path) {
        List<RecordedRequest> found = sim.receivedRequests().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
        assertThat(found).as(method + " " + path).hasSize(1);
        return found.get(0);
    }
}
