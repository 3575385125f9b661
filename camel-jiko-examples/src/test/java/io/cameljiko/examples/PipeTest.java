package io.cameljiko.examples;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cameljiko.component.JikoComponent;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Camel K Pipe cannot rot: its structure is checked, every Kamelet it references must exist (ours in the
 * component jar, kafka-sink in camel-kamelets) with the properties it passes declared and the required ones
 * given, and the YAML DSL loads and runs it against the simulator and the in-process Kafka broker.
 */
class PipeTest {

    static final String PIPE = "camel-k/jiko-events-to-kafka.pipe.yaml";
    static EmbeddedDefault env;

    @BeforeAll
    static void start() throws Exception {
        env = EmbeddedDefault.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (env != null) {
            env.close();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String resource) throws Exception {
        try (InputStream in = PipeTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Map<String, Object> root, String... path) {
        Object cur = root;
        for (String p : path) {
            cur = cur instanceof Map<?, ?> m ? m.get(p) : null;
        }
        return (T) cur;
    }

    @Test
    void structureAndReferencedKamelets() throws Exception {
        Map<String, Object> pipe = yaml(PIPE);
        assertThat(pipe.get("apiVersion")).isEqualTo("camel.apache.org/v1");
        assertThat(pipe.get("kind")).isEqualTo("Pipe");
        assertThat((String) at(pipe, "metadata", "name")).isEqualTo("jiko-events-to-kafka");
        assertThat((List<String>) at(pipe, "spec", "dependencies"))
                .contains("mvn:io.cameljiko:camel-jiko-component:0.1.0-SNAPSHOT");
        assertThat((String) at(pipe, "spec", "errorHandler", "sink", "endpoint", "uri")).startsWith("kafka:jiko.events.dlq");
        assertKamelet(pipe, "source", "jiko-events-source", "source");
        assertKamelet(pipe, "sink", "kafka-sink", "sink");
    }

    @SuppressWarnings("unchecked")
    static void assertKamelet(Map<String, Object> pipe, String end, String name, String type) throws Exception {
        assertThat((String) at(pipe, "spec", end, "ref", "kind")).isEqualTo("Kamelet");
        assertThat((String) at(pipe, "spec", end, "ref", "name")).isEqualTo(name);
        Map<String, Object> kamelet = yaml("kamelets/" + name + ".kamelet.yaml");
        assertThat((String) at(kamelet, "metadata", "labels", "camel.apache.org/kamelet.type")).isEqualTo(type);
        Map<String, Object> declared = at(kamelet, "spec", "definition", "properties");
        List<String> required = at(kamelet, "spec", "definition", "required");
        Map<String, Object> given = at(pipe, "spec", end, "properties");
        assertThat(declared.keySet()).as("properties of %s", name).containsAll(given.keySet());
        // required parameters the Pipe leaves out must come from camel.kamelet.<name>.<parameter> (the Secret)
        List<String> fromSecret = required.stream().filter(r -> !given.containsKey(r)).toList();
        assertThat(fromSecret).as("required properties of %s not in the Pipe", name)
                .isSubsetOf("clientId", "privateKey", "bootstrapServers");
        String comment = new String(PipeTest.class.getClassLoader().getResourceAsStream(PIPE).readAllBytes(),
                StandardCharsets.UTF_8);
        for (String r : fromSecret) {
            assertThat(comment).as("the Pipe documents where %s comes from", r).contains("camel.kamelet." + name + "." + r + "=");
        }
    }

    @Test
    void theYamlDslRunsItAgainstTheSimulatorAndKafka() throws Exception {
        Path key = Files.createTempFile("pipe-key", ".pem");
        Files.writeString(key, env.simulator().demoPrivateKeyPem(), StandardCharsets.US_ASCII);
        String brokers = env.kafka().bootstrapServers();
        DefaultCamelContext context = new DefaultCamelContext();
        try {
            // what the mounted Secret would give
            Properties p = new Properties();
            p.put("camel.kamelet.jiko-events-source.clientId", env.simulator().demoClientId());
            p.put("camel.kamelet.jiko-events-source.privateKey", "file:" + key);
            p.put("camel.kamelet.kafka-sink.bootstrapServers", brokers);
            context.getPropertiesComponent().setInitialProperties(p);
            // the Pipe says environment=sandbox: point the component at the simulator instead
            JikoComponent jiko = new JikoComponent();
            jiko.getConfiguration().setBaseUrl(env.simulator().baseUrl());
            jiko.getConfiguration().setTokenUrl(env.simulator().tokenUrl());
            context.addComponent("jiko", jiko);
            KafkaComponent kafka = new KafkaComponent();
            kafka.getConfiguration().setBrokers(brokers);   // camel.component.kafka.brokers, for the dead-letter sink
            context.addComponent("kafka", kafka);

            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context, "classpath:" + PIPE));
            context.start();

            Set<Object> eventIds = env.simulator().state().events().stream().map(e -> e.get("event_id"))
                    .collect(Collectors.toSet());
            await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
                List<ConsumerRecord<String, String>> records = JikoDemo.readRecords(brokers, "jiko.events", Map.of());
                assertThat(records.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).isEqualTo(eventIds);
            });
            ObjectMapper json = new ObjectMapper();
            for (ConsumerRecord<String, String> r : JikoDemo.readRecords(brokers, "jiko.events", Map.of())) {
                assertThat(json.readTree(r.value()).path("event_id").asText()).isEqualTo(r.key());
            }
        } finally {
            context.stop();
            Files.deleteIfExists(key);
        }
    }
}
