package io.cameljiko.component;

import io.cameljiko.component.error.JikoRateLimitException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.cameljiko.component.client.RateLimitSnapshot;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.ConsumersHealthCheckRepository;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The component's rate-limit budget against WireMock: fallback without headers, fail fast, shared, consumers yield. */
class RateBudgetWireMockTest {

    static final String CUSTOMER = "/api/v1/customer/";
    JikoWireMock wm = new JikoWireMock();
    Camel camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.close();
        }
        wm.close();
    }

    void customerAnswers(String limit, String remaining, long reset) {
        var answer = aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"name\":\"ACME\"}");
        if (limit != null) {
            answer = answer.withHeader("X-RateLimit-Limit", limit).withHeader("X-RateLimit-Remaining", remaining)
                    .withHeader("X-RateLimit-Reset", Long.toString(reset));
        }
        wm.server().stubFor(get(urlPathEqualTo(CUSTOMER)).willReturn(answer));
    }

    @Test
    void withoutHeadersTheFallbackRateHolds() throws Exception {
        customerAnswers(null, null, 0);
        camel = Camel.withClientCredentials(wm);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger ok = new AtomicInteger();
        long start = System.nanoTime();
        long runNanos = Duration.ofSeconds(3).toNanos();
        try {
            List<Future<?>> loops = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                loops.add(pool.submit(() -> {
                    while (System.nanoTime() - start < runNanos) {
                        Exchange ex = camel.send("jiko:getCustomer?rateLimitFallback=120&maxRateLimitWait=1000");
                        if (ex.getException() == null) {
                            ok.incrementAndGet();
                        } else {
                            assertThat(ex.getException()).isInstanceOf(JikoRateLimitException.class);
                        }
                    }
                }));
            }
            for (Future<?> f : loops) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int sent = wm.server().findAll(getRequestedFor(urlPathEqualTo(CUSTOMER))).size();
        // 120 per minute: 20 at once, then 100 per minute (1.67/s); generous bounds for a loaded machine
        assertThat(sent).isEqualTo(ok.get()).isGreaterThanOrEqualTo(20).isLessThanOrEqualTo((int) (20 + seconds * 100 / 60 + 2));
        RateLimitSnapshot s = snapshot("Customer");
        assertThat(s.source()).isEqualTo("fallback");
        assertThat(s.limit()).isEqualTo(120);
        assertThat(s.waits()).isPositive();
    }

    @Test
    void aProducerFacingAnExhaustedBudgetFailsFastWithoutSending() {
        long reset = Instant.now().getEpochSecond() + 50;
        customerAnswers("300", "0", reset);
        camel = Camel.withClientCredentials(wm);
        assertThat(camel.send("jiko:getCustomer").getException()).isNull();

        long t0 = System.nanoTime();
        // another endpoint of the same component: the budget is shared
        Exchange ex = camel.send("jiko:getCustomer?outputType=json&maxRateLimitWait=200");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(ex.getException()).isInstanceOfSatisfying(JikoRateLimitException.class, e -> {
            assertThat(e.isRequestSent()).isFalse();
            assertThat(e.getGroup()).isEqualTo("Customer");
            assertThat(e.getRetryAt()).isEqualTo(Instant.ofEpochSecond(reset));
            assertThat(e.getRetryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(50));
            assertThat(e.getMessage()).contains("jiko:getCustomer was not sent").contains("'Customer'")
                    .contains("0 of 300 left").contains("maxRateLimitWait").contains("Try again after " + Instant.ofEpochSecond(reset));
        });
        wm.server().verify(1, getRequestedFor(urlPathEqualTo(CUSTOMER)));
        assertThat(snapshot("Customer").remaining()).isZero();
        assertThat(snapshot("Customer").reset()).isEqualTo(Instant.ofEpochSecond(reset));
    }

    @Test
    void aConsumerYieldsWhenOnlyTheReserveIsLeft() throws Exception {
        wm.server().stubFor(get(urlPathEqualTo("/api/v2/pockets/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-RateLimit-Limit", "10")
                .withHeader("X-RateLimit-Remaining", "2").withHeader("X-RateLimit-Reset", Long.toString(Instant.now().getEpochSecond() + 50))
                .withBody("{\"items\":[],\"next_page\":null}")));
        camel = new Camel(wm.baseUrl(), wm.tokenUrl());
        camel.config().setClientId("client-123");
        camel.config().setPrivateKey(io.cameljiko.component.support.TestKeys.pem(io.cameljiko.component.support.TestKeys.ED25519));
        DefaultHealthCheckRegistry registry = new DefaultHealthCheckRegistry(camel.context());
        camel.context().getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        registry.register(new ConsumersHealthCheckRepository());
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jiko:listPockets?delay=20").routeId("pockets").to("mock:pockets");
            }
        });
        camel.start();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> snapshot("Pockets").yields() >= 1);
        // 2 left of 10 and 20 % reserved: after the first poll told so, the consumer waits for the reset (50 s)
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() ->
                wm.server().findAll(getRequestedFor(urlPathEqualTo("/api/v2/pockets/"))).size() == 1);
        assertThat(snapshot("Pockets").yields()).isEqualTo(1);
        // the consumer's health details show the budget; yielding is healthy
        HealthCheck.Result health = HealthCheckHelper.invokeReadiness(camel.context()).stream()
                .filter(r -> r.getCheck().getId().equals("consumer:pockets")).findFirst().orElseThrow();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(health.getDetails()).containsEntry("jiko.rateLimit.group", "Pockets")
                .containsEntry("jiko.rateLimit.limit", 10).containsEntry("jiko.rateLimit.remaining", 2)
                .containsEntry("jiko.rateLimit.yields", 1L).containsKey("jiko.rateLimit.reset");
        // the producer still gets the reserve
        assertThat(camel.send("jiko:listPockets").getException()).isNull();
        wm.server().verify(2, getRequestedFor(urlPathEqualTo("/api/v2/pockets/")));
    }

    RateLimitSnapshot snapshot(String group) {
        return camel.component().rateLimitSnapshots().stream().filter(s -> s.group().equals(group)).findFirst().orElseThrow();
    }
}
