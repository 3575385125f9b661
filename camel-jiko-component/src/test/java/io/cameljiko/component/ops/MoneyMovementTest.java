package io.cameljiko.component.ops;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.error.JikoOutcomeUnknownException;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** A transfer is never sent twice under two ids: the id is fixed before the first attempt. */
class MoneyMovementTest extends WireMockCamelTest {

    static final String PATH = "/api/v1/transfer-requests/";
    static final String POCKET = "11111111-1111-4111-8111-111111111111";
    static final String BODY_WITHOUT_ID = "{\"transfer\":{\"type\":\"WIRE\",\"origin_pocket_id\":\"" + POCKET + "\","
                                          + "\"counterparty_id\":\"22222222-2222-4222-8222-222222222222\","
                                          + "\"amount\":{\"type\":\"REQUESTED_AMOUNT\",\"amount_usdc\":250000}},\"reviewers\":[]}";

    private List<String> sentTransferIds() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (LoggedRequest r : wm.server().findAll(postRequestedFor(urlPathEqualTo(PATH)))) {
            ids.add(JikoJson.MAPPER.readTree(r.getBodyAsString()).path("transfer").path("id").asText());
        }
        return ids;
    }

    @Test
    void aRedeliveryOfTheSameExchangeSendsTheSameTransferId() throws Exception {
        wm.server().stubFor(post(urlPathEqualTo(PATH)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("up").willReturn(aResponse().withStatus(503)));
        wm.server().stubFor(post(urlPathEqualTo(PATH)).inScenario("t").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"PENDING_APPROVAL\"}")));
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(2).redeliveryDelay(10));
                from("direct:pay").to("jiko:createTransferRequest?outputType=map");
            }
        });

        Exchange ex = camel.send("direct:pay", BODY_WITHOUT_ID, Map.of());

        assertThat(ex.getException()).isNull();
        List<String> ids = sentTransferIds();
        assertThat(ids).hasSize(2);
        assertThat(ids.get(0)).matches("[0-9a-f-]{36}").isEqualTo(ids.get(1));
        assertThat(ex.getMessage().getHeader(JikoConstants.TRANSFER_ID)).isEqualTo(ids.get(0));
    }

    @Test
    void aServerErrorIsNotRetriedByTheComponentAndTheIdIsKnownBeforeSending() throws Exception {
        wm.server().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));
        Exchange ex = camel.send("jiko:createTransferRequest", BODY_WITHOUT_ID, Map.of());
        assertThat(ex.getException()).isInstanceOf(JikoApiException.class);
        assertThat(sentTransferIds()).hasSize(1).containsExactly(ex.getMessage().getHeader(JikoConstants.TRANSFER_ID, String.class));
    }

    @Test
    void anUnansweredCreateSaysWhichIdToLookUp() throws Exception {
        wm.server().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(201).withFixedDelay(1500)));
        Exchange ex = camel.send("jiko:createTransferRequest?requestTimeout=300", BODY_WITHOUT_ID, Map.of());
        String id = ex.getMessage().getHeader(JikoConstants.TRANSFER_ID, String.class);
        assertThat(ex.getException()).isInstanceOf(JikoOutcomeUnknownException.class)
                .hasMessageContaining("look up id " + id).hasMessageContaining("not retried");
        assertThat(((JikoOutcomeUnknownException) ex.getException()).getResourceId()).isEqualTo(id);
        assertThat(sentTransferIds()).containsExactly(id);
    }

    @Test
    void aClientSuppliedIdIsKeptAndReported() throws Exception {
        wm.server().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        String mine = "7fe330b4-1c1c-4461-ab11-2d257e92126f";
        Exchange ex = camel.send("jiko:createTransferRequest?outputType=map",
                BODY_WITHOUT_ID.replace("{\"type\":\"WIRE\"", "{\"id\":\"" + mine + "\",\"type\":\"WIRE\""), Map.of());
        assertThat(ex.getException()).isNull();
        assertThat(sentTransferIds()).containsExactly(mine);
        assertThat(ex.getMessage().getHeader(JikoConstants.TRANSFER_ID)).isEqualTo(mine);
    }

    @Test
    void twoExchangesGetTwoIds() throws Exception {
        wm.server().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        camel.send("jiko:createTransferRequest?outputType=map", BODY_WITHOUT_ID, Map.of());
        camel.send("jiko:createTransferRequest?outputType=map", BODY_WITHOUT_ID, Map.of());
        assertThat(sentTransferIds()).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void theCreatedIdFlowsIntoApproval() throws Exception {
        wm.server().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        wm.server().stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(PATH + "[0-9a-f-]+/approve/"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"APPROVED\"}")));
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:dual").to("jiko:createTransferRequest").to("jiko:approveTransferRequest?outputType=map");
            }
        });
        Exchange ex = camel.send("direct:dual", BODY_WITHOUT_ID, Map.of());
        assertThat(ex.getException()).isNull();
        String id = sentTransferIds().get(0);
        wm.server().verify(1, postRequestedFor(urlPathEqualTo(PATH + id + "/approve/")));
    }
}
