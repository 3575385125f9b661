package io.cameljiko.examples;

import kafka.testkit.KafkaClusterTestKit;
import kafka.testkit.TestKitNodes;

/**
 * A one-node Kafka (KRaft, combined broker and controller) inside this JVM, listening on 127.0.0.1 on free
 * ports. It wraps Kafka's own test kit ({@code kafka.testkit.KafkaClusterTestKit}, an internal API of
 * Kafka 3.9.1), so that the demo and the tests need neither Docker nor a Kafka installation.
 * Data lives in temporary directories that the test kit deletes on {@link #close()}.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private EmbeddedKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /** Formats, starts and waits for the broker (about 5 s on a small machine). */
    public static EmbeddedKafka start() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .build())
                // loopback only; the test kit's own default is localhost
                .setConfigProp("listeners", "EXTERNAL://127.0.0.1:0,CONTROLLER://127.0.0.1:0")
                // one broker: internal topics cannot have more replicas than that
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "true")
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception | Error e) {
            // its threads are not daemons: a half-started broker would keep the JVM (and exec:java) alive
            cluster.close();
            throw e;
        }
        return new EmbeddedKafka(cluster);
    }

    /** host:port list for {@code bootstrap.servers} / {@code camel.component.kafka.brokers}. */
    public String bootstrapServers() {
        // the test kit names its listeners "localhost" whatever they are bound to; they are bound to 127.0.0.1
        return cluster.bootstrapServers().replace("localhost:", "127.0.0.1:");
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
