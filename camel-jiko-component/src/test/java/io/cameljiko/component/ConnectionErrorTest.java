package io.cameljiko.component;

import io.cameljiko.component.error.JikoAuthenticationException;
import io.cameljiko.component.error.JikoConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.util.Map;

import io.cameljiko.component.client.ConnectionFailure;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.LogCapture;
import io.cameljiko.component.support.TestKeys;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** A request without an answer says which URL could not be reached and why; it is never an authentication error. */
class ConnectionErrorTest {

    JikoWireMock wm;

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
    }

    @AfterEach
    void stop() {
        wm.close();
    }

    /** A port on 127.0.0.1 where nothing listens (bound, then released). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static JikoConnectionException connectionError(Exchange ex) {
        assertThat(ex.getException()).isExactlyInstanceOf(JikoConnectionException.class);
        JikoConnectionException e = (JikoConnectionException) ex.getException();
        assertThat(e.getStatusCode()).isZero();
        return e;
    }

    @Test
    void aRefusedConnectionNamesTheUrlWithoutQueryAndTheReasonAfterTheRetries() throws Exception {
        int port = closedPort();
        String logs;
        try (LogCapture capture = new LogCapture(); Camel camel = new Camel("http://127.0.0.1:" + port, wm.tokenUrl()).start()) {
            Exchange ex = camel.send("jiko:listEvents?accessToken=RAW(tok-abc)&limit=5&maxRetries=2", null, Map.of());
            JikoConnectionException e = connectionError(ex);
            assertThat(e).hasMessage("Jiko could not be reached for listEvents at http://127.0.0.1:" + port
                                     + "/api/v1/events/ after 3 attempt(s): connection refused (nothing listens on that host and port)");
            assertThat(e.getUrl()).isEqualTo("http://127.0.0.1:" + port + "/api/v1/events/");
            assertThat(e.getOperation()).isEqualTo("listEvents");
            logs = capture.text();
        }
        // each retry says what it retries
        assertThat(logs).contains("Jiko listEvents: http://127.0.0.1:" + port + "/api/v1/events/: connection refused");
    }

    @Test
    void anUnreachableTokenEndpointIsAConnectionErrorNotAnAuthenticationError() throws Exception {
        int port = closedPort();
        try (Camel camel = new Camel(wm.baseUrl(), "http://127.0.0.1:" + port + "/api/oauth2/token?tenant=x")) {
            camel.config().setClientId("client-123");
            camel.config().setPrivateKey(TestKeys.pem(TestKeys.ED25519));
            camel.config().setMaxRetries(1);
            camel.start();
            JikoConnectionException e = connectionError(camel.send("jiko:getTeam"));
            assertThat(e).isNotInstanceOf(JikoAuthenticationException.class)
                    .hasMessage("Jiko's token endpoint could not be reached for token at http://127.0.0.1:" + port
                                + "/api/oauth2/token after 2 attempt(s): connection refused (nothing listens on that host and port)");
            assertThat(e.getOperation()).isEqualTo("token");
        }
        wm.server().verify(0, getRequestedFor(urlPathEqualTo("/api/v1/team/")));
    }

    @Test
    void aRequestTimeoutIsNamedAndHoldsWithEitherClient() {
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        for (boolean jdk : new boolean[] {false, true}) {
            try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
                if (jdk) {
                    camel.config().setHttpClient(java.net.http.HttpClient.newHttpClient());
                }
                camel.start();
                long start = System.nanoTime();
                JikoConnectionException e = connectionError(
                        camel.send("jiko:getTeam?accessToken=RAW(tok-abc)&requestTimeout=200&maxRetries=0"));
                assertThat(e).as(jdk ? "JDK client" : "default client").hasMessage("Jiko gave no answer to getTeam at "
                        + wm.baseUrl() + "/api/v1/team/ after 1 attempt(s): request timeout (no response within requestTimeout)");
                // the answer comes after 3 s: failing well before it means the 200 ms were applied to this client
                assertThat(System.nanoTime() - start).as(jdk ? "JDK client" : "default client").isLessThan(2_500_000_000L);
            }
        }
    }

    @Test
    void tlsAgainstAPlainHttpPortIsNamedAsTls() {
        String https = "https://127.0.0.1:" + wm.server().port();
        try (Camel camel = new Camel(https, https + JikoWireMock.TOKEN_PATH)) {
            camel.config().setClientId("client-123");
            camel.config().setPrivateKey(TestKeys.pem(TestKeys.ED25519));
            camel.config().setMaxRetries(0);
            camel.start();
            JikoConnectionException e = connectionError(camel.send("jiko:getTeam"));
            assertThat(e.getMessage()).startsWith("Jiko's token endpoint could not be reached for token at " + https
                                                  + "/api/oauth2/token after 1 attempt(s): TLS failed (");
        }
        wm.server().verify(0, postRequestedFor(urlPathEqualTo(JikoWireMock.TOKEN_PATH)));
    }

    @Test
    void theJdksDnsFailureIsNamedAsDnsAndUserInfoIsDropped() {
        // what java.net.http throws for a host name that does not resolve (no lookup here: tests stay offline)
        ConnectException dns = new ConnectException();
        dns.initCause(new ConnectException());
        dns.getCause().initCause(new UnresolvedAddressException());
        JikoConnectionException e = ConnectionFailure.exception("getTeam",
                URI.create("https://user:s3cret@api.example.invalid/api/v1/team/?limit=5"), 4, dns);
        assertThat(e).hasMessage("Jiko could not be reached for getTeam at https://api.example.invalid:443/api/v1/team/ "
                                 + "after 4 attempt(s): the host name does not resolve (DNS)");
        assertThat(e.getCause()).isSameAs(dns);
    }
}
