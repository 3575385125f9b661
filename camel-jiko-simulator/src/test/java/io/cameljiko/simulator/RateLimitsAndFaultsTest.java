package io.cameljiko.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitsAndFaultsTest {
    JikoSimulator sim;
    SimClient client;

    @BeforeEach
    void start() {
        sim = JikoSimulator.builder().seed(11L).build().start();
        client = new SimClient(sim);
    }

    @AfterEach
    void stop() {
        sim.stop();
    }

    @Test
    void pocketsGroupAllows120PerMinuteThen429() {
        // start in a fresh minute window so the test cannot straddle a window boundary
        long secondInMinute = sim.clock().now().getEpochSecond() % 60;
        sim.advanceClock(Duration.ofSeconds(60 - secondInMinute));
        HttpResponse<String> first = client.get("/api/v2/pockets/");
        assertEquals(200, first.statusCode());
        assertEquals("120", first.headers().firstValue("X-RateLimit-Limit").orElseThrow());
        assertEquals("119", first.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        long reset = Long.parseLong(first.headers().firstValue("X-RateLimit-Reset").orElseThrow());
        assertTrue(reset > sim.clock().now().getEpochSecond() && reset <= sim.clock().now().getEpochSecond() + 60);
        for (int i = 2; i <= 120; i++) {
            assertEquals(200, client.get("/api/v2/pockets/").statusCode());
        }
        HttpResponse<String> limited = client.get("/api/v2/pockets/");
        assertEquals(429, limited.statusCode());
        assertEquals("Rate limit exceeded", SimClient.parse(limited.body()).get("detail").asText());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("0", limited.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        // other groups are independent
        HttpResponse<String> team = client.get("/api/v1/team/");
        assertEquals(200, team.statusCode());
        assertEquals("300", team.headers().firstValue("X-RateLimit-Limit").orElseThrow());
        // the next minute of simulator time opens a new window
        sim.advanceClock(Duration.ofSeconds(retryAfter));
        assertEquals(200, client.get("/api/v2/pockets/").statusCode());
    }

    @Test
    void lowerLimitsAndShorterWindowsForTestsAndACounterOf429s() {
        JikoSimulator low = JikoSimulator.builder().seed(11L).rateLimitScale(0.05).rateLimit("Team", 2)
                .rateLimitWindow(Duration.ofSeconds(10)).build().start();
        try {
            SimClient c = new SimClient(low);
            assertEquals(6, low.rateLimit("Pockets"));
            assertEquals(15, low.rateLimit("Customer"));
            // a fresh 10 s window
            low.advanceClock(Duration.ofSeconds(10 - low.clock().now().getEpochSecond() % 10));
            HttpResponse<String> first = c.get("/api/v1/team/");
            assertEquals("2", first.headers().firstValue("X-RateLimit-Limit").orElseThrow());
            assertEquals("1", first.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
            long reset = Long.parseLong(first.headers().firstValue("X-RateLimit-Reset").orElseThrow());
            assertEquals(0, reset % 10);
            assertTrue(reset - low.clock().now().getEpochSecond() <= 10);
            assertEquals(200, c.get("/api/v1/team/").statusCode());
            assertEquals(0, low.tooManyRequestsSent());
            HttpResponse<String> limited = c.get("/api/v1/team/");
            assertEquals(429, limited.statusCode());
            assertTrue(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()) <= 10);
            assertEquals(1, low.tooManyRequestsSent());
            assertEquals(1L, low.rateLimitRejections().get("Team"));
            low.advanceClock(Duration.ofSeconds(10));
            assertEquals(200, c.get("/api/v1/team/").statusCode());
            assertEquals(1, low.tooManyRequestsSent());
        } finally {
            low.stop();
        }
        assertThrows(IllegalArgumentException.class, () -> JikoSimulator.builder().rateLimit("Nope", 3));
    }

    @Test
    void withoutEnforcementNothingRunsOut() {
        JikoSimulator off = JikoSimulator.builder().seed(11L).rateLimits(false).rateLimit("Team", 1).build().start();
        try {
            SimClient c = new SimClient(off);
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = c.get("/api/v1/team/");
                assertEquals(200, r.statusCode());
                assertEquals("1", r.headers().firstValue("X-RateLimit-Limit").orElseThrow());
                assertEquals("1", r.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
            }
            assertEquals(0, off.tooManyRequestsSent());
        } finally {
            off.stop();
        }
    }

    @Test
    void transferCreationHasABurstOfOnePerSecond() {
        // start at the beginning of a simulator second so both requests fall in it
        sim.advanceClock(Duration.ofNanos(1_000_000_000L - sim.clock().now().getNano()));
        HttpResponse<String> first = client.post("/api/v1/transfer-requests/", "{}");
        assertEquals(422, first.statusCode()); // counted although invalid, as a real limiter would
        HttpResponse<String> second = client.post("/api/v1/transfer-requests/", "{}");
        assertEquals(429, second.statusCode());
        assertEquals("1", second.headers().firstValue("Retry-After").orElseThrow());
        // other routes of the group are not held back, and the next second opens again
        assertEquals(404, client.post("/api/v1/transfer-requests/00000000-0000-4000-8000-000000000000/approve/", "{}").statusCode());
        sim.advanceClock(Duration.ofSeconds(1));
        assertEquals(422, client.post("/api/v1/transfer-requests/", "{}").statusCode());
    }

    @Test
    void transferCreateGroupHas60() {
        HttpResponse<String> r = client.post("/api/v1/transfer-requests/", "{}");
        assertEquals(422, r.statusCode());
        assertEquals("60", r.headers().firstValue("X-RateLimit-Limit").orElseThrow());
        assertEquals("120", client.get("/api/v1/transfer-requests/").headers().firstValue("X-RateLimit-Limit").orElseThrow());
    }

    @Test
    void failNext() {
        sim.faults().failNext(2, 503);
        HttpResponse<String> r = client.get("/api/v1/customer/");
        assertEquals(503, r.statusCode());
        assertEquals("Injected fault", SimClient.parse(r.body()).get("detail").asText());
        assertEquals(503, client.get("/api/v1/customer/").statusCode());
        assertEquals(200, client.get("/api/v1/customer/").statusCode());
    }

    @Test
    void force429() {
        sim.faults().force429(1, 7);
        HttpResponse<String> r = client.get("/api/v1/customer/");
        assertEquals(429, r.statusCode());
        assertEquals("7", r.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, client.get("/api/v1/customer/").statusCode());
    }

    @Test
    void dropNextConnections() {
        // java.net.http.HttpClient silently retries an idempotent request once when the connection closes
        // before any response byte, so one dropped connection is invisible to it: drop two.
        sim.clearRequests();
        sim.faults().dropNextConnections(2);
        assertThrows(UncheckedIOException.class, () -> client.get("/api/v1/customer/"));
        assertEquals(2, sim.receivedRequests().size());
        assertEquals(200, client.get("/api/v1/customer/").statusCode());
    }

    @Test
    void latency() {
        sim.faults().latency(Duration.ofMillis(300));
        long t0 = System.nanoTime();
        assertEquals(200, client.get("/api/v1/customer/").statusCode());
        assertTrue(System.nanoTime() - t0 >= 300_000_000L);
        sim.faults().clear();
        long t1 = System.nanoTime();
        assertEquals(200, client.get("/api/v1/customer/").statusCode());
        assertTrue(System.nanoTime() - t1 < 300_000_000L);
    }

    @Test
    void errorRateIsSeededAndClearable() {
        sim.faults().errorRate(1.0);
        for (int i = 0; i < 5; i++) {
            int status = client.get("/api/v1/customer/").statusCode();
            assertTrue(status >= 500 && status <= 599, "status " + status);
        }
        sim.faults().errorRate(0.5);
        int errors = 0;
        for (int i = 0; i < 100; i++) {
            if (client.get("/api/v1/customer/").statusCode() >= 500) {
                errors++;
            }
        }
        assertTrue(errors > 20 && errors < 80, "errors " + errors);
        sim.faults().clear();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, client.get("/api/v1/customer/").statusCode());
        }
    }

    @Test
    void expireAllTokens() {
        assertEquals(200, client.get("/api/v1/customer/").statusCode());
        sim.faults().expireAllTokens();
        assertEquals(401, client.get("/api/v1/customer/").statusCode());
        client.token = sim.issueAccessToken(sim.demoClientId());
        assertEquals(200, client.get("/api/v1/customer/").statusCode());
    }

    @Test
    void tokenEndpointIsExemptFromFaultsUnlessIncluded() {
        sim.faults().failNext(1, 500);
        HttpResponse<String> r = client.tokenRequest(SimClient.tokenForm("x", "y"));
        assertEquals(401, r.statusCode());
        assertEquals(500, client.get("/api/v1/customer/").statusCode());
        sim.faults().includeTokenEndpoint(true).failNext(1, 500);
        assertEquals(500, client.tokenRequest(SimClient.tokenForm("x", "y")).statusCode());
    }

    @Test
    void notFoundAndMethodNotAllowed() {
        assertEquals("Not found", SimClient.ok(client.get("/api/v1/nothing-here/"), 404).get("detail").asText());
        assertEquals(405, client.send("DELETE", "/api/v2/pockets/", null, null).statusCode());
        assertEquals(405, client.send("GET", "/api/oauth2/token", null, null).statusCode());
    }
}
