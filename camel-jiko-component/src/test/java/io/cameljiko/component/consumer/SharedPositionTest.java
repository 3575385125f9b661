package io.cameljiko.component.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.state.JdbcStateRepository;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A position shared between replicas: a repository that is down, and a repository another replica wrote. */
class SharedPositionTest extends WireMockCamelTest {

    static final String PATH = EventConsumerTest.PATH;
    static final Instant T0 = EventConsumerTest.T0;
    final List<String> delivered = new CopyOnWriteArrayList<>();
    final List<Exchange> pollErrors = new CopyOnWriteArrayList<>();

    void threeEvents() {
        wm.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(EventConsumerTest.page(null, EventConsumerTest.event(1, "a", T0.plusSeconds(1)),
                        EventConsumerTest.event(2, "a", T0.plusSeconds(2)), EventConsumerTest.event(3, "a", T0.plusSeconds(3))))));
    }

    static String positionAfter(int n) {
        StringBuilder ids = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            ids.append(i > 1 ? "," : "").append("\"e-").append(i).append("\":\"").append(T0.plusSeconds(i)).append('"');
        }
        return "{\"watermark\":\"" + T0.plusSeconds(n) + "\",\"notBefore\":null,\"delivered\":{" + ids + "}}";
    }

    void route(String uri, org.apache.camel.Processor beforeDelivery) throws Exception {
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(pollErrors::add);
                from(uri).routeId("events").process(beforeDelivery)
                        .process(e -> delivered.add(e.getMessage().getHeader(JikoConstants.ITEM_ID, String.class)));
            }
        });
    }

    /** A repository whose database is down until told otherwise. */
    static final class Flaky implements StateRepository<String, String> {
        final MemoryStateRepository stored = new MemoryStateRepository();
        volatile boolean down = true;

        @Override
        public void setState(String key, String value) {
            check();
            stored.setState(key, value);
        }

        @Override
        public String getState(String key) {
            check();
            return stored.getState(key);
        }

        private void check() {
            if (down) {
                throw new IllegalStateException("connection refused: positions database unreachable");
            }
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void anUnreachableRepositoryFailsThePollAndIsNeverReadAsNoPosition() throws Exception {
        threeEvents();
        Flaky positions = new Flaky();
        positions.stored.setState("jiko:listEvents", positionAfter(1));
        camel.context().getRegistry().bind("positions", positions);
        // startFrom=beginning: reading "no position" would replay e-1
        route("jiko:listEvents?startFrom=beginning&delay=20&stateRepository=#positions&bridgeErrorHandler=true", e -> { });

        await().atMost(Duration.ofSeconds(10)).until(() -> pollErrors.size() >= 3);
        assertThat(pollErrors.get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                .hasMessageContaining("positions database unreachable");
        assertThat(delivered).isEmpty();
        wm.server().verify(0, getRequestedFor(urlPathEqualTo(PATH))); // no poll without a position
        assertThat(positions.stored.getState("jiko:listEvents")).isEqualTo(positionAfter(1));

        positions.down = false;
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 2);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3)).until(() -> delivered.size() == 2);
        assertThat(delivered).containsExactly("e-2", "e-3");
        assertThat(positions.stored.getState("jiko:listEvents")).contains("\"watermark\":\"" + T0.plusSeconds(3) + "\"");
    }

    @Test
    void aReplicaWhosePositionWasTakenOverStopsItsBatchAndNeverMovesThePositionBack() throws Exception {
        threeEvents();
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcStateRepository mine = new JdbcStateRepository(db);
        JdbcStateRepository newLeader = new JdbcStateRepository(db);
        newLeader.start();
        newLeader.getState("jiko:listEvents");
        newLeader.setState("jiko:listEvents", positionAfter(1));
        camel.context().getRegistry().bind("positions", mine);
        AtomicBoolean takenOver = new AtomicBoolean();
        route("jiko:listEvents?startFrom=beginning&delay=20&stateRepository=#positions", e -> {
            if ("e-2".equals(e.getMessage().getHeader(JikoConstants.ITEM_ID)) && takenOver.compareAndSet(false, true)) {
                // while this replica works on e-2, another one claims the key and delivers e-2 and e-3
                newLeader.getState("jiko:listEvents");
                newLeader.setState("jiko:listEvents", positionAfter(3));
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.contains("e-2"));
        // its commit of e-2 is refused: it stops the batch (no e-3) and polls no more, leaving the key to the other
        await().atMost(Duration.ofSeconds(5)).until(() -> takenOver.get());
        int requests = wm.server().findAll(getRequestedFor(urlPathEqualTo(PATH))).size();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3)).until(() -> delivered.size() == 1);
        assertThat(delivered).containsExactly("e-2");
        assertThat(wm.server().findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(requests);
        assertThat(newLeader.getState("jiko:listEvents")).contains("\"watermark\":\"" + T0.plusSeconds(3) + "\"");
    }
}
