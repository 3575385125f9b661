package io.cameljiko.component.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.model.Counterparty;
import io.cameljiko.component.model.Event;
import io.cameljiko.component.model.Team;
import io.cameljiko.component.model.Transaction;
import io.cameljiko.component.model.TransferRequest;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.TestKeys;
import io.cameljiko.simulator.JikoSimulator;
import io.cameljiko.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real routes against the local simulator: the whole OAuth flow, real paging, real state changes. */
class SimulatorEndToEndTest {

    static JikoSimulator sim;

    @BeforeAll
    static void startSimulator() {
        sim = JikoSimulator.builder().port(0).seed(7).rateLimits(false).build();
        sim.start();
        sim.registerClient("e2e-rsa", TestKeys.RSA.getPublic());
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    static Camel camel(String clientId, String pem) {
        Camel camel = new Camel(sim.baseUrl(), sim.tokenUrl());
        camel.config().setClientId(clientId);
        camel.config().setPrivateKey(pem);
        return camel;
    }

    @Test
    void theWholeOAuthFlowWithARegisteredRsaKey() {
        try (Camel camel = camel("e2e-rsa", TestKeys.pem(TestKeys.RSA)).start()) {
            Exchange ex = camel.send("jiko:getTeam");
            assertThat(ex.getException()).isNull();
            assertThat(ex.getMessage().getBody(Team.class).teamId()).isEqualTo(sim.state().teamId());
        }
        List<RecordedRequest> requests = sim.receivedRequests();
        assertThat(requests).anySatisfy(r -> {
            assertThat(r.path()).isEqualTo("/api/oauth2/token");
            assertThat(r.bodyText()).contains("client_id=e2e-rsa").contains("client_assertion=");
        });
        assertThat(requests).anySatisfy(r -> {
            assertThat(r.path()).isEqualTo("/api/v1/team/");
            assertThat(r.header("Authorization")).startsWith("Bearer sim_");
        });
    }

    @Test
    void aKeyTheSimulatorDoesNotKnowIsRefused() {
        try (Camel camel = camel("e2e-rsa", TestKeys.pem(TestKeys.ED25519)).start()) {
            Exchange ex = camel.send("jiko:getTeam");
            assertThat(ex.getException()).hasMessageContaining("invalid_client").hasMessageContaining("e2e-rsa");
        }
    }

    @Test
    void everyTransactionThroughPaginate() {
        List<String> expected = sim.state().transactions().stream().map(t -> (String) t.get("id")).toList();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(10_000);
        List<String> ids = new ArrayList<>(expected.size());
        long sum = 0;
        try (Camel camel = camel(sim.demoClientId(), sim.demoPrivateKeyPem()).start()) {
            Exchange ex = camel.send("jiko:listTransactions?paginate=true&order=asc&limit=100");
            assertThat(ex.getException()).isNull();
            @SuppressWarnings("unchecked")
            Iterator<Transaction> it = ex.getMessage().getBody(Iterator.class);
            while (it.hasNext()) {
                Transaction t = it.next();
                ids.add(t.id());
                sum += t.amount().value();
            }
        }
        assertThat(ids).containsExactlyElementsOf(expected);
        assertThat(sum).isEqualTo(sim.state().transactions().stream()
                .mapToLong(t -> ((Number) ((Map<?, ?>) t.get("amount")).get("value")).longValue()).sum());
    }

    @Test
    void aTransferRequestThroughApprovalToItsEvents() throws Exception {
        List<String> pockets = sim.state().pocketIds();
        List<Exchange> events = new CopyOnWriteArrayList<>();
        try (Camel camel = camel(sim.demoClientId(), sim.demoPrivateKeyPem())) {
            camel.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("jiko:listEvents?eventTypes=transfers.on-us.*&delay=100").routeId("events").process(events::add);
                    from("direct:move").to("jiko:createTransferRequest").to("jiko:approveTransferRequest");
                }
            });
            camel.start();
            Map<String, Object> transfer = Map.of("transfer", Map.of("type", "ON_US", "origin_pocket_id", pockets.get(0),
                    "amount", Map.of("type", "REQUESTED_AMOUNT", "amount_usdc", 12_345),
                    "details", Map.of("type", "INTERNAL_REALLOCATION", "destination_pocket_id", pockets.get(1)),
                    "description", "e2e move"), "reviewers", List.of());
            Exchange moved = camel.send("direct:move", transfer, Map.of());
            assertThat(moved.getException()).isNull();
            String transferId = moved.getMessage().getHeader(JikoConstants.TRANSFER_ID, String.class);
            assertThat(moved.getMessage().getBody(TransferRequest.class).id()).isEqualTo(transferId);

