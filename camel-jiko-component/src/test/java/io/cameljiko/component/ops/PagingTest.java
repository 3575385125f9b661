package io.cameljiko.component.ops;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.client.PageIterator;
import io.cameljiko.component.model.Notification;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PagingTest {

    static final int PAGES = 55;
    static final int PER_PAGE = 20;
    static final String PATH = "/api/v1/notifications/";
    JikoWireMock wm;
    Camel camel;

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
        for (int p = 0; p < PAGES; p++) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < PER_PAGE; i++) {
                int n = p * PER_PAGE + i;
                items.append(i == 0 ? "" : ",").append("{\"id\":\"n-").append(n).append("\",\"title\":\"t").append(n).append("\"}");
            }
            String next = p + 1 < PAGES ? "\"c" + (p + 1) + "\"" : "null";
            String prev = p > 0 ? "\"c" + (p - 1) + "\"" : "null";
            var stub = get(urlPathEqualTo(PATH)).withQueryParam("status", equalTo("UNREAD"));
            stub = p == 0 ? stub.withQueryParam("cursor", absent()) : stub.withQueryParam("cursor", equalTo("c" + p));
            wm.server().stubFor(stub.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"prev_page\":" + prev + ",\"next_page\":" + next + ",\"items\":[" + items
                              + "],\"object_type\":\"CursorList\"}")));
        }
        camel = Camel.withClientCredentials(wm);
    }

    @AfterEach
    void stop() {
        camel.close();
        wm.close();
    }

    @Test
    void paginateFromACursorHeaderFollowsNextPageNotTheHeader() {
        // the header names where to start; later pages must take next_page, not that header again
        Exchange ex = camel.send("jiko:listNotifications?status=UNREAD&paginate=true", null,
                Map.of(JikoConstants.CURSOR, "c53"));
        Iterator<?> items = (Iterator<?>) ex.getMessage().getBody();
        List<Object> read = new ArrayList<>();
        while (items.hasNext() && read.size() <= 2 * PER_PAGE) {
            read.add(items.next());
        }
        assertThat(read).hasSize(2 * PER_PAGE);
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("cursor", equalTo("c53")));
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("cursor", equalTo("c54")));
        wm.server().verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void oneListCallReturnsOnePageWithItsCursors() {
        Exchange first = camel.send("jiko:listNotifications?status=UNREAD");
        Exchange second = camel.send("jiko:listNotifications?status=UNREAD", null,
                Map.of(JikoConstants.CURSOR, first.getMessage().getHeader(JikoConstants.NEXT_PAGE)));

        assertThat(first.getMessage().getHeader(JikoConstants.NEXT_PAGE)).isEqualTo("c1");
        assertThat(first.getMessage().getHeader(JikoConstants.PREV_PAGE)).isNull();
        assertThat(second.getMessage().getHeader(JikoConstants.NEXT_PAGE)).isEqualTo("c2");
        assertThat(second.getMessage().getHeader(JikoConstants.PREV_PAGE)).isEqualTo("c0");
        wm.server().verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void paginateIteratesEveryItemOfEveryPageLazily() {
        Exchange ex = camel.send("jiko:listNotifications?status=UNREAD&paginate=true");
        assertThat(ex.getException()).isNull();
        @SuppressWarnings("unchecked")
        Iterator<Notification> it = ex.getMessage().getBody(Iterator.class);
        // nothing beyond the first page is fetched before it is needed
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
        List<String> ids = new ArrayList<>();
        while (it.hasNext()) {
            ids.add(it.next().id());
            if (ids.size() == PER_PAGE) {
                wm.server().verify(1, getRequestedFor(urlPathEqualTo(PATH)));
            }
        }
        assertThat(ids).hasSize(PAGES * PER_PAGE).startsWith("n-0", "n-1").endsWith("n-" + (PAGES * PER_PAGE - 1));
        assertThat(ids).doesNotHaveDuplicates();
        wm.server().verify(PAGES, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("status", equalTo("UNREAD"))
                .withHeader("Authorization", equalTo("Bearer " + JikoWireMock.TOKEN)));
    }

    @Test
    void paginateWorksWithSplitStreaming() throws Exception {
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:all").to("jiko:listNotifications?status=UNREAD&paginate=true&outputType=map")
                        .split(body()).streaming().to("mock:item");
            }
        });
        MockEndpoint mock = camel.context().getEndpoint("mock:item", MockEndpoint.class);
        mock.expectedMessageCount(PAGES * PER_PAGE);
        camel.send("direct:all");
        mock.assertIsSatisfied(10_000);
        assertThat(mock.getExchanges().get(PAGES * PER_PAGE - 1).getMessage().getBody(Map.class))
                .containsEntry("id", "n-" + (PAGES * PER_PAGE - 1));
    }

    /** Pages already iterated become garbage: the iterator holds one page, whatever the page count. */
    @Test
    void finishedPagesAreReleased() {
        List<WeakReference<JsonNode>> handedOut = new ArrayList<>();
        java.util.function.Function<String, JsonNode> pageAt = cursor -> {
            int n = cursor == null ? 0 : Integer.parseInt(cursor);
            var page = JikoJson.MAPPER.createObjectNode();
            var items = page.putArray("items");
            for (int i = 0; i < 100; i++) {
                items.addObject().put("id", n + "-" + i).put("padding", "x".repeat(1000));
            }
            page.put("next_page", n + 1 < 1000 ? String.valueOf(n + 1) : null);
            handedOut.add(new WeakReference<>(items)); // what the iterator keeps of a page
            return page;
        };
        PageIterator it = new PageIterator(pageAt.apply(null), pageAt, JsonNode::toString);
        for (int seen = 0; seen < 100 * 50; seen++) {
            it.next();
        }
        assertThat(it.pagesRead()).isEqualTo(50);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            System.gc();
            assertThat(handedOut.subList(0, 49).stream().filter(r -> r.get() != null).count()).isZero();
        });
        assertThat(handedOut.get(49).get()).as("the current page is still held").isNotNull();
        assertThat(it.hasNext()).isTrue();
    }
}
