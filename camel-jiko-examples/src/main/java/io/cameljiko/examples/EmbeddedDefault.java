package io.cameljiko.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.cameljiko.simulator.JikoSimulator;

/**
 * What the demo runs against when no {@code jiko.baseUrl} is set: the Jiko simulator (free port, rate limits
 * on), a one-node Kafka and a GreenMail SMTP server, all in this JVM and bound to 127.0.0.1.
 * {@link #properties()} gives the settings that point the routes at them.
 */
public final class EmbeddedDefault implements AutoCloseable {

    private final JikoSimulator simulator;
    private final EmbeddedKafka kafka;
    private final GreenMail mail;
    private final Path keyFile;

    private EmbeddedDefault(JikoSimulator simulator, EmbeddedKafka kafka, GreenMail mail, Path keyFile) {
        this.simulator = simulator;
        this.kafka = kafka;
        this.mail = mail;
        this.keyFile = keyFile;
    }

    public static EmbeddedDefault start() throws Exception {
        JikoSimulator sim = JikoSimulator.builder().port(0).rateLimits(true).build().start();
        EmbeddedKafka kafka = null;
        GreenMail mail = null;
        try {
            // the demo key goes to a file, as a real key would: camel.component.jiko.privateKey=file:...
            Path key = Files.createTempFile("jiko-sim-demo-key", ".pem");
            key.toFile().deleteOnExit();
            Files.writeString(key, sim.demoPrivateKeyPem(), StandardCharsets.US_ASCII);
            mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            mail.start();
            kafka = EmbeddedKafka.start();
            return new EmbeddedDefault(sim, kafka, mail, key);
        } catch (Exception | Error e) {
            if (mail != null) {
                mail.stop();
            }
            if (kafka != null) {
                kafka.close();
            }
            sim.close();
            throw e;
        }
    }

    /** The settings that point the routes at the embedded servers (camel-main override properties). */
    public Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("camel.component.jiko.baseUrl", simulator.baseUrl());
        p.put("camel.component.jiko.tokenUrl", simulator.tokenUrl());
        p.put("camel.component.jiko.clientId", simulator.demoClientId());
        p.put("camel.component.jiko.privateKey", "file:" + keyFile.toAbsolutePath());
        p.put("camel.component.kafka.brokers", kafka.bootstrapServers());
        p.put("jiko.mail.host", "127.0.0.1");
        p.put("jiko.mail.port", String.valueOf(mail.getSmtp().getPort()));
        p.put("jiko.demo.moveMoney", "true");
        // push: camel-main's platform-http server on a free loopback port, which the simulator calls
        int port = freePort();
        p.put("camel.server.enabled", "true");
        p.put("camel.server.host", "127.0.0.1");
        p.put("camel.server.port", String.valueOf(port));
        p.put("jiko.push.enabled", "true");
        p.put("jiko.push.externalUrl", "http://127.0.0.1:" + port);
        p.put("jiko.push.secret", "demo-webhook-secret-" + java.util.UUID.randomUUID());
        return p;
    }

    public JikoSimulator simulator() {
        return simulator;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public GreenMail mail() {
        return mail;
    }

    @Override
    public void close() throws Exception {
        try {
            mail.stop();
            kafka.close();
        } finally {
            simulator.close();
            Files.deleteIfExists(keyFile);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
