package io.cameljiko.component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.cameljiko.component.error.JikoConnectionException;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.TestKeys;
import org.apache.camel.Exchange;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * By default calls go through the component's pooled Apache HttpClient; with the httpClient option they go through
 * the user's java.net.http.HttpClient. Either way the same request goes out and a failure reads the same.
 */
class TransportChoiceTest {

    static final String TEAM = "/api/v1/team/";

    JikoWireMock wm;
    ExecutorService pool;
    final AtomicInteger jdkTasks = new AtomicInteger();

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
        wm.server().stubFor(get(urlPathEqualTo(TEAM)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"team_id\":\"t-1\"}")));
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        wm.close();
        pool.shutdownNow();
    }

    /** A JDK client whose async work runs on an executor that counts: it shows the client was used. */
    private HttpClient countingJdkClient() {
        return HttpClient.newBuilder().executor(task -> {
            jdkTasks.incrementAndGet();
            pool.execute(task);
        }).build();
    }

    private Exchange getTeam(Camel camel) {
        return camel.send("jiko:getTeam?outputType=map&accessToken=RAW(tok-abc)", null, Map.of());
    }

    @Test
    void byDefaultTheJdkClientIsNotUsedAndTheRequestIsTheSame() {
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl()).start()) {
            Exchange ex = getTeam(camel);
            assertThat(ex.getException()).isNull();
            assertThat(ex.getMessage().getBody(Map.class)).containsEntry("team_id", "t-1");
        }
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(TEAM))
                .withHeader("Authorization", equalTo("Bearer tok-abc"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", matching("camel-jiko/.+")));
    }

    @Test
    void theHttpClientOptionSendsThroughTheGivenJdkClient() {
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.config().setHttpClient(countingJdkClient());
            camel.start();
            Exchange ex = getTeam(camel);
            assertThat(ex.getException()).isNull();
            assertThat(ex.getMessage().getBody(Map.class)).containsEntry("team_id", "t-1");
        }
        assertThat(jdkTasks.get()).isPositive();
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(TEAM))
                .withHeader("Authorization", equalTo("Bearer tok-abc"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", matching("camel-jiko/.+")));
    }

    @Test
    void aRefusedConnectionReadsTheSameAndIsRetriedTheSameWithEitherClient() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String expected = "Jiko could not be reached for getTeam at http://127.0.0.1:" + port
                          + "/api/v1/team/ after 3 attempt(s): connection refused (nothing listens on that host and port)";
        for (boolean jdk : new boolean[] { false, true }) {
            try (Camel camel = new Camel("http://127.0.0.1:" + port, wm.tokenUrl())) {
                camel.config().setMaxRetries(2);
                if (jdk) {
                    camel.config().setHttpClient(countingJdkClient());
                }
                camel.start();
                Exchange ex = getTeam(camel);
                assertThat(ex.getException()).as(jdk ? "JDK client" : "default client")
                        .isExactlyInstanceOf(JikoConnectionException.class).hasMessage(expected);
                assertThat(camel.component().getStats().operations().get("getTeam").retries()).as("retries").isEqualTo(2);
            }
        }
    }

    @Test
    void anEndpointsPooledClientIsMadeInTheBackgroundBeforeItsFirstCallWithoutSendingAnything() throws Exception {
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl()).start()) {
            assertThat(camel.component().pooledClients()).as("no endpoint yet").isZero();
            camel.context().getEndpoint("jiko:getTeam?outputType=model&accessToken=RAW(tok-abc)");
            camel.component().awaitWarmUps(Duration.ofSeconds(30));
            assertThat(camel.component().pooledClients()).isEqualTo(1);
            assertThat(camel.component().pooledClientsWithTls()).as("an http URL needs no TLS").isZero();
            assertThat(wm.server().getAllServeEvents()).as("warming up sends nothing").isEmpty();
            assertThat(getTeam(camel).getException()).isNull();
            assertThat(camel.component().pooledClients()).as("the first call uses it").isEqualTo(1);
            assertThat(warmUpThreads()).isPositive();
            camel.component().stop(); // the component alone, the context goes on
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> warmUpThreads() == 0);
        }
    }

    private static long warmUpThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().contains("JikoWarmUp")).count();
    }

    /** Pooled clients with TLS set up once the background thread has prepared for a new endpoint. */
    private static long tlsClientsAfterCreating(Camel camel, String uri) throws Exception {
        camel.context().getEndpoint(uri);
        camel.component().awaitWarmUps(Duration.ofSeconds(30));
        return camel.component().pooledClientsWithTls();
    }

    @Test
    void anHttpsEndpointHasTlsSetUpInTheBackgroundToo() throws Exception {
        try (Camel camel = new Camel("https://127.0.0.1:" + wm.server().port(), wm.tokenUrl()).start()) {
            assertThat(tlsClientsAfterCreating(camel, "jiko:getTeam?accessToken=RAW(tok-abc)")).isEqualTo(1);
            assertThat(wm.server().getAllServeEvents()).isEmpty();
        }
    }

    @Test
    void anHttpsTokenUrlNeedsTlsOnlyWhenTokensAreFetched() throws Exception {
        String httpsToken = "https://127.0.0.1:" + wm.server().port() + "/api/oauth2/token";
        try (Camel camel = new Camel(wm.baseUrl(), httpsToken)) {
            camel.config().setClientId("client-123");
            camel.config().setPrivateKey(TestKeys.pem(TestKeys.ED25519));
            camel.start();
            assertThat(tlsClientsAfterCreating(camel, "jiko:getTeam?accessToken=RAW(tok-abc)"))
                    .as("a fixed token: the token URL is never called").isZero();
            assertThat(tlsClientsAfterCreating(camel, "jiko:getCustomer")).isEqualTo(1);
            assertThat(wm.server().getAllServeEvents()).isEmpty();
        }
    }

    @Test
    void withTheHttpClientOptionNoPoolIsMadeAtAll() throws Exception {
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.config().setHttpClient(countingJdkClient());
            camel.start();
            assertThat(getTeam(camel).getException()).isNull();
            camel.component().awaitWarmUps(Duration.ofSeconds(30));
            assertThat(camel.component().pooledClients()).isZero();
        }
    }

    @Test
    void theComponentClosesItsPoolWhenItStopsAndOpensANewOneWhenStartedAgain() {
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl()).start()) {
            assertThat(getTeam(camel).getException()).isNull();
            camel.context().stop();
            camel.context().start();
            assertThat(getTeam(camel).getException()).isNull();
        }
        wm.server().verify(2, getRequestedFor(urlPathEqualTo(TEAM)));
    }
}
