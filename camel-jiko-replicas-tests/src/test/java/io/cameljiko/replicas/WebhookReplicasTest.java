package io.cameljiko.replicas;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cameljiko.component.webhook.SignatureVerifier;
import io.cameljiko.replicas.WebhookReplica.Handled;
import io.cameljiko.simulator.JikoSimulator;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks on two replicas behind a load balancer (docs/production.md, topology 3): one shared idempotent repository
 * (camel-sql's JdbcMessageIdRepository on H2 over TCP) makes a delivery retried to the other replica a duplicate, a
 * delivery one replica failed is processed by the other, and listEvents is read by the elected leader only.
 */
class WebhookReplicasTest {

    static final String TYPE = "transfers.on-us.received";

    static JikoSimulator sim;
    static TestingServer zookeeper;
    static Server h2;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();
    final List<Handled> handled = new CopyOnWriteArrayList<>();
    WebhookReplica a;
    WebhookReplica b;

    @BeforeAll
    static void startServers() throws Exception {
        sim = JikoSimulator.builder().port(0).rateLimits(false).build().start();
        zookeeper = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, 200, -1), true);
        System.setProperty("h2.bindAddress", "127.0.0.1");
        h2 = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-ifNotExists").start();
    }

    @AfterAll
    static void stopServers() throws IOException {
        h2.stop();
        zookeeper.close();
        sim.stop();
    }

    @BeforeEach
    void startReplicas() throws Exception {
        String database = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:webhooks-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        // reconciliation reads what Jiko lists from now on (events of other tests are older)
        WebhookReplica.Shared shared = new WebhookReplica.Shared(sim.baseUrl(), zookeeper.getConnectString(), database,
                sim.clock().now().toString());
        a = new WebhookReplica("replica-a", sim.issueAccessToken(sim.demoClientId()), shared, handled);
        b = new WebhookReplica("replica-b", sim.issueAccessToken(sim.demoClientId()), shared, handled);
    }

    @AfterEach
    void stopReplicas() {
        for (WebhookReplica r : new WebhookReplica[] {b, a}) {
            if (r != null) {
                r.close();
            }
        }
    }

    @Test
    void aDeliveryRetriedToTheOtherReplicaIsProcessedOnce() throws Exception {
        byte[] event = envelope(Map.of("event_id", UUID.randomUUID().toString(), "event_type", TYPE,
                "timestamp", sim.clock().now().toString(), "payload", Map.of("on_us_id", UUID.randomUUID().toString())));
        String id = json.readTree(event).path("event_id").asText();

        assertThat(deliver(a, event)).isEqualTo(200);
        // Jiko did not get the answer (a timeout at the load balancer) and retries; this time it reaches replica B
        assertThat(deliver(b, event)).isEqualTo(200);
        assertThat(deliver(a, event)).isEqualTo(200);

        assertThat(handled).containsExactly(new Handled("replica-a", "push", id));
    }

    @Test
    void aDeliveryOneReplicaFailedIsProcessedOnceByTheOther() throws Exception {
        byte[] event = envelope(Map.of("event_id", UUID.randomUUID().toString(), "event_type", TYPE,
                "timestamp", sim.clock().now().toString(), "payload", Map.of("on_us_id", UUID.randomUUID().toString())));
        String id = json.readTree(event).path("event_id").asText();
        a.failing.add(id);

        assertThat(deliver(a, event)).as("replica A's exchange failed: Jiko must deliver again").isEqualTo(500);
        assertThat(deliver(b, event)).as("the retry, to replica B").isEqualTo(200);
        assertThat(deliver(a, event)).as("one more retry: a duplicate now").isEqualTo(200);

        assertThat(handled).containsExactly(new Handled("replica-b", "push", id));
    }

    @Test
    void copiesDeliveredToBothReplicasAtOnceAreProcessedOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            byte[] event = envelope(Map.of("event_id", UUID.randomUUID().toString(), "event_type", TYPE,
                    "timestamp", sim.clock().now().toString(), "payload", Map.of("n", i)));
            ids.add(json.readTree(event).path("event_id").asText());
            // Jiko sent it twice (a duplicate delivery), and the load balancer spread the copies
            for (WebhookReplica replica : List.of(a, b)) {
                bodies.add(event);
                answers.add(http.sendAsync(request(replica, event), HttpResponse.BodyHandlers.ofString())
                        .thenApply(HttpResponse::statusCode));
            }
        }
        for (int i = 0; i < answers.size(); i++) {
            int status = answers.get(i).get(30, TimeUnit.SECONDS);
            // 200: processed, or a duplicate of a copy claimed by the other replica. 503: both replicas inserted the
            // id at the same instant and this one lost (the repository refused it): Jiko delivers that copy again
            assertThat(status).isIn(200, 503);
            if (status == 503) {
                assertThat(deliver(i % 2 == 0 ? a : b, bodies.get(i))).as("the retry of a copy answered 503").isEqualTo(200);
            }
        }
        assertThat(handled).extracting(Handled::eventId).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void onlyTheLeaderReadsListEventsAndReconcilesWhatPushMissed() throws Exception {
        String pushed = sim.emitEvent(TYPE, Map.of("on_us_id", UUID.randomUUID().toString()));
        String missed = sim.emitEvent(TYPE, Map.of("on_us_id", UUID.randomUUID().toString()));
        // Jiko delivered the first one to replica B; the second one never arrived (push gave up, or was lost)
        assertThat(deliver(b, envelope(listed(pushed)))).isEqualTo(200);
        assertThat(listEventsCalls(a) + listEventsCalls(b)).as("receivers never read listEvents").isZero();

        a.startReconciliation();
        await().atMost(Duration.ofSeconds(30)).until(() -> listEventsCalls(a) > 0); // A leads
        b.startReconciliation();
        long aWhenBJoined = listEventsCalls(a);
        await().atMost(Duration.ofSeconds(30)).until(() -> listEventsCalls(a) >= aWhenBJoined + 5 && handledCount(missed) > 0);
        assertThat(listEventsCalls(b)).as("the standby reads nothing while the leader polls").isZero();
        assertThat(handled).containsExactlyInAnyOrder(new Handled("replica-b", "push", pushed),
                new Handled("replica-a", "reconcile", missed));

        // the leader goes away: B is elected, resumes from the shared position and takes over reconciliation
        a.close();
        a = null;
        String missedLater = sim.emitEvent(TYPE, Map.of("on_us_id", UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(60)).until(() -> handledCount(missedLater) > 0);
        assertThat(listEventsCalls(b)).isPositive();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> handled.size() == 3);
        assertThat(handled).containsExactlyInAnyOrder(new Handled("replica-b", "push", pushed),
                new Handled("replica-a", "reconcile", missed), new Handled("replica-b", "reconcile", missedLater));
    }

    /** POSTs the bytes as Jiko would, signed with the shared secret, to one replica; returns the status code. */
    private int deliver(WebhookReplica replica, byte[] body) throws Exception {
        return http.send(request(replica, body), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static HttpRequest request(WebhookReplica replica, byte[] body) {
        return HttpRequest.newBuilder(URI.create(replica.url())).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header(SignatureVerifier.HEADER, SignatureVerifier.sign(body, WebhookReplica.SECRET))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private byte[] envelope(Map<String, Object> event) throws IOException {
        return json.writeValueAsBytes(event);
    }

    /** The envelope Jiko lists (and delivers) for an event id. */
    private static Map<String, Object> listed(String eventId) {
        return sim.state().events().stream().filter(e -> eventId.equals(e.get("event_id"))).findFirst().orElseThrow();
    }

    private long handledCount(String eventId) {
        return handled.stream().filter(h -> h.eventId().equals(eventId)).count();
    }

    /** GET /api/v1/events/ calls made with this replica's token. */
    private static long listEventsCalls(WebhookReplica replica) {
        String authorization = "Bearer " + replica.accessToken;
        return sim.receivedRequests().stream()
                .filter(r -> r.method().equals("GET") && r.path().equals("/api/v1/events/"))
                .filter(r -> r.headers().getOrDefault("authorization", List.of()).contains(authorization))
                .count();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
