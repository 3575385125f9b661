package io.cameljiko.component.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.model.Trade;
import io.cameljiko.component.model.Transaction;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.cameljiko.component.consumer.EventConsumerTest.T0;
import static io.cameljiko.component.consumer.EventConsumerTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * outputType=model on a time-filtered listing: pages are read straight into the models (no JSON tree first), the
 * tracker reads each item's id and instant from the model, and what is delivered, requested and skipped is what the
 * JSON-tree reading gives.
 */
class ModelPagesTest extends WireMockCamelTest {

    static final String TRANSACTIONS = "/api/v2/transactions/";

    static String transaction(String id, String booked, long cents) {
        return "{\"id\":\"" + id + "\",\"type\":\"ACH\",\"amount\":{\"value\":" + cents + ",\"currency\":\"USD\"},"
               + "\"time_booked\":\"" + booked + "\",\"ach_trace\":\"tr-" + id + "\"}";
    }

    final List<Exchange> received = new CopyOnWriteArrayList<>();

    void stub(com.github.tomakehurst.wiremock.client.MappingBuilder request, String body) {
        wm.server().stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(body)));
    }

    void route(String uri) throws Exception {
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("models").process(received::add);
            }
        });
    }

    /**
     * Serves {@code firstPage} to the first poll and an empty page from {@code watermark} on, and answers the ids of the
     * Transaction bodies delivered once the consumer has asked from that watermark.
     */
    List<String> deliveredIds(String firstPage, String watermark, String options) throws Exception {
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("time_booked_from", absent()), firstPage);
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("time_booked_from", equalTo(watermark)), page(null));
        route("jiko:listTransactions?startFrom=beginning&overlap=0&delay=50" + options);
        await().atMost(Duration.ofSeconds(8)).untilAsserted(() -> wm.server().verify(getRequestedFor(urlPathEqualTo(TRANSACTIONS))
                .withQueryParam("time_booked_from", equalTo(watermark))));
        return received.stream().map(e -> e.getMessage().getBody(Transaction.class).id()).toList();
    }

    @Test
    void theModelsOfEveryPageAreDeliveredOldestFirstAndTheNextPollAsksFromTheWatermark() throws Exception {
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("time_booked_from", absent()).withQueryParam("cursor", absent()),
                page("p2", transaction("t-2", "2026-03-01T10:00:02.250000+00:00", 250),
                        transaction("t-1", "2026-03-01T10:00:01Z", 100)));
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("cursor", equalTo("p2")),
                page(null, transaction("t-3", "2026-03-01T10:00:03Z", 300)));
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("time_booked_from", equalTo("2026-03-01T10:00:03Z")),
                page(null, transaction("t-3", "2026-03-01T10:00:03Z", 300)));
        route("jiko:listTransactions?startFrom=beginning&overlap=0&maxMessagesPerPoll=0&delay=50");

        await().atMost(Duration.ofSeconds(8)).until(() -> received.size() >= 3);
        await().atMost(Duration.ofSeconds(8)).untilAsserted(() -> wm.server().verify(getRequestedFor(urlPathEqualTo(TRANSACTIONS))
                .withQueryParam("time_booked_from", equalTo("2026-03-01T10:00:03Z")).withQueryParam("order", equalTo("asc"))));
        assertThat(received).hasSize(3);
        assertThat(received).extracting(e -> e.getMessage().getHeader(JikoConstants.ITEM_ID)).containsExactly("t-1", "t-2", "t-3");
        List<Transaction> bodies = received.stream().map(e -> e.getMessage().getBody(Transaction.class)).toList();
        assertThat(bodies).extracting(t -> t.amount().value()).containsExactly(100L, 250L, 300L);
        assertThat(bodies).extracting(t -> t.amount().currency()).containsOnly("USD");
        assertThat(bodies.get(1).timeBooked()).isEqualTo(T0.plusMillis(2250));
        assertThat(bodies.get(0).otherFields()).containsEntry("ach_trace", "tr-t-1"); // unknown fields kept
    }

    @Test
    void anItemWhoseInstantIsNotIso8601IsSkippedAsWithJsonTreesAndTheOthersAreDelivered() throws Exception {
        assertThat(deliveredIds(page(null, transaction("t-1", "2026-03-01T10:00:01Z", 100), transaction("t-2", "yesterday", 200),
                transaction("t-3", "2026-03-01T10:00:03Z", 300)), "2026-03-01T10:00:03Z", "&outputType=model"))
                .containsExactly("t-1", "t-3");
    }

    @Test
    void theTrackerTakesIdAndInstantFromTheModelsAndKeepsNoJson() throws Exception {
        var operation = OperationCatalog.require("listTransactions");
        ModelKeys keys = ModelKeys.of(operation);
        IncrementalTracker tracker = new IncrementalTracker(operation.poll(), Duration.ZERO, n -> true, null, null);
        List<?> models = List.of(JikoJson.MAPPER.readValue(transaction("b", "2026-03-01T10:00:02Z", 2), Transaction.class),
                JikoJson.MAPPER.readValue(transaction("a", "2026-03-01T10:00:01.5+01:00", 1), Transaction.class));
        List<Candidate> found = tracker.nextPages((from, cursor) -> new PolledPage(null, models, keys, null, null), 0);

        assertThat(found).extracting(Candidate::id).containsExactly("a", "b");
        assertThat(found).extracting(Candidate::instant).containsExactly(Instant.parse("2026-03-01T09:00:01.5Z"),
                T0.plusSeconds(2));
        assertThat(found).extracting(Candidate::item).containsOnlyNulls();
        assertThat(found.get(0).model()).isSameAs(models.get(1));
        found.forEach(tracker::delivered);
        assertThat(tracker.position()).isEqualTo("watermark 2026-03-01T10:00:02Z");
    }

    @Test
    void keysAreFoundForEveryPlainTimeFilteredListingAndReadWhatTheJsonPathsRead() throws Exception {
        ModelKeys trades = ModelKeys.of(OperationCatalog.require("listTrades"));
        Trade trade = JikoJson.MAPPER.readValue("{\"id\":\"tr-1\",\"trade_datetime\":\"2026-03-01T10:00:00Z\"}", Trade.class);
        assertThat(trades.id(trade)).isEqualTo("tr-1");
        assertThat(trades.instant(trade)).isEqualTo(T0);
        assertThat(ModelKeys.of(OperationCatalog.require("exportTeamAuditLogs"))).isNotNull();
        assertThat(ModelKeys.of(OperationCatalog.require("listTransactions"))).isNotNull();
        // the body is a part of each item and events are filtered by type: read as trees
        assertThat(ModelKeys.of(OperationCatalog.require("listEvents"))).isNull();
        // no time filter: snapshots fingerprint each item's JSON
        assertThat(ModelKeys.of(OperationCatalog.require("listPockets"))).isNull();
        // an item without an id has none in its model either: the tracker skips it, as with trees
        Transaction noId = JikoJson.MAPPER.readValue("{\"time_booked\":\"2026-03-01T10:00:00Z\"}", Transaction.class);
        assertThat(ModelKeys.of(OperationCatalog.require("listTransactions")).id(noId)).isNull();
        JsonNode tree = JikoJson.MAPPER.readTree(transaction("t-9", "2026-03-01T10:00:00Z", 9));
        Transaction model = JikoJson.MAPPER.treeToValue(tree, Transaction.class);
        ModelKeys keys = ModelKeys.of(OperationCatalog.require("listTransactions"));
        assertThat(keys.id(model)).isEqualTo(io.cameljiko.component.json.JsonPaths.text(tree, "id"));
        assertThat(keys.instant(model)).isEqualTo(IncrementalTracker.instant(io.cameljiko.component.json.JsonPaths.text(tree,
                "time_booked")));
    }

    @Test
    void aBlankNextPageEndsTheListingAndANullItemIsSkippedAsWithJsonTrees() throws Exception {
        assertThat(deliveredIds("{\"next_page\":\"\",\"items\":[" + transaction("t-1", "2026-03-01T10:00:01Z", 100) + ",null,"
                + transaction("t-2", "2026-03-01T10:00:02Z", 200) + "]}", "2026-03-01T10:00:02Z", ""))
                .containsExactly("t-1", "t-2");
        // "" is the end of the listing, not a cursor to ask for
        wm.server().verify(0, getRequestedFor(urlPathEqualTo(TRANSACTIONS)).withQueryParam("cursor", com.github.tomakehurst.wiremock
                .client.WireMock.matching(".*")));
    }

    @Test
    void withOutputTypeJsonEachItemIsTheJsonJikoSentNotItsModelWrittenAgain() throws Exception {
        String item = "{\"id\":\"t-1\",\"type\":\"ACH\",\"amount\":{\"value\":100,\"currency\":\"USD\"},"
                      + "\"time_booked\":\"2026-03-01T10:00:01.250000+00:00\",\"description\":null}";
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("time_booked_from", absent()), page(null, item));
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("time_booked_from", equalTo("2026-03-01T10:00:01.25Z")), page(null));
        route("jiko:listTransactions?startFrom=beginning&overlap=0&delay=50&outputType=json");

        await().atMost(Duration.ofSeconds(8)).until(() -> received.size() >= 1);
        assertThat(JikoJson.MAPPER.readTree(received.get(0).getMessage().getBody(String.class)))
                .isEqualTo(JikoJson.MAPPER.readTree(item)); // its own time text and its explicit null
    }
}
