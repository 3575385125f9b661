package io.cameljiko.component.webhook;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.support.LogCapture;
import io.cameljiko.simulator.JikoSimulator;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What must never reach the route: forged, unsigned, oversized and repeated deliveries; and the secret in logs. */
class WebhookRefusalTest {

    static final String OLD_SECRET = "whsec-old-secret-9876543210";

    JikoSimulator sim;
    WebhookFixture camel;

    @BeforeEach
    void start() {
        sim = WebhookFixture.simulator();
        camel = new WebhookFixture(sim);
    }

    @AfterEach
    void stop() {
        camel.close();
        sim.close();
    }

    @Test
    void missingOrForgedSignaturesAre401AndNeverReachTheRoute() throws Exception {
        MockEndpoint mock = camel.route(sim, "", e -> { });
        byte[] body = WebhookFixture.event(UUID.randomUUID().toString(), "transfers.on-us.received");

        assertThat(camel.post(body, null).statusCode()).isEqualTo(401);
        assertThat(camel.post(body, SignatureVerifier.sign(body, "an-attacker-guessed-secret")).statusCode()).isEqualTo(401);
        assertThat(camel.post(body, "not base64 at all!").statusCode()).isEqualTo(401);
        // a signature of other bytes: the body was changed on the way
        byte[] tampered = new String(body, java.nio.charset.StandardCharsets.UTF_8).replace("caf", "CAF")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(camel.post(tampered, SignatureVerifier.sign(body, WebhookFixture.SECRET)).statusCode()).isEqualTo(401);

        // the simulator signing with a wrong secret gets the same answer, and does not retry a 401
        sim.webhookFaults().badSignatureNext(1);
        String id = sim.emitEvent("transfers.on-us.received", Map.of("on_us_id", UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(10)).until(() -> WebhookFixture.attempts(sim, id).equals(List.of(401)));

        // the valid one passes: the route saw exactly one exchange
        HttpResponse<String> ok = camel.post(body, SignatureVerifier.sign(body, WebhookFixture.SECRET));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(mock.getReceivedExchanges()).hasSize(1);
    }

    @Test
    void aBodyOverMaxBodySizeIs413() throws Exception {
        MockEndpoint mock = camel.route(sim, "maxBodySize=512", e -> { });
        byte[] small = WebhookFixture.event(UUID.randomUUID().toString(), "transfers.on-us.received");
        String padding = "x".repeat(600);
        byte[] big = new String(small, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"customer_id\"", "\"padding\":\"" + padding + "\",\"customer_id\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(camel.post(big, SignatureVerifier.sign(big, WebhookFixture.SECRET)).statusCode()).isEqualTo(413);
        assertThat(camel.post(small, SignatureVerifier.sign(small, WebhookFixture.SECRET)).statusCode()).isEqualTo(200);
        assertThat(mock.getReceivedExchanges()).hasSize(1);
    }

    @Test
    void repeatedDeliveriesOfAnEventAreAcknowledgedAndDropped() throws Exception {
        MockEndpoint mock = camel.route(sim, "", e -> { });
        String eventId = UUID.randomUUID().toString();
        byte[] body = WebhookFixture.event(eventId, "transfers.on-us.received");
        String signature = SignatureVerifier.sign(body, WebhookFixture.SECRET);
        for (int i = 0; i < 3; i++) {
            assertThat(camel.post(body, signature).statusCode()).isEqualTo(200); // a replay is answered, not processed
        }
        // the simulator sending one delivery twice
        sim.webhookFaults().duplicateNext(1);
        String id = sim.emitEvent("transfers.on-us.received", Map.of("on_us_id", UUID.randomUUID().toString()));
        // both copies are sent at once: the one that arrives while the other is in flight is answered 503 and
        // sent again, so the attempts are [200, 200] or hold a 503 before the second 200
        await().atMost(Duration.ofSeconds(20))
                .until(() -> WebhookFixture.attempts(sim, id).stream().filter(c -> c == 200).count() == 2);
        assertThat(WebhookFixture.attempts(sim, id)).allMatch(c -> c == 200 || c == 503);

        assertThat(mock.getReceivedExchanges()).extracting(x -> x.getMessage().getHeader(JikoConstants.EVENT_ID))
                .containsExactly(eventId, id);
    }

    @Test
    void typesTheRouteDidNotAskForAreAcknowledgedButNotProcessed() throws Exception {
        MockEndpoint mock = camel.route(sim, "eventTypes=transfers.*.rejected", e -> { });
        byte[] other = WebhookFixture.event(UUID.randomUUID().toString(), "transfers.on-us.received");
        byte[] wanted = WebhookFixture.event(UUID.randomUUID().toString(), "transfers.on-us.rejected");
        assertThat(camel.post(other, SignatureVerifier.sign(other, WebhookFixture.SECRET)).statusCode()).isEqualTo(200);
        assertThat(camel.post(wanted, SignatureVerifier.sign(wanted, WebhookFixture.SECRET)).statusCode()).isEqualTo(200);
        assertThat(mock.getReceivedExchanges()).hasSize(1);
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(JikoConstants.EVENT_TYPE))
                .isEqualTo("transfers.on-us.rejected");
    }

    @Test
    void duringARotationBothSecretsAreAcceptedAndNoOther() throws Exception {
        MockEndpoint mock = camel.route(sim, "previousSharedSecret=RAW(" + OLD_SECRET + ")", e -> { });
        byte[] a = WebhookFixture.event(UUID.randomUUID().toString(), "transfers.on-us.received");
        byte[] b = WebhookFixture.event(UUID.randomUUID().toString(), "transfers.on-us.received");
        assertThat(camel.post(a, SignatureVerifier.sign(a, OLD_SECRET)).statusCode()).isEqualTo(200);
        assertThat(camel.post(b, SignatureVerifier.sign(b, WebhookFixture.SECRET)).statusCode()).isEqualTo(200);
        assertThat(camel.post(b, SignatureVerifier.sign(b, "whsec-some-third-secret-000")).statusCode()).isEqualTo(401);
        assertThat(mock.getReceivedExchanges()).hasSize(2);
        // Jiko is told the new secret only
        assertThat(WebhookRouteTest.only(sim, "POST", "/api/v1/subscriptions/").bodyText())
                .contains(WebhookFixture.SECRET).doesNotContain(OLD_SECRET);
    }

    @Test
    void aShortOrMissingSecretFailsAtStartNamingTheOptionNotTheValue() {
        assertThatThrownBy(() -> camel.context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from(camel.uri("").replace(WebhookFixture.SECRET, "short-secret-1")).to("mock:x");
            }
        })).hasStackTraceContaining("Option sharedSecret is too short: Jiko requires at least 16 characters")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("short-secret-1"));
        assertThat(sim.state().subscriptions()).isEmpty();
    }

    @Test
    void theSecretsAppearInNoLogLine() throws Exception {
        String text;
        try (LogCapture logs = new LogCapture()) {
            MockEndpoint mock = camel.route(sim, "previousSharedSecret=RAW(" + OLD_SECRET + ")", e -> { });
            sim.emitEvent("transfers.on-us.received", Map.of("on_us_id", UUID.randomUUID().toString()));
            byte[] body = WebhookFixture.event(UUID.randomUUID().toString(), "transfers.on-us.received");
            camel.post(body, SignatureVerifier.sign(body, "an-attacker-guessed-secret"));
            await().atMost(Duration.ofSeconds(10)).until(() -> mock.getReceivedExchanges().size() == 1);
            camel.context.getRouteController().stopRoute("push");
            camel.context.getRouteController().startRoute("push");
            assertThat(camel.context.getRoute("push").getEndpoint().toString()).doesNotContain(WebhookFixture.SECRET);
            camel.context.stop();
            text = logs.text();
        }
        assertThat(text).contains("Jiko subscription").contains("Refused a webhook call");
        assertThat(text).doesNotContain(WebhookFixture.SECRET).doesNotContain(OLD_SECRET);
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
