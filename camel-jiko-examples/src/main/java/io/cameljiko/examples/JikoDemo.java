package io.cameljiko.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The camel-jiko demo: the YAML routes of {@code classpath:camel/} plus {@link MoneyMovementRoutes}, run by
 * camel-main. Without {@code jiko.baseUrl} (system property, {@code JIKO_BASEURL} or application.properties)
 * it starts the {@link EmbeddedDefault} first and stops as soon as every expected event, mail and transaction
 * went through; with it, it runs against that Jiko for {@code camel.main.duration-max-seconds}.
 * It ends with a summary: events published to Kafka, mails sent, transactions written.
 */
public final class JikoDemo {

    /** In the embedded run: ON_US processing, success, received + WIRE processing, rejected. */
    static final int EVENTS_FROM_TRANSFERS = 5;
    static final int TRANSACTIONS_FROM_TRANSFERS = 2;   // the reallocation's DEBIT and CREDIT
    static final int REJECTIONS = 1;

    private JikoDemo() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Properties settings = settings();
        String baseUrl = settings.getProperty("jiko.baseUrl");
        Summary summary;
        if (baseUrl == null || baseUrl.isBlank()) {
            System.out.println("No jiko.baseUrl set: starting the embedded Jiko simulator, Kafka and GreenMail on 127.0.0.1");
            try (EmbeddedDefault env = EmbeddedDefault.start()) {
                summary = run(settings, env.properties(), env);
            }
        } else {
            summary = run(settings, Map.of("camel.component.jiko.baseUrl", baseUrl), null);
        }
        System.out.println();
        System.out.println("camel-jiko demo summary");
        System.out.println("  events published to Kafka : " + summary.kafkaRecords() + " (topic " + summary.topic() + ")");
        System.out.println("  mails sent                : " + summary.mails());
        System.out.println("  transactions written      : " + summary.transactions() + " (" + summary.file() + ")");
        System.out.printf("  wall time                 : %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.println(summary.complete() ? "  result                    : OK, everything expected arrived"
                                               : "  result                    : stopped at the time limit");
    }

    public record Summary(String topic, long kafkaRecords, long mails, long transactions, Path file, boolean complete) {
    }

    /** Runs the routes until done, then counts what they produced. */
    static Summary run(Properties settings, Map<String, String> overrides, EmbeddedDefault env) throws Exception {
        String topic = settings.getProperty("jiko.events.topic", "jiko.events");
        Path file = Path.of(settings.getProperty("jiko.transactions.dir", "target"),
                settings.getProperty("jiko.transactions.fileName", "jiko-transactions.jsonl")).toAbsolutePath();
        String brokers = overrides.getOrDefault("camel.component.kafka.brokers",
                settings.getProperty("camel.component.kafka.brokers"));
        if (env != null) {
            // a fresh simulator: earlier positions and output do not belong to it
            Files.deleteIfExists(Path.of(settings.getProperty("jiko.state.file", "target/jiko-consumer-positions.dat")));
            Files.deleteIfExists(file);
        }
        long linesBefore = lines(file);
        Map<TopicPartition, Long> offsetsBefore = endOffsets(brokers, topic);
        long seededEvents = env == null ? 0 : env.simulator().state().events().size();

        Main main = createMain(overrides);
        AtomicLong mailsSent = new AtomicLong();
        AtomicBoolean complete = new AtomicBoolean();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport m) {
                CamelContext context = m.getCamelContext();
                context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
                    @Override
                    public void notify(CamelEvent event) {
                        if (event instanceof CamelEvent.ExchangeSentEvent sent
                            && sent.getEndpoint().getEndpointUri().startsWith("smtp")) {
                            mailsSent.incrementAndGet();
                        }
                    }
                });
                if (env == null) {
                    return;   // a real Jiko: run until camel.main.duration-max-seconds
                }
                NotifyBuilder done = new NotifyBuilder(context)
                        .fromRoute("jiko-events-to-kafka").whenCompleted((int) seededEvents + EVENTS_FROM_TRANSFERS)
                        .and().fromRoute("jiko-rejected-transfers-mail").whenCompleted(REJECTIONS)
                        .and().fromRoute("jiko-transactions-to-file").whenCompleted(TRANSACTIONS_FROM_TRANSFERS)
                        .and().fromRoute(PushedEventsRoutes.ROUTE_ID).whenCompleted(EVENTS_FROM_TRANSFERS)
                        .create();
                Thread watcher = new Thread(() -> {
                    if (done.matches(55, TimeUnit.SECONDS)) {
                        complete.set(true);
                        main.completed();
                    }
                }, "jiko-demo-watcher");
                watcher.setDaemon(true);
                watcher.start();
            }
        });
        main.run();

        long records = countRecords(brokers, topic, offsetsBefore);
        long mails = env != null ? env.mail().getReceivedMessages().length : mailsSent.get();
        return new Summary(topic, records, mails, lines(file) - linesBefore, file, complete.get());
    }

    /** camel-main with the YAML routes of classpath:camel/ (default routes-include-pattern) and the Java routes. */
    public static Main createMain(Map<String, String> overrides) {
        Main main = new Main();
        main.configure().addRoutesBuilder(new MoneyMovementRoutes());
        main.configure().addRoutesBuilder(new PushedEventsRoutes());
        overrides.forEach(main::addOverrideProperty);
        return main;
    }

    /** application.properties, then system properties, then JIKO_BASEURL: enough to choose the mode. */
    static Properties settings() throws IOException {
        Properties p = new Properties();
        try (InputStream in = JikoDemo.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        p.putAll(System.getProperties());
        String env = System.getenv("JIKO_BASEURL");
        if (env != null && !p.containsKey("jiko.baseUrl")) {
            p.setProperty("jiko.baseUrl", env);
        }
        return p;
    }

    static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (Stream<String> s = Files.lines(file)) {
            return s.filter(l -> !l.isBlank()).count();
        }
    }

    static KafkaConsumer<String, String> consumer(String brokers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    static Map<TopicPartition, Long> endOffsets(String brokers, String topic) {
        try (KafkaConsumer<String, String> c = consumer(brokers)) {
            List<PartitionInfo> parts = c.listTopics(Duration.ofSeconds(10)).getOrDefault(topic, List.of());
            return c.endOffsets(parts.stream().map(pi -> new TopicPartition(topic, pi.partition())).toList());
        }
    }

    /** Reads the topic from the given offsets (0 for new partitions) to its end and counts the records. */
    static long countRecords(String brokers, String topic, Map<TopicPartition, Long> from) {
        return readRecords(brokers, topic, from).size();
    }

    public static List<ConsumerRecord<String, String>> readRecords(String brokers, String topic,
                                                                   Map<TopicPartition, Long> from) {
        try (KafkaConsumer<String, String> c = consumer(brokers)) {
            List<TopicPartition> parts = c.listTopics(Duration.ofSeconds(10)).getOrDefault(topic, List.of()).stream()
                    .map(pi -> new TopicPartition(topic, pi.partition())).toList();
            if (parts.isEmpty()) {
                return List.of();
            }
            c.assign(parts);
            parts.forEach(tp -> c.seek(tp, from.getOrDefault(tp, 0L)));
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            List<ConsumerRecord<String, String>> out = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(500)).forEach(out::add);
            }
            return out;
        }
    }
}
