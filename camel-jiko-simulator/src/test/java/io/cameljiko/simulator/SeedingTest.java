package io.cameljiko.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedingTest {
    static final List<String> LISTINGS = List.of("/api/v2/transactions/?limit=100", "/api/v2/transactions/?limit=100&order=asc",
            "/api/v2/pockets/", "/api/v2/counterparties/", "/api/v1/team/", "/api/v1/customer/", "/api/v1/trades/",
            "/api/v1/notifications/", "/api/v2/portals/", "/api/v1/wires/", "/api/v1/user/memberships/",
            "/api/v2/trading-strategies/");

    @Test
    void sameSeedGivesIdenticalListings() {
        Instant epoch = Instant.now().truncatedTo(ChronoUnit.DAYS);
        try (JikoSimulator a = JikoSimulator.builder().seed(99L).seedEpoch(epoch).rateLimits(false).build().start();
             JikoSimulator b = JikoSimulator.builder().seed(99L).seedEpoch(epoch).rateLimits(false).build().start();
             JikoSimulator c = JikoSimulator.builder().seed(100L).seedEpoch(epoch).rateLimits(false).build().start()) {
            SimClient ca = new SimClient(a);
            SimClient cb = new SimClient(b);
            SimClient cc = new SimClient(c);
            for (String path : LISTINGS) {
                String bodyA = ca.get(path).body();
                assertEquals(bodyA, cb.get(path).body(), path);
                if (!path.contains("trading-strategies") && !path.contains("customer")) {
                    assertNotEquals(bodyA, cc.get(path).body(), path);
                }
            }
            // download URLs embed each simulator's own base URL; apart from that, identical
            String sa = ca.get("/api/v1/statements/").body().replace(a.baseUrl(), "BASE");
            String sb = cb.get("/api/v1/statements/").body().replace(b.baseUrl(), "BASE");
            assertEquals(sa, sb);
            assertEquals(a.demoPrivateKeyPem(), b.demoPrivateKeyPem());
            assertEquals(a.state().transactions(), b.state().transactions());
        }
    }

    @Test
    void seedDataCoversTheRequiredShapes() {
        long t0 = System.nanoTime();
        JikoSimulator sim = JikoSimulator.builder().seed(1L).rateLimits(false).build();
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        // a generous bound: a loaded 2-core machine took 1.9 s where an idle one takes a fraction of a second
        assertTrue(buildMillis < 15_000, "seeding took " + buildMillis + " ms");
        try (sim) {
            sim.start();
            SimClient c = new SimClient(sim);
            Instant start = sim.clock().now();
            assertTrue(sim.state().transactionCount() >= 10_000);
            Set<String> pocketsWithTx = new HashSet<>();
            Instant oldest = start;
            for (Map<String, Object> tx : sim.state().transactions()) {
                Instant booked = Instant.parse((String) tx.get("time_booked"));
                assertTrue(booked.isBefore(start));
                oldest = booked.isBefore(oldest) ? booked : oldest;
                pocketsWithTx.add((String) tx.get("pocket_id"));
            }
            assertTrue(oldest.isBefore(start.minus(150, ChronoUnit.DAYS)));
            assertEquals(Set.copyOf(sim.state().pocketIds()), pocketsWithTx);

            JsonNode pockets = c.getOk("/api/v2/pockets/").get("items");
            assertTrue(pockets.size() >= 3);
            for (JsonNode p : pockets) {
                assertEquals("OPEN", p.get("status").asText());
                assertTrue(p.get("portfolio").get("cash").get("value").asLong() >= 100_000_000L);
                assertEquals("Pocket", p.get("object_type").asText());
                JsonNode portals = c.getOk("/api/v2/pockets/" + p.get("id").asText() + "/portals/").get("items");
                assertTrue(portals.size() >= 1);
            }
            JsonNode team = c.getOk("/api/v1/team/");
            Set<String> statuses = new HashSet<>();
            int members = 0;
            for (JsonNode g : team.get("members_by_status")) {
                if (g.get("total").asInt() > 0) {
                    statuses.add(g.get("name").asText());
                }
                members += g.get("total").asInt();
            }
            assertEquals(Set.of("ACTIVE", "PENDING", "DEACTIVATED"), statuses);
            assertTrue(members >= 6);
            Set<String> cpKinds = new HashSet<>();
            c.getOk("/api/v2/counterparties/").get("items").forEach(cp -> cpKinds.add(cp.get("type").asText() + "/" + cp.get("status").asText()));
            for (String type : List.of("ach", "wire", "international_wire", "on_us")) {
                for (String status : List.of("PENDING", "LINKED", "UNLINKED")) {
                    assertTrue(cpKinds.contains(type + "/" + status), type + "/" + status);
                }
            }
            assertEquals(4, c.getOk("/api/v2/trading-strategies/").get("items").size());
            assertTrue(c.getOk("/api/v1/trades/").get("items").size() > 0);
            assertTrue(c.getOk("/api/v1/notifications/").get("items").size() > 0);
            assertTrue(c.getOk("/api/v1/statements/").get("items").size() > 0);
            assertTrue(c.getOk("/api/v1/events/").get("items").size() > 0);
            for (Map<String, Object> e : sim.state().events()) {
                assertTrue(Instant.parse((String) e.get("timestamp")).isBefore(start));
            }
        }
    }
}
