package io.cameljiko.component.client;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Arrays;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default transport against WireMock: what goes out, what comes back, streamed bodies, failures as the JDK's. */
class ApacheHttpSenderTest {

    WireMockServer wm;
    ApacheHttpSender sender;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wm.start();
        sender = ApacheHttpSender.create(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        sender.close();
        wm.stop();
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + wm.port() + pathAndQuery);
    }

    @Test
    void sendsMethodPathQueryHeadersAndBodyAndReturnsStatusHeadersAndBody() throws Exception {
        wm.stubFor(any(urlPathEqualTo("/api/v2/transfers/")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("X-RateLimit-Remaining", "7")
                .withBody("{\"id\":\"t-1\"}")));
        HttpCall request = new HttpCall("POST", uri("/api/v2/transfers/?dry_run=true&note=a%20b"),
                Map.of("Authorization", "Bearer tok-1", "Content-Type", "application/json", "Idempotency-Key", "k-1"),
                HttpRequest.BodyPublishers.ofString("{\"amount\":1050}"), Duration.ofSeconds(5));

        HttpAnswer response = sender.send(request);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().first("content-type")).isEqualTo("application/json");
        assertThat(response.headers().firstLong("X-RateLimit-Remaining")).hasValue(7);
        try (InputStream body = response.body()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"t-1\"}");
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v2/transfers/"))
                .withQueryParam("dry_run", equalTo("true")).withQueryParam("note", equalTo("a b"))
                .withHeader("Authorization", equalTo("Bearer tok-1"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Idempotency-Key", equalTo("k-1"))
                .withHeader("Content-Length", equalTo("15"))
                .withRequestBody(equalTo("{\"amount\":1050}")));
        assertThat(sender.leased()).isZero();
    }

    @Test
    void aBodyOfUnknownLengthIsSentChunked() throws Exception {
        wm.stubFor(any(urlPathEqualTo("/upload")).willReturn(aResponse().withStatus(204)));
        byte[] bytes = "x".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        HttpCall request = new HttpCall("PUT", uri("/upload"), null,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)), null);

        assertThat(sender.send(request).statusCode()).isEqualTo(204);
        assertThat(wm.getAllServeEvents().get(0).getRequest().getBody()).isEqualTo(bytes);
        assertThat(wm.getAllServeEvents().get(0).getRequest().getHeader("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(sender.leased()).isZero();
    }

    @Test
    void aDownloadIsStreamedAndItsConnectionReturnsToThePoolWhenClosed() throws Exception {
        byte[] file = new byte[2 * 1024 * 1024];
        Arrays.fill(file, (byte) 'j');
        wm.stubFor(get(urlPathEqualTo("/statement.pdf")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(file)));

        HttpAnswer response = sender.send(HttpCall.get(uri("/statement.pdf")));
        InputStream body = response.body();
        assertThat(body.readNBytes(1024)).hasSize(1024);
        // still reading from the connection: it is lent out until the body is closed
        assertThat(sender.leased()).isEqualTo(1);
        long rest = body.transferTo(java.io.OutputStream.nullOutputStream());
        body.close();
        assertThat(rest).isEqualTo(file.length - 1024);
        assertThat(sender.leased()).isZero();

        // closed early with most of it unread: the connection is closed, not drained, and not lent out
        InputStream early = sender.send(HttpCall.get(uri("/statement.pdf"))).body();
        assertThat(early.read()).isEqualTo('j');
        early.close();
        assertThat(sender.leased()).isZero();
        // the pool still works afterwards
        try (InputStream again = sender.send(HttpCall.get(uri("/statement.pdf"))).body()) {
            assertThat(again.readAllBytes()).isEqualTo(file);
        }
    }

    @Test
    void aBodyClosedWithLittleLeftIsDrainedAndItsConnectionReusedOneWithMuchLeftIsClosed() throws Exception {
        byte[] small = new byte[ApacheHttpSender.DRAIN_LIMIT - 1024];
        byte[] large = new byte[ApacheHttpSender.DRAIN_LIMIT + 64 * 1024];
        wm.stubFor(get(urlPathEqualTo("/small")).willReturn(aResponse().withStatus(200).withBody(small)));
        wm.stubFor(get(urlPathEqualTo("/large")).willReturn(aResponse().withStatus(200).withBody(large)));

        InputStream read = sender.send(HttpCall.get(uri("/small"))).body();
        read.readAllBytes();
        read.close();
        assertThat(sender.available()).as("read to the end: back in the pool").isEqualTo(1);

        InputStream partly = sender.send(HttpCall.get(uri("/small"))).body();
        assertThat(partly.read()).isZero();
        partly.close();
        partly.close(); // a second close changes nothing
        assertThat(sender.available()).as("the rest (under the drain limit) read, connection reused").isEqualTo(1);
        assertThat(sender.leased()).isZero();

        InputStream barely = sender.send(HttpCall.get(uri("/large"))).body();
        assertThat(barely.read()).isZero();
        barely.close();
        assertThat(sender.available()).as("too much left to drain: the connection is closed").isZero();
        assertThat(sender.leased()).isZero();
        wm.verify(3, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/(small|large)")));
    }

    @Test
    void aPostWithAnEmptyBodySaysContentLengthZeroAndAGetSendsNoBody() throws Exception {
        wm.stubFor(any(urlPathEqualTo("/empty")).willReturn(aResponse().withStatus(204)));
        sender.send(new HttpCall("POST", uri("/empty"), null, HttpRequest.BodyPublishers.noBody(), null));
        sender.send(HttpCall.get(uri("/empty")));

        var posted = wm.getAllServeEvents().stream().filter(e -> e.getRequest().getMethod().getName().equals("POST"))
                .findFirst().orElseThrow().getRequest();
        assertThat(posted.getHeader("Content-Length")).isEqualTo("0");
        var got = wm.getAllServeEvents().stream().filter(e -> e.getRequest().getMethod().getName().equals("GET"))
                .findFirst().orElseThrow().getRequest();
        assertThat(got.containsHeader("Content-Length")).isFalse();
        assertThat(got.containsHeader("Transfer-Encoding")).isFalse();
    }

    @Test
    void tlsIsSetUpOnlyForHttpsOrWhenAskedAndHttpNeverLoadsIt() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/plain")).willReturn(aResponse().withStatus(204)));
        assertThat(sender.send(HttpCall.get(uri("/plain"))).statusCode()).isEqualTo(204);
        assertThat(sender.tlsReady()).as("http only").isFalse();
        sender.prepareTls();
        assertThat(sender.tlsReady()).isTrue();

        // an https connection sets it up on its own (here it fails: the server speaks plain http)
        try (ApacheHttpSender fresh = ApacheHttpSender.create(Duration.ofSeconds(5))) {
            URI https = URI.create("https://127.0.0.1:" + wm.port() + "/plain");
            assertThatThrownBy(() -> fresh.send(HttpCall.get(https))).isInstanceOf(javax.net.ssl.SSLException.class);
            assertThat(fresh.tlsReady()).isTrue();
        }
    }

    @Test
    void aClosedSenderSendsNothingMore() {
        wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(200)));
        sender.close();
        assertThatThrownBy(() -> sender.send(HttpCall.get(uri("/x")))).isInstanceOf(Exception.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRefusedConnectionIsTheJdkClientsConnectException() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        HttpCall request = HttpCall.get(URI.create("http://127.0.0.1:" + port + "/api/v1/team/"));

        assertThatThrownBy(() -> sender.send(request)).isExactlyInstanceOf(ConnectException.class)
                .satisfies(e -> assertThat(ConnectionFailure.reason(e))
                        .isEqualTo("connection refused (nothing listens on that host and port)"));
    }

    @Test
    void noAnswerWithinTheRequestTimeoutIsAnHttpTimeoutException() {
        wm.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));
        HttpCall request = new HttpCall("GET", uri("/slow"), null, null, Duration.ofMillis(300));

        assertThatThrownBy(() -> sender.send(request)).isExactlyInstanceOf(HttpTimeoutException.class)
                .satisfies(e -> assertThat(ConnectionFailure.reason(e))
                        .isEqualTo("request timeout (no response within requestTimeout)"));
    }

    @Test
    void aResetConnectionIsAPlainIoExceptionAsWithTheJdkClient() {
        wm.stubFor(get(urlPathEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        HttpCall request = HttpCall.get(uri("/reset"));

        assertThatThrownBy(() -> sender.send(request)).isExactlyInstanceOf(IOException.class)
                .hasCauseInstanceOf(java.net.SocketException.class)
                .satisfies(e -> assertThat(ConnectionFailure.reason(e)).startsWith("IOException ("));
    }

    @Test
    void aConnectionClosedWithoutAnAnswerIsAnIoExceptionCausedByEof() {
        wm.stubFor(get(urlPathEqualTo("/drop")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        HttpCall request = HttpCall.get(uri("/drop"));

        assertThatThrownBy(() -> sender.send(request)).isExactlyInstanceOf(IOException.class)
                .hasCauseInstanceOf(EOFException.class)
                .satisfies(e -> assertThat(ConnectionFailure.reason(e)).isEqualTo("the connection closed without an answer"));
    }
}
