package io.cameljiko.component.webhook;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.simulator.JikoSimulator;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Persistent repositories across a process restart, and two copies of one event in the route at once. */
class WebhookRestartTest {

    JikoSimulator sim;

    @BeforeEach
    void start() {
        sim = WebhookFixture.simulator();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void withFileRepositoriesARestartDropsReplaysAndCatchesUpOnWhatWasSentWhileDown(@TempDir Path dir) throws Exception {
        File ids = dir.resolve("event-ids.dat").toFile();
        File positions = dir.resolve("positions.dat").toFile();
        String options = "keepSubscription=true&idempotentRepository=#ids&stateRepository=#positions";

        byte[] replayed;
        String first;
        try (WebhookFixture one = fixture(ids, positions)) {
            MockEndpoint mock = one.route(sim, options, e -> { });
            first = sim.emitEvent("transfers.on-us.received", Map.of("on_us_id", UUID.randomUUID().toString()));
            await().atMost(Duration.ofSeconds(10)).until(() -> mock.getReceivedExchanges().size() == 1);
            replayed = WebhookFixture.event(first, "transfers.on-us.received");
        }
        // down: Jiko cannot deliver (nothing listens), gives up after its retries
        String whileDown = sim.emitEvent("transfers.wire.in.success", Map.of("wire_id", UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(20)).until(() -> WebhookFixture.attempts(sim, whileDown).size() == 5);

        try (WebhookFixture two = fixture(ids, positions)) {
            MockEndpoint mock = two.route(sim, options.replace("keepSubscription=true", "keepSubscription=false"), e -> { });
            await().atMost(Duration.ofSeconds(20)).until(() -> mock.getReceivedExchanges().size() == 1);
            assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(JikoConstants.EVENT_ID)).isEqualTo(whileDown);
            assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(JikoConstants.DELIVERY)).isEqualTo("reconcile");
            // a replay of what the first process handled is acknowledged and dropped
            HttpResponse<String> r = two.post(replayed, SignatureVerifier.sign(replayed, WebhookFixture.SECRET));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(mock.getReceivedExchanges()).hasSize(1);
        }
    }

    @Test
    void aSecondCopyArrivingWhileTheFirstIsInTheRouteIsNotAcknowledged() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (WebhookFixture camel = new WebhookFixture(sim)) {
            MockEndpoint mock = camel.route(sim, "webhookAutoRegister=false", e -> {
                entered.countDown();
                release.await(20, TimeUnit.SECONDS);
            });
            byte[] body = WebhookFixture.event(UUID.randomUUID().toString(), "transfers.on-us.received");
            String signature = SignatureVerifier.sign(body, WebhookFixture.SECRET);
            CompletableFuture<HttpResponse<String>> firstCopy = CompletableFuture.supplyAsync(() -> {
                try {
                    return camel.post(body, signature);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(camel.post(body, signature).statusCode()).isEqualTo(503); // its outcome is not known yet
            release.countDown();
            assertThat(firstCopy.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(camel.post(body, signature).statusCode()).isEqualTo(200); // now a known duplicate
            assertThat(mock.getReceivedExchanges()).hasSize(1);
        }
    }

    private WebhookFixture fixture(File ids, File positions) {
        WebhookFixture f = new WebhookFixture(sim);
        f.context.getRegistry().bind("ids", FileIdempotentRepository.fileIdempotentRepository(ids));
        f.context.getRegistry().bind("positions", FileStateRepository.fileStateRepository(positions));
        return f;
    }

}
