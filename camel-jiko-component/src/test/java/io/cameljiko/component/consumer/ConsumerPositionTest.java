package io.cameljiko.component.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.cameljiko.component.consumer.EventConsumerTest.T0;
import static io.cameljiko.component.consumer.EventConsumerTest.event;
import static io.cameljiko.component.consumer.EventConsumerTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Where a consumer's position is stored, when, and what it is made of: the rules a restart relies on. Each test
 * fails by an assertion on what was delivered, requested or stored.
 */
class ConsumerPositionTest extends WireMockCamelTest {

    static final String EVENTS = "/api/v1/events/";
    static final String COUNTERPARTIES = "/api/v2/counterparties/";
    static final String TRANSACTIONS = "/api/v2/transactions/";
    static final Duration WAIT = Duration.ofSeconds(8);

    final MemoryStateRepository positions = new MemoryStateRepository();
    final List<String> ids = new CopyOnWriteArrayList<>();
    final List<String> changes = new CopyOnWriteArrayList<>();
    final List<Exchange> received = new CopyOnWriteArrayList<>();

    void stub(MappingBuilder request, String body) {
        wm.server().stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(body)));
    }

    void route(Camel on, String uri, org.apache.camel.Processor processor) throws Exception {
        on.context().getRegistry().bind("positions", positions);
        on.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("items").process(processor).process(e -> {
                    ids.add(String.valueOf(e.getMessage().getHeader(JikoConstants.ITEM_ID)));
                    changes.add(String.valueOf(e.getMessage().getHeader(JikoConstants.CHANGE)));
                    received.add(e);
                });
            }
        });
    }

    static String counterparty(String id, String status) {
        return "{\"id\":\"" + id + "\",\"name\":\"Name of " + id + "\",\"type\":\"wire\",\"status\":\"" + status + "\"}";
    }

    static String transaction(String id, Instant booked) {
        return "{\"id\":\"" + id + "\",\"type\":\"FEE\",\"time_booked\":\"" + booked + "\",\"amount\":100}";
    }

    @Test
    void thePositionIsStoredAsEachItemCompletesNotOnlyAtStop() throws Exception {
        stub(get(urlPathEqualTo(EVENTS)), page(null, event(1, "a", T0.plusSeconds(1)), event(2, "a", T0.plusSeconds(2)),
                event(3, "a", T0.plusSeconds(3))));
        List<String> storedWhileProcessing = new CopyOnWriteArrayList<>();
        route(camel, "jiko:listEvents?startFrom=beginning&overlap=0&delay=50&stateRepository=#positions",
                e -> storedWhileProcessing.add(String.valueOf(positions.getState("jiko:listEvents"))));
        await().atMost(WAIT).until(() -> ids.size() >= 3);
        assertThat(ids).startsWith("e-1", "e-2", "e-3");
        // while e-2 is processed, e-1 is already stored as delivered: a crash now does not deliver e-1 again
        assertThat(storedWhileProcessing.get(1)).contains("\"watermark\":\"2026-03-01T10:00:01Z\"");
        assertThat(storedWhileProcessing.get(2)).contains("\"watermark\":\"2026-03-01T10:00:02Z\"");
    }

    @Test
    void aPollThatDeliversNothingStillStoresWhatItLearnt() throws Exception {
        // startFrom=now on a snapshot listing: the first poll records what exists and emits nothing
        stub(get(urlPathEqualTo(COUNTERPARTIES)), "{\"next_page\":null,\"items\":[" + counterparty("cp-1", "ACTIVE") + ","
                                                  + counterparty("cp-2", "ACTIVE") + "]}");
        route(camel, "jiko:listCounterparties?delay=50&stateRepository=#positions", e -> { });
        await().atMost(WAIT).untilAsserted(() -> assertThat(positions.getState("jiko:listCounterparties"))
                .contains("\"initialised\":true").contains("\"cp-1\"").contains("\"cp-2\""));
        assertThat(ids).isEmpty();
    }

    @Test
    void eventsSkippedByTheTypeFilterMoveTheStoredPositionAtOnce() throws Exception {
        stub(get(urlPathEqualTo(EVENTS)), page(null, event(1, "other", T0.plusSeconds(1)), event(2, "other", T0.plusSeconds(2))));
        route(camel, "jiko:listEvents?startFrom=beginning&overlap=0&delay=50&eventTypes=wanted&stateRepository=#positions",
                e -> { });
        await().atMost(WAIT).untilAsserted(() -> assertThat(positions.getState("jiko:listEvents[eventTypes:wanted]"))
                .contains("\"watermark\":\"2026-03-01T10:00:02Z\""));
        assertThat(ids).isEmpty();
    }

    @Test
    void nothingIsDeliveredWhileThePositionCannotBeStoredAndEverythingOnceWhenItCan() throws Exception {
        AtomicBoolean storageDown = new AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger refusedWrites = new java.util.concurrent.atomic.AtomicInteger();
        MemoryStateRepository flaky = new MemoryStateRepository() {
            @Override
            public void setState(String key, String value) {
                if (storageDown.get()) {
                    refusedWrites.incrementAndGet();
                    throw new IllegalStateException("disk full");
                }
                super.setState(key, value);
            }
        };
        camel.context().getRegistry().bind("flaky", flaky);
        stub(get(urlPathEqualTo(EVENTS)), page(null, event(1, "a", T0.plusSeconds(1)), event(2, "a", T0.plusSeconds(2))));
        route(camel, "jiko:listEvents?startFrom=beginning&overlap=0&delay=50&stateRepository=#flaky", e -> { });
        // a position that cannot be stored is not delivered from: polls fail and keep their place
        await().atMost(WAIT).until(() -> refusedWrites.get() >= 2);
        assertThat(ids).isEmpty();
        assertThat(flaky.getState("jiko:listEvents")).isNull();
        storageDown.set(false);
        await().atMost(WAIT).until(() -> ids.size() >= 2);
        camel.context().getRouteController().stopRoute("items");
        assertThat(ids).containsExactly("e-1", "e-2");
        assertThat(flaky.getState("jiko:listEvents")).contains("\"watermark\":\"2026-03-01T10:00:02Z\"");
    }

    @Test
    void aStateRepositoryGivenByTheUserIsLeftRunningWhenTheConsumerStops() throws Exception {
        stub(get(urlPathEqualTo(EVENTS)), page(null));
        route(camel, "jiko:listEvents?delay=50&stateRepository=#positions", e -> { });
        await().atMost(WAIT).untilAsserted(() -> wm.server().verify(getRequestedFor(urlPathEqualTo(EVENTS))));
        camel.context().getRouteController().stopRoute("items");
        // it may be shared with other routes: only the consumer's own in-memory repository is stopped
        assertThat(positions.isStarted()).isTrue();
        assertThat(positions.getState("jiko:listEvents")).contains("watermark");
    }

    @Test
    void aSnapshotPositionSurvivesARestartSoOnlyNewAndChangedItemsComeAgain() throws Exception {
        stub(get(urlPathEqualTo(COUNTERPARTIES)), "{\"next_page\":null,\"items\":[" + counterparty("cp-1", "ACTIVE") + ","
                                                  + counterparty("cp-2", "ACTIVE") + "]}");
        route(camel, "jiko:listCounterparties?startFrom=beginning&delay=50&outputType=map&stateRepository=#positions", e -> { });
        await().atMost(WAIT).until(() -> ids.size() >= 2);
        camel.close();
        assertThat(ids).containsExactly("cp-1", "cp-2");
        assertThat(changes).containsExactly("CREATED", "CREATED");
        ids.clear();
        changes.clear();
        received.clear();

        // a new CamelContext on the same repository: cp-2 changed, cp-3 is new, cp-1 is as it was
        stub(get(urlPathEqualTo(COUNTERPARTIES)), "{\"next_page\":null,\"items\":[" + counterparty("cp-1", "ACTIVE") + ","
                                                  + counterparty("cp-2", "DISABLED") + "," + counterparty("cp-3", "ACTIVE") + "]}");
        camel = Camel.withClientCredentials(wm);
        route(camel, "jiko:listCounterparties?startFrom=beginning&delay=50&outputType=map&stateRepository=#positions", e -> { });
        await().atMost(WAIT).until(() -> ids.size() >= 2);
        assertThat(ids).startsWith("cp-2", "cp-3");
        assertThat(changes).startsWith("UPDATED", "CREATED");
        assertThat(received.get(0).getMessage().getBody(Map.class)).containsEntry("status", "DISABLED");
    }

    @Test
    void aSnapshotListingIsReadToItsLastPage() throws Exception {
        stub(get(urlPathEqualTo(COUNTERPARTIES)).withQueryParam("cursor", absent()),
                "{\"next_page\":\"p2\",\"items\":[" + counterparty("cp-1", "ACTIVE") + "]}");
        stub(get(urlPathEqualTo(COUNTERPARTIES)).withQueryParam("cursor", equalTo("p2")),
                "{\"next_page\":null,\"items\":[" + counterparty("cp-2", "ACTIVE") + "]}");
        route(camel, "jiko:listCounterparties?startFrom=beginning&delay=50&outputType=map", e -> { });
        await().atMost(WAIT).until(() -> ids.size() >= 2);
        assertThat(ids).startsWith("cp-1", "cp-2");
    }

    @Test
    void aNewestFirstListingLongerThanOnePollIsDeliveredOldestFirstWithoutGaps() throws Exception {
        // listEvents answers newest first: a poll must read every page before it knows the oldest items
        stub(get(urlPathEqualTo(EVENTS)).withQueryParam("after", absent()).withQueryParam("cursor", absent()),
                page("p2", event(4, "a", T0.plusSeconds(4)), event(3, "a", T0.plusSeconds(3))));
        stub(get(urlPathEqualTo(EVENTS)).withQueryParam("cursor", equalTo("p2")),
                page(null, event(2, "a", T0.plusSeconds(2)), event(1, "a", T0.plusSeconds(1))));
        stub(get(urlPathEqualTo(EVENTS)).withQueryParam("after", equalTo("2026-03-01T10:00:02Z")),
                page(null, event(4, "a", T0.plusSeconds(4)), event(3, "a", T0.plusSeconds(3)), event(2, "a", T0.plusSeconds(2))));
        stub(get(urlPathEqualTo(EVENTS)).withQueryParam("after", equalTo("2026-03-01T10:00:04Z")),
                page(null, event(4, "a", T0.plusSeconds(4))));
        route(camel, "jiko:listEvents?startFrom=beginning&overlap=0&maxMessagesPerPoll=2&delay=50", e -> { });
        await().atMost(WAIT).until(() -> ids.size() >= 2);
        assertThat(ids).startsWith("e-1", "e-2");
        assertThat(received.get(0).getProperty(Exchange.BATCH_SIZE)).isEqualTo(2);
        await().atMost(WAIT).until(() -> ids.size() >= 4);
        assertThat(ids).startsWith("e-1", "e-2", "e-3", "e-4");
    }

    @Test
    void anOldestFirstListingStopsReadingPagesOnceAPollsWorthIsFound() throws Exception {
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("time_booked_from", absent()).withQueryParam("cursor", absent()),
                page("p2", transaction("t-1", T0.plusSeconds(1)), transaction("t-2", T0.plusSeconds(2))));
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("cursor", equalTo("p2")),
                page(null, transaction("t-3", T0.plusSeconds(3))));
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("time_booked_from", equalTo("2026-03-01T10:00:02Z")),
                page(null, transaction("t-2", T0.plusSeconds(2)), transaction("t-3", T0.plusSeconds(3))));
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("time_booked_from", equalTo("2026-03-01T10:00:03Z")),
                page(null, transaction("t-3", T0.plusSeconds(3))));
        route(camel, "jiko:listTransactions?startFrom=beginning&overlap=0&maxMessagesPerPoll=2&delay=50&outputType=map",
                e -> { });
        await().atMost(WAIT).until(() -> ids.size() >= 3);
        assertThat(ids).startsWith("t-1", "t-2", "t-3");
        // the second page was never needed: the next poll asked from the position instead
        wm.server().verify(0, getRequestedFor(urlPathEqualTo(TRANSACTIONS)).withQueryParam("cursor", equalTo("p2")));
        wm.server().verify(getRequestedFor(urlPathEqualTo(TRANSACTIONS)).withQueryParam("order", equalTo("asc")));
    }

    @Test
    void maxMessagesPerPollZeroDeliversEveryPageInOnePoll() throws Exception {
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("time_booked_from", absent()).withQueryParam("cursor", absent()),
                page("p2", transaction("t-1", T0.plusSeconds(1)), transaction("t-2", T0.plusSeconds(2))));
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("cursor", equalTo("p2")),
                page(null, transaction("t-3", T0.plusSeconds(3))));
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("time_booked_from", matching(".+")), page(null));
        route(camel, "jiko:listTransactions?startFrom=beginning&overlap=0&maxMessagesPerPoll=0&delay=50&outputType=map",
                e -> { });
        await().atMost(WAIT).until(() -> ids.size() >= 1);
        assertThat(received.get(0).getProperty(Exchange.BATCH_SIZE)).isEqualTo(3);
        await().atMost(WAIT).until(() -> ids.size() >= 3);
        assertThat(ids).startsWith("t-1", "t-2", "t-3");
    }

    @Test
    void whenTheItemCountIsAMultipleOfLimitNoEmptyExchangeIsSent() throws Exception {
        stub(get(urlPathEqualTo(EVENTS)).withQueryParam("after", absent()), page(null, event(1, "a", T0.plusSeconds(1)),
                event(2, "a", T0.plusSeconds(2)), event(3, "a", T0.plusSeconds(3)), event(4, "a", T0.plusSeconds(4))));
        stub(get(urlPathEqualTo(EVENTS)).withQueryParam("after", matching(".+")), page(null));
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        route(camel, "jiko:listEvents?startFrom=beginning&overlap=0&splitItems=false&limit=2&delay=50",
                e -> sizes.add(e.getMessage().getBody(List.class).size()));
        await().atMost(WAIT).until(() -> sizes.size() >= 2);
        assertThat(received.get(0).getProperty(Exchange.BATCH_SIZE)).isEqualTo(2);
        assertThat(sizes).startsWith(2, 2);
        assertThat(new ArrayList<>(sizes)).doesNotContain(0);
    }

    @Test
    void aFailedItemReachesTheConsumersExceptionHandler() throws Exception {
        List<String> handled = new CopyOnWriteArrayList<>();
        camel.context().getRegistry().bind("handler", new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                handled.add(String.valueOf(exception.getMessage()));
            }

            @Override
            public void handleException(String message, Throwable exception) {
                handled.add(message + " / " + exception.getMessage());
            }

            @Override
            public void handleException(String message, Exchange exchange, Throwable exception) {
                handled.add(message + " / " + exchange.getMessage().getHeader(JikoConstants.ITEM_ID) + " / "
                            + exception.getMessage());
            }
        });
        stub(get(urlPathEqualTo(EVENTS)), page(null, event(1, "a", T0.plusSeconds(1)), event(2, "a", T0.plusSeconds(2))));
        AtomicBoolean failedOnce = new AtomicBoolean();
        route(camel, "jiko:listEvents?startFrom=beginning&delay=50&exceptionHandler=#handler", e -> {
            if ("e-2".equals(e.getMessage().getHeader(JikoConstants.ITEM_ID)) && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("sink unavailable");
            }
        });
        await().atMost(WAIT).until(() -> ids.contains("e-2"));
        assertThat(handled).hasSize(1);
        assertThat(handled.get(0)).contains("listEvents").contains("e-2").contains("sink unavailable");
    }

    @Test
    void a429WithoutRetryAfterPausesPollingInsteadOfPollingAgainAtOnce() throws Exception {
        wm.server().stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Rate limit exceeded\"}")));
        route(camel, "jiko:listEvents?delay=20&maxRetries=0", e -> { });
        await().atMost(WAIT).untilAsserted(() -> wm.server().verify(1, getRequestedFor(urlPathEqualTo(EVENTS))));
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> wm.server().verify(1, getRequestedFor(urlPathEqualTo(EVENTS))));
    }

    @Test
    void aPageThatPointsAtItselfFailsThePollInsteadOfLoopingForever() throws Exception {
        stub(get(urlPathEqualTo(COUNTERPARTIES)).withQueryParam("cursor", absent()),
                "{\"next_page\":\"c1\",\"items\":[" + counterparty("cp-1", "ACTIVE") + "]}");
        stub(get(urlPathEqualTo(COUNTERPARTIES)).withQueryParam("cursor", equalTo("c1")), "{\"next_page\":\"c1\",\"items\":[]}");
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(e -> errors.add(e.getProperty(Exchange.EXCEPTION_CAUGHT,
                        Throwable.class)));
                from("jiko:listCounterparties?startFrom=beginning&delay=50&bridgeErrorHandler=true").routeId("loop")
                        .process(e -> ids.add(String.valueOf(e.getMessage().getHeader(JikoConstants.ITEM_ID))));
            }
        });
        await().atMost(WAIT).until(() -> errors.size() >= 2);
        assertThat(errors.get(0)).hasMessageContaining("next_page is its own cursor");
        assertThat(ids).isEmpty();
        // each poll asked the looping page once, then gave up until the next poll
        assertThat(wm.server().findAll(getRequestedFor(urlPathEqualTo(COUNTERPARTIES)).withQueryParam("cursor", equalTo("c1"))).size())
                .isLessThanOrEqualTo(errors.size() + 1);
    }

    @Test
    void aPollReportsHowManyItemsItDeliveredSoAGreedyConsumerPollsAgainAtOnce() throws Exception {
        stub(get(urlPathEqualTo(EVENTS)).withQueryParam("after", absent()), page(null, event(1, "a", T0.plusSeconds(1)),
                event(2, "a", T0.plusSeconds(2)), event(3, "a", T0.plusSeconds(3))));
        stub(get(urlPathEqualTo(EVENTS)).withQueryParam("after", matching(".+")), page(null));
        List<Object> indexes = new CopyOnWriteArrayList<>();
        // the next scheduled poll is a minute away: only a poll that reported 3 items triggers the immediate one
        route(camel, "jiko:listEvents?startFrom=beginning&overlap=0&initialDelay=0&delay=60000&greedy=true",
                e -> indexes.add(e.getProperty(Exchange.BATCH_INDEX)));
        await().atMost(WAIT).untilAsserted(() -> wm.server().verify(getRequestedFor(urlPathEqualTo(EVENTS))
                .withQueryParam("after", equalTo("2026-03-01T10:00:03Z"))));
        assertThat(ids).containsExactly("e-1", "e-2", "e-3");
        assertThat(indexes).containsExactly(0, 1, 2);
    }

    @Test
    void thePositionKeyNamesTheFiltersButNotThePageSizeOrTheTimeBound() throws Exception {
        String subscription = "5b0c1b2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
        stub(get(urlPathEqualTo(EVENTS)), page(null, event(1, "a", T0.plusSeconds(1))));
        route(camel, "jiko:listEvents?startFrom=beginning&delay=50&limit=50&after=2026-01-01T00:00:00Z&subscriptionId="
                     + subscription + "&stateRepository=#positions", e -> { });
        await().atMost(WAIT).until(() -> ids.size() >= 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(positions.getState("jiko:listEvents[subscriptionId:" + subscription + "]"))
                .contains("2026-03-01T10:00:01Z"));
        assertThat(positions.getState("jiko:listEvents")).isNull();
        wm.server().verify(getRequestedFor(urlPathEqualTo(EVENTS)).withQueryParam("limit", equalTo("50"))
                .withQueryParam("subscription_id", equalTo(subscription)).withQueryParam("after", absent()));
    }

    @Test
    void aReadOrderTheConsumerOverridesIsWarnedAbout() throws Exception {
        stub(get(urlPathEqualTo(TRANSACTIONS)), page(null));
        String logs;
        try (io.cameljiko.component.support.LogCapture capture = new io.cameljiko.component.support.LogCapture()) {
            route(camel, "jiko:listTransactions?order=desc&delay=50", e -> { });
            await().atMost(WAIT).untilAsserted(() -> wm.server().verify(getRequestedFor(urlPathEqualTo(TRANSACTIONS))
                    .withQueryParam("order", equalTo("asc"))));
            logs = capture.text();
        }
        assertThat(logs.lines().filter(l -> l.startsWith("WARN") && l.contains("order=desc"))).hasSize(1);
    }

    @Test
    void aSnapshotPollDeliversAtMostMaxMessagesPerPollAndTheRestNextTime() throws Exception {
        stub(get(urlPathEqualTo(COUNTERPARTIES)), "{\"next_page\":null,\"items\":[" + counterparty("cp-1", "ACTIVE") + ","
                                                  + counterparty("cp-2", "ACTIVE") + "," + counterparty("cp-3", "ACTIVE") + "]}");
        route(camel, "jiko:listCounterparties?startFrom=beginning&delay=50&maxMessagesPerPoll=2&outputType=map", e -> { });
        await().atMost(WAIT).until(() -> ids.size() >= 3);
        assertThat(ids).startsWith("cp-1", "cp-2", "cp-3");
        assertThat(received.get(0).getProperty(Exchange.BATCH_SIZE)).isEqualTo(2);
        assertThat(received.get(2).getProperty(Exchange.BATCH_SIZE)).isEqualTo(1);
    }

    @Test
    void aSnapshotPollWithoutALimitDeliversEverythingNew() throws Exception {
        stub(get(urlPathEqualTo(COUNTERPARTIES)), "{\"next_page\":null,\"items\":[" + counterparty("cp-1", "ACTIVE") + ","
                                                  + counterparty("cp-2", "ACTIVE") + "," + counterparty("cp-3", "ACTIVE") + "]}");
        route(camel, "jiko:listCounterparties?startFrom=beginning&delay=50&maxMessagesPerPoll=0&outputType=map", e -> { });
        await().atMost(WAIT).until(() -> ids.size() >= 1);
        assertThat(received.get(0).getProperty(Exchange.BATCH_SIZE)).isEqualTo(3);
        await().atMost(WAIT).until(() -> ids.size() >= 3);
        assertThat(ids).startsWith("cp-1", "cp-2", "cp-3");
    }
}
