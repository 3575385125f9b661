package io.cameljiko.component.consumer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cameljiko.component.JikoComponent;
import io.cameljiko.component.JikoEndpoint;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.client.JikoRequest;
import io.cameljiko.component.client.JikoResponse;
import io.cameljiko.component.client.RatePriority;
import io.cameljiko.component.client.ResponseHeaders;
import io.cameljiko.component.model.Transaction;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page source of a consumer's polls: the first page of a poll goes out as a poll (it starts only when the rate
 * budget allows), even at a cursor where the last poll stopped; later pages as paging. Each page carries Jiko's Date.
 */
class PollPagesTest {

    static final String PAGE = "{\"items\":[{\"id\":\"t-1\",\"type\":\"ACH\",\"time_booked\":\"2026-03-01T10:00:01Z\"}],"
                               + "\"next_page\":\"c9\"}";

    @Test
    void aPollsFirstPageIsSentAsAPollEvenAtACursorAndLaterPagesAsPaging() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            JikoComponent jiko = new JikoComponent();
            jiko.getConfiguration().setAccessToken("token-for-a-test");
            camel.addComponent("jiko", jiko);
            camel.start();
            JikoEndpoint endpoint = (JikoEndpoint) camel.getEndpoint("jiko:listTransactions?startFrom=beginning");
            List<JikoRequest> sent = new CopyOnWriteArrayList<>();
            endpoint.setClient(request -> {
                sent.add(request);
                return new JikoResponse(200, ResponseHeaders.of(Map.of("Content-Type", List.of("application/json"),
                        "Date", List.of("Tue, 01 Dec 2026 12:00:00 GMT"))),
                        new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));
            });
            Operation operation = OperationCatalog.require("listTransactions");
            for (ModelKeys keys : new ModelKeys[] {ModelKeys.of(operation), null}) {
                sent.clear();
                IncrementalTracker.ModelPageSource pages = Positions.pages(endpoint, operation, keys);
                PolledPage resumed = pages.first("2026-03-01T09:59:00Z", "c4");
                PolledPage fresh = pages.first("2026-03-01T09:59:00Z", null);
                PolledPage next = pages.read("2026-03-01T09:59:00Z", "c5");

                assertThat(sent).extracting(JikoRequest::priority)
                        .containsExactly(RatePriority.POLL, RatePriority.POLL, RatePriority.PAGING);
                assertThat(sent.get(0).uri().getRawQuery()).contains("cursor=c4").contains("time_booked_from=2026-03-01T09%3A59%3A00Z");
                assertThat(sent.get(1).uri().getRawQuery()).doesNotContain("cursor=");
                for (PolledPage page : List.of(resumed, fresh, next)) {
                    assertThat(page.servedAt()).isEqualTo("2026-12-01T12:00:00Z");
                    assertThat(page.nextPage()).isEqualTo("c9");
                }
                if (keys != null) {
                    assertThat(resumed.models()).singleElement().isInstanceOf(Transaction.class);
                } else {
                    assertThat(resumed.tree().path("items").get(0).path("id").asText()).isEqualTo("t-1");
                }
            }
        }
    }
}
