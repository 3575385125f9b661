package io.cameljiko.component.ops;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The edges of the value rules: each bound is accepted exactly at the bound and refused one step beyond it. */
class EdgeValuesTest extends WireMockCamelTest {

    static final String EVENTS = "/api/v1/events/";
    static final String TRANSACTIONS = "/api/v2/transactions/";
    static final String TRANSFERS = "/api/v1/transfer-requests/";
    static final String EMPTY_PAGE = "{\"prev_page\":null,\"next_page\":null,\"items\":[],\"object_type\":\"CursorList\"}";
    static final String POCKET = "11111111-1111-4111-8111-111111111111";

    void stub(MappingBuilder request, String body) {
        wm.server().stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(body)));
    }

    /** Refused before any request: a bad URI value when the endpoint is created, a bad body when it is sent. */
    private Throwable refused(String uri, Object body) {
        Throwable refusal;
        try {
            refusal = camel.send(uri, body, Map.of()).getException();
        } catch (org.apache.camel.ResolveEndpointFailedException e) {
            refusal = e.getCause();
        }
        assertThat(refusal).as("%s must be refused", uri).isInstanceOf(IllegalArgumentException.class);
        return refusal;
    }

    private void accepted(String uri, Object body) {
        Exchange ex = camel.send(uri, body, Map.of());
        assertThat(ex.getException()).as("%s must be accepted", uri).isNull();
    }

    @Test
    void limitIsOneToOneHundredInclusive() {
        stub(get(urlPathEqualTo(EVENTS)), EMPTY_PAGE);
        assertThat(refused("jiko:listEvents?limit=0", null)).hasMessageContaining("Option limit")
                .hasMessageContaining("'0'").hasMessageContaining("out of range 1..100");
        assertThat(refused("jiko:listEvents?limit=101", null)).hasMessageContaining("Option limit")
                .hasMessageContaining("'101'");
        assertThat(refused("jiko:listEvents?limit=-5", null)).hasMessageContaining("Option limit");
        wm.server().verify(0, getRequestedFor(urlPathEqualTo(EVENTS)));

        accepted("jiko:listEvents?limit=1", null);
        accepted("jiko:listEvents?limit=100", null);
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(EVENTS)).withQueryParam("limit", equalTo("1")));
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(EVENTS)).withQueryParam("limit", equalTo("100")));
    }

    @Test
    void amountFiltersAreCentsFromZeroUpwards() {
        stub(get(urlPathEqualTo(TRANSACTIONS)), EMPTY_PAGE);
        assertThat(refused("jiko:listTransactions?amountFrom=-1", null)).hasMessageContaining("Option amountFrom")
                .hasMessageContaining("'-1'");
        assertThat(refused("jiko:listTransactions?amountTo=-100", null)).hasMessageContaining("Option amountTo");
        wm.server().verify(0, getRequestedFor(urlPathEqualTo(TRANSACTIONS)));

        accepted("jiko:listTransactions?amountFrom=0&amountTo=0", null);
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(TRANSACTIONS)).withQueryParam("amount_from", equalTo("0"))
                .withQueryParam("amount_to", equalTo("0")));
    }

    @Test
    void aTransferOfZeroCentsIsRefusedAndOneCentGoesOut() {
        wm.server().stubFor(post(urlPathEqualTo(TRANSFERS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"tr-1\"}")));
        String zero = transfer(0);
        assertThat(refused("jiko:createTransferRequest", zero)).hasMessageContaining("transfer.amount.amount_usdc")
                .hasMessageContaining("positive");
        assertThat(refused("jiko:createTransferRequest", transfer(-1))).hasMessageContaining("transfer.amount.amount_usdc");
        wm.server().verify(0, postRequestedFor(urlPathEqualTo(TRANSFERS)));

        accepted("jiko:createTransferRequest", transfer(1));
        wm.server().verify(1, postRequestedFor(urlPathEqualTo(TRANSFERS))
                .withRequestBody(equalToJson("{\"transfer\":{\"amount\":{\"amount_usdc\":1}}}", true, true)));
    }

    private static String transfer(long cents) {
        return "{\"transfer\":{\"type\":\"WIRE\",\"origin_pocket_id\":\"" + POCKET
               + "\",\"amount\":{\"type\":\"REQUESTED_AMOUNT\",\"amount_usdc\":" + cents + "}}}";
    }

    @Test
    void dateTimeHeadersAcceptJavaTimeTypesAndKeepTheirOffset() {
        stub(get(urlPathEqualTo(EVENTS)), EMPTY_PAGE);
        Instant instant = Instant.parse("2026-03-01T09:00:00Z");
        Map<Object, String> expected = new java.util.LinkedHashMap<>();
        expected.put(instant, "2026-03-01T09:00:00Z");
        expected.put(OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(1)), "2026-03-01T10:00:00+01:00");
        expected.put(ZonedDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneId.of("Europe/Paris")), "2026-03-01T10:00:00+01:00");
        expected.put(Date.from(instant.plusSeconds(1)), "2026-03-01T09:00:01Z");
        expected.forEach((value, text) -> {
            wm.server().resetRequests();
            Exchange ex = camel.send("jiko:listEvents", null, Map.of(JikoConstants.headerFor("after"), value));
            assertThat(ex.getException()).as("%s", value.getClass()).isNull();
            wm.server().verify(1, getRequestedFor(urlPathEqualTo(EVENTS)).withQueryParam("after", equalTo(text)));
        });
    }

    @Test
    void theRequestOperationSendsAStringOrBytesBodyAsItIs() {
        wm.server().stubFor(post(urlPathMatching("/api/v1/things/.*")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        String json = "{\"name\":\"petty cash\",\"cents\":100}";
        accepted("jiko:request?method=POST&path=/api/v1/things/text", json);
        byte[] bytes = "raw,csv,line\n".getBytes(StandardCharsets.UTF_8);
        Exchange ex = camel.send("jiko:request?method=POST&path=/api/v1/things/bytes", bytes,
                Map.of(Exchange.CONTENT_TYPE, "text/csv"));
        assertThat(ex.getException()).isNull();

        wm.server().verify(1, postRequestedFor(urlPathEqualTo("/api/v1/things/text")).withRequestBody(equalTo(json))
                .withHeader("Content-Type", equalTo("application/json")));
        wm.server().verify(1, postRequestedFor(urlPathEqualTo("/api/v1/things/bytes")).withRequestBody(binaryEqualTo(bytes))
                .withHeader("Content-Type", equalTo("text/csv")));
    }

    @Test
    void aPageThatPointsAtItselfStopsIterationWithAClearError() {
        String notifications = "/api/v1/notifications/";
        stub(get(urlPathEqualTo(notifications)).withQueryParam("cursor", absent()),
                "{\"prev_page\":null,\"next_page\":\"c1\",\"items\":[{\"id\":\"n-0\"}],\"object_type\":\"CursorList\"}");
        // the first answer at c1 is empty and points at c1 again; asked again, it would show an item
        wm.server().stubFor(get(urlPathEqualTo(notifications)).withQueryParam("cursor", equalTo("c1")).inScenario("loop")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("again")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"prev_page\":null,\"next_page\":\"c1\",\"items\":[],\"object_type\":\"CursorList\"}")));
        wm.server().stubFor(get(urlPathEqualTo(notifications)).withQueryParam("cursor", equalTo("c1")).inScenario("loop")
                .whenScenarioStateIs("again")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"prev_page\":null,\"next_page\":null,\"items\":[{\"id\":\"n-x\"}],\"object_type\":\"CursorList\"}")));

        Exchange ex = camel.send("jiko:listNotifications?paginate=true&outputType=map");
        assertThat(ex.getException()).isNull();
        Iterator<?> it = ex.getMessage().getBody(Iterator.class);
        assertThat(it.hasNext()).isTrue();
        it.next();
        Throwable loop = catchThrowable(it::hasNext);
        assertThat(loop).isInstanceOf(IllegalStateException.class).hasMessageContaining("next_page is its own cursor");
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(notifications)).withQueryParam("cursor", equalTo("c1")));
        wm.server().verify(2, anyRequestedFor(urlPathEqualTo(notifications)));
    }
}
