package io.cameljiko.component.observability;

import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.TestKeys;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.ConsumersHealthCheckRepository;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The component's readiness check (a token can be obtained) and the Jiko details of the consumer check. */
class JikoHealthTest {

    JikoWireMock wm;
    Camel camel;
    String pem;

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
        camel = new Camel(wm.baseUrl(), wm.tokenUrl());
        pem = TestKeys.pem(TestKeys.ED25519);
        camel.config().setClientId("client-123");
        camel.config().setPrivateKey(pem);
        camel.config().setMaxRetries(0);
        // what camel-main does with camel.health.enabled=true (and the Spring Boot actuator): a registry
        DefaultHealthCheckRegistry registry = new DefaultHealthCheckRegistry(camel.context());
        camel.context().getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        registry.register(new ConsumersHealthCheckRepository());
        registry.setExposureLevel("full"); // UP checks too (the default exposure details only the DOWN ones)
    }

    @AfterEach
    void stop() {
        camel.close();
        wm.close();
    }

    private HealthCheck.Result readiness(String id) {
        return HealthCheckHelper.invokeReadiness(camel.context()).stream().filter(r -> r.getCheck().getId().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no readiness check " + id));
    }

    @Test
    void componentIsDownWithTheReasonWhileNoTokenCanBeObtainedAndUpWhenTheTokenEndpointIsBack() throws Exception {
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:team").to("jiko:getTeam");
            }
        });
        camel.start();
        // the token endpoint drops every connection
        wm.server().stubFor(post(urlPathEqualTo(JikoWireMock.TOKEN_PATH))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        HealthCheck.Result down = readiness("jiko");
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getCheck().isLiveness()).isFalse();
        assertThat(down.getMessage()).get().asString()
                .startsWith("No Jiko access token for client client-123: ")
                .contains("token endpoint", wm.tokenUrl(), "IOException");
        assertThat(down.getDetails()).containsEntry("jiko.client_id", "client-123")
                .containsEntry("jiko.token_url", wm.tokenUrl()).containsEntry("jiko.clients", 1);
        assertNoSecret(down);
        wm.client().verifyThat(1, postRequestedFor(urlPathEqualTo(JikoWireMock.TOKEN_PATH)));

        wm.stubToken(JikoWireMock.TOKEN, 900);
        HealthCheck.Result up = readiness("jiko");
        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(up.getMessage()).isEmpty();
        assertNoSecret(up);
        // the token obtained by the check is cached: asking again does not call the token endpoint
        assertThat(readiness("jiko").getState()).isEqualTo(HealthCheck.State.UP);
        wm.client().verifyThat(2, postRequestedFor(urlPathEqualTo(JikoWireMock.TOKEN_PATH)));
    }

    @Test
    void aRefusedClientIsDownWithTheStatusCode() throws Exception {
        wm.server().stubFor(post(urlPathEqualTo(JikoWireMock.TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\"}")));
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:team").to("jiko:getTeam");
            }
        });
        camel.start();
        HealthCheck.Result down = readiness("jiko");
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).get().asString().contains("was refused").contains("invalid_client");
        assertThat(down.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        assertNoSecret(down);
    }

    @Test
    void consumerCheckCarriesPositionLastErrorLastPollAndRateLimit() throws Exception {
        wm.server().stubFor(get(urlPathEqualTo("/api/v2/pockets/")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"boom\"}")));
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jiko:listPockets?startFrom=beginning&delay=50").routeId("pockets").to("mock:pockets");
            }
        });
        camel.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness("consumer:pockets").getDetails().containsKey("jiko.last_error"));
        Map<String, Object> failing = readiness("consumer:pockets").getDetails();
        assertThat(failing).containsEntry("jiko.operation", "listPockets").containsEntry("jiko.position", "0 items known")
                .doesNotContainKey("jiko.last_successful_poll").containsKey("jiko.last_error_at");
        assertThat((String) failing.get("jiko.last_error")).startsWith("JikoApiException:").contains("500");

        wm.server().stubFor(get(urlPathEqualTo("/api/v2/pockets/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[{\"id\":\"p1\",\"pocket_name\":\"Ops\"}],\"next_page\":null}")));
        await().atMost(Duration.ofSeconds(10)).until(() -> "1 items known".equals(readiness("consumer:pockets").getDetails()
                .get("jiko.position")));
        await().atMost(Duration.ofSeconds(10)).until(() -> Integer.valueOf(0).equals(readiness("consumer:pockets").getDetails()
                .get("jiko.pending")));
        assertThat(readiness("consumer:pockets").getDetails()).containsKey("jiko.last_successful_poll");

        wm.server().stubFor(get(urlPathEqualTo("/api/v2/pockets/")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3600").withHeader("Content-Type", "application/json").withBody("{}")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> readiness("consumer:pockets").getDetails().containsKey("jiko.rate_limited_until"));
        assertNoSecret(readiness("consumer:pockets"));
    }

    private void assertNoSecret(HealthCheck.Result result) {
        String all = result.getMessage().orElse("") + result.getDetails() + result.getError().map(Throwable::toString).orElse("");
        assertThat(all).doesNotContain(JikoWireMock.TOKEN).doesNotContain(pem.lines().skip(1).findFirst().orElseThrow());
    }
}
