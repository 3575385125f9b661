package io.cameljiko.component.e2e;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.model.Team;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.TestKeys;
import io.cameljiko.simulator.JikoSimulatorMain;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator as a program: a key given on its command line authenticates a route; the control API drives it. */
class SimulatorCliTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String publicPem(java.security.KeyPair pair) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
               + "\n-----END PUBLIC KEY-----\n";
    }

    private static HttpResponse<String> control(String method, String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aKeyFromTheCommandLineAuthenticatesAndTheControlApiEmitsEventsAndFaults(@TempDir Path dir) throws Exception {
        Path publicKey = Files.writeString(dir.resolve("cli-client.pub.pem"), publicPem(TestKeys.RSA));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (JikoSimulatorMain.Running running = JikoSimulatorMain.start(new String[] {"--port", "0", "--control-port", "0",
                "--no-rate-limits", "--public-key", "cli-client=" + publicKey, "--key-out", dir.resolve("demo.pem").toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8));
             Camel camel = new Camel(running.simulator().baseUrl(), running.simulator().tokenUrl())) {
            String control = running.control().url();
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("control API: " + control + " (127.0.0.1 only)",
                    "client     : cli-client", "camel.component.jiko.tokenUrl=" + running.simulator().tokenUrl());
            assertThat(control).startsWith("http://127.0.0.1:");
            assertThat(Files.getPosixFilePermissions(running.demoKey())).isEqualTo(PosixFilePermissions.fromString("rw-------"));

            camel.config().setClientId("cli-client");
            camel.config().setPrivateKey(TestKeys.pem(TestKeys.RSA));
            camel.config().setMaxRetries(0);
            camel.start();
            Exchange team = camel.send("jiko:getTeam");
            assertThat(team.getException()).isNull();
            assertThat(team.getMessage().getBody(Team.class).teamId()).isEqualTo(running.simulator().state().teamId());

            HttpResponse<String> emitted = control("POST", control + "/events",
                    "{\"event_type\":\"transfers.wire.in.success\",\"payload\":{\"wire_id\":\"w-cli-1\"}}");
            assertThat(emitted.statusCode()).isEqualTo(201);
            String eventId = emitted.body().replaceAll(".*\"event_id\":\"([^\"]+)\".*", "$1");
            Exchange events = camel.send("jiko:listEvents?outputType=map&limit=100", null, Map.of());
            assertThat(events.getException()).isNull();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) events.getMessage().getBody(Map.class).get("items");
            List<Object> types = items.stream().map(i -> (Map<?, ?>) i.get("event"))
                    .filter(e -> eventId.equals(e.get("event_id"))).map(e -> (Object) e.get("event_type")).toList();
            assertThat(types).containsExactly("transfers.wire.in.success");

            assertThat(control("POST", control + "/faults", "{\"fail_next\":{\"count\":1,\"status\":503}}").statusCode()).isEqualTo(204);
            Exchange failed = camel.send("jiko:getTeam");
            assertThat(failed.getException()).isInstanceOf(JikoApiException.class);
            assertThat(((JikoApiException) failed.getException()).getStatusCode()).isEqualTo(503);
            assertThat(camel.send("jiko:getTeam").getException()).as("one fault only").isNull();

            HttpResponse<String> advanced = control("POST", control + "/clock/advance", "{\"seconds\":3600}");
            assertThat(advanced.statusCode()).isEqualTo(200);
            assertThat(running.simulator().clock().offset().toSeconds()).isEqualTo(3600);
            assertThat(control("POST", control + "/events", "{\"payload\":{}}").body()).contains("event_type is required");
        }
    }

    @Test
    void theDemoKeyGoesToAPrivateTemporaryDirectoryByDefault() throws Exception {
        try (JikoSimulatorMain.Running running = JikoSimulatorMain.start(new String[] {"--port", "0", "--control-port", "0"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            Path key = running.demoKey();
            assertThat(key.getParent().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
            assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getPosixFilePermissions(key.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.readString(key)).isEqualTo(running.simulator().demoPrivateKeyPem());
            Files.delete(key);
            Files.delete(key.getParent());
        }
    }
}
