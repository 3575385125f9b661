package io.cameljiko.replicas;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.cameljiko.simulator.JikoSimulator;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.KillSession;
import org.apache.curator.test.TestingServer;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas of {@code master:jiko-events:jiko:listTransactions} against the simulator, 5,000 transactions,
 * positions in one H2 database (TCP server mode, as a real shared database), leader election through an
 * in-process ZooKeeper. The leader fails mid-stream; the standby takes over; every transaction is delivered, in
 * order, and only the leader's in-flight item may be delivered twice.
 */
class FailoverTest {

    static final int ITEMS = 5_000;
    /** The route is synchronous: a replica has at most one exchange in flight, the bound on duplicates. */
    static final int IN_FLIGHT = 1;

    static JikoSimulator sim;
    static TestingServer zookeeper;
    static Server h2;
    static List<String> expected;
    static String startFrom;

    @TempDir
    Path dir;
    Replica.Settings settings;
    Process child;
    final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void startServers() throws Exception {
        sim = JikoSimulator.builder().port(0).seed(13).rateLimits(false).build();
        sim.start();
        // tickTime 200 ms lets a session time out after 2 s (ZooKeeper allows 2 to 20 ticks)
        zookeeper = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, 200, -1), true);
        System.setProperty("h2.bindAddress", "127.0.0.1");
        h2 = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-ifNotExists").start();
        List<Map<String, Object>> all = sim.state().transactions();
        Map<String, Object> first = all.get(all.size() - ITEMS);
        startFrom = (String) first.get("time_booked");
        expected = all.subList(all.size() - ITEMS, all.size()).stream().map(t -> (String) t.get("id")).toList();
    }

    @AfterAll
    static void stopServers() throws IOException {
        h2.stop();
        zookeeper.close();
        sim.stop();
    }

    @BeforeEach
    void settings() throws IOException {
        Path key = Files.writeString(dir.resolve("jiko-key.pem"), sim.demoPrivateKeyPem());
        String database = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:positions-" + System.nanoTime()
                          + ";DB_CLOSE_DELAY=-1";
        settings = new Replica.Settings(sim.baseUrl(), sim.tokenUrl(), sim.demoClientId(), key.toString(),
                zookeeper.getConnectString(), database, startFrom);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (child != null) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void theStandbyTakesOverWhenTheLeaderIsKilled() throws Exception {
        Path byA = dir.resolve("replica-a.txt");
        child = startReplicaJvm("replica-a", byA);
        await().atMost(Duration.ofSeconds(60)).until(() -> lines(byA).size() >= 300);

        List<String> byB = new CopyOnWriteArrayList<>();
        open.add(inProcess("replica-b", byB));
        int whenBJoined = lines(byA).size();
        await().atMost(Duration.ofSeconds(30)).until(() -> lines(byA).size() >= whenBJoined + 300);
        assertThat(byB).as("the standby polls nothing while the leader lives").isEmpty();

        // death, not shutdown: SIGKILL. Nothing runs in replica A after this: no commit, no session close;
        // ZooKeeper expires its session after the session timeout and the standby is elected
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> deliveredByA = lines(byA);
        assertThat(deliveredByA.size()).as("killed mid-stream").isLessThan(ITEMS);

        awaitEverything(deliveredByA, byB);
        assertFailover(deliveredByA, byB);
    }

    @Test
    void theStandbyTakesOverWhenTheLeaderLosesItsZooKeeperSession() throws Exception {
        List<String> byA = new CopyOnWriteArrayList<>();
        Replica a = inProcess("replica-a", byA);
        open.add(a);
        await().atMost(Duration.ofSeconds(60)).until(() -> byA.size() >= 300);
        List<String> byB = new CopyOnWriteArrayList<>();
        open.add(inProcess("replica-b", byB));
        int whenBJoined = byA.size();
        await().atMost(Duration.ofSeconds(30)).until(() -> byA.size() >= whenBJoined + 300);
        assertThat(byB).isEmpty();

        // replica A lives on, but its session expires (as after a long GC pause or a network partition)
        KillSession.kill(a.curator.getZookeeperClient().getZooKeeper());
        await().atMost(Duration.ofSeconds(60)).until(() -> !byB.isEmpty());
        int aWhenBStarted = byA.size();
        assertThat(aWhenBStarted).as("session lost mid-stream").isLessThan(ITEMS);

        awaitEverything(byA, byB);
        // camel-zookeeper 4.18.0 does not stop the old leader's route when its session expires: the old leader is
        // stopped by the shared position instead, at its first write refused by the new leader's claim
        assertThat(byA.size() - aWhenBStarted).as("delivered by the old leader after the new one started")
                .isLessThanOrEqualTo(IN_FLIGHT);
        assertFailover(List.copyOf(byA), byB);
    }

    private void awaitEverything(List<String> byA, List<String> byB) {
        await().atMost(Duration.ofSeconds(90)).until(() -> distinct(byA, byB) >= ITEMS);
        // and then nothing more arrives: the new leader is caught up and delivers nothing twice
        int total = byA.size() + byB.size();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> byA.size() + byB.size() == total);
    }

    private static int distinct(List<String> byA, List<String> byB) {
        Set<String> all = new HashSet<>(byA);
        all.addAll(byB);
        return all.size();
    }

    /** A then B is the stream, except that B may repeat A's in-flight items: none skipped, order kept. */
    private static void assertFailover(List<String> byA, List<String> byB) {
        assertThat(byA).doesNotHaveDuplicates().isNotEmpty();
        assertThat(byB).doesNotHaveDuplicates().isNotEmpty();
        Set<String> twice = new HashSet<>(byA);
        twice.retainAll(byB);
        assertThat(twice).as("delivered by both replicas").hasSizeLessThanOrEqualTo(IN_FLIGHT);
        assertThat(byA).containsExactlyElementsOf(expected.subList(0, byA.size()));
        int resume = byA.size() - twice.size();
        assertThat(byB).containsExactlyElementsOf(expected.subList(resume, ITEMS));
    }

    private Replica inProcess(String id, List<String> sink) throws Exception {
        Replica.Settings s = new Replica.Settings(settings.baseUrl(), settings.tokenUrl(), settings.clientId(),
                sim.demoPrivateKeyPem(), settings.zookeeper(), settings.jdbcUrl(), settings.startFrom());
        return new Replica(id, s, sink::add);
    }

    private Process startReplicaJvm(String id, Path sink) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Replica.class.getName(), sink.toString(), id));
        command.addAll(settings.args());
        File log = Path.of("target", id + "-jvm.log").toFile(); // kept for diagnosis
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file);
        // a line is complete once its newline is written
        List<String> complete = new ArrayList<>(List.of(text.split("\n", -1)));
        complete.remove(complete.size() - 1);
        return complete;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
