package io.cameljiko.component.consumer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cameljiko.component.support.LogCapture;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.Consumer;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.engine.PooledExchangeFactory;
import org.apache.camel.spi.ExchangeFactory;
import org.apache.camel.spi.ShutdownAware;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What Camel itself reads from a Jiko consumer: pending exchanges at shutdown, pooled exchanges, its health check. */
class ConsumerCamelContractTest extends WireMockCamelTest {

    static final String POCKETS = "/api/v2/pockets/";
    static final Duration WAIT = Duration.ofSeconds(8);

    final List<String> ids = new CopyOnWriteArrayList<>();

    void threePockets() {
        wm.server().stubFor(get(urlPathEqualTo(POCKETS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[{\"id\":\"p1\"},{\"id\":\"p2\"},{\"id\":\"p3\"}],\"next_page\":null}")));
    }

    Consumer consumer() {
        return camel.context().getRoute("pockets").getConsumer();
    }

    @Test
    void whileABatchIsSentTheExchangesNotYetSentAreReportedAsPending() throws Exception {
        threePockets();
        List<Integer> pendingSeen = new CopyOnWriteArrayList<>();
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jiko:listPockets?startFrom=beginning&delay=60000").routeId("pockets").process(e -> {
                    ShutdownAware shutdownAware = (ShutdownAware) consumer();
                    shutdownAware.deferShutdown(ShutdownRunningTask.CompleteAllTasks); // what a route asking for it gets
                    pendingSeen.add(shutdownAware.getPendingExchangesSize());
                    ids.add(e.getMessage().getHeader("CamelJikoItemId", String.class));
                });
            }
        });
        await().atMost(WAIT).until(() -> ids.size() == 3);
        // what a shutdown with CompleteAllTasks waits for besides the exchange in flight (Camel counts 1 while polling)
        assertThat(pendingSeen).containsExactly(2, 1, 1);
        assertThat(((ShutdownAware) consumer()).getPendingExchangesSize()).isZero();
    }

    @Test
    void withAPooledExchangeFactoryEveryExchangeGoesBackToThePool() throws Exception {
        threePockets();
        camel.close();
        camel = new io.cameljiko.component.support.Camel(wm.baseUrl(), wm.tokenUrl());
        camel.config().setClientId("client-123");
        camel.config().setPrivateKey(io.cameljiko.component.support.TestKeys.pem(io.cameljiko.component.support.TestKeys.ED25519));
        PooledExchangeFactory pooled = new PooledExchangeFactory();
        pooled.setStatisticsEnabled(true); // each consumer's own factory copies this setting
        camel.context().getCamelContextExtension().setExchangeFactory(pooled);
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jiko:listPockets?startFrom=beginning&delay=60000").routeId("pockets")
                        .process(e -> ids.add(e.getMessage().getHeader("CamelJikoItemId", String.class)));
            }
        });
        camel.start();
        await().atMost(WAIT).until(() -> ids.size() == 3);
        ExchangeFactory consumers = camel.context().getCamelContextExtension().getExchangeFactoryManager()
                .getExchangeFactories().stream().filter(f -> f.getConsumer() == consumer()).findFirst().orElseThrow();
        assertThat(ids).containsExactly("p1", "p2", "p3");
        // one exchange made, then taken back from the pool for the next item: each was released after its item
        await().atMost(WAIT).until(() -> consumers.getStatistics().getReleasedCounter() == 3);
        assertThat(consumers.getStatistics().getCreatedCounter()).isEqualTo(1);
        assertThat(consumers.getStatistics().getAcquiredCounter()).isEqualTo(2);
    }

    @Test
    void theHealthCheckIsOneObjectAndTheStateKeyIsTheOperationsPositionKey() throws Exception {
        threePockets();
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jiko:listPockets?startFrom=beginning&delay=60000").routeId("pockets")
                        .process(e -> ids.add(e.getMessage().getHeader("CamelJikoItemId", String.class)));
            }
        });
        await().atMost(WAIT).until(() -> ids.size() == 3);
        JikoConsumer consumer = (JikoConsumer) consumer();
        assertThat(consumer.getHealthCheck()).isInstanceOf(RateLimitHealthCheck.class).isSameAs(consumer.getHealthCheck());
        assertThat(consumer.getStateKey()).isEqualTo("jiko:listPockets");
        assertThat(consumer.getOperationName()).isEqualTo("listPockets");
    }

    @Test
    void aPollAnswered429IsAWarningAndThePollsPauseForRetryAfter() throws Exception {
        wm.server().stubFor(get(urlPathEqualTo(POCKETS)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3600").withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":\"slow down\"}")));
        try (LogCapture log = new LogCapture()) {
            camel.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("jiko:listPockets?startFrom=beginning&delay=20").routeId("pockets").to("mock:none");
                }
            });
            JikoConsumer consumer = (JikoConsumer) consumer();
            await().atMost(WAIT).until(() -> consumer.getJikoStatus().rateLimitedUntil() != null);
            assertThat(log.text()).contains("WARN  io.cameljiko.component.consumer.JikoConsumer - "
                    + "jiko:listPockets is rate limited by Jiko; skipping polls for 3600 s");
        }
        assertThat(((JikoConsumer) consumer()).getJikoStatus().rateLimitedUntil())
                .isAfter(java.time.Instant.now().plusSeconds(3500));
        // no further request during the pause, although the route polls every 20 ms
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> wm.server().verify(1, getRequestedFor(urlPathEqualTo(POCKETS))));
    }
}
