package io.cameljiko.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransferLifecycleTest {
    JikoSimulator sim;
    SimClient client;
    String p0;
    String p1;

    @BeforeEach
    void start() {
        // a long settle delay: only advanceClock settles, never the background ticker
        sim = JikoSimulator.builder().seed(3L).rateLimits(false).settleDelay(Duration.ofHours(1))
                .tokenTtl(Duration.ofDays(1)).build().start();
        client = new SimClient(sim);
        p0 = sim.state().pocketIds().get(0);
        p1 = sim.state().pocketIds().get(1);
    }

    @AfterEach
    void stop() {
        sim.stop();
    }

    private Map<String, Object> internal(String id, String origin, String dest, long cents) {
        return Map.of("transfer", Map.of("id", id, "type", "ON_US", "origin_pocket_id", origin,
                "amount", Map.of("type", "REQUESTED_AMOUNT", "amount_usdc", cents),
                "details", Map.of("type", "INTERNAL_REALLOCATION", "destination_pocket_id", dest),
                "description", "SEOUT 01"), "reviewers", List.of());
    }

    private Map<String, Object> wire(String id, String origin, String counterparty, long cents) {
        return Map.of("transfer", Map.of("id", id, "type", "WIRE", "origin_pocket_id", origin,
                "amount", Map.of("type", "REQUESTED_AMOUNT", "amount_usdc", cents), "counterparty_id", counterparty,
                "description", "invoice 42"), "reviewers", List.of());
    }

    private String counterparty(String type, String status) {
        return sim.state().counterparties().stream()
                .filter(c -> type.equals(c.get("type")) && status.equals(c.get("status")))
                .map(c -> (String) c.get("id")).findFirst().orElseThrow();
    }

    private List<JsonNode> eventsAfter(int index) {
        List<JsonNode> out = new ArrayList<>();
        client.getOk("/api/v1/events/?limit=100").get("items").forEach(out::add);
        return out.subList(index, out.size());
    }

    @Test
    void internalReallocationSettlesWithEventsAndTransactions() {
        long cash0 = sim.state().pocketCashCents(p0);
        long cash1 = sim.state().pocketCashCents(p1);
        int eventsBefore = sim.state().events().size();
        int txBefore = sim.state().transactionCount();
        String id = UUID.randomUUID().toString();
        JsonNode created = SimClient.ok(client.post("/api/v1/transfer-requests/", internal(id, p0, p1, 10123)), 201);
        assertEquals(id, created.get("id").asText());
        assertEquals("PENDING_APPROVAL", created.get("status").asText());
        assertEquals("TransferRequest", created.get("object_type").asText());
        assertEquals(10123, created.get("transfer").get("amount").get("amount_usdc").asLong());
        assertEquals("INTERNAL_REALLOCATION", created.get("transfer").get("details").get("type").asText());

        // the same transfer.id again: the existing one, never a second transfer
        JsonNode again = SimClient.ok(client.post("/api/v1/transfer-requests/", internal(id, p0, p1, 99999)), 200);
        assertEquals(id, again.get("id").asText());
        assertEquals(10123, again.get("transfer").get("amount").get("amount_usdc").asLong());
        assertEquals(1, sim.state().transfers().size());

        JsonNode approved = SimClient.ok(client.post("/api/v1/transfer-requests/" + id + "/approve/", "{}"), 200);
        assertEquals("PROCESSING", approved.get("status").asText());
        assertEquals("PROCESSING", client.getOk("/api/v1/transfer-requests/" + id + "/").get("status").asText());
        assertEquals(cash0, sim.state().pocketCashCents(p0));

        sim.advanceClock(Duration.ofHours(1));
        JsonNode done = client.getOk("/api/v1/transfer-requests/" + id + "/");
        assertEquals("SUCCESS", done.get("status").asText());
        assertEquals(cash0 - 10123, sim.state().pocketCashCents(p0));
        assertEquals(cash1 + 10123, sim.state().pocketCashCents(p1));

        List<JsonNode> events = eventsAfter(eventsBefore);
        assertEquals(List.of("transfers.on-us.processing", "transfers.on-us.success", "transfers.on-us.received"),
                events.stream().map(e -> e.get("event").get("event_type").asText()).toList());
        String onUsId = events.get(0).get("event").get("payload").get("on_us_id").asText();
        assertEquals(onUsId, events.get(1).get("event").get("payload").get("on_us_id").asText());
        assertEquals(p1, events.get(2).get("event").get("payload").get("receiving_pocket_id").asText());
        assertEquals(sim.state().customerId(), events.get(0).get("event").get("customer_id").asText());
        // the on_us_id from an event payload finds the transfer request
        assertEquals(id, client.getOk("/api/v1/transfer-requests/" + onUsId + "/").get("id").asText());

        assertEquals(txBefore + 2, sim.state().transactionCount());
        JsonNode txs = client.getOk("/api/v2/transactions/?on_us_transfer[]=" + onUsId + "&order=asc");
        assertEquals(2, txs.get("items").size());
        JsonNode debit = txs.get("items").get(0).get("direction").asText().equals("DEBIT") ? txs.get("items").get(0) : txs.get("items").get(1);
        assertEquals(p0, debit.get("pocket_id").asText());
        assertEquals(10123, debit.get("amount").get("value").asLong());
        assertEquals("$101.23", debit.get("amount").get("formatted").asText());
        assertEquals("ON_US", debit.get("type").asText());
        String debitId = events.get(1).get("event").get("payload").get("transaction_activity_id").asText();
        assertEquals(debitId, debit.get("id").asText());
        // newest first by default
        assertEquals(onUsId, client.getOk("/api/v2/transactions/?limit=1").get("items").get(0).get("on_us_transfer_id").asText());
    }

    @Test
    void wireToLinkedCounterpartySucceedsAndCreatesWire() {
        String cp = counterparty("wire", "LINKED");
        int eventsBefore = sim.state().events().size();
        String id = UUID.randomUUID().toString();
        SimClient.ok(client.post("/api/v1/transfer-requests/", wire(id, p0, cp, 500_00)), 201);
        SimClient.ok(client.post("/api/v1/transfer-requests/" + id + "/approve/", ""), 200);
        sim.advanceClock(Duration.ofHours(2));
        List<JsonNode> events = eventsAfter(eventsBefore);
        assertEquals(List.of("transfers.wire.out.processing", "transfers.wire.out.success"),
                events.stream().map(e -> e.get("event").get("event_type").asText()).toList());
        String wireId = events.get(0).get("event").get("payload").get("wire_id").asText();
        JsonNode w = client.getOk("/api/v1/wires/" + wireId + "/");
        assertEquals("OUTGOING", w.get("direction").asText());
        assertEquals("SUCCESS", w.get("status").asText());
        assertEquals(50000, w.get("amount").get("value").asLong());
        assertEquals(id, client.getOk("/api/v1/transfer-requests/" + wireId + "/").get("id").asText());
        assertEquals(1, client.getOk("/api/v1/wires/?direction=OUTGOING&pocket_id=" + p0).get("items").size());
        assertEquals(1, client.getOk("/api/v2/transactions/?wire[]=" + wireId).get("items").size());
    }

    @Test
    void insufficientFundsIsRejected() {
        sim.state().setPocketCashCents(p0, 1_000);
        int eventsBefore = sim.state().events().size();
        String id = UUID.randomUUID().toString();
        SimClient.ok(client.post("/api/v1/transfer-requests/", internal(id, p0, p1, 1_001)), 201);
        SimClient.ok(client.post("/api/v1/transfer-requests/" + id + "/approve/", "{}"), 200);
        int txBefore = sim.state().transactionCount();
        sim.advanceClock(Duration.ofHours(1));
        assertEquals("REJECTED", client.getOk("/api/v1/transfer-requests/" + id + "/").get("status").asText());
        assertEquals(1_000, sim.state().pocketCashCents(p0));
        assertEquals(txBefore, sim.state().transactionCount());
        assertEquals(List.of("transfers.on-us.processing", "transfers.on-us.rejected"),
                eventsAfter(eventsBefore).stream().map(e -> e.get("event").get("event_type").asText()).toList());
    }

    @Test
    void wireToUnlinkedCounterpartyIsRejected() {
        String cp = counterparty("wire", "UNLINKED");
        int eventsBefore = sim.state().events().size();
        String id = UUID.randomUUID().toString();
        SimClient.ok(client.post("/api/v1/transfer-requests/", wire(id, p0, cp, 100)), 201);
        SimClient.ok(client.post("/api/v1/transfer-requests/" + id + "/approve/", "{}"), 200);
        sim.advanceClock(Duration.ofHours(1));
        assertEquals("REJECTED", client.getOk("/api/v1/transfer-requests/" + id + "/").get("status").asText());
        assertEquals("transfers.wire.out.rejected", eventsAfter(eventsBefore).get(1).get("event").get("event_type").asText());
    }

    @Test
    void cancelOnlyFromPendingApproval() {
        String id = UUID.randomUUID().toString();
        SimClient.ok(client.post("/api/v1/transfer-requests/", internal(id, p0, p1, 100)), 201);
        assertEquals("CANCELLED", SimClient.ok(client.post("/api/v1/transfer-requests/" + id + "/cancel/", "{}"), 200).get("status").asText());
        SimClient.ok(client.post("/api/v1/transfer-requests/" + id + "/approve/", "{}"), 422);
        SimClient.ok(client.post("/api/v1/transfer-requests/" + id + "/cancel/", "{}"), 422);

        String id2 = UUID.randomUUID().toString();
        SimClient.ok(client.post("/api/v1/transfer-requests/", internal(id2, p0, p1, 100)), 201);
        SimClient.ok(client.post("/api/v1/transfer-requests/" + id2 + "/approve/", "{}"), 200);
        SimClient.ok(client.post("/api/v1/transfer-requests/" + id2 + "/cancel/", "{}"), 422);

        JsonNode cancelled = client.getOk("/api/v1/transfer-requests/?status=CANCELLED");
        assertEquals(1, cancelled.get("items").size());
        assertEquals(id, cancelled.get("items").get(0).get("id").asText());
        assertEquals(2, client.getOk("/api/v1/transfer-requests/").get("items").size());
        SimClient.ok(client.get("/api/v1/transfer-requests/" + UUID.randomUUID() + "/"), 404);
    }

    @Test
    void createValidation() {
        JsonNode missingId = SimClient.ok(client.post("/api/v1/transfer-requests/",
                Map.of("transfer", Map.of("type", "ON_US", "origin_pocket_id", p0), "reviewers", List.of())), 422);
        List<String> locs = new ArrayList<>();
        missingId.get("detail").forEach(d -> locs.add(d.get("loc").toString()));
        assertTrue(locs.contains("[\"body\",\"transfer\",\"id\"]"), locs.toString());
        assertTrue(locs.contains("[\"body\",\"transfer\",\"amount\"]"), locs.toString());
        SimClient.ok(client.post("/api/v1/transfer-requests/", Map.of("transfer", Map.of("id", UUID.randomUUID().toString(),
                "type", "ACH", "origin_pocket_id", p0, "amount", Map.of("type", "REQUESTED_AMOUNT", "amount_usdc", 1)))), 422);
        SimClient.ok(client.post("/api/v1/transfer-requests/", "{not json"), 422);
        JsonNode floatAmount = SimClient.ok(client.post("/api/v1/transfer-requests/", "{\"transfer\":{\"id\":\"" + UUID.randomUUID()
                + "\",\"type\":\"WIRE\",\"origin_pocket_id\":\"" + p0 + "\",\"counterparty_id\":\"" + counterparty("wire", "LINKED")
                + "\",\"amount\":{\"type\":\"REQUESTED_AMOUNT\",\"amount_usdc\":10.5}},\"reviewers\":[]}"), 422);
        assertEquals("int_type", floatAmount.get("detail").get(0).get("type").asText());
        assertNotNull(sim.state().transfers());
        assertEquals(0, sim.state().transfers().size());
    }

    @Test
    void backgroundTickerSettlesWithoutRequests() {
        try (JikoSimulator fast = JikoSimulator.builder().seed(3L).settleDelay(Duration.ofMillis(50)).build().start()) {
            SimClient c = new SimClient(fast);
            String id = UUID.randomUUID().toString();
            SimClient.ok(c.post("/api/v1/transfer-requests/", internal(id, p0, p1, 100)), 201);
            SimClient.ok(c.post("/api/v1/transfer-requests/" + id + "/approve/", "{}"), 200);
            SimClient.await(() -> "SUCCESS".equals(fast.state().transfers().get(0).get("status")), Duration.ofSeconds(5), "settlement");
        }
    }
}