            sim.advanceClock(Duration.ofSeconds(5)); // past the settle delay
            await().atMost(Duration.ofSeconds(15)).until(() -> events.size() >= 3);
            assertThat(events).extracting(e -> e.getMessage().getHeader(JikoConstants.EVENT_TYPE))
                    .containsExactly("transfers.on-us.processing", "transfers.on-us.success", "transfers.on-us.received");
            Event success = events.get(1).getMessage().getBody(Event.class);
            Object onUsId = success.payload().get("on_us_id");
            assertThat(onUsId).isNotNull();
            // the payload's on_us_id is a transfer id for getTransferRequest
            Exchange status = camel.send("jiko:getTransferRequest", null, Map.of(JikoConstants.TRANSFER_ID, onUsId));
            assertThat(status.getException()).isNull();
            assertThat(status.getMessage().getBody(TransferRequest.class).status()).isEqualTo("SUCCESS");
        }
        assertThat(sim.state().transfers()).filteredOn(t -> "e2e move".equals(((Map<?, ?>) t.get("transfer")).get("description")))
                .hasSize(1);
    }

    @Test
    void theAuditLogConsumerReadsJsonPagesOldestFirst() throws Exception {
        List<Exchange> entries = new CopyOnWriteArrayList<>();
        try (Camel camel = camel(sim.demoClientId(), sim.demoPrivateKeyPem())) {
            camel.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("jiko:exportTeamAuditLogs?startFrom=beginning&delay=100").routeId("audit").process(entries::add);
                }
            });
            camel.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> !entries.isEmpty() && sim.receivedRequests().stream()
                    .filter(r -> r.path().equals("/api/v1/team/audit-logs.csv")).count() >= 2);
        }
        assertThat(entries).allSatisfy(e -> assertThat(e.getMessage().getBody())
                .isInstanceOf(io.cameljiko.component.model.AuditLogEntry.class));
        List<java.time.Instant> times = entries.stream()
                .map(e -> e.getMessage().getBody(io.cameljiko.component.model.AuditLogEntry.class).timestamp()).toList();
        assertThat(times).isSorted();
        assertThat(sim.receivedRequests()).filteredOn(r -> r.path().equals("/api/v1/team/audit-logs.csv"))
                .allSatisfy(r -> assertThat(r.header("Accept")).isEqualTo("application/json"));
    }

    @Test
    void aCounterpartyChangeIsEmittedAsUpdatedAndANewOneAsCreated() throws Exception {
        Map<String, Object> pending = sim.state().counterparties().stream().filter(c -> "PENDING".equals(c.get("status")))
                .findFirst().orElseThrow();
        List<Exchange> changes = new CopyOnWriteArrayList<>();
        try (Camel camel = camel(sim.demoClientId(), sim.demoPrivateKeyPem())) {
            camel.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("jiko:listCounterparties?delay=100").routeId("cps").process(changes::add);
                }
            });
            camel.start();
            // the first poll records what exists (startFrom=now) and emits nothing
            await().atMost(Duration.ofSeconds(10)).until(() -> sim.receivedRequests().stream()
                    .anyMatch(r -> r.path().equals("/api/v2/counterparties/")));
            Exchange linked = camel.send("jiko:updateCounterparty?counterpartyId=" + pending.get("id"), "{\"status\":\"LINKED\"}",
                    Map.of());
            assertThat(linked.getException()).isNull();
            Exchange created = camel.send("jiko:createCounterparty", Map.of("type", "on_us", "account_number", "JIKO-777",
                    "counterparty_name", Map.of("type", "business", "business_name", "Acme Treasury")), Map.of());
            assertThat(created.getException()).isNull();

            await().atMost(Duration.ofSeconds(10)).until(() -> changes.size() >= 2);
            assertThat(changes).hasSize(2);
            Map<String, Counterparty> byChange = Map.of(
                    changes.get(0).getMessage().getHeader(JikoConstants.CHANGE, String.class), changes.get(0).getMessage().getBody(Counterparty.class),
                    changes.get(1).getMessage().getHeader(JikoConstants.CHANGE, String.class), changes.get(1).getMessage().getBody(Counterparty.class));
            assertThat(byChange.get("UPDATED").id()).isEqualTo(pending.get("id"));
            assertThat(byChange.get("UPDATED").status()).isEqualTo("LINKED");
            assertThat(byChange.get("CREATED").id()).isEqualTo(created.getMessage().getBody(Counterparty.class).id());
        }
    }
}
