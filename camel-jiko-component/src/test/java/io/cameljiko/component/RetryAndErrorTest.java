package io.cameljiko.component;

import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.error.JikoRateLimitException;
import io.cameljiko.component.error.JikoAuthenticationException;
import io.cameljiko.component.error.JikoOutcomeUnknownException;
import io.cameljiko.component.error.JikoErrorDetail;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.WireMockCamelTest;
import io.cameljiko.component.support.JikoWireMock;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class RetryAndErrorTest extends WireMockCamelTest {

    static final String TEAM = "/api/v1/team/";
    static final String APPS = "/api/v2/business-applications/";

    private void sequence(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i == answers.length - 1 ? state : "s" + (i + 1);
            wm.server().stubFor(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(state)
                    .willSetStateTo(next).willReturn(answers[i]));
            state = next;
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"team_id\":\"t-1\"}");
    }

    @Test
    void serverErrorsOfAGetAreRetriedThenSucceed() {
        sequence(TEAM, aResponse().withStatus(503), aResponse().withStatus(502), ok());
        Exchange ex = camel.send("jiko:getTeam?outputType=map");
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(Map.class)).containsEntry("team_id", "t-1");
        wm.server().verify(3, getRequestedFor(urlPathEqualTo(TEAM)));
    }

    @Test
    void retriesStopAtMaxRetries() {
        wm.server().stubFor(get(urlPathEqualTo(TEAM)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Internal Server Error\"}")));
        Exchange ex = camel.send("jiko:getTeam?maxRetries=2");
        assertThat(ex.getException()).isExactlyInstanceOf(JikoApiException.class).hasMessageContaining("500");
        assertThat(((JikoApiException) ex.getException()).getStatusCode()).isEqualTo(500);
        wm.server().verify(3, getRequestedFor(urlPathEqualTo(TEAM)));
    }

    @Test
    void ioErrorsOfAGetAreRetried() {
        sequence(TEAM, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());
        assertThat(camel.send("jiko:getTeam").getException()).isNull();
        wm.server().verify(2, getRequestedFor(urlPathEqualTo(TEAM)));
    }

    @Test
    void aPostIsNotRetriedAfterAServerError() {
        wm.server().stubFor(post(urlPathEqualTo(APPS)).willReturn(aResponse().withStatus(503)));
        Exchange ex = camel.send("jiko:request?method=POST&path=" + APPS, "{}", Map.of());
        assertThat(ex.getException()).isInstanceOf(JikoApiException.class).hasMessageContaining("503");
        wm.server().verify(1, postRequestedFor(urlPathEqualTo(APPS)));
    }

    @Test
    void aPostWithoutAnswerIsReportedAsOutcomeUnknownAndNotRetried() {
        wm.server().stubFor(post(urlPathEqualTo(APPS)).willReturn(aResponse().withStatus(201).withFixedDelay(1500)));
        Exchange ex = camel.send("jiko:request?method=POST&requestTimeout=300&path=" + APPS, "{}", Map.of());
        assertThat(ex.getException()).isInstanceOf(JikoOutcomeUnknownException.class)
                .hasMessageContaining("may have been processed").hasMessageContaining("not retried");
        wm.server().verify(1, postRequestedFor(urlPathEqualTo(APPS)));
    }

    @Test
    void aShortRetryAfterIsWaitedForAndTheRateLimitHeadersSet() {
        sequence(TEAM, aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"detail\":\"Rate limit exceeded\"}"),
                ok().withHeader("X-RateLimit-Remaining", "119").withHeader("X-RateLimit-Reset", "1790000060"));
        long start = System.nanoTime();
        Exchange ex = camel.send("jiko:getTeam");
        long waitedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(ex.getException()).isNull();
        assertThat(waitedMs).isGreaterThanOrEqualTo(900);
        assertThat(ex.getMessage().getHeader(JikoConstants.RATE_LIMIT_REMAINING)).isEqualTo(119L);
        assertThat(ex.getMessage().getHeader(JikoConstants.RATE_LIMIT_RESET)).isEqualTo(1790000060L);
        wm.server().verify(2, getRequestedFor(urlPathEqualTo(TEAM)));
    }

    @Test
    void aLongRetryAfterFailsAtOnceWithTheWait() {
        wm.server().stubFor(get(urlPathEqualTo(TEAM)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Rate limit exceeded\"}")));
        long start = System.nanoTime();
        Exchange ex = camel.send("jiko:getTeam");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(ex.getException()).isInstanceOf(JikoRateLimitException.class).hasMessageContaining("Rate limit exceeded")
                .hasMessageContaining("3600");
        assertThat(((JikoRateLimitException) ex.getException()).getRetryAfter()).isEqualTo(Duration.ofHours(1));
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(TEAM)));
    }

    @Test
    void a429OfAPostIsRetriedBecauseJikoDidNotProcessIt() {
        wm.server().stubFor(post(urlPathEqualTo(APPS)).inScenario("p").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("ok").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
        wm.server().stubFor(post(urlPathEqualTo(APPS)).inScenario("p").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"id\":\"a\"}")));
        Exchange ex = camel.send("jiko:request?method=POST&path=" + APPS, "{}", Map.of());
        assertThat(ex.getException()).isNull();
        wm.server().verify(2, postRequestedFor(urlPathEqualTo(APPS)));
    }

    @Test
    void validationErrorsCarryJikosDetailItemsButNotTheRejectedInput() {
        wm.server().stubFor(post(urlPathEqualTo("/api/v1/subscriptions/")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"detail":[{"loc":["body","shared_secret"],"msg":"String should have at least 16 characters",
                          "type":"string_too_short","input":"tiny-secret","ctx":{"min_length":16}},
                         {"loc":["body","events"],"msg":"Field required","type":"missing"}]}""")));
        Exchange ex = camel.send("jiko:request?method=POST&path=/api/v1/subscriptions/", "{}", Map.of());
        JikoApiException e = (JikoApiException) ex.getException();
        assertThat(e.getStatusCode()).isEqualTo(422);
        assertThat(e.getOperation()).isEqualTo("request");
        assertThat(e.getDetails()).extracting(JikoErrorDetail::toString).containsExactly(
                "body.shared_secret: String should have at least 16 characters (string_too_short)",
                "body.events: Field required (missing)");
        assertThat(e.getMessage()).contains("422", "body.events: Field required");
        assertThat(e.getBodyExcerpt()).contains("string_too_short").doesNotContain("tiny-secret");
        assertThat(e.getMessage()).doesNotContain("tiny-secret");
    }

    @Test
    void aPlainDetailAndANonJsonBodyAreKept() {
        String member = "00000000-0000-4000-8000-000000000001";
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/" + member + "/")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Not found\"}")));
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/customer/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "text/html").withBody("<html>bad gateway config</html>")));

        JikoApiException notFound = (JikoApiException) camel.send("jiko:getTeamMember?memberId=" + member).getException();
        JikoApiException html = (JikoApiException) camel.send("jiko:getCustomer").getException();

        assertThat(notFound.getStatusCode()).isEqualTo(404);
        assertThat(notFound.getMessage()).isEqualTo("Jiko answered 404 to getTeamMember: Not found");
        assertThat(html.getStatusCode()).isEqualTo(400);
        assertThat(html.getDetails()).isEmpty();
        assertThat(html.getBodyExcerpt()).isEqualTo("<html>bad gateway config</html>");
    }

    @Test
    void a403IsAnAuthenticationErrorWithoutReplay() {
        wm.server().stubFor(get(urlPathEqualTo(TEAM)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Missing scope team.read\"}")));
        Exchange ex = camel.send("jiko:getTeam");
        assertThat(ex.getException()).isInstanceOf(JikoAuthenticationException.class).hasMessageContaining("team.read");
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(TEAM)));
    }
}
