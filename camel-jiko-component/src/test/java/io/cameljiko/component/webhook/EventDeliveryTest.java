package io.cameljiko.component.webhook;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** EventDelivery.awaitInFlight: the bounded wait of a reconciliation round for a push of the same event. */
class EventDeliveryTest {

    final EventDelivery delivery = WebhookHandlerTest.delivery(null);

    EventDeliveryTest() {
        delivery.start();
    }

    @Test
    void anIdNotInFlightIsNotWaitedFor() {
        assertThat(delivery.awaitInFlight("never-claimed", Duration.ofSeconds(5))).isFalse();
    }

    @Test
    void theWaitEndsWithTheOutcomeOfTheOtherDelivery() throws Exception {
        for (boolean completed : new boolean[] {true, false}) {
            String id = "e-" + completed;
            assertThat(delivery.claim(id)).isEqualTo(EventDelivery.Claim.NEW);
            // the other delivery ends while this thread waits for it
            Thread waiter = Thread.currentThread();
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                await().atMost(Duration.ofSeconds(10)).until(() -> WebhookInFlightTest.waitsInFlight(waiter));
                delivery.settle(id, completed);
            });
            assertThat(delivery.awaitInFlight(id, Duration.ofSeconds(10))).isEqualTo(completed);
            other.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDeliveryThatDoesNotEndInTimeCountsAsNotCompleted() {
        assertThat(delivery.claim("slow")).isEqualTo(EventDelivery.Claim.NEW);
        assertThat(delivery.awaitInFlight("slow", Duration.ofMillis(20))).isFalse();
        assertThat(delivery.claim("slow")).isEqualTo(EventDelivery.Claim.IN_FLIGHT);
    }

    @Test
    void anInterruptedWaitCountsAsNotCompletedAndKeepsTheInterrupt() {
        assertThat(delivery.claim("interrupted")).isEqualTo(EventDelivery.Claim.NEW);
        Thread.currentThread().interrupt();
        try {
            assertThat(delivery.awaitInFlight("interrupted", Duration.ofSeconds(10))).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted(); // clear it for the next test
        }
    }
}
