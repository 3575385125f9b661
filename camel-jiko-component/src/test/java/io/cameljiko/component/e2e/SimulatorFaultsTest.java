package io.cameljiko.component.e2e;

import java.time.Duration;

import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.error.JikoRateLimitException;
import io.cameljiko.component.model.Customer;
import io.cameljiko.component.support.Camel;
import io.cameljiko.simulator.JikoSimulator;
import io.cameljiko.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one HTTP pipeline against the simulator's faults. */
class SimulatorFaultsTest {

    JikoSimulator sim;
    Camel camel;

    @BeforeEach
    void start() {
        sim = JikoSimulator.builder().port(0).seed(3).build();
        sim.start();
        camel = new Camel(sim.baseUrl(), sim.tokenUrl());
        camel.config().setClientId(sim.demoClientId());
        camel.config().setPrivateKey(sim.demoPrivateKeyPem());
        camel.start();
        assertThat(camel.send("jiko:getCustomer").getException()).isNull();
        sim.clearRequests();
    }

    @AfterEach
    void stop() {
        camel.close();
        sim.stop();
    }

    long calls(String path) {
        return sim.receivedRequests().stream().filter(r -> r.path().equals(path)).count();
    }

    @Test
    void anExpiredTokenIsReplacedAndTheCallReplayedOnce() {
        sim.faults().expireAllTokens();
        Exchange ex = camel.send("jiko:getCustomer");
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(Customer.class).name()).isNotBlank();
        assertThat(calls("/api/oauth2/token")).isEqualTo(1);
        assertThat(calls("/api/v1/customer/")).isEqualTo(2);
        RecordedRequest replay = sim.receivedRequests().get(sim.receivedRequests().size() - 1);
        assertThat(replay.path()).isEqualTo("/api/v1/customer/");
    }

    @Test
    void serverErrorsAndDroppedConnectionsOfAGetAreRetried() {
        sim.faults().failNext(2, 503);
        assertThat(camel.send("jiko:getCustomer").getException()).isNull();
        assertThat(calls("/api/v1/customer/")).isEqualTo(3);

        sim.clearRequests();
        sim.faults().dropNextConnections(2); // the JDK client itself retries one dropped GET
        assertThat(camel.send("jiko:getTeam").getException()).isNull();
    }

    @Test
    void aPostIsNotRetriedAfterAServerError() {
        sim.faults().failNext(1, 503);
        Exchange ex = camel.send("jiko:createPocket", "{\"pocket_name\":\"Reserve\",\"trading_strategy_id\":\"UST-4W\"}",
                java.util.Map.of());
        assertThat(ex.getException()).isInstanceOf(JikoApiException.class);
        assertThat(((JikoApiException) ex.getException()).getStatusCode()).isEqualTo(503);
        assertThat(calls("/api/v2/pockets/")).isEqualTo(1);
    }

    @Test
    void a429IsWaitedForWhenShortAndReportedWhenLong() {
        sim.faults().force429(1, 1);
        long start = System.nanoTime();
        assertThat(camel.send("jiko:getCustomer").getException()).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));

        sim.faults().force429(1, 600);
        Exchange ex = camel.send("jiko:getCustomer");
        assertThat(ex.getException()).isInstanceOf(JikoRateLimitException.class);
        assertThat(((JikoRateLimitException) ex.getException()).getRetryAfter()).isEqualTo(Duration.ofSeconds(600));
    }
}
