package io.cameljiko.component;

import java.util.List;

import io.cameljiko.component.client.RateLimitSnapshot;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Jiko counts requests per client: endpoints with different fixed access tokens never share a budget. */
class RateLimitSharingTest {

    JikoWireMock wm;

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/customer/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-RateLimit-Limit", "300")
                .withHeader("X-RateLimit-Remaining", "250").withHeader("X-RateLimit-Reset", "4102444800")
                .withBody("{\"name\":\"Acme\"}")));
    }

    @AfterEach
    void stop() {
        wm.close();
    }

    @Test
    void twoFixedAccessTokensHaveTwoBudgetsShownWithoutTheToken() throws Exception {
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:a").to("jiko:getCustomer?accessToken=RAW(first-secret-token)");
                    from("direct:b").to("jiko:getCustomer?accessToken=RAW(second-secret-token)");
                    from("direct:a2").to("jiko:getCustomer?accessToken=RAW( first-secret-token )");
                }
            });
            camel.start();
            for (String route : new String[] { "direct:a", "direct:b", "direct:a2" }) {
                assertThat(camel.send(route).getException()).as(route).isNull();
            }
            List<RateLimitSnapshot> budgets = camel.component().rateLimitSnapshots();
            assertThat(budgets).as("one budget per token (the same token with spaces is the same client)").hasSize(2)
                    .allSatisfy(s -> {
                        assertThat(s.client()).isEqualTo("accessToken");
                        assertThat(s.group()).isEqualTo("Customer");
                        assertThat(s.toString()).doesNotContain("secret-token");
                    });
        }
    }
}
