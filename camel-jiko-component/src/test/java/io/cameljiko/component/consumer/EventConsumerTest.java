package io.cameljiko.component.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.JikoEndpoint;
import io.cameljiko.component.model.Event;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.WireMockCamelTest;
import io.cameljiko.component.support.LogCapture;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

class EventConsumerTest extends WireMockCamelTest {

    static final String PATH = "/api/v1/events/";
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    final List<Exchange> received = new CopyOnWriteArrayList<>();
    /** Recorded while processing: a pooled exchange is reset once released. */
    final List<String> receivedIds = new CopyOnWriteArrayList<>();

    static String event(int n, String type, Instant at) {
        return "{\"event\":{\"event_id\":\"e-" + n + "\",\"event_type\":\"" + type + "\",\"timestamp\":\"" + at
               + "\",\"payload\":{\"wire_id\":\"w-" + n + "\"},\"customer_id\":\"c-1\"},\"delivery_attempts\":[],"
               + "\"object_type\":\"EventWithDeliveryAttempts\"}";
    }

    static String page(String next, String... items) {
        return "{\"prev_page\":null,\"next_page\":" + (next == null ? "null" : "\"" + next + "\"") + ",\"items\":["
               + String.join(",", items) + "],\"object_type\":\"CursorList\"}";
    }

