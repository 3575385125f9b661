package io.cameljiko.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionsAndWebhooksTest {
    static final String SECRET = "a-very-secret-shared-secret";

    record Received(byte[] body, String signature, String contentType) { }

    JikoSimulator sim;
    SimClient client;
    HttpServer receiver;
    final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        sim = JikoSimulator.builder().seed(5L).rateLimits(false).webhookTimeScale(1000).settleDelay(Duration.ofSeconds(10)).build().start();
        client = new SimClient(sim);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            int status;
            if (failuresLeft.getAndDecrement() > 0) {
                status = 503;
            } else {
                received.add(new Received(body, ex.getRequestHeaders().getFirst("x-jiko-signature"),
                        ex.getRequestHeaders().getFirst("Content-Type")));
                status = 202;
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        sim.stop();
        receiver.stop(0);
    }

    String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    static String hmac(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private JsonNode createSubscription(List<String> events, Map<String, Object> retryPolicy) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("description", "test hook");
        body.put("events", events);
        body.put("url", hookUrl());
        body.put("shared_secret", SECRET);
        if (retryPolicy != null) {
            body.put("retry_policy", retryPolicy);
        }
        return SimClient.ok(client.post("/api/v1/subscriptions/", body), 201);
    }

    @Test
    void subscriptionCrud() {
        JsonNode created = createSubscription(List.of("transfers.on-us.success"), null);
        String id = created.get("id").asText();
        assertEquals("enabled", created.get("status").asText());
        assertEquals("Subscription", created.get("object_type").asText());
        assertFalse(created.has("shared_secret"));
        assertTrue(created.has("time_created") && created.has("updated_at"));

        JsonNode list = client.getOk("/api/v1/subscriptions/?limit=10");
        assertEquals(1, list.get("items").size());
        assertEquals(id, list.get("items").get(0).get("id").asText());
        assertEquals(created, client.getOk("/api/v1/subscriptions/" + id + "/"));

        JsonNode patched = SimClient.ok(client.patch("/api/v1/subscriptions/" + id + "/",
                Map.of("description", "renamed", "events", List.of("transfers.wire.out.success"))), 200);
        assertEquals("renamed", patched.get("description").asText());
        assertEquals("transfers.wire.out.success", patched.get("events").get(0).asText());
        assertFalse(patched.has("shared_secret"));

        assertEquals(204, client.send("DELETE", "/api/v1/subscriptions/" + id + "/", null, null).statusCode());
        SimClient.ok(client.get("/api/v1/subscriptions/" + id + "/"), 404);
        assertEquals(0, client.getOk("/api/v1/subscriptions/").get("items").size());
    }

    @Test
    void subscriptionValidation() {
        JsonNode r = SimClient.ok(client.post("/api/v1/subscriptions/",
                Map.of("events", List.of(), "url", "not a url", "shared_secret", "short")), 422);
        List<String> locs = new ArrayList<>();
        r.get("detail").forEach(d -> locs.add(d.get("loc").get(1).asText()));
        assertEquals(Set.of("events", "url", "shared_secret"), Set.copyOf(locs));
        JsonNode missing = SimClient.ok(client.post("/api/v1/subscriptions/", Map.of("events", List.of("x"))), 422);
        assertEquals("missing", missing.get("detail").get(0).get("type").asText());
        SimClient.ok(client.post("/api/v1/subscriptions/", Map.of("events", List.of("x"), "url", "https://example.com/" + "a".repeat(2100),
                "shared_secret", SECRET)), 422);
        SimClient.ok(client.get("/api/v1/subscriptions/not-a-uuid/"), 422);
        SimClient.ok(client.get("/api/v1/subscriptions/" + UUID.randomUUID() + "/"), 404);
    }

    @Test
    void signedDeliveryOfMatchingEventsOnly() throws Exception {
        JsonNode sub = createSubscription(List.of("custom.thing"), null);
        String other = sim.emitEvent("custom.other", Map.of("n", 0));
        String eventId = sim.emitEvent("custom.thing", Map.of("n", 1));
        SimClient.await(() -> received.size() == 1 && sim.state().deliveryAttempts(eventId).size() == 1, Duration.ofSeconds(10), "delivery");
        Received got = received.peek();
        assertEquals("application/json", got.contentType());
        assertEquals(hmac(got.body(), SECRET), got.signature());
        JsonNode env = SimClient.parse(new String(got.body(), StandardCharsets.UTF_8));
        assertEquals(eventId, env.get("event_id").asText());
        assertEquals("custom.thing", env.get("event_type").asText());
        assertEquals(1, env.get("payload").get("n").asInt());
        assertEquals(sim.state().customerId(), env.get("customer_id").asText());
        assertTrue(env.has("timestamp"));
        assertTrue(sim.state().deliveryAttempts(other).isEmpty());

        JsonNode events = client.getOk("/api/v1/events/?subscription_id=" + sub.get("id").asText());
        JsonNode item = events.get("items").get(events.get("items").size() - 1);
        assertEquals("EventWithDeliveryAttempts", item.get("object_type").asText());
        JsonNode attempt = item.get("delivery_attempts").get(0);
        assertTrue(attempt.get("success").asBoolean());
        assertEquals(202, attempt.get("response_code").asInt());
        assertEquals(sub.get("id").asText(), attempt.get("subscription_id").asText());
    }

    @Test
    void retriesAfter503PerRetryPolicy() throws Exception {
        failuresLeft.set(2);
        createSubscription(List.of("transfers.on-us.processing"), Map.of("retry_on_status_codes", List.of(503),
                "backoff_coefficient", 2, "maximum_attempts", 4, "initial_interval_seconds", 5, "maximum_interval_seconds", 20));
        String p0 = sim.state().pocketIds().get(0);
        String p1 = sim.state().pocketIds().get(1);
        String id = UUID.randomUUID().toString();
        SimClient.ok(client.post("/api/v1/transfer-requests/", Map.of("transfer", Map.of("id", id, "type", "ON_US",
                "origin_pocket_id", p0, "amount", Map.of("type", "REQUESTED_AMOUNT", "amount_usdc", 100),
                "details", Map.of("type", "INTERNAL_REALLOCATION", "destination_pocket_id", p1)), "reviewers", List.of())), 201);
        SimClient.ok(client.post("/api/v1/transfer-requests/" + id + "/approve/", "{}"), 200);
        String eventId = (String) sim.state().events().get(sim.state().events().size() - 1).get("event_id");
        SimClient.await(() -> sim.state().deliveryAttempts(eventId).size() == 3, Duration.ofSeconds(10), "three attempts");
        List<Map<String, Object>> attempts = sim.state().deliveryAttempts(eventId);
        assertEquals(List.of(503, 503, 202), attempts.stream().map(a -> a.get("response_code")).toList());
        assertEquals(List.of(false, false, true), attempts.stream().map(a -> a.get("success")).toList());
        assertEquals(1, received.size());
        Received got = received.peek();
        assertEquals(hmac(got.body(), SECRET), got.signature());
        JsonNode env = SimClient.parse(new String(got.body(), StandardCharsets.UTF_8));
        assertEquals(eventId, env.get("event_id").asText());
    }

    @Test
    void noRetryForStatusOutsideThePolicy() {
        failuresLeft.set(5);
        createSubscription(List.of("custom.x"), Map.of("retry_on_status_codes", List.of(502), "maximum_attempts", 3,
                "initial_interval_seconds", 1));
        String eventId = sim.emitEvent("custom.x", Map.of());
        SimClient.await(() -> sim.state().deliveryAttempts(eventId).size() == 1, Duration.ofSeconds(10), "one attempt");
        // a later event proves the earlier one got no retry in between (retry would come after 1 ms)
        failuresLeft.set(0);
        String second = sim.emitEvent("custom.x", Map.of());
        SimClient.await(() -> sim.state().deliveryAttempts(second).size() == 1, Duration.ofSeconds(10), "second delivery");
        assertEquals(1, sim.state().deliveryAttempts(eventId).size());
        assertArrayEquals(new Object[] {503}, sim.state().deliveryAttempts(eventId).stream().map(a -> a.get("response_code")).toArray());
    }

    @Test
    void eventsAfterFilterAndAscendingOrder() {
        List<Map<String, Object>> all = sim.state().events();
        assertTrue(all.size() >= 3);
        String after = (String) all.get(all.size() - 2).get("timestamp");
        JsonNode page = client.getOk("/api/v1/events/?after=" + after);
        assertEquals(1, page.get("items").size());
        assertEquals(all.get(all.size() - 1).get("event_id"), page.get("items").get(0).get("event").get("event_id").asText());
        JsonNode first = client.getOk("/api/v1/events/?limit=2");
        assertEquals(2, first.get("items").size());
        assertNull(first.get("prev_page").textValue());
        JsonNode second = client.getOk("/api/v1/events/?limit=2&cursor=" + first.get("next_page").asText());
        assertTrue(first.get("items").get(1).get("event").get("timestamp").asText()
                .compareTo(second.get("items").get(0).get("event").get("timestamp").asText()) <= 0);
    }
}
