package io.cameljiko.component.observability;

import java.time.Duration;

import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known traffic for the console and metrics tests: getTeam answered 429 (Retry-After 0) then 200 with rate-limit
 * headers, getCustomer answered 401 then 200 (one replay with a fresh token), and a listPockets consumer that
 * has delivered its two pockets.
 */
final class Traffic {

    static final long RESET = 1_764_520_000L;

    private Traffic() {
    }

    static void run(Camel camel, JikoWireMock wm) throws Exception {
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).inScenario("team").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                        .withHeader("Content-Type", "application/json").withBody("{}"))
                .willSetStateTo("ok"));
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).inScenario("team").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("X-RateLimit-Limit", "300").withHeader("X-RateLimit-Remaining", "297")
                        .withHeader("X-RateLimit-Reset", String.valueOf(RESET)).withBody("{}")));
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/customer/")).inScenario("customer").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\":\"token expired\"}"))
                .willSetStateTo("ok"));
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/customer/")).inScenario("customer").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
        wm.server().stubFor(get(urlPathEqualTo("/api/v2/pockets/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[{\"id\":\"p1\"},{\"id\":\"p2\"}],\"next_page\":null}")));

        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jiko:listPockets?startFrom=beginning&delay=60000").routeId("pockets").to("mock:pockets");
            }
        });
        MockEndpoint pockets = camel.context().getEndpoint("mock:pockets", MockEndpoint.class);
        pockets.expectedMessageCount(2);
        pockets.setResultWaitTime(Duration.ofSeconds(10).toMillis());
        pockets.assertIsSatisfied();

        assertThat(camel.send("jiko:getTeam").getException()).isNull();
        assertThat(camel.send("jiko:getCustomer").getException()).isNull();
        wm.client().verifyThat(2, getRequestedFor(urlPathEqualTo("/api/v1/team/")));
        wm.client().verifyThat(2, getRequestedFor(urlPathEqualTo("/api/v1/customer/")));
    }
}
