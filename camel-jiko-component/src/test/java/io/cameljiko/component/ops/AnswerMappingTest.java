package io.cameljiko.component.ops;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.error.JikoAuthenticationException;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.error.JikoErrorDetail;
import io.cameljiko.component.model.Team;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** How answers become message bodies and errors, at the edges: empty, not JSON, unreadable, oversized. */
class AnswerMappingTest extends WireMockCamelTest {

    static final String TEAM = "/api/v1/team/";
    static final String THINGS = "/api/v1/things/";

    private void answer(String path, int status, String contentType, String body) {
        var response = aResponse().withStatus(status).withBody(body);
        if (contentType != null) {
            response = response.withHeader("Content-Type", contentType);
        }
        wm.server().stubFor(any(urlPathEqualTo(path)).willReturn(response));
    }

    @Test
    void anObjectIsMappedToItsModelWhateverTheCaseOfItsContentType() {
        answer(TEAM, 200, "Application/JSON; charset=UTF-8", "{\"team_id\":\"t-1\",\"extra\":1}");
        Exchange ex = camel.send("jiko:getTeam");
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody()).isInstanceOf(Team.class);
        assertThat(ex.getMessage().getBody(Team.class).teamId()).isEqualTo("t-1");
        assertThat(camel.send("jiko:getTeam?outputType=json").getMessage().getBody(String.class))
                .isEqualTo("{\"team_id\":\"t-1\",\"extra\":1}");
    }

    @Test
    void rateLimitHeadersThatAreNotNumbersAreLeftOutNotAFailure() {
        wm.server().stubFor(get(urlPathEqualTo(TEAM)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("x-ratelimit-remaining", "many")
                .withHeader("X-RateLimit-Reset", " 1764590400 ").withBody("{\"team_id\":\"t-1\"}")));
        Exchange ex = camel.send("jiko:getTeam");
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(Team.class).teamId()).isEqualTo("t-1");
        assertThat(ex.getMessage().getHeaders()).doesNotContainKey(JikoConstants.RATE_LIMIT_REMAINING)
                .containsEntry(JikoConstants.RATE_LIMIT_RESET, 1764590400L);
    }

    @Test
    void anAnswerThatIsNotTheExpectedJsonIsNamedWithTheModel() {
        answer(TEAM, 200, "application/json", "{\"team_id\": [not json");
        Exchange ex = camel.send("jiko:getTeam");
        assertThat(ex.getException()).isInstanceOf(JikoApiException.class).hasMessageContaining("getTeam")
                .hasMessageContaining("could not be read as Team");
        assertThat(((JikoApiException) ex.getException()).getStatusCode()).isEqualTo(200);
    }

    @Test
    void theRequestOperationHandsOnWhatIsNotJsonAndGivesNothingForAnEmptyAnswer() throws Exception {
        answer(THINGS + "csv", 200, "text/csv", "a,b\n1,2\n");
        answer(THINGS + "empty", 204, null, "");
        answer(THINGS + "json", 200, "application/json", "[1,2,3]");

        Exchange csv = camel.send("jiko:request?method=GET&path=" + THINGS + "csv");
        assertThat(csv.getMessage().getBody()).isInstanceOf(InputStream.class);
        try (InputStream in = csv.getMessage().getBody(InputStream.class)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
        }
        assertThat(csv.getMessage().getHeader(JikoConstants.CONTENT_TYPE)).isEqualTo("text/csv");

        Exchange empty = camel.send("jiko:request?method=DELETE&path=" + THINGS + "empty");
        assertThat(empty.getException()).isNull();
        assertThat(empty.getMessage().getBody()).isNull();
        assertThat(empty.getMessage().getHeader(JikoConstants.STATUS_CODE)).isEqualTo(204);

        Exchange json = camel.send("jiko:request?method=GET&path=" + THINGS + "json&outputType=map");
        assertThat(json.getMessage().getBody(List.class)).hasSize(3);
    }

    @Test
    void aPageGivesItsCursorsAndABlankCursorIsNone() {
        answer("/api/v1/notifications/", 200, "application/json",
                "{\"prev_page\":\"  \",\"next_page\":\"n2\",\"items\":[{\"id\":\"n-1\"}],\"object_type\":\"CursorList\"}");
        Exchange ex = camel.send("jiko:listNotifications?outputType=map");
        assertThat(ex.getMessage().getHeader(JikoConstants.NEXT_PAGE)).isEqualTo("n2");
        assertThat(ex.getMessage().getHeaders()).doesNotContainKey(JikoConstants.PREV_PAGE);
        assertThat(ex.getMessage().getBody(Map.class)).containsKey("items");
        Exchange json = camel.send("jiko:listNotifications?outputType=json");
        assertThat(json.getMessage().getBody(String.class)).startsWith("{\"prev_page\":\"  \"");
    }

    @Test
    void errorExplanationsAreReadFromEachKnownShapeAndLongBodiesAreCut() {
        answer(TEAM, 401, "application/json", "{\"error\":\"invalid_token\"}");
        JikoAuthenticationException oauth = (JikoAuthenticationException) camel.send("jiko:getTeam").getException();
        assertThat(oauth.getDetails()).extracting(JikoErrorDetail::msg).containsExactly("invalid_token");

        answer(THINGS + "big", 500, "text/plain", "x".repeat(100_000));
        JikoApiException big = (JikoApiException) camel.send("jiko:request?method=POST&path=" + THINGS + "big", "{}", Map.of())
                .getException();
        assertThat(big.getStatusCode()).isEqualTo(500);
        assertThat(big.getBodyExcerpt()).hasSize(2001).endsWith("x…");
        assertThat(big.getMessage()).isEqualTo("Jiko answered 500 to request");

        answer(THINGS + "exact", 400, "text/plain", "y".repeat(2000));
        JikoApiException exact = (JikoApiException) camel.send("jiko:request?method=POST&path=" + THINGS + "exact", "{}",
                Map.of()).getException();
        assertThat(exact.getBodyExcerpt()).isEqualTo("y".repeat(2000));

        answer(THINGS + "list", 422, "application/json", "{\"detail\":[{\"loc\":[\"query\",\"limit\"]}]}");
        JikoApiException partial = (JikoApiException) camel.send("jiko:request?method=POST&path=" + THINGS + "list", "{}",
                Map.of()).getException();
        assertThat(partial.getDetails()).hasSize(1);
        assertThat(partial.getDetails().get(0).loc()).containsExactly("query", "limit");
    }
}
