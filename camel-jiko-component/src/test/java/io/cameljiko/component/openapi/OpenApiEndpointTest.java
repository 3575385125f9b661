package io.cameljiko.component.openapi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.LogCapture;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** openApiSpec on an endpoint: the start-up report, and operations only the description has, called through the pipeline. */
class OpenApiEndpointTest extends WireMockCamelTest {

    static final String SPEC = "openApiSpec=" + Fixtures.FIXTURE;
    static final String LIST_APPS = "jiko:list_business_applications_api_v2_business_applications__get";
    static final String GET_APP = "jiko:get_business_application_api_v2_business_applications__application_id___get";
    static final String CREATE_APP = "jiko:create_business_application_api_v2_business_applications__post";
    static final String APP_ID = "5f0c3a52-0f4e-4a34-9d8a-6c1d1b7e2a10";
    static final String APPS = "/api/v2/business-applications/";

    @TempDir
    Path dir;

    @Test
    void anOperationOnlyInTheFileIsCalledWithPagingTokenAndQuery() {
        stubPage(null, "{\"id\":\"a-1\"},{\"id\":\"a-2\"}", "\"c2\"");
        stubPage("c2", "{\"id\":\"a-3\"}", "null");
        Exchange ex = camel.send(LIST_APPS + "?" + SPEC + "&outputType=map&paginate=true&status=SUBMITTED&limit=2");
        assertThat(ex.getException()).isNull();
        List<Object> ids = new ArrayList<>();
        ((Iterator<?>) ex.getMessage().getBody()).forEachRemaining(item -> ids.add(((Map<?, ?>) item).get("id")));
        assertThat(ids).containsExactly("a-1", "a-2", "a-3");
        wm.server().verify(2, getRequestedFor(urlPathEqualTo(APPS))
                .withQueryParam("status", equalTo("SUBMITTED")).withQueryParam("limit", equalTo("2"))
                .withHeader("Authorization", equalTo("Bearer " + JikoWireMock.TOKEN)));
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(APPS)).withQueryParam("cursor", equalTo("c2")));
    }

    @Test
    void oneCallReturnsOnePageWithItsCursorAsJson() {
        stubPage(null, "{\"id\":\"a-1\"}", "\"c2\"");
        Exchange ex = camel.send(LIST_APPS + "?" + SPEC + "&outputType=json", null,
                Map.of("CamelJikoStatus", "DRAFT"));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(String.class)).contains("\"a-1\"");
        assertThat(ex.getMessage().getHeader(JikoConstants.NEXT_PAGE)).isEqualTo("c2");
        wm.server().verify(getRequestedFor(urlPathEqualTo(APPS)).withQueryParam("status", equalTo("DRAFT")));
    }

    @Test
    void theOperationHeaderMayNameAnOperationOnlyInTheFile() {
        stubPage(null, "{\"id\":\"a-9\"}", "null");
        Exchange ex = camel.send("jiko:getTeam?outputType=map&" + SPEC, null,
                Map.of(JikoConstants.OPERATION, LIST_APPS.substring(5)));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(Map.class)).containsEntry("next_page", null);
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(APPS)));
    }

    @Test
    void pathParametersComeFromHeadersOrTheUriNamedAsTheDescriptionNamesThem() {
        wm.server().stubFor(get(urlPathEqualTo(APPS + APP_ID + "/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + APP_ID + "\",\"legal_name\":\"Acme\"}")));
        Exchange byHeader = camel.send(GET_APP + "?" + SPEC + "&outputType=map", null, Map.of("CamelJikoApplicationId", APP_ID));
        Exchange byUri = camel.send(GET_APP + "?" + SPEC + "&outputType=map&application_id=" + APP_ID);
        Exchange byOptionName = camel.send(GET_APP + "?" + SPEC + "&outputType=map&applicationId=" + APP_ID);
        for (Exchange ex : List.of(byHeader, byUri, byOptionName)) {
            assertThat(ex.getException()).isNull();
            assertThat(ex.getMessage().getBody(Map.class)).containsEntry("legal_name", "Acme");
        }
        wm.server().verify(3, getRequestedFor(urlPathEqualTo(APPS + APP_ID + "/")));
    }

    @Test
    void aJsonBodyIsSentAndItsRequiredFieldsCheckedFirst() {
        wm.server().stubFor(post(urlPathEqualTo(APPS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + APP_ID + "\"}")));
        Exchange ok = camel.send(CREATE_APP + "?" + SPEC + "&outputType=map", Map.of("legal_name", "Acme"), Map.of());
        assertThat(ok.getException()).isNull();
        assertThat(ok.getMessage().getBody(Map.class)).containsEntry("id", APP_ID);
        wm.server().verify(postRequestedFor(urlPathEqualTo(APPS)).withRequestBody(equalToJson("{\"legal_name\":\"Acme\"}")));

        Exchange missing = camel.send(CREATE_APP + "?" + SPEC + "&outputType=map", Map.of("website", "x"), Map.of());
        assertThat(missing.getException()).hasMessageContaining("legal_name").hasMessageContaining("required");
        wm.server().verify(1, postRequestedFor(urlPathEqualTo(APPS)));
    }

    @Test
    void retriesAndErrorMappingAreTheCatalogsOwn() {
        String path = APPS + APP_ID + "/";
        wm.server().stubFor(get(urlPathEqualTo(path)).inScenario("r").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wm.server().stubFor(get(urlPathEqualTo(path)).inScenario("r").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":1}")));
        Exchange ex = camel.send(GET_APP + "?" + SPEC + "&outputType=json", null, Map.of("CamelJikoApplicationId", APP_ID));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(String.class)).isEqualTo("{\"id\":1}");
        wm.server().verify(2, getRequestedFor(urlPathEqualTo(path)));

        wm.server().stubFor(post(urlPathEqualTo(APPS)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":[{\"loc\":[\"body\",\"legal_name\"],\"msg\":\"too short\",\"type\":\"value_error\"}]}")));
        Exchange refused = camel.send(CREATE_APP + "?" + SPEC + "&outputType=map", Map.of("legal_name", "A"), Map.of());
        assertThat(refused.getException()).isInstanceOf(JikoApiException.class);
        JikoApiException e = (JikoApiException) refused.getException();
        assertThat(e.getStatusCode()).isEqualTo(422);
        assertThat(e.getMessage()).contains("too short");
        wm.server().verify(1, postRequestedFor(urlPathEqualTo(APPS))); // a POST is not repeated
    }

    @Test
    void missingBadOrUnknownParametersAreRefusedBeforeTheNetwork() {
        Exchange noId = camel.send(GET_APP + "?" + SPEC + "&outputType=map");
        assertThat(noId.getException()).hasMessage("Operation " + GET_APP.substring(5) + " needs option applicationId "
                                                   + "(or header CamelJikoApplicationId): a UUID");
        Exchange badEnum = camel.send(LIST_APPS + "?" + SPEC + "&outputType=map&status=LOST");
        assertThat(badEnum.getException()).hasMessageContaining("Option status").hasMessageContaining("'LOST' is not allowed")
                .hasMessageContaining("one of DRAFT, SUBMITTED, APPROVED, REJECTED");
        assertThatThrownBy(() -> camel.send(LIST_APPS + "?" + SPEC + "&outputType=map&colour=blue"))
                .satisfies(e -> assertThat(messages(e)).contains("Unknown parameter colour for jiko:"
                                                                 + LIST_APPS.substring(5))
                        .contains("its parameters are cursor, limit, status"));
        assertThatThrownBy(() -> camel.send(LIST_APPS + "?" + SPEC))
                .satisfies(e -> assertThat(messages(e)).contains("has no typed model: set outputType=json or outputType=map"));
        wm.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void unknownOperationsNameWhatExists() {
        assertThatThrownBy(() -> camel.send("jiko:no_such_op?" + SPEC))
                .satisfies(e -> assertThat(messages(e)).contains("Unknown Jiko operation 'no_such_op': neither in camel-jiko's "
                                                                 + "catalog (").contains("operations only there: "
                                                                 + "create_business_application_api_v2_business_applications__post"));
        assertThatThrownBy(() -> camel.send("jiko:get_team_api_v1_team__get?outputType=map&" + SPEC))
                .satisfies(e -> assertThat(messages(e)).contains("is camel-jiko's getTeam: use jiko:getTeam"));
        // without openApiSpec nothing changes
        assertThatThrownBy(() -> camel.send("jiko:no_such_op"))
                .satisfies(e -> assertThat(messages(e)).contains("Unknown Jiko operation 'no_such_op'. Valid operations: "));
    }

    @Test
    void startLogsOneSummaryAndOneWarningPerMismatchOfTheOperationInUse() {
        Path changed = Fixtures.variant(dir, Fixtures.CHANGED_PATH);
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/subscriptions/" + APP_ID + "/")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + APP_ID + "\"}")));
        String log;
        try (LogCapture capture = new LogCapture()) {
            camel.send("jiko:getPocketEarnings?pocketId=" + APP_ID + "&openApiSpec=file:" + changed);
            camel.send("jiko:getSubscription?subscriptionId=" + APP_ID + "&openApiSpec=file:" + changed);
            log = capture.text();
        }
        assertThat(log.lines().filter(l -> l.startsWith("INFO") && l.contains("openApiSpec file:" + changed))).hasSize(2);
        assertThat(log).contains("catalog: 28 match").contains("2 differ");
        assertThat(log.lines().filter(l -> l.startsWith("WARN"))).containsExactly(
                "WARN  io.cameljiko.component.openapi.OpenApiBinding - Jiko operation getPocketEarnings differs from "
                + "openApiSpec: the description has get_single_pocket_earnings_api_v2_pockets__pocket_id__earnings__get at "
                + "GET /api/v2/pockets/{pocket_id}/earnings-summary/, the catalog calls GET /api/v2/pockets/{pocket_id}/earnings/");
        assertThat(log).contains("Jiko operation getSubscription (GET /api/v1/subscriptions/{subscription_id}/), marked "
                                 + "INFERRED in camel-jiko, is confirmed by openApiSpec")
                .doesNotContain("getSubscription (GET /api/v1/subscriptions/{subscription_id}/) is INFERRED");
    }

    @Test
    void aMalformedOrUnreadableFileFailsAtStartNamingTheOption() {
        Path bad = Fixtures.write(dir, "bad.yaml", "openapi: 3.1.0\npaths: [not, a, map");
        assertThatThrownBy(() -> camel.send("jiko:getTeam?openApiSpec=file:" + bad))
                .satisfies(e -> assertThat(messages(e)).contains("Option openApiSpec: file:" + bad));
        assertThatThrownBy(() -> camel.send("jiko:getTeam?openApiSpec=file:" + dir.resolve("missing.yaml")))
                .satisfies(e -> assertThat(messages(e)).contains("Option openApiSpec: cannot read file:"
                                                                 + dir.resolve("missing.yaml")));
        wm.server().verify(0, anyRequestedFor(anyUrl()));
    }

    private void stubPage(String cursor, String items, String next) {
        var stub = get(urlPathEqualTo(APPS));
        stub = cursor == null ? stub.withQueryParam("cursor", absent()) : stub.withQueryParam("cursor", equalTo(cursor));
        wm.server().stubFor(stub.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"prev_page\":null,\"next_page\":" + next + ",\"items\":[" + items
                          + "],\"object_type\":\"CursorList\"}")));
    }

    static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
