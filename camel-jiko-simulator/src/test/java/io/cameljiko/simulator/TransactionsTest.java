package io.cameljiko.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TransactionsTest {
    static JikoSimulator sim;
    static SimClient client;

    @BeforeAll
    static void start() {
        sim = JikoSimulator.builder().seed(42L).rateLimits(false).build().start();
        client = new SimClient(sim);
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    /** Walks every page; returns the items in order. */
    static List<JsonNode> all(String pathWithQuery) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = "";
        String sep = pathWithQuery.contains("?") ? "&" : "?";
        for (int guard = 0; guard < 1000; guard++) {
            JsonNode page = client.getOk(pathWithQuery + sep + "cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            assertEquals("CursorList", page.get("object_type").asText());
            page.get("items").forEach(out::add);
            if (page.get("next_page").isNull()) {
                return out;
            }
            cursor = page.get("next_page").asText();
        }
        throw new AssertionError("too many pages");
    }

    static String key(JsonNode tx) {
        return tx.get("time_booked").asText() + "|" + tx.get("id").asText();
    }

    @Test
    void pagingCollectsEveryTransactionOnceInDescendingOrder() {
        int total = sim.state().transactionCount();
        assertTrue(total >= 10_000, "seeded " + total);
        List<JsonNode> items = all("/api/v2/transactions/?limit=100");
        assertEquals(total, items.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            assertTrue(ids.add(items.get(i).get("id").asText()), "duplicate id");
            if (i > 0) {
                assertTrue(key(items.get(i - 1)).compareTo(key(items.get(i))) > 0, "not descending at " + i);
            }
            JsonNode amount = items.get(i).get("amount");
            assertTrue(amount.get("value").isIntegralNumber());
            assertEquals("USD", amount.get("currency").asText());
        }
        Instant start = sim.clock().now();
        assertTrue(Instant.parse(items.get(0).get("time_booked").asText()).isBefore(start));
    }

    @Test
    void ascendingOrderAndPrevPage() {
        JsonNode first = client.getOk("/api/v2/transactions/?order=asc&limit=50");
        assertNull(first.get("prev_page").textValue());
        JsonNode second = client.getOk("/api/v2/transactions/?order=asc&limit=50&cursor=" + first.get("next_page").asText());
        assertTrue(key(first.get("items").get(49)).compareTo(key(second.get("items").get(0))) < 0);
        JsonNode back = client.getOk("/api/v2/transactions/?order=asc&limit=50&cursor=" + second.get("prev_page").asText());
        assertEquals(first.get("items"), back.get("items"));
    }

    @Test
    void cursorsStayStableWhenItemsAreAppended() {
        JsonNode first = client.getOk("/api/v2/transactions/?order=asc&limit=10");
        String next = first.get("next_page").asText();
        JsonNode before = client.getOk("/api/v2/transactions/?order=asc&limit=10&cursor=" + next);
        // settle a transfer: new transactions are appended
        String origin = sim.state().pocketIds().get(0);
        String dest = sim.state().pocketIds().get(1);
        String id = java.util.UUID.randomUUID().toString();
        SimClient.ok(client.post("/api/v1/transfer-requests/", Map.of("transfer", Map.of("id", id, "type", "ON_US",
                "origin_pocket_id", origin, "amount", Map.of("type", "REQUESTED_AMOUNT", "amount_usdc", 1234),
                "details", Map.of("type", "INTERNAL_REALLOCATION", "destination_pocket_id", dest), "description", "stable"),
                "reviewers", List.of())), 201);
        SimClient.ok(client.post("/api/v1/transfer-requests/" + id + "/approve/", "{}"), 200);
        sim.advanceClock(java.time.Duration.ofSeconds(3));
        JsonNode after = client.getOk("/api/v2/transactions/?order=asc&limit=10&cursor=" + next);
        assertEquals(before.get("items"), after.get("items"));
    }

    private void assertFilter(String query, Predicate<JsonNode> expected, int minimum) {
        List<JsonNode> items = all("/api/v2/transactions/?limit=100&" + query);
        assertTrue(items.size() >= minimum, query + " returned " + items.size());
        for (JsonNode tx : items) {
            assertTrue(expected.test(tx), query + " let through " + tx);
        }
        long expectedCount = sim.state().transactions().stream()
                .map(m -> SimClient.MAPPER.valueToTree(m)).filter(n -> expected.test((JsonNode) n)).count();
        assertEquals(expectedCount, items.size(), query);
    }

    @Test
    void filters() {
        List<String> pockets = sim.state().pocketIds();
        String p0 = pockets.get(0);
        String p1 = pockets.get(1);
        assertFilter("pocket[]=" + p0 + "&pocket[]=" + p1,
                tx -> tx.get("pocket_id").asText().equals(p0) || tx.get("pocket_id").asText().equals(p1), 1000);
        assertFilter("type[]=FEE&type[]=CARD",
                tx -> Set.of("FEE", "CARD").contains(tx.get("type").asText()), 100);
        assertFilter("direction=CREDIT", tx -> tx.get("direction").asText().equals("CREDIT"), 100);
        assertFilter("amount_from=100000&amount_to=200000",
                tx -> tx.get("amount").get("value").asLong() >= 100000 && tx.get("amount").get("value").asLong() <= 200000, 10);
        Instant to = sim.clock().now().minus(java.time.Duration.ofDays(30));
        Instant from = to.minus(java.time.Duration.ofDays(10));
        String f = Json.ts(from);
        String t = Json.ts(to);
        assertFilter("time_booked_from=" + from + "&time_booked_to=" + to,
                tx -> tx.get("time_booked").asText().compareTo(f) >= 0 && tx.get("time_booked").asText().compareTo(t) < 0, 100);
        assertFilter("order=asc&direction=DEBIT&pocket[]=" + p0 + "&type[]=ACH",
                tx -> tx.get("direction").asText().equals("DEBIT") && tx.get("pocket_id").asText().equals(p0)
                        && tx.get("type").asText().equals("ACH"), 10);
        List<JsonNode> asc = all("/api/v2/transactions/?order=asc&type[]=WIRE");
        for (int i = 1; i < asc.size(); i++) {
            assertTrue(key(asc.get(i - 1)).compareTo(key(asc.get(i))) < 0);
        }
        String wireId = asc.get(0).get("wire_id").asText();
        List<JsonNode> byWire = all("/api/v2/transactions/?wire[]=" + wireId);
        assertEquals(1, byWire.size());
    }

    private void assert422(String path, String param) {
        JsonNode body = SimClient.ok(client.get(path), 422);
        JsonNode detail = body.get("detail").get(0);
        assertEquals("query", detail.get("loc").get(0).asText());
        assertEquals(param, detail.get("loc").get(1).asText());
        assertFalse(detail.get("msg").asText().isEmpty());
        assertFalse(detail.get("type").asText().isEmpty());
    }

    @Test
    void invalidParametersGive422() {
        assert422("/api/v2/transactions/?limit=0", "limit");
        assert422("/api/v2/transactions/?limit=101", "limit");
        assert422("/api/v2/transactions/?limit=abc", "limit");
        assert422("/api/v2/transactions/?pocket[]=not-a-uuid", "pocket");
        assert422("/api/v2/transactions/?time_booked_from=yesterday", "time_booked_from");
        assert422("/api/v2/transactions/?direction=SIDEWAYS", "direction");
        assert422("/api/v2/transactions/?cursor=%21%21%21", "cursor");
        assert422("/api/v1/events/?after=not-a-date", "after");
        assert422("/api/v1/trades/?book_date_from=2026-13-01", "book_date_from");
        assertEquals(100, client.getOk("/api/v2/transactions/").get("items").size());
    }
}
