package io.cameljiko.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Asynchronous webhook delivery with HMAC signatures and retry policies. */
final class Webhooks {
    private static final System.Logger LOG = System.getLogger(Webhooks.class.getName());
    static final Map<String, Object> DEFAULT_POLICY = Json.map("retry_on_status_codes", List.of(500, 502, 503, 504),
            "backoff_coefficient", 2.0, "maximum_attempts", 5, "initial_interval_seconds", 30.0,
            "maximum_interval_seconds", 300.0);

    private final Store store;
    private final HttpClient client;
    private final ScheduledExecutorService scheduler;
    private final double timeScale;
    final WebhookFaults faults = new WebhookFaults();

    Webhooks(Store store, ScheduledExecutorService scheduler, double timeScale) {
        this.store = store;
        this.scheduler = scheduler;
        this.timeScale = timeScale;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    }

    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Called with the store lock held: sends to every enabled matching subscription. */
    void onEvent(Store.EventRec event) {
        String type = (String) event.envelope.get("event_type");
        byte[] body = Json.write(event.envelope);
        for (Store.Sub sub : new ArrayList<>(store.subscriptions.values())) {
            @SuppressWarnings("unchecked")
            List<String> types = (List<String>) sub.json.get("events");
            if ("enabled".equals(sub.json.get("status")) && types.contains(type)) {
                send(event, sub, body, 1);
                if (faults.takeDuplicate()) {
                    send(event, sub, body, 1);
                }
            }
        }
    }

    private void send(Store.EventRec event, Store.Sub sub, byte[] body, int attempt) {
        String subId = (String) sub.json.get("id");
        String url = (String) sub.json.get("url");
        String secret = faults.takeBadSignature() ? "not-the-subscription-secret" : sub.secret;
        HttpRequest req;
        try {
            req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("x-jiko-signature", sign(body, secret))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            record(event, subId, false, 0, "invalid url: " + e.getMessage());
            return;
        }
        String calledAt = store.now();
        client.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
            int code = err == null ? resp.statusCode() : 0;
            boolean ok = err == null && code >= 200 && code < 300;
            String message = err != null ? String.valueOf(err.getCause() != null ? err.getCause() : err)
                    : truncate(resp.body());
            Map<String, Object> policy;
            synchronized (store) {
                Map<String, Object> a = Json.map("delivery_attempt_id", Json.randomUuid(), "subscription_id", subId,
                        "success", ok, "response_code", code, "response_message", message, "called_at", calledAt);
                event.attempts.add(a);
                Object p = sub.json.get("retry_policy");
                policy = p instanceof Map ? Json.asMap(p) : DEFAULT_POLICY;
                if (!store.subscriptions.containsKey(subId) || !"enabled".equals(sub.json.get("status"))) {
                    return;
                }
            }
            if (ok) {
                return;
            }
            int maxAttempts = ((Number) policy.getOrDefault("maximum_attempts", 1)).intValue();
            @SuppressWarnings("unchecked")
            List<Object> codes = (List<Object>) policy.getOrDefault("retry_on_status_codes", List.of());
            boolean retryable = err != null || codes.stream().anyMatch(c -> c instanceof Number && ((Number) c).intValue() == code);
            if (!retryable || attempt >= maxAttempts) {
                return;
            }
            double initial = ((Number) policy.getOrDefault("initial_interval_seconds", 30.0)).doubleValue();
            double coeff = ((Number) policy.getOrDefault("backoff_coefficient", 2.0)).doubleValue();
            double max = ((Number) policy.getOrDefault("maximum_interval_seconds", 300.0)).doubleValue();
            double seconds = Math.min(max, initial * Math.pow(coeff, attempt - 1));
            long delayMs = Math.max(0, Math.round(seconds * 1000 / timeScale));
            try {
                scheduler.schedule(() -> {
                    synchronized (store) {
                        send(event, sub, body, attempt + 1);
                    }
                }, delayMs, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.log(System.Logger.Level.DEBUG, "simulator stopped, retry dropped");
            }
        });
    }

    private void record(Store.EventRec event, String subId, boolean ok, int code, String msg) {
        event.attempts.add(Json.map("delivery_attempt_id", Json.randomUuid(), "subscription_id", subId,
                "success", ok, "response_code", code, "response_message", msg, "called_at", store.now()));
    }

    private static String truncate(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        return s.length() > 500 ? s.substring(0, 500) : s;
    }
}