    void stub(MappingBuilder request, String body) {
        wm.server().stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(body)));
    }

    void route(String uri, org.apache.camel.Processor processor) throws Exception {
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("events").process(processor)
                        .process(e -> receivedIds.add(e.getMessage().getHeader(JikoConstants.ITEM_ID, String.class)))
                        .process(received::add);
            }
        });
    }

    List<String> ids() {
        return new ArrayList<>(receivedIds);
    }

    @Test
    void walksEveryPageAndEmitsEachEventOldestFirstWithItsHeaders() throws Exception {
        // the listing answers newest first across two pages: the consumer still emits oldest first
        stub(get(urlPathEqualTo(PATH)).withQueryParam("cursor", absent()).withQueryParam("after", absent()),
                page("p2", event(3, "transfers.wire.out.rejected", T0.plusSeconds(3)),
                        event(2, "transfers.wire.out.success", T0.plusSeconds(2))));
        stub(get(urlPathEqualTo(PATH)).withQueryParam("cursor", equalTo("p2")),
                page(null, event(1, "transfers.wire.out.processing", T0.plusSeconds(1))));
        stub(get(urlPathEqualTo(PATH)).withQueryParam("after", equalTo("2026-03-01T09:59:03Z")), page(null));
        route("jiko:listEvents?startFrom=beginning&delay=50&overlap=60000", e -> { });

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 3);
        assertThat(ids()).containsExactly("e-1", "e-2", "e-3");
        Exchange first = received.get(0);
        assertThat(first.getMessage().getBody()).isInstanceOf(Event.class);
        assertThat(first.getMessage().getBody(Event.class).payload()).containsEntry("wire_id", "w-1");
        assertThat(first.getMessage().getHeader(JikoConstants.EVENT_ID)).isEqualTo("e-1");
        assertThat(first.getMessage().getHeader(JikoConstants.EVENT_TYPE)).isEqualTo("transfers.wire.out.processing");
        assertThat(first.getProperty(Exchange.BATCH_SIZE)).isEqualTo(3);
        assertThat(received.get(2).getProperty(Exchange.BATCH_COMPLETE)).isEqualTo(true);
        // the next poll asks from the watermark minus the overlap, and repeats nothing
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> wm.server().verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("after", equalTo("2026-03-01T09:59:03Z"))));
        assertThat(received).hasSize(3);
    }

    @Test
    void eventTypesFilterWithWildcardsAndSkippedEventsStillMoveThePosition() throws Exception {
        stub(get(urlPathEqualTo(PATH)).withQueryParam("after", absent()),
                page(null, event(1, "transfers.wire.out.processing", T0.plusSeconds(1)),
                        event(2, "transfers.wire.out.rejected", T0.plusSeconds(2)),
                        event(3, "transfers.on-us.rejected", T0.plusSeconds(3)),
                        event(4, "transfers.wire.in.success", T0.plusSeconds(4))));
        stub(get(urlPathEqualTo(PATH)).withQueryParam("after", equalTo("2026-03-01T10:00:04Z")), page(null));
        route("jiko:listEvents?startFrom=beginning&delay=50&overlap=0&eventTypes=transfers.*.rejected,transfers.wire.in.success&outputType=json",
                e -> { });

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 3);
        assertThat(ids()).containsExactly("e-2", "e-3", "e-4");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> wm.server().verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("after", equalTo("2026-03-01T10:00:04Z"))));
        assertThat(received.get(0).getMessage().getBody(String.class))
                .startsWith("{\"event_id\":\"e-2\",\"event_type\":\"transfers.wire.out.rejected\"");
    }

    @Test
    void aFailedExchangeStopsTheBatchAndIsOfferedAgainInOrder() throws Exception {
        failedExchangeIsOfferedAgainInOrder();
    }

    /** The same with Camel's pooled exchanges, which are reset when released. */
    @Test
    void aFailedExchangeIsOfferedAgainWithPooledExchanges() throws Exception {
        camel.close();
        camel = new Camel(wm.baseUrl(), wm.tokenUrl());
        camel.config().setClientId("client-123");
        camel.config().setPrivateKey(io.cameljiko.component.support.TestKeys.pem(io.cameljiko.component.support.TestKeys.ED25519));
        camel.context().getCamelContextExtension().setExchangeFactory(new org.apache.camel.impl.engine.PooledExchangeFactory());
        camel.start();
        failedExchangeIsOfferedAgainInOrder();
    }

    private void failedExchangeIsOfferedAgainInOrder() throws Exception {
        stub(get(urlPathEqualTo(PATH)), page(null, event(1, "a", T0.plusSeconds(1)), event(2, "a", T0.plusSeconds(2)),
                event(3, "a", T0.plusSeconds(3))));
        MemoryStateRepository state = new MemoryStateRepository();
        camel.context().getRegistry().bind("positions", state);
        AtomicBoolean failedOnce = new AtomicBoolean();
        route("jiko:listEvents?startFrom=beginning&delay=50&stateRepository=#positions", e -> {
            if ("e-2".equals(e.getMessage().getHeader(JikoConstants.ITEM_ID)) && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("downstream hiccup");
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 3);
        assertThat(ids()).containsExactly("e-1", "e-2", "e-3");
        assertThat(failedOnce).isTrue();
        JikoEndpoint endpoint = (JikoEndpoint) camel.context().getRoute("events").getEndpoint();
        assertThat(endpoint).isNotNull();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(state.getState("jiko:listEvents")).contains("\"watermark\":\"2026-03-01T10:00:03Z\""));
    }

    @Test
    void splitItemsFalseGivesOneExchangePerPageAndAnInstantStartsThere() throws Exception {
        stub(get(urlPathEqualTo(PATH)).withQueryParam("after", equalTo("2026-03-01T09:59:01Z")),
                page(null, event(0, "a", T0), event(1, "a", T0.plusSeconds(1)), event(2, "a", T0.plusSeconds(2))));
        stub(get(urlPathEqualTo(PATH)).withQueryParam("after", equalTo("2026-03-01T09:59:02Z")), page(null));
        // e-0 is inside the overlap that is read, but older than the requested start: not emitted
        route("jiko:listEvents?startFrom=2026-03-01T10:00:01Z&splitItems=false&delay=50", e -> { });
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        List<?> body = received.get(0).getMessage().getBody(List.class);
        assertThat(body).hasSize(2).allSatisfy(item -> assertThat(item).isInstanceOf(Event.class));
        assertThat(body).extracting(item -> ((Event) item).eventId()).containsExactly("e-1", "e-2");
        // the watermark moved past both items of the page
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> wm.server().verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("after", equalTo("2026-03-01T09:59:02Z"))));
        assertThat(received).hasSize(1);
    }

    @Test
    void startFromNowIgnoresWhatHappenedBefore() throws Exception {
        stub(get(urlPathEqualTo(PATH)), page(null, event(1, "a", T0)));
        Instant before = Instant.now().minusSeconds(60); // the overlap
        route("jiko:listEvents?delay=50", e -> { });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<LoggedRequest> polls = wm.server().findAll(getRequestedFor(urlPathEqualTo(PATH)));
            assertThat(polls).isNotEmpty();
            Instant after = Instant.parse(polls.get(0).queryParameter("after").firstValue());
            assertThat(after).isAfterOrEqualTo(before.minusSeconds(1)).isBefore(Instant.now());
        });
        assertThat(received).isEmpty(); // the old event is before the window
    }

    @Test
    void a429SkipsPollsUntilTheServersReset() throws Exception {
        wm.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Rate limit exceeded\"}")));
        route("jiko:listEvents?delay=20", e -> { });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> wm.server().verify(1, getRequestedFor(urlPathEqualTo(PATH))));
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> wm.server().verify(1, getRequestedFor(urlPathEqualTo(PATH))));
    }

    @Test
    void withoutAStateRepositoryItWarnsOnceThatThePositionIsInMemory() throws Exception {
        stub(get(urlPathEqualTo(PATH)), page(null));
        String logs;
        try (LogCapture capture = new LogCapture()) {
            route("jiko:listEvents?delay=50", e -> { });
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> wm.server().verify(getRequestedFor(urlPathEqualTo(PATH))));
            logs = capture.text();
        }
        assertThat(logs).containsOnlyOnce("keeps its position in memory only");
    }

    @Test
    void onlyListOperationsCanBeConsumedAndBadStartPositionsAreNamed() {
        Throwable notAList = catchThrowable(() -> route("jiko:getTeam", e -> { }));
        assertThat(rootMessage(notAList)).contains("jiko:getTeam cannot be consumed").contains("listEvents")
                .contains("listTransactions");
        Throwable badStart = catchThrowable(() -> route("jiko:listEvents?startFrom=last-tuesday", e -> { }));
        assertThat(rootMessage(badStart)).contains("Option startFrom: 'last-tuesday'");
    }

    @Test
    void pollErrorsReachTheRouteWithBridgeErrorHandler() throws Exception {
        wm.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(JikoWireMock.TOKEN_PATH))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"invalid_client\"}")));
        List<Exchange> errors = new CopyOnWriteArrayList<>();
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(io.cameljiko.component.error.JikoAuthenticationException.class).handled(true).process(errors::add);
                from("jiko:listEvents?delay=50&bridgeErrorHandler=true").routeId("bridged").process(received::add);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> !errors.isEmpty());
        assertThat(errors.get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                .isInstanceOf(io.cameljiko.component.error.JikoAuthenticationException.class).hasMessageContaining("invalid_client");
        assertThat(received).isEmpty();
    }

    @Test
    void backoffErrorThresholdSlowsPollingAfterErrors() throws Exception {
        wm.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));
        route("jiko:listEvents?delay=20&maxRetries=0&backoffErrorThreshold=1&backoffMultiplier=100", e -> { });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> wm.server().verify(1, getRequestedFor(urlPathEqualTo(PATH))));
        // after one error, the next 100 polls are skipped (2 s at delay=20) instead of a poll every 20 ms
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> wm.server().verify(1, getRequestedFor(urlPathEqualTo(PATH))));
    }

    @Test
    void defaultDelayIsThirtySeconds() {
        JikoEndpoint endpoint = camel.context().getEndpoint("jiko:listEvents", JikoEndpoint.class);
        assertThat(endpoint.getDelay()).isEqualTo(30_000);
        assertThat(camel.context().getEndpoint("jiko:listEvents?delay=1000", JikoEndpoint.class).getDelay()).isEqualTo(1000);
    }

    static String rootMessage(Throwable t) {
        StringBuilder all = new StringBuilder();
        while (t != null) {
            all.append(t.getMessage()).append('\n');
            t = t.getCause() == t ? null : t.getCause();
        }
        return all.toString();
    }
}
