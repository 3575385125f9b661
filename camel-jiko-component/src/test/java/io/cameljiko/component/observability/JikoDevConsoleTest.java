package io.cameljiko.component.observability;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JikoDevConsoleTest extends WireMockCamelTest {

    private DevConsole console() {
        // found the way camel-console finds it: through the generated META-INF/services/org/apache/camel/dev-console/jiko
        DevConsole console = PluginHelper.getDevConsoleResolver(camel.context()).resolveDevConsole("jiko");
        assertThat(console).as("jiko dev console on the classpath").isNotNull();
        return console;
    }

    @Test
    void jsonReportsTokenExpiryRateLimitsCountsAndConsumersFieldByField() throws Exception {
        Traffic.run(camel, wm);
        DevConsole console = console();
        assertThat(console.getId()).isEqualTo("jiko");
        assertThat(console.supportMediaType(DevConsole.MediaType.JSON)).isTrue();
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());

        List<JsonObject> tokens = list(json, "tokens");
        assertThat(tokens).hasSize(1);
        JsonObject token = tokens.get(0);
        assertThat(token).containsEntry("clientId", "client-123").containsEntry("tokenUrl", wm.tokenUrl())
                .containsEntry("issued", 2L) // the first token, then a fresh one after getCustomer's 401
                .containsOnlyKeys("clientId", "tokenUrl", "obtainedAt", "expiresAt", "expiresInSeconds", "issued");
        assertThat(Instant.parse((String) token.get("expiresAt"))).isCloseTo(Instant.now().plusSeconds(900), within(60,
                java.time.temporal.ChronoUnit.SECONDS));
        assertThat((Long) token.get("expiresInSeconds")).isBetween(840L, 900L);

        Map<String, JsonObject> ops = byKey(list(json, "operations"), "operation");
        assertThat(ops).containsOnlyKeys("token", "getTeam", "getCustomer", "listPockets");
        assertThat(ops.get("getTeam")).containsEntry("calls", 1L).containsEntry("retries", 1L)
                .containsEntry("rateLimited", 1L).containsEntry("replays401", 0L)
                .containsEntry("rateLimitLimit", 300L).containsEntry("rateLimitRemaining", 297L)
                .containsEntry("rateLimitReset", Traffic.RESET).containsKey("rateLimitSeenAt");
        assertThat(ops.get("getCustomer")).containsEntry("calls", 1L).containsEntry("retries", 0L)
                .containsEntry("rateLimited", 0L).containsEntry("replays401", 1L).doesNotContainKey("rateLimitRemaining");
        assertThat(ops.get("listPockets")).containsEntry("calls", 1L).containsEntry("retries", 0L);
        assertThat(ops.get("token")).containsEntry("calls", 2L);

        // the shared budget of getTeam's limit group, as the headers and the 429 left it (the fixture's reset lies in
        // the past, so the budget counts a new, full window)
        Map<String, JsonObject> budgets = byKey(list(json, "budgets"), "group");
        assertThat(budgets).containsKey("Team");
        assertThat(budgets.get("Team")).containsEntry("client", "client-123").containsEntry("source", "headers")
                .containsEntry("limit", 300).containsEntry("remaining", 300).containsEntry("inFlight", 0)
                .containsEntry("reset", java.time.Instant.ofEpochSecond(Traffic.RESET).toString())
                .containsEntry("waits", 1L).containsEntry("rejected", 1L);

        List<JsonObject> consumers = list(json, "consumers");
        assertThat(consumers).hasSize(1);
        assertThat(consumers.get(0)).containsEntry("routeId", "pockets").containsEntry("operation", "listPockets")
                .containsEntry("position", "2 items known").containsEntry("pending", 0).containsEntry("lastFound", 2)
                .containsEntry("lastError", null).containsEntry("rateLimitedUntil", null);
        assertThat(consumers.get(0).get("lastSuccessfulPoll")).isNotNull();

        assertThat(json.toJson()).doesNotContain(JikoWireMock.TOKEN).doesNotContain("PRIVATE KEY");
    }

    @Test
    void textHasOneLinePerTokenOperationAndConsumerAndNoToken() throws Exception {
        Traffic.run(camel, wm);
        String text = (String) console().call(DevConsole.MediaType.TEXT, Map.of());
        assertThat(text).contains("Access tokens:\n    client client-123 at " + wm.tokenUrl() + ": expires ")
                .containsPattern("\\(in (8[4-9]\\d|900) s\\), obtained \\S+, issued 2 time\\(s\\)")
                .contains("    getTeam: calls=1 retries=1 429s=1 401-replays=0 rate-limit remaining=297 limit=300 reset="
                          + Traffic.RESET)
                .contains("    getCustomer: calls=1 retries=0 429s=0 401-replays=1\n")
                .contains("Rate-limit budgets:\n")
                .contains("    client client-123 group Team (headers): remaining=300 limit=300 reset=2025-11-30T16:26:40Z inFlight=0 waits=1 ")
                .contains("    route pockets jiko:listPockets: position=2 items known pending=0 lastFound=2 lastSuccessfulPoll=")
                .contains("lastError=null rateLimitedUntil=null")
                .doesNotContain(JikoWireMock.TOKEN);
    }

    @SuppressWarnings("unchecked")
    private static List<JsonObject> list(JsonObject json, String key) {
        return (List<JsonObject>) json.get(key);
    }

    private static Map<String, JsonObject> byKey(List<JsonObject> list, String key) {
        Map<String, JsonObject> map = new java.util.TreeMap<>();
        list.forEach(o -> map.put((String) o.get(key), o));
        return map;
    }
}
