package io.cameljiko.component.ops;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** What the request operation sends for each method and body type, and which headers a call leaves behind. */
class RequestOperationBodiesTest extends WireMockCamelTest {

    private void anyCallAnswers(int status, String body) {
        wm.server().stubFor(any(urlPathMatching("/api/v1/things/.*")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private Exchange send(String method, String path, Object body, Map<String, Object> headers) {
        Exchange ex = camel.send("jiko:request?method=" + method + "&path=/api/v1/things/" + path, body, headers);
        assertThat(ex.getException()).isNull();
        return ex;
    }

    @Test
    void putAndPatchSendTheBodyAsJsonAndDeleteSendsNone() {
        anyCallAnswers(200, "{}");
        send("PUT", "put", Map.of("name", "renamed"), Map.of());
        send("PATCH", "patch", "{\"status\":\"CLOSED\"}", Map.of());
        send("DELETE", "delete", "{\"ignored\":true}", Map.of());

        wm.server().verify(1, putRequestedFor(urlPathEqualTo("/api/v1/things/put")).withRequestBody(equalToJson("{\"name\":\"renamed\"}"))
                .withHeader("Content-Type", equalTo("application/json")));
        wm.server().verify(1, patchRequestedFor(urlPathEqualTo("/api/v1/things/patch"))
                .withRequestBody(equalToJson("{\"status\":\"CLOSED\"}")));
        wm.server().verify(1, deleteRequestedFor(urlPathEqualTo("/api/v1/things/delete")).withRequestBody(absent()));
    }

    @Test
    void aPostWithoutBodySendsAnEmptyOneAndAStreamIsSentAsItIs() {
        anyCallAnswers(201, "{\"id\":\"x\"}");
        send("POST", "empty", null, Map.of());
        byte[] bytes = "streamed".getBytes(StandardCharsets.UTF_8);
        send("POST", "stream", new ByteArrayInputStream(bytes), Map.of(Exchange.CONTENT_TYPE, "application/octet-stream"));

        wm.server().verify(1, postRequestedFor(urlPathEqualTo("/api/v1/things/empty")).withRequestBody(absent()));
        wm.server().verify(1, postRequestedFor(urlPathEqualTo("/api/v1/things/stream")).withRequestBody(equalTo("streamed"))
                .withHeader("Content-Type", equalTo("application/octet-stream")));
    }

    @Test
    void aCallDoesNotLeaveTheCursorsOfAnEarlierListCallOnTheMessage() {
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"team_id\":\"t-1\"}")));
        Exchange ex = camel.send("jiko:getTeam", null, Map.of(JikoConstants.NEXT_PAGE, "stale-next", JikoConstants.PREV_PAGE,
                "stale-prev"));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(JikoConstants.NEXT_PAGE)).isNull();
        assertThat(ex.getMessage().getHeader(JikoConstants.PREV_PAGE)).isNull();
        assertThat(ex.getMessage().getHeader(JikoConstants.STATUS_CODE)).isEqualTo(200);
        assertThat(ex.getMessage().getHeader(JikoConstants.CONTENT_TYPE)).isEqualTo("application/json");
    }
}
