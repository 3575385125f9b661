package io.cameljiko.component.e2e;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.support.Camel;
import io.cameljiko.simulator.JikoSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The guarantee users care about most: consume part of a stream, stop in the middle of a batch, start a new
 * CamelContext on the same state file, and every item is delivered exactly once overall, in order, even
 * though one exchange failed once on the way.
 */
class ConsumerRestartTest {

    static JikoSimulator sim;

    @BeforeAll
    static void startSimulator() {
        sim = JikoSimulator.builder().port(0).seed(11).rateLimits(false).build();
        sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @Test
    void everyTransactionExactlyOnceInOrderAcrossARestartAndAFailure(@TempDir Path dir) throws Exception {
        List<String> expected = sim.state().transactions().stream().map(t -> (String) t.get("id")).toList();
        String failOnce = expected.get(1234);
        File stateFile = dir.resolve("jiko-positions.dat").toFile();
        List<String> delivered = new CopyOnWriteArrayList<>();
        Set<String> failed = ConcurrentHashMap.newKeySet();

        // first run: stopped in the middle of a batch
        try (Camel first = runConsumer(stateFile, delivered, failed, failOnce)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> delivered.size() >= 2_500);
        }
        int afterFirstRun = delivered.size();
        assertThat(afterFirstRun).isLessThan(expected.size());
        assertThat(failed).containsExactly(failOnce);

        // second run: a new context on the same state file picks up exactly where the first stopped
        try (Camel second = runConsumer(stateFile, delivered, failed, failOnce)) {
            await().atMost(Duration.ofSeconds(120)).until(() -> delivered.size() >= expected.size());
            // and then stays quiet: nothing is delivered twice
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> delivered.size() == expected.size());
        }
        assertThat(delivered).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
        assertThat(java.nio.file.Files.readString(stateFile.toPath())).contains("jiko:listTransactions[order:desc]=");
    }

    private static Camel runConsumer(File stateFile, List<String> delivered, Set<String> failed, String failOnce)
            throws Exception {
        Camel camel = new Camel(sim.baseUrl(), sim.tokenUrl());
        camel.config().setClientId(sim.demoClientId());
        camel.config().setPrivateKey(sim.demoPrivateKeyPem());
        FileStateRepository positions = FileStateRepository.fileStateRepository(stateFile);
        camel.context().getRegistry().bind("positions", positions);
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // a filtered consumer (its position key must be one FileStateRepository accepts), and order=desc,
                // which the consumer overrides: it must read oldest first to stop early without skipping
                from("jiko:listTransactions?order=desc&startFrom=beginning&stateRepository=#positions"
                     + "&maxMessagesPerPoll=700&delay=10")
                        .routeId("transactions")
                        .process(e -> {
                            String id = e.getMessage().getHeader(JikoConstants.ITEM_ID, String.class);
                            if (id.equals(failOnce) && failed.add(id)) {
                                throw new IllegalStateException("the sink was down for " + id);
                            }
                            delivered.add(id);
                        });
            }
        });
        return camel.start();
    }
}
