package io.cameljiko.component.kamelet;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.webhook.WebhookFixture;
import io.cameljiko.simulator.JikoSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The three Kamelets of the component jar, each in a route against the simulator. */
class KameletRoutesTest {

    JikoSimulator sim;
    DefaultCamelContext context;

    @BeforeEach
    void start() {
        sim = JikoSimulator.builder().port(0).build().start();
        context = new DefaultCamelContext();
    }

    @AfterEach
    void stop() {
        context.stop();
        sim.close();
    }

    /** The connection part of a Kamelet URI: what a user passes, the key wrapped in RAW() as it is a PEM. */
    String connection() {
        return "clientId=" + sim.demoClientId() + "&privateKey=RAW(" + sim.demoPrivateKeyPem() + ")"
               + "&baseUrl=" + sim.baseUrl() + "&tokenUrl=" + sim.tokenUrl();
    }

    void routes(RouteBuilder rb) throws Exception {
        context.addRoutes(rb);
        context.start();
    }

    @Test
    void eventsSourceEmitsEveryEventAsJsonKeyedByItsId() throws Exception {
        List<Map<String, Object>> seeded = sim.state().events();
        assertThat(seeded).isNotEmpty();
        routes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:jiko-events-source?" + connection() + "&startFrom=beginning&delay=200").to("mock:events");
            }
        });
        MockEndpoint mock = context.getEndpoint("mock:events", MockEndpoint.class);
        mock.expectedMessageCount(seeded.size());
        mock.assertIsSatisfied(20_000);

        for (int i = 0; i < seeded.size(); i++) {
            Exchange ex = mock.getReceivedExchanges().get(i);
            JsonNode json = JikoJson.MAPPER.readTree(ex.getMessage().getBody(String.class));
            assertThat(json.path("event_id").asText()).isEqualTo(seeded.get(i).get("event_id"));
            assertThat(json.path("event_type").asText()).isEqualTo(seeded.get(i).get("event_type"));
            assertThat(json.has("payload")).isTrue();
            assertThat(ex.getMessage().getHeader("key")).isEqualTo(json.path("event_id").asText());
        }
    }

    @Test
    void eventsSourceFiltersByEventTypeFromNow() throws Exception {
        routes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:jiko-events-source?" + connection() + "&eventTypes=transfers.on-us.*&delay=200")
                        .to("mock:onus");
            }
        });
        MockEndpoint mock = context.getEndpoint("mock:onus", MockEndpoint.class);
        String wire = sim.emitEvent("transfers.wire.in.success", Map.of("wire_id", UUID.randomUUID().toString()));
        String onUs = sim.emitEvent("transfers.on-us.received", Map.of("on_us_id", UUID.randomUUID().toString()));
        mock.expectedHeaderReceived("key", onUs);
        mock.expectedMessageCount(1);
        mock.assertIsSatisfied(20_000);
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getBody(String.class))
                .contains(onUs).contains("transfers.on-us.received").doesNotContain(wire);
    }

    @Test
    void transferRequestActionCreatesATransferAndTransactionsSourceSeesItSettle() throws Exception {
        List<String> pockets = sim.state().pocketIds();
        routes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pay").to("kamelet:jiko-transfer-request-action?" + connection()).to("mock:created");
                from("kamelet:jiko-transactions-source?" + connection() + "&delay=200").to("mock:transactions");
            }
        });
        // the transactions source starts from now: wait until it has polled once, so "now" is before the transfer
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.receivedRequests().stream()
                .anyMatch(r -> r.path().startsWith("/api/v2/transactions/")));

        String body = "{\"transfer\":{\"type\":\"ON_US\",\"origin_pocket_id\":\"" + pockets.get(0) + "\","
                      + "\"amount\":{\"type\":\"REQUESTED_AMOUNT\",\"amount_usdc\":4321},"
                      + "\"details\":{\"type\":\"INTERNAL_REALLOCATION\",\"destination_pocket_id\":\"" + pockets.get(1) + "\"}},"
                      + "\"reviewers\":[]}";
        Exchange created = context.createProducerTemplate().request("direct:pay", e -> e.getMessage().setBody(body));
        assertThat(created.getException()).isNull();

        // the action returns the created transfer request as JSON, with its id as key
        JsonNode json = JikoJson.MAPPER.readTree(created.getMessage().getBody(String.class));
        String id = created.getMessage().getHeader("key", String.class);
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(json.path("status").asText()).isEqualTo("PENDING_APPROVAL");
        assertThat(sim.state().transfers()).anySatisfy(t -> assertThat(t.toString()).contains(id));

        // approve it (the second person), settle it: two transactions (DEBIT, CREDIT) reach the source
        Exchange approved = context.createProducerTemplate().request("jiko:approveTransferRequest?" + connection()
                + "&transferId=" + id, e -> { });
        assertThat(approved.getException()).isNull();
        sim.advanceClock(Duration.ofSeconds(5));

        MockEndpoint tx = context.getEndpoint("mock:transactions", MockEndpoint.class);
        tx.expectedMessageCount(2);
        tx.assertIsSatisfied(20_000);
        for (Exchange ex : tx.getReceivedExchanges()) {
            JsonNode t = JikoJson.MAPPER.readTree(ex.getMessage().getBody(String.class));
            assertThat(ex.getMessage().getHeader("key")).isEqualTo(t.path("id").asText());
            assertThat(t.path("type").asText()).isEqualTo("ON_US");
            assertThat(t.path("amount").path("value").asLong()).isEqualTo(4321);
        }
    }

    @Test
    void webhookSourceRegistersReceivesSignedEventsAsJsonAndDeletesItsSubscription() throws Exception {
        sim.close();
        sim = JikoSimulator.builder().port(0).rateLimits(false).build().start();
        try (WebhookFixture server = new WebhookFixture(sim)) {
            long reads = WebhookFixture.eventReads(sim);
            server.context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("kamelet:jiko-webhook-source?" + connection() + "&sharedSecret=RAW(" + WebhookFixture.SECRET + ")"
                         + "&externalUrl=" + server.baseUrl() + "&subpath=hooks/jiko&eventTypes=transfers.on-us.*"
                         + "&reconcileInterval=0").to("mock:pushed");
                }
            });
            assertThat(sim.state().subscriptions()).singleElement().satisfies(s -> {
                assertThat(s.get("url")).isEqualTo(server.baseUrl() + "/hooks/jiko");
                assertThat((List<?>) s.get("events")).hasSize(4);
            });
            // the start-up reconciliation has read listEvents: what is emitted next comes by push, not by that read
            // (which would make the push a second copy in flight, answered 503)
            await().atMost(Duration.ofSeconds(10)).until(() -> WebhookFixture.eventReads(sim) > reads);
            MockEndpoint mock = server.context.getEndpoint("mock:pushed", MockEndpoint.class);
            String id = sim.emitEvent("transfers.on-us.received", Map.of("on_us_id", UUID.randomUUID().toString()));
            mock.expectedHeaderReceived("key", id);
            mock.expectedMessageCount(1);
            mock.assertIsSatisfied(20_000);
            JsonNode json = JikoJson.MAPPER.readTree(mock.getReceivedExchanges().get(0).getMessage().getBody(String.class));
            assertThat(json.path("event_id").asText()).isEqualTo(id);
            assertThat(json.path("event_type").asText()).isEqualTo("transfers.on-us.received");
            await().atMost(Duration.ofSeconds(10)).until(() -> WebhookFixture.attempts(sim, id).equals(List.of(200)));
            server.context.stop();
            assertThat(sim.state().subscriptions()).isEmpty();
        }
    }
}
