package io.cameljiko.component.consumer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.cameljiko.component.consumer.EventConsumerTest.page;
import static io.cameljiko.component.consumer.ModelPagesTest.TRANSACTIONS;
import static io.cameljiko.component.consumer.ModelPagesTest.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Catching up on settled history over HTTP: each poll after a full one sends only the cursor where the last stopped
 * (with the same time filter), never the overlap window again, until the listing ends; Jiko's clock is the Date
 * header of its answers.
 */
class ConsumerResumeTest extends WireMockCamelTest {

    /** Months after the items: they are settled whatever the overlap. */
    static final String SERVED_AT = "Tue, 01 Dec 2026 12:00:00 GMT";

    final List<String> receivedIds = new CopyOnWriteArrayList<>();

    void stub(MappingBuilder request, String body) {
        wm.server().stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Date", SERVED_AT).withBody(body)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "json"})
    void aCatchUpReadsEachPageOnceAndTheOverlapOnlyAtTheEnd(String outputType) throws Exception {
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("cursor", absent()).withQueryParam("time_booked_from", absent()),
                page("c2", transaction("t-1", "2026-03-01T10:00:01Z", 100), transaction("t-2", "2026-03-01T10:00:02Z", 200)));
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("cursor", equalTo("c2")),
                page("c3", transaction("t-3", "2026-03-01T10:00:03Z", 300), transaction("t-4", "2026-03-01T10:00:04Z", 400)));
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("cursor", equalTo("c3")),
                page(null, transaction("t-5", "2026-03-01T10:00:05Z", 500)));
        // the end of the listing: the next poll reads from the watermark minus the default overlap (60 s)
        stub(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("cursor", absent())
                .withQueryParam("time_booked_from", equalTo("2026-03-01T09:59:05Z")),
                page(null, transaction("t-5", "2026-03-01T10:00:05Z", 500)));
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jiko:listTransactions?startFrom=beginning&maxMessagesPerPoll=2&delay=20&outputType=" + outputType)
                        .process(e -> receivedIds.add(e.getMessage().getHeader(JikoConstants.ITEM_ID, String.class)));
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> requests().contains("time_booked_from=2026-03-01T09:59:05Z"));
        List<String> requests = requests();
        assertThat(requests.subList(0, 4)).containsExactly("", "cursor=c2", "cursor=c3", "time_booked_from=2026-03-01T09:59:05Z");
        assertThat(requests.subList(4, requests.size())).allMatch("time_booked_from=2026-03-01T09:59:05Z"::equals);
        assertThat(receivedIds).containsExactly("t-1", "t-2", "t-3", "t-4", "t-5");
    }

    /** The cursor and time filter of each listing request, oldest first (order and limit are always sent). */
    List<String> requests() {
        List<ServeEvent> events = new java.util.ArrayList<>(wm.server().getAllServeEvents());
        java.util.Collections.reverse(events);
        return events.stream().map(ServeEvent::getRequest).filter(r -> r.getUrl().startsWith(TRANSACTIONS))
                .map(r -> {
                    assertThat(r.queryParameter("order").firstValue()).isEqualTo("asc");
                    return String.join("&", java.util.stream.Stream.of("cursor", "time_booked_from")
                            .filter(name -> r.queryParameter(name).isPresent())
                            .map(name -> name + "=" + r.queryParameter(name).firstValue()).toList());
                }).toList();
    }
}
