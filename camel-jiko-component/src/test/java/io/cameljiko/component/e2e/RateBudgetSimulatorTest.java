package io.cameljiko.component.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.client.RateLimitSnapshot;
import io.cameljiko.component.support.Camel;
import io.cameljiko.simulator.JikoSimulator;
import io.cameljiko.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three polling consumers and a money-moving producer share one component against a simulator whose limits are
 * tiny (5 s windows): the budget keeps every request under the limits, the producer gets through, the consumers
 * slow down and still deliver every transfer request.
 */
class RateBudgetSimulatorTest {

    static final String READ = "Transfer Requests (read)";
    static final int READ_LIMIT = 20;
    static final Duration WINDOW = Duration.ofSeconds(5);
    static final Duration RUN = Duration.ofSeconds(12);

    JikoSimulator sim = JikoSimulator.builder().seed(5).rateLimitWindow(WINDOW).rateLimit(READ, READ_LIMIT)
            .rateLimit("Transfer Requests (create)", 8).build().start();

    @AfterEach
    void stop() {
        sim.stop();
    }

    @Test
    void consumersYieldToTheProducerAndNothingBouncesOffTheLimits() throws Exception {
        Set<String> delivered = ConcurrentHashMap.newKeySet();
        List<String> created = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        List<String> pockets = sim.state().pocketIds();
        try (Camel camel = new Camel(sim.baseUrl(), sim.tokenUrl())) {
            camel.config().setClientId(sim.demoClientId());
            camel.config().setPrivateKey(sim.demoPrivateKeyPem());
            camel.config().setRateLimitReserve(50);
            camel.config().setMaxRateLimitWait(10_000);
            camel.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("jiko:listTransferRequests?startFrom=beginning&limit=100&delay=100").routeId("requests")
                            .process(e -> delivered.add(e.getMessage().getHeader(JikoConstants.ITEM_ID, String.class)));
                    from("jiko:listTransferRequests?startFrom=beginning&limit=99&delay=100").routeId("requests-too")
                            .to("mock:ignored");
                    from("jiko:listWires?startFrom=beginning&limit=100&delay=100").routeId("wires").to("mock:ignored");
                }
            });
            camel.start();
            sim.clearRequests();
            long start = System.nanoTime();
            int n = 0;
            while (System.nanoTime() - start < RUN.toNanos()) {
                Map<String, Object> transfer = Map.of("transfer", Map.of("type", "ON_US", "origin_pocket_id", pockets.get(0),
                        "amount", Map.of("type", "REQUESTED_AMOUNT", "amount_usdc", 100 + n++),
                        "details", Map.of("type", "INTERNAL_REALLOCATION", "destination_pocket_id", pockets.get(1))),
                        "reviewers", List.of());
                long t0 = System.nanoTime();
                Exchange moved = camel.send("jiko:createTransferRequest", transfer, Map.of());
                assertThat(moved.getException()).isNull();
                String id = moved.getMessage().getHeader(JikoConstants.TRANSFER_ID, String.class);
                Exchange read = camel.send("jiko:getTransferRequest", null, Map.of(JikoConstants.TRANSFER_ID, id));
                assertThat(read.getException()).isNull();
                latencies.add((System.nanoTime() - t0) / 1_000_000);
                created.add(id);
            }
            long ran = (System.nanoTime() - start) / 1_000_000;
            // every transfer request reaches the consumer
            await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(delivered).containsAll(created));

            assertThat(sim.tooManyRequestsSent()).as("429s sent by the simulator").isZero();
            // the creation burst (1/s) paces the producer; no round trip waited anywhere near the bound
            assertThat(created).hasSizeGreaterThanOrEqualTo(4);
            assertThat(latencies).allSatisfy(ms -> assertThat(ms).isLessThan(10_000));
            // the consumers got what the budget allowed, far less than 3 polls every 100 ms
            long reads = sim.receivedRequests().stream().filter(RateBudgetSimulatorTest::pollOrRead).count();
            long windows = ran / WINDOW.toMillis() + 2;
            assertThat(reads).isLessThanOrEqualTo(windows * READ_LIMIT).isLessThan(3 * ran / 100 / 2);
            RateLimitSnapshot snapshot = camel.component().rateLimitSnapshots().stream()
                    .filter(s -> s.group().equals(READ)).findFirst().orElseThrow();
            assertThat(snapshot.source()).isEqualTo("headers");
            assertThat(snapshot.limit()).isEqualTo(READ_LIMIT);
            assertThat(snapshot.yields()).as("polls put off for the producer").isPositive();
            assertThat(snapshot.rejected()).isZero();
        }
    }

    static boolean pollOrRead(RecordedRequest r) {
        return r.method().equals("GET") && (r.path().startsWith("/api/v1/transfer-requests/") || r.path().startsWith("/api/v1/wires/"));
    }
}
