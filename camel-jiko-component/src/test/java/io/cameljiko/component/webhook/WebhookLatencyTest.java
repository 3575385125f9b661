package io.cameljiko.component.webhook;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.cameljiko.simulator.JikoSimulator;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, not a timing assertion: signed deliveries POSTed to a no-op webhook:jiko route, the time from the
 * POST to its answer (which comes only after the exchange completed), p50 and p99; then sustained deliveries per
 * second with 8 concurrent senders. Printed for docs/webhooks.md; the test only asserts every delivery was processed.
 */
class WebhookLatencyTest {

    static final int WARMUP = 300;
    static final int MEASURED = 1000;
    static final int CONCURRENT = 2000;

    @Test
    void postToCompletedExchangeLatencyAndThroughput() throws Exception {
        try (JikoSimulator sim = JikoSimulator.builder().port(0).rateLimits(false).build().start();
             WebhookFixture camel = new WebhookFixture(sim)) {
            MockEndpoint mock = camel.route(sim, "webhookAutoRegister=false", e -> { });
            mock.setRetainFirst(0);
            mock.setRetainLast(0);
            for (int i = 0; i < WARMUP; i++) {
                send(camel);
            }
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long t0 = System.nanoTime();
                send(camel);
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            double p50 = nanos[MEASURED / 2] / 1e6;
            double p99 = nanos[(int) (MEASURED * 0.99)] / 1e6;

            ExecutorService pool = Executors.newFixedThreadPool(8);
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                futures.add(pool.submit(() -> {
                    send(camel);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();

            System.out.printf("webhook:jiko POST -> completed exchange (no-op route, %d sequential deliveries): "
                              + "p50 %.2f ms, p99 %.2f ms; sustained %.0f deliveries/s with 8 senders%n",
                    MEASURED, p50, p99, CONCURRENT / seconds);
            assertThat(mock.getReceivedCounter()).isEqualTo(WARMUP + MEASURED + CONCURRENT);
        }
    }

    private static void send(WebhookFixture camel) throws Exception {
        byte[] body = WebhookFixture.event(UUID.randomUUID().toString(), "transfers.on-us.received");
        HttpResponse<String> r = camel.post(body, SignatureVerifier.sign(body, WebhookFixture.SECRET));
        if (r.statusCode() != 200) {
            throw new AssertionError("answered " + r.statusCode());
        }
    }
}
