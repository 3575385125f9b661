package io.cameljiko.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo end to end, as {@code exec:java} runs it: the YAML routes of classpath:camel/ and the Java DSL money
 * movement against the simulator, the in-process Kafka broker and GreenMail. {@link JikoDemo#run} returns once
 * a NotifyBuilder saw every expected exchange complete (bounded: 55 s), then the test checks what arrived.
 */
class ExampleRoutesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static EmbeddedDefault env;
    static JikoDemo.Summary summary;
    static int seededEvents;

    @BeforeAll
    static void runTheDemo() throws Exception {
        env = EmbeddedDefault.start();
        seededEvents = env.simulator().state().events().size();
        summary = JikoDemo.run(JikoDemo.settings(), env.properties(), env);
    }

    @AfterAll
    static void stop() throws Exception {
        if (env != null) {
            env.close();
        }
    }

    static Map<String, Object> transfer(String type) {
        return env.simulator().state().transfers().stream()
                .filter(t -> t.toString().contains("type=" + type)).findFirst().orElseThrow();
    }

    @Test
    void everythingExpectedArrivedBeforeTheTimeLimit() {
        assertThat(summary.complete()).isTrue();
        assertThat(summary.kafkaRecords()).isEqualTo(seededEvents + JikoDemo.EVENTS_FROM_TRANSFERS);
        assertThat(summary.mails()).isEqualTo(1);
        assertThat(summary.transactions()).isEqualTo(2);
    }

    @Test
    void theBrokerListensOnLoopbackOnly() {
        assertThat(env.kafka().bootstrapServers()).startsWith("127.0.0.1:");
        assertThat(env.simulator().baseUrl()).startsWith("http://127.0.0.1:");
    }

    @Test
    void everyEventIsOneKafkaRecordKeyedByItsIdWithTheEnvelopeAsJson() throws Exception {
        List<ConsumerRecord<String, String>> records =
                JikoDemo.readRecords(env.kafka().bootstrapServers(), "jiko.events", Map.of());
        List<Map<String, Object>> events = env.simulator().state().events();
        assertThat(records).hasSize(events.size());
        for (ConsumerRecord<String, String> r : records) {
            JsonNode json = JSON.readTree(r.value());
            assertThat(json.path("event_id").asText()).isEqualTo(r.key());
            assertThat(json.path("event_type").asText()).startsWith("transfers.");
            assertThat(json.path("timestamp").asText()).isNotBlank();
            assertThat(json.path("customer_id").asText()).isEqualTo(env.simulator().state().customerId());
            assertThat(json.path("payload").isObject()).isTrue();
        }
        Set<Object> eventIds = events.stream().map(e -> e.get("event_id")).collect(Collectors.toSet());
        assertThat(records.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).isEqualTo(eventIds);
        // in emission order, and the demo's transfers are all there
        assertThat(records.stream().map(r -> {
            try {
                return JSON.readTree(r.value()).path("event_type").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList()).contains("transfers.on-us.processing", "transfers.on-us.success", "transfers.on-us.received",
                "transfers.wire.out.processing", "transfers.wire.out.rejected");
        // nothing went to the dead-letter topic
        assertThat(JikoDemo.readRecords(env.kafka().bootstrapServers(), "jiko.events.dlq", Map.of())).isEmpty();
    }

    @Test
    void theRejectedWireIsMailedToOperations() throws Exception {
        Map<String, Object> wire = transfer("WIRE");
        String wireId = String.valueOf(wire.get("id"));
        assertThat(wire.get("status")).isEqualTo("REJECTED");

        MimeMessage[] mails = env.mail().getReceivedMessages();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("ops@example.com");
        assertThat(mail.getSubject()).isEqualTo("Jiko transfer rejected: WIRE " + wireId);
        String text = String.valueOf(mail.getContent());
        assertThat(text).contains("Transfer request: " + wireId)
                .contains("Reason:           COUNTERPARTY_NOT_LINKED")
                .contains("Amount (cents):   250000")
                .contains("transfers.wire.out.rejected");
    }

    @Test
    void theReallocationsTwoTransactionsAreJsonLines() throws Exception {
        Map<String, Object> onUs = transfer("ON_US");
        assertThat(onUs.get("status")).isEqualTo("SUCCESS");
        List<String> lines = Files.readAllLines(summary.file());
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode t = JSON.readTree(line);
            assertThat(t.path("type").asText()).isEqualTo("ON_US");
            assertThat(t.path("amount").path("value").asLong()).isEqualTo(12345);
        }
        assertThat(lines.stream().map(l -> {
            try {
                return JSON.readTree(l).path("direction").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList()).containsExactlyInAnyOrder("DEBIT", "CREDIT");
        assertThat(summary.file()).isEqualTo(Path.of("target", "jiko-transactions.jsonl").toAbsolutePath());
    }

    @Test
    void thePortalWasOpenedOnTheOriginPocket() {
        assertThat(env.simulator().state().portals()).anySatisfy(p -> assertThat(p.get("name")).isEqualTo("camel-jiko demo portal"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTransfersEventsWerePushedToTheWebhookRouteAndItsSubscriptionRemoved() {
        List<Map<String, Object>> events = env.simulator().state().events();
        List<Map<String, Object>> fromTransfers = events.subList(seededEvents, events.size());
        assertThat(fromTransfers).hasSize(JikoDemo.EVENTS_FROM_TRANSFERS);
        for (Map<String, Object> event : fromTransfers) {
            List<Map<String, Object>> attempts = env.simulator().state().deliveryAttempts((String) event.get("event_id"));
            assertThat(attempts).as("delivery of %s", event.get("event_type"))
                    .anySatisfy(a -> assertThat(a.get("response_code")).isEqualTo(200));
        }
        // the demo stopped: the subscription it registered on start is gone
        assertThat(env.simulator().state().subscriptions()).isEmpty();
    }
}
