package io.cameljiko.component.observability;

import io.cameljiko.component.metrics.JikoMetrics;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JikoMetricsTest {

    JikoWireMock wm;
    Camel camel;
    SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
        camel = new Camel(wm.baseUrl(), wm.tokenUrl());
        camel.config().setClientId("client-123");
        camel.config().setPrivateKey(io.cameljiko.component.support.TestKeys.pem(io.cameljiko.component.support.TestKeys.ED25519));
        // the name camel-micrometer binds its registry under
        camel.context().getRegistry().bind("metricsRegistry", MeterRegistry.class, registry);
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.close();
        wm.close();
    }

    private double counter(String name, String operation) {
        return registry.get(name).tag("operation", operation).functionCounter().count();
    }

    private double gauge(String name, String operation) {
        return registry.get(name).tag("operation", operation).gauge().value();
    }

    @Test
    void countersAndGaugesPerOperation() throws Exception {
        Traffic.run(camel, wm);
        assertThat(counter("jiko.calls", "getTeam")).isEqualTo(1);
        assertThat(counter("jiko.retries", "getTeam")).isEqualTo(1);
        assertThat(counter("jiko.rate.limited", "getTeam")).isEqualTo(1);
        assertThat(counter("jiko.unauthorized.replays", "getTeam")).isZero();
        assertThat(gauge("jiko.rate.limit.remaining", "getTeam")).isEqualTo(297);
        assertThat(gauge("jiko.rate.limit.reset", "getTeam")).isEqualTo(Traffic.RESET);

        assertThat(counter("jiko.calls", "getCustomer")).isEqualTo(1);
        assertThat(counter("jiko.unauthorized.replays", "getCustomer")).isEqualTo(1);
        assertThat(gauge("jiko.rate.limit.remaining", "getCustomer")).isNaN();
        assertThat(counter("jiko.calls", "token")).isEqualTo(2);

        assertThat(registry.get("jiko.token.expires.seconds").gauge().value()).isCloseTo(900, within(60.0));
        assertThat(registry.get("jiko.consumer.pending").tags("operation", "listPockets", "route", "pockets").gauge().value())
                .isZero();
        assertThat(registry.get("jiko.consumer.rate.limited").tags("operation", "listPockets", "route", "pockets").gauge()
                .value()).isZero();
        assertThat(registry.get("jiko.consumer.last.poll.age.seconds").tag("route", "pockets").gauge().value())
                .isBetween(0.0, 60.0);
    }

    @Test
    void nothingIsBoundWithoutAMeterRegistry() {
        Camel plain = new Camel(wm.baseUrl(), wm.tokenUrl());
        try {
            plain.start();
            assertThat(JikoMetrics.bind(plain.component())).isNull();
        } finally {
            plain.close();
        }
    }
}
