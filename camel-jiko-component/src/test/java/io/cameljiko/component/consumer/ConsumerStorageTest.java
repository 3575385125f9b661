package io.cameljiko.component.consumer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.cameljiko.component.support.LogCapture;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.cameljiko.component.consumer.EventConsumerTest.T0;
import static io.cameljiko.component.consumer.EventConsumerTest.event;
import static io.cameljiko.component.consumer.EventConsumerTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** How the consumer uses its state repository: the claim at the first poll, and a store that fails mid-poll. */
class ConsumerStorageTest extends WireMockCamelTest {

    static final String EVENTS = "/api/v1/events/";
    static final Duration WAIT = Duration.ofSeconds(8);
    static final String STORED = "{\"watermark\":\"2026-03-01T10:00:01Z\",\"notBefore\":null,\"delivered\":{\"e-1\":\"2026-03-01T10:00:01Z\"}}";

    final List<Throwable> pollErrors = new CopyOnWriteArrayList<>();
    final List<String> ids = new CopyOnWriteArrayList<>();

    void route(String uri) throws Exception {
        camel.context().getRegistry().bind("pollErrors", new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                pollErrors.add(exception);
            }

            @Override
            public void handleException(String message, Throwable exception) {
                pollErrors.add(exception);
            }

            @Override
            public void handleException(String message, Exchange exchange, Throwable exception) {
                pollErrors.add(exception);
            }
        });
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + "&exceptionHandler=#pollErrors").routeId("items").process(e -> ids.add(e.getMessage().getHeader(
                        "CamelJikoItemId", String.class)));
            }
        });
    }

    /** A repository whose n-th write (counted from 1) throws {@code message} when {@code fails} says so. */
    static MemoryStateRepository failingWrites(java.util.function.IntPredicate fails, String message) {
        AtomicInteger writes = new AtomicInteger();
        return new MemoryStateRepository() {
            @Override
            public void setState(String key, String value) {
                if (fails.test(writes.incrementAndGet())) {
                    throw new IllegalStateException(message);
                }
                super.setState(key, value);
            }
        };
    }

    @Test
    void aStoredPositionIsWrittenBackBeforeAnyPageIsReadSoAReplicaClaimsItEvenWhenTheReadFails() throws Exception {
        List<String> writes = new CopyOnWriteArrayList<>();
        MemoryStateRepository recording = new MemoryStateRepository() {
            @Override
            public void setState(String key, String value) {
                writes.add(key + "=" + value);
                super.setState(key, value);
            }
        };
        recording.setState("jiko:listEvents", STORED);
        writes.clear();
        camel.context().getRegistry().bind("recording", recording);
        wm.server().stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"refused\"}")));
        try (LogCapture log = new LogCapture()) {
            route("jiko:listEvents?startFrom=beginning&overlap=0&delay=50&stateRepository=#recording");
            await().atMost(WAIT).until(() -> !pollErrors.isEmpty());
            assertThat(log.text()).contains("jiko:listEvents consumer starts from its stored position (position key jiko:listEvents)");
        }
        wm.server().verify(getRequestedFor(urlPathEqualTo(EVENTS)));
        assertThat(writes).first().isEqualTo("jiko:listEvents=" + STORED);
        assertThat(ids).isEmpty();
    }

    @Test
    void aPositionThatCannotBeStoredAfterReadingFailsThePollAndDeliversNothing() throws Exception {
        // the claim at the first poll works; storing what the poll read does not, nor anything after
        MemoryStateRepository failsAfterClaim = failingWrites(write -> write > 1, "disk full");
        camel.context().getRegistry().bind("failing", failsAfterClaim);
        wm.server().stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(page(null, event(1, "a", T0.plusSeconds(1))))));
        route("jiko:listEvents?startFrom=beginning&overlap=0&delay=50&stateRepository=#failing");
        await().atMost(WAIT).untilAsserted(() -> assertThat(pollErrors).anySatisfy(
                e -> assertThat(e).isInstanceOf(IllegalStateException.class).hasMessage("disk full")));
        assertThat(ids).isEmpty();
    }

    @Test
    void aStoreThatFailsOnceAfterReadingFailsThatPollAndTheNextPollDeliversTheItem() throws Exception {
        // the claim works, storing what the first poll read does not; later writes work again
        MemoryStateRepository failsOnce = failingWrites(write -> write == 2, "disk full, once");
        camel.context().getRegistry().bind("failsOnce", failsOnce);
        wm.server().stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(page(null, event(1, "a", T0.plusSeconds(1))))));
        route("jiko:listEvents?startFrom=beginning&overlap=0&delay=50&stateRepository=#failsOnce");
        await().atMost(WAIT).until(() -> ids.size() == 1);
        // the failed store reached the exception handler (not a quiet retry), and the item came once, afterwards
        assertThat(pollErrors).singleElement().satisfies(
                e -> assertThat(e).isInstanceOf(IllegalStateException.class).hasMessage("disk full, once"));
        assertThat(ids).containsExactly("e-1");
        assertThat(failsOnce.getState("jiko:listEvents")).contains("e-1");
    }
}
