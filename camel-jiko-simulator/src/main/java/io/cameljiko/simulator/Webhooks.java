package io.cameljiko.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Asynchronous webhook delivery with HMAC signatures and retry policies. */
final class Webhooks {
    private static final System.Logger LOG = System.getLogger(Webhooks.class.getName());

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
    void onEvent(Event event) {
        byte[] body = Json.write(event.json());
        for (Subscription sub : new ArrayList<>(store.subscriptions.values())) {
            if (sub.enabled() && sub.events().contains(event.eventType())) {
                send(event, sub, body, 1);
                if (faults.takeDuplicate()) {
                    send(event, sub, body, 1);
                }
            }
        }
    }

    private void send(Event event, Subscription sub, byte[] body, int attempt) {
        String subId = sub.id();
        String secret = faults.takeBadSignature() ? "not-the-subscription-secret" : sub.secret();
        HttpRequest req;
        try {
            req = HttpRequest.newBuilder(URI.create(sub.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("x-jiko-signature", sign(body, secret))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            record(event, subId, false, 0, "invalid url: " + e.getMessage(), store.now());
            return;
        }
        String calledAt = store.now();
        client.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
            int code = err == null ? resp.statusCode() : 0;
            boolean ok = err == null && code >= 200 && code < 300;
            String message = err != null ? String.valueOf(err.getCause() != null ? err.getCause() : err)
                    : truncate(resp.body());
            Subscription.RetryPolicy policy;
            synchronized (store) {
                record(event, subId, ok, code, message, calledAt);
                // the subscription as it is now: a PATCH or DELETE since the send counts
                Subscription current = store.subscriptions.get(subId);
                if (current == null || !current.enabled()) {
                    return;
                }
                policy = current.policyOrDefault();
            }
            if (ok) {
                return;
            }
            boolean retryable = err != null || policy.retryOnStatusCodes().contains(code);
            if (!retryable || attempt >= policy.maximumAttempts()) {
                return;
            }
            long delayMs = Math.max(0, Math.round(policy.delaySeconds(attempt) * 1000 / timeScale));
            try {
                scheduler.schedule(() -> {
                    synchronized (store) {
                        send(event, store.subscriptions.getOrDefault(subId, sub), body, attempt + 1);
                    }
                }, delayMs, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.log(System.Logger.Level.DEBUG, "simulator stopped, retry dropped");
            }
        });
    }

    private static void record(Event event, String subId, boolean ok, int code, String msg, String calledAt) {
        event.attempts().add(new Event.DeliveryAttempt(Json.randomUuid(), subId, ok, code, msg, calledAt));
    }

    private static String truncate(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        return s.length() > 500 ? s.substring(0, 500) : s;
    }
}
