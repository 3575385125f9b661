package io.cameljiko.component.client;

import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.support.JikoWireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The retry rules of one HTTP call, with the waits recorded instead of slept. */
class RetryingTransportTest {

    static final String PATH = "/api/v1/team/";
    static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(1000), Duration.ofSeconds(5));

    JikoWireMock wm;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final RetryingTransport transport = new RetryingTransport(http, POLICY, waits::add);

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
    }

    @AfterEach
    void stop() {
        wm.close();
    }

    private void answers(ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i == answers.length - 1 ? state : "s" + (i + 1);
            wm.server().stubFor(any(urlPathEqualTo(PATH)).inScenario("seq").whenScenarioStateIs(state)
                    .willSetStateTo(next).willReturn(answers[i]));
            state = next;
        }
    }

    private HttpCall request(String method, URI uri) {
        return new HttpCall(method, uri, null, method.equals("GET") ? null : HttpRequest.BodyPublishers.ofString("{}"),
                Duration.ofSeconds(10));
    }

    private URI api() {
        return URI.create(wm.baseUrl() + PATH);
    }

    private static URI refusing() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return URI.create("http://127.0.0.1:" + port + PATH);
    }

    private static ResponseDefinitionBuilder status(int code) {
        return aResponse().withStatus(code).withBody("{}");
    }

    private HttpAnswer get() {
        return transport.send("getTeam", () -> request("GET", api()), true, true, null);
    }

    @Test
    void serverErrorsOfAGetAreRetriedAfterAGrowingBackoff() {
        answers(status(503), status(502), status(200));
        assertThat(get().statusCode()).isEqualTo(200);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0).toMillis()).isBetween(500L, 1000L);
        assertThat(waits.get(1).toMillis()).isBetween(1000L, 2000L);
        wm.server().verify(3, anyRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void ioErrorsOfAGetAreRetriedAfterABackoff() {
        answers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), status(200));
        assertThat(get().statusCode()).isEqualTo(200);
        assertThat(waits).hasSize(1);
        assertThat(waits.get(0).toMillis()).isBetween(500L, 1000L);
    }

    @Test
    void retriesStopAfterMaxRetriesAndTheLastAnswerIsReturned() {
        answers(status(500));
        assertThat(get().statusCode()).isEqualTo(500);
        assertThat(waits).hasSize(3);
        wm.server().verify(4, anyRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aRefusedConnectionIsRetriedEvenForAPostBecauseNothingReachedJiko() throws Exception {
        answers(aResponse().withStatus(201).withBody("{\"id\":\"a\"}"));
        URI refused = refusing();
        AtomicInteger attempts = new AtomicInteger();
        HttpAnswer response = transport.send("createThing",
                () -> request("POST", attempts.incrementAndGet() == 1 ? refused : api()), false, true, "id-1");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(attempts).hasValue(2);
        assertThat(waits).hasSize(1);
        assertThat(waits.get(0).toMillis()).isBetween(500L, 1000L);
        wm.server().verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aServerThatStaysUnreachableFailsAfterMaxRetriesNamingTheOperation() throws Exception {
        URI refused = refusing();
        AtomicInteger attempts = new AtomicInteger();
        Throwable t = catchThrowable(() -> transport.send("createThing", () -> {
            attempts.incrementAndGet();
            return request("POST", refused);
        }, false, true, null));
        assertThat(t).isInstanceOf(JikoApiException.class).hasMessageContaining("createThing");
        assertThat(((JikoApiException) t).getStatusCode()).isZero();
        assertThat(attempts).hasValue(4);
        assertThat(waits).hasSize(3);
    }

    @Test
    void aRefusedConnectionWithABodyThatCannotBeSentTwiceIsNotRetried() throws Exception {
        URI refused = refusing();
        AtomicInteger attempts = new AtomicInteger();
        Throwable t = catchThrowable(() -> transport.send("uploadDocument", () -> {
            attempts.incrementAndGet();
            return request("POST", refused);
        }, false, false, null));
        assertThat(t).isInstanceOf(JikoApiException.class);
        assertThat(attempts).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void a429WithoutRetryAfterIsRetriedAfterTheBackoff() {
        answers(status(429), status(200));
        assertThat(get().statusCode()).isEqualTo(200);
        assertThat(waits).hasSize(1);
        assertThat(waits.get(0).toMillis()).isBetween(500L, 1000L);
    }

    @Test
    void retryAfterAsAPastHttpDateMeansRetryNow() {
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        answers(status(429).withHeader("Retry-After", past), status(200));
        assertThat(get().statusCode()).isEqualTo(200);
        assertThat(waits).containsExactly(Duration.ZERO);
    }

    @Test
    void retryAfterAsAFutureHttpDateIsTheTimeUntilThen() {
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        answers(status(429).withHeader("Retry-After", inAnHour));
        HttpAnswer response = get();
        // longer than maxRetryAfter: returned at once, not waited for
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(waits).isEmpty();
        Duration retryAfter = RetryingTransport.retryAfter(response.headers()).orElseThrow();
        assertThat(retryAfter).isBetween(Duration.ofMinutes(58), Duration.ofMinutes(60));
    }

    @Test
    void retryAfterInSecondsIsWaitedForWhenShortAndANegativeOrUnreadableOneIsNotTrusted() {
        answers(status(429).withHeader("Retry-After", "2"), status(429).withHeader("Retry-After", "-7"),
                status(429).withHeader("Retry-After", "soon"), status(200));
        assertThat(get().statusCode()).isEqualTo(200);
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(waits.get(1)).isEqualTo(Duration.ZERO);
        // unreadable: the backoff of the third attempt
        assertThat(waits.get(2).toMillis()).isBetween(2000L, 4000L);
    }

    @Test
    void aRetryAfterOfExactlyMaxRetryAfterIsStillWaitedFor() {
        answers(status(429).withHeader("Retry-After", "5"), status(200));
        assertThat(get().statusCode()).isEqualTo(200);
        assertThat(waits).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void retryAfterWaitsCountAgainstTheCallsWaitBoundSoTheSecondOneOverItIsNotWaitedFor() {
        RateLimitGate bounded = new RateLimitGate(null, null, null, new RateLimitSettings(0, 0, Duration.ofSeconds(3)));
        RetryingTransport withBound = new RetryingTransport(http, POLICY, waits::add, bounded);
        answers(status(429).withHeader("Retry-After", "2"), status(429).withHeader("Retry-After", "2"), status(200));

        HttpAnswer answer = withBound.send("getTeam", () -> request("GET", api()), true, true, null);

        // 2 s waited, 2 s more would pass the 3 s bound: the 429 is returned instead of a third attempt
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        wm.server().verify(2, anyRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aGetWithoutAnswerAfterEveryRetryIsAnApiErrorNotAnUnknownOutcome() {
        answers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        Throwable t = catchThrowable(this::get);
        // repeating a GET has no effect, so nothing is "possibly processed"
        assertThat(t).isInstanceOf(JikoApiException.class).isNotInstanceOf(io.cameljiko.component.error.JikoOutcomeUnknownException.class)
                .hasMessageContaining("getTeam").hasMessageContaining("4 attempt(s)");
        assertThat(waits).hasSize(3);
    }

    @Test
    void anInterruptedCallStopsWithTheInterruptKept() {
        answers(status(200));
        Thread.currentThread().interrupt();
        Throwable t;
        try {
            t = catchThrowable(this::get);
        } finally {
            assertThat(Thread.interrupted()).as("interrupt status kept for the caller").isTrue();
        }
        assertThat(t).isInstanceOf(JikoApiException.class).hasMessageContaining("Interrupted");
    }

    @Test
    void anInterruptedWaitBeforeARetryStopsWithTheInterruptKept() {
        answers(status(503), status(200));
        RetryingTransport interrupted = new RetryingTransport(http, POLICY, d -> {
            throw new InterruptedException("stop");
        });
        Throwable t;
        try {
            t = catchThrowable(() -> interrupted.send("getTeam", () -> request("GET", api()), true, true, null));
        } finally {
            assertThat(Thread.interrupted()).as("interrupt status kept for the caller").isTrue();
        }
        assertThat(t).isInstanceOf(JikoApiException.class).hasMessageContaining("getTeam");
        wm.server().verify(1, anyRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aPostWithoutAnswerNamesTheIdToLookUpWhenThereIsOne() {
        answers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        Throwable withId = catchThrowable(() -> transport.send("createTransferRequest", () -> request("POST", api()), false, true,
                "7d1c1b2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"));
        assertThat(withId).isInstanceOf(io.cameljiko.component.error.JikoOutcomeUnknownException.class)
                .hasMessageContaining("may have been processed")
                .hasMessageContaining("look up id 7d1c1b2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d");
        Throwable withoutId = catchThrowable(() -> transport.send("createThing", () -> request("POST", api()), false, true, null));
        assertThat(withoutId).isInstanceOf(io.cameljiko.component.error.JikoOutcomeUnknownException.class)
                .hasMessageNotContaining("look up id");
        assertThat(waits).isEmpty();
    }
}
