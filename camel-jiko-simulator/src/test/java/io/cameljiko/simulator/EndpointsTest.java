package io.cameljiko.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EndpointsTest {
    static JikoSimulator sim;
    static SimClient client;

    @BeforeAll
    static void start() {
        sim = JikoSimulator.builder().seed(21L).rateLimits(false).settleDelay(Duration.ofSeconds(30)).build().start();
        client = new SimClient(sim);
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    static HttpResponse<byte[]> download(String url) throws Exception {
        return SimClient.HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void agreementsCustomerMemberships() throws Exception {
        JsonNode a = client.getOk("/api/v1/agreements/");
        assertTrue(a.has("version") && a.has("release_date"));
        JsonNode doc = a.get("documents").get(0);
        assertTrue(doc.has("title") && doc.has("type") && doc.has("category"));
        HttpResponse<byte[]> pdf = download(doc.get("pdf_download_url").asText());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(new String(pdf.body(), StandardCharsets.US_ASCII).startsWith("%PDF-"));

        JsonNode c = client.getOk("/api/v1/customer/");
        assertEquals("BUSINESS", c.get("type").asText());
        assertEquals("TIN", c.get("identification_number").get("type").asText());
        assertTrue(c.get("address").has("street_address2"));

        JsonNode m = client.getOk("/api/v1/user/memberships/");
        assertEquals("List", m.get("object_type").asText());
        JsonNode item = m.get("items").get(0);
        assertEquals(sim.state().customerId(), item.get("customer_id").asText());
        assertEquals(sim.state().teamId(), item.get("team_id").asText());
    }

    @Test
    void teamMemberAndAuditLogs() {
        JsonNode team = client.getOk("/api/v1/team/");
        assertEquals(sim.state().teamId(), team.get("team_id").asText());
        assertTrue(team.get("allowed_authentication_methods").size() > 0);
        assertTrue(team.has("service_users"));
        String memberId = team.get("members_by_status").get(0).get("members").get(0).get("member_id").asText();
        JsonNode member = client.getOk("/api/v1/team/" + memberId + "/");
        for (String f : List.of("member_id", "email", "first_name", "last_name", "role", "status", "added_date", "last_login",
                "deactivated_date", "team_id", "partner_id", "user_id", "phone_number")) {
            assertTrue(member.has(f), f);
        }
        SimClient.ok(client.get("/api/v1/team/" + UUID.randomUUID() + "/"), 404);
        SimClient.ok(client.get("/api/v1/team/not-a-uuid/"), 422);

        HttpResponse<String> csv = client.get("/api/v1/team/audit-logs.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("id,timestamp,actor,event_name,team_id,entry_metadata", lines[0]);
        assertTrue(lines.length > 10);

        HttpResponse<String> filtered = client.get("/api/v1/team/audit-logs.csv?member_id=" + memberId);
        for (String line : filtered.body().split("\r\n")) {
            assertTrue(line.startsWith("id,") || line.contains(memberId), line);
        }
        HttpResponse<String> json = client.send("GET", "/api/v1/team/audit-logs.csv?limit=5", null, Map.of("Accept", "application/json"));
        JsonNode page = SimClient.ok(json, 200);
        assertEquals("CursorList", page.get("object_type").asText());
        assertEquals(5, page.get("items").size());
        assertTrue(page.get("items").get(0).has("entry_metadata"));
        SimClient.ok(client.get("/api/v1/team/audit-logs.csv?timestamp_from=nope"), 422);
    }

    @Test
    void tradesFilters() {
        String pocket = sim.state().pocketIds().get(0);
        JsonNode all = client.getOk("/api/v1/trades/?account[]=" + pocket);
        assertTrue(all.get("items").size() > 0);
        for (JsonNode t : all.get("items")) {
            assertEquals(pocket, t.get("pocket_id").asText());
            assertEquals("Trade", t.get("object_type").asText());
            assertTrue(List.of("BUY", "SELL", "MATURITY").contains(t.get("activity").asText()));
            assertTrue(t.get("amount").get("value").isIntegralNumber());
        }
        String day = all.get("items").get(0).get("book_date").asText();
        JsonNode oneDay = client.getOk("/api/v1/trades/?book_date_from=" + day + "&book_date_to=" + day);
        for (JsonNode t : oneDay.get("items")) {
            assertEquals(day, t.get("book_date").asText());
        }
        assertTrue(oneDay.get("items").size() >= 1);
    }

    @Test
    void portals() {
        String pocket = sim.state().pocketIds().get(1);
        JsonNode created = SimClient.ok(client.post("/api/v2/pockets/" + pocket + "/portals/", Map.of("name", "Invoices")), 201);
        String portalId = created.get("id").asText();
        assertEquals("OPEN", created.get("status").asText());
        assertEquals("Portal", created.get("object_type").asText());
        JsonNode fi = client.getOk("/api/v2/pockets/" + pocket + "/portals/" + portalId + "/funding-instructions/");
        assertEquals(portalId, fi.get("portal_id").asText());
        assertTrue(fi.has("account_number") && fi.has("routing_number") && fi.has("bank_name") && fi.has("beneficiary_name"));
        assertEquals(204, client.patch("/api/v2/pockets/" + pocket + "/portals/" + portalId + "/", Map.of("status", "CLOSED")).statusCode());
        SimClient.ok(client.patch("/api/v2/pockets/" + pocket + "/portals/" + portalId + "/", Map.of("status", "OPEN")), 422);
        boolean found = false;
        for (JsonNode p : client.getOk("/api/v2/portals/").get("items")) {
            if (p.get("id").asText().equals(portalId)) {
                assertEquals("CLOSED", p.get("status").asText());
                found = true;
            }
        }
        assertTrue(found);
        SimClient.ok(client.get("/api/v2/pockets/" + UUID.randomUUID() + "/portals/"), 404);
        SimClient.ok(client.post("/api/v2/pockets/" + pocket + "/portals/", Map.of()), 422);
    }

    @Test
    void reportLifecycleAndStatements() throws Exception {
        JsonNode created = SimClient.ok(client.post("/api/v1/report-requests/",
                Map.of("report_type", "BANK_STATEMENT_REPORT", "output_formats", List.of("CAMT053"))), 201);
        assertEquals("PENDING", created.get("status").asText());
        assertEquals(0, created.get("files").size());
        SimClient.ok(client.post("/api/v1/report-requests/", Map.of("report_type", "BANK_STATEMENT_REPORT", "output_formats", List.of("PDF"))), 422);
        SimClient.ok(client.post("/api/v1/report-requests/", Map.of("report_type", "NOPE", "output_formats", List.of("CAMT053"))), 422);
        sim.advanceClock(Duration.ofSeconds(30));
        JsonNode listed = client.getOk("/api/v1/report-requests/");
        JsonNode report = listed.get("items").get(listed.get("items").size() - 1);
        assertEquals(created.get("id"), report.get("id"));
        assertEquals("COMPLETED", report.get("status").asText());
        JsonNode file = report.get("files").get(0);
        assertEquals("CAMT053", file.get("format").asText());
        HttpResponse<byte[]> xml = download(file.get("download_url").asText());
        assertEquals(200, xml.statusCode());
        assertTrue(new String(xml.body(), StandardCharsets.UTF_8).contains("camt.053"));

        JsonNode statements = client.getOk("/api/v1/statements/?type[]=BROKERAGE");
        assertTrue(statements.get("items").size() > 0);
        JsonNode st = statements.get("items").get(0);
        assertEquals("BROKERAGE", st.get("type").asText());
        String key = st.get("key").asText();
        for (JsonNode s : client.getOk("/api/v1/statements/?key=" + key).get("items")) {
            assertEquals(key, s.get("key").asText());
        }
        HttpResponse<byte[]> pdf = download(st.get("pdf_download_url").asText());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(new String(pdf.body(), StandardCharsets.US_ASCII).startsWith("%PDF-"));
        SimClient.ok(client.get("/api/v1/statements/?type[]=CHECKING"), 422);
    }

    @Test
    void documentUpload() {
        byte[] bytes = {1, 2, 3, 4, 5};
        HttpRequest req = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/v1/documents/passport/"))
                .header("Authorization", "Bearer " + client.token).header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        JsonNode r;
        try {
            r = SimClient.ok(SimClient.HTTP.send(req, HttpResponse.BodyHandlers.ofString()), 201);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String id = r.get("document_id").asText();
        SimulatorState.StoredDocument doc = sim.state().documents().stream().filter(d -> d.documentId().equals(id)).findFirst().orElseThrow();
        assertEquals("passport", doc.documentType());
        assertEquals("image/png", doc.contentType());
        assertArrayEquals(bytes, doc.bytes());
        SimClient.ok(client.send("POST", "/api/v1/documents/passport/", "", null), 422);
    }

    @Test
    void pocketsCreatePatchEarnings() {
        JsonNode created = SimClient.ok(client.post("/api/v2/pockets/", Map.of("pocket_name", "Tax", "trading_strategy_id", "UST-13W")), 201);
        String id = created.get("id").asText();
        assertEquals(0, created.get("portfolio").get("cash").get("value").asLong());
        assertEquals("$0.00", created.get("portfolio").get("cash").get("formatted").asText());
        SimClient.ok(client.post("/api/v2/pockets/", Map.of("pocket_name", "X", "trading_strategy_id", "UST-1W")), 422);
        JsonNode renamed = SimClient.ok(client.patch("/api/v2/pockets/" + id + "/", Map.of("pocket_name", "Taxes")), 200);
        assertEquals("Taxes", renamed.get("pocket_name").asText());
        SimClient.ok(client.patch("/api/v2/pockets/" + id + "/", Map.of("status", "CLOSED")), 422);
        JsonNode closed = SimClient.ok(client.patch("/api/v2/pockets/" + id + "/", Map.of("status", "CLOSED", "closure_reason", "done")), 200);
        assertEquals("CLOSED", closed.get("status").asText());
        String seeded = sim.state().pocketIds().get(0);
        SimClient.ok(client.patch("/api/v2/pockets/" + seeded + "/", Map.of("status", "CLOSED", "closure_reason", "x")), 422);

        JsonNode e = client.getOk("/api/v2/pockets/" + seeded + "/earnings/?period=ytd");
        assertTrue(e.get("earnings").get("value").isIntegralNumber());
        assertTrue(e.get("appreciation_per_second").isTextual());
        new java.math.BigDecimal(e.get("appreciation_per_second").asText());
        JsonNode range = client.getOk("/api/v2/pockets/" + seeded + "/earnings/?period=range&date_from=2026-01-01&date_to=2026-01-31");
        assertEquals("2026-01-31", range.get("date_to").asText());
        SimClient.ok(client.get("/api/v2/pockets/" + seeded + "/earnings/?period=range"), 422);
        SimClient.ok(client.get("/api/v2/pockets/" + seeded + "/earnings/?period=decade"), 422);
        JsonNode pocket = client.getOk("/api/v2/pockets/" + seeded + "/");
        assertTrue(pocket.get("portfolio").get("holdings").size() > 0);
        assertTrue(pocket.get("portfolio").get("holdings").get(0).get("market_value").get("value").isIntegralNumber());
    }

    @Test
    void counterparties() {
        Map<String, Object> wire = Map.of("type", "wire", "routing_number", "026009593", "identifier", "123456789012",
                "counterparty_name", Map.of("type", "business", "business_name", "Acme Supplier"),
                "address", Map.of("street_address", "1 Main St", "city", "Boston", "postal_code", "02110", "state", "MA", "country", "US"));
        JsonNode created = SimClient.ok(client.post("/api/v2/counterparties/", wire), 201);
        assertEquals("****9012", created.get("identifier").asText());
        assertEquals("PENDING", created.get("status").asText());
        assertEquals("Counterparty", created.get("object_type").asText());
        String id = created.get("id").asText();
        assertEquals("LINKED", SimClient.ok(client.patch("/api/v2/counterparties/" + id + "/", Map.of("status", "LINKED")), 200)
                .get("status").asText());
        assertEquals("LINKED", client.getOk("/api/v2/counterparties/" + id + "/").get("status").asText());
        SimClient.ok(client.patch("/api/v2/counterparties/" + id + "/", Map.of("status", "VERIFIED")), 422);

        JsonNode missing = SimClient.ok(client.post("/api/v2/counterparties/", Map.of("type", "wire", "identifier", "1")), 422);
        List<String> locs = new java.util.ArrayList<>();
        missing.get("detail").forEach(d -> locs.add(d.get("loc").get(1).asText()));
        assertTrue(locs.containsAll(List.of("routing_number", "address", "counterparty_name")), locs.toString());

        for (JsonNode cp : client.getOk("/api/v2/counterparties/?type=wire&status=LINKED").get("items")) {
            assertEquals("wire", cp.get("type").asText());
            assertEquals("LINKED", cp.get("status").asText());
        }
        SimClient.ok(client.get("/api/v2/counterparties/?type=check"), 422);
    }

    @Test
    void notificationsWiresStrategies() {
        for (JsonNode n : client.getOk("/api/v1/notifications/?status=UNREAD").get("items")) {
            assertEquals("UNREAD", n.get("status").asText());
        }
        SimClient.ok(client.get("/api/v1/notifications/?status=MAYBE"), 422);
        JsonNode wires = client.getOk("/api/v1/wires/?direction=INCOMING");
        assertTrue(wires.get("items").size() > 0);
        String wireId = wires.get("items").get(0).get("id").asText();
        assertEquals(wireId, client.getOk("/api/v1/wires/" + wireId + "/").get("id").asText());
        SimClient.ok(client.get("/api/v1/wires/" + UUID.randomUUID() + "/"), 404);
        JsonNode s = client.getOk("/api/v2/trading-strategies/");
        assertEquals(4, s.get("count").asInt());
        assertTrue(s.get("items").get(0).get("yield_to_maturity").isTextual());
        assertFalse(s.get("items").get(0).get("applicable_to").isEmpty());
    }
}
