package io.cameljiko.component.webhook;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.simulator.JikoSimulator;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exact answers Jiko gets: status, plain-text body, and the size limit at its boundary. */
class WebhookAnswerTest {

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

    private HttpResponse<String> signedPost(byte[] body) throws Exception {
        return camel.post(body, SignatureVerifier.sign(body, WebhookFixture.SECRET));
    }

    @Test
    void aFailedExchangeIsAPlain500AskingForAnotherDeliveryWithoutTheRouteError() throws Exception {
        camel.route(sim, "", e -> {
            throw new IllegalStateException("route-internal-failure-detail");
        });
        HttpResponse<String> answer = signedPost(WebhookFixture.event(UUID.randomUUID().toString(), "transfers.on-us.received"));
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).isEqualTo("Event not processed; deliver it again");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    }

    @Test
    void aBodyOfExactlyMaxBodySizeIsProcessed() throws Exception {
        byte[] event = WebhookFixture.event(UUID.randomUUID().toString(), "transfers.on-us.received");
        MockEndpoint mock = camel.route(sim, "maxBodySize=" + event.length, e -> { });
        HttpResponse<String> answer = signedPost(event);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(mock.getReceivedExchanges()).hasSize(1);
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(JikoConstants.ITEM_ID))
                .isEqualTo(mock.getReceivedExchanges().get(0).getMessage().getHeader(JikoConstants.EVENT_ID)).isNotNull();
        byte[] oneMore = new String(event, StandardCharsets.UTF_8).replace("}", " }").getBytes(StandardCharsets.UTF_8);
        assertThat(signedPost(oneMore).statusCode()).isEqualTo(413);
    }

    @Test
    void aMaxBodySizeOfZeroFailsAtStartNamingTheOption() {
        assertThatThrownBy(() -> camel.context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from(camel.uri("maxBodySize=0")).to("mock:x");
            }
        })).hasStackTraceContaining("Option maxBodySize must be a positive number of bytes, got 0");
    }
}
