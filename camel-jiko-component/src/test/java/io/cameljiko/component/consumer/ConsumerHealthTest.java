package io.cameljiko.component.consumer;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsumerHealthTest {

    JikoWireMock wm;
    Camel camel;

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
        wm.server().stubFor(get(urlPathEqualTo("/api/v2/pockets/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[{\"id\":\"p1\",\"pocket_name\":\"Ops\"}],\"next_page\":null}")));
    }

    @AfterEach
    void stop() {
        camel.close();
        wm.close();
    }

    private HealthCheck.Result result() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(camel.context());
        return results.stream().filter(r -> r.getCheck().getId().equals("consumer:pockets")).findFirst().orElse(null);
    }

    private HealthCheck.State readiness() {
        HealthCheck.Result result = result();
        return result == null ? HealthCheck.State.UNKNOWN : result.getState();
    }

    @Test
    void readinessGoesDownWhenAuthenticationFailsAndUpWhenPollsSucceedAgain() throws Exception {
        wm.server().stubFor(post(urlPathEqualTo(JikoWireMock.TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\"}")));
        camel = new Camel(wm.baseUrl(), wm.tokenUrl());
        camel.config().setClientId("client-123");
        camel.config().setPrivateKey(io.cameljiko.component.support.TestKeys.pem(io.cameljiko.component.support.TestKeys.ED25519));
        // what camel-main does with camel.health.enabled: a registry with the consumers' checks
        DefaultHealthCheckRegistry registry = new DefaultHealthCheckRegistry(camel.context());
        camel.context().getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        registry.register(new ConsumersHealthCheckRepository());
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jiko:listPockets?startFrom=beginning&delay=50").routeId("pockets").to("mock:pockets");
            }
        });
        camel.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness() == HealthCheck.State.DOWN
                && result().getError().isPresent());
        // Camel's own message and error come through, with the Jiko figures added to its details
        HealthCheck.Result down = result();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("failed polling"));
        assertThat(down.getError()).hasValueSatisfying(e -> assertThat(e).hasMessageContaining("invalid_client"));
        assertThat(down.getDetails()).containsEntry("jiko.operation", "listPockets").containsKey("jiko.last_error")
                .containsKey("failure.count");

        wm.stubToken(JikoWireMock.TOKEN, 900); // the key is registered again
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness() == HealthCheck.State.UP);
    }

    @Test
    void gracefulShutdownFinishesTheInFlightExchangeAndCommitsIt() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(i).append("\"}");
        }
        wm.server().stubFor(get(urlPathEqualTo("/api/v2/pockets/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[" + items + "],\"next_page\":null}")));
        List<String> completed = new CopyOnWriteArrayList<>();
        camel = Camel.withClientCredentials(wm);
        java.util.concurrent.CountDownLatch inFlight = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jiko:listPockets?startFrom=beginning&delay=50").routeId("pockets").process(e -> {
                    if (completed.size() == 10) {
                        inFlight.countDown();
                        // slow downstream work, held until the test has begun the shutdown
                        assertThat(release.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                    }
                    completed.add(e.getMessage().getHeader("CamelJikoItemId", String.class));
                });
            }
        });
        assertThat(inFlight.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        java.util.concurrent.CompletableFuture<Void> stopping = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                camel.context().getRouteController().stopRoute("pockets");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // the shutdown waits for the item in flight
        await().during(java.time.Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !stopping.isDone());
        release.countDown();
        stopping.get(10, java.util.concurrent.TimeUnit.SECONDS);
        // the item in flight when shutdown began finished; nothing new was started after it
        assertThat(completed).hasSize(11).startsWith("p0", "p1");
    }
}
