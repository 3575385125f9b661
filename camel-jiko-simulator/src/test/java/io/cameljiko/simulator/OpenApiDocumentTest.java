package io.cameljiko.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    static JikoSimulator sim;

    @BeforeAll
    static void start() {
        sim = JikoSimulator.builder().seed(3).build().start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @Test
    void everyRouteHasARowOfNames() {
        List<String> missing = new ArrayList<>();
        for (Api.Route r : new Api(new Store(1, java.time.Instant.parse("2026-01-01T00:00:00Z"), new SimulatorClock(), java.time.Duration.ofSeconds(1))).routes) {
            if (!OpenApiDocument.ROWS.containsKey(r.method() + " " + r.template())) {
                missing.add(r.method() + " " + r.template());
            }
        }
        assertEquals(List.of(), missing, "routes without a row in OpenApiDocument");
    }

    @Test
    void theDescriptionIsServedWithoutATokenAndDescribesEveryRoute() throws Exception {
        SimClient client = new SimClient(sim);
        client.token = null;
        HttpResponse<String> response = client.send("GET", "/openapi.json", null, null);
        assertEquals(200, response.statusCode());
        JsonNode doc = SimClient.MAPPER.readTree(response.body());
        assertEquals("3.1.0", doc.path("openapi").asText());
        assertEquals(sim.baseUrl(), doc.path("servers").path(0).path("url").asText());
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var path = doc.path("paths").fields(); path.hasNext(); ) {
            var entry = path.next();
            assertTrue(!entry.getKey().contains("{id}"), "path parameters are named: " + entry.getKey());
            for (var op = entry.getValue().fields(); op.hasNext(); ) {
                operations++;
                ids.add(op.next().getValue().path("operationId").asText());
            }
        }
        assertEquals(OpenApiDocument.ROWS.size(), operations);
        assertEquals(operations, ids.size(), "operationIds are unique");
        JsonNode earnings = doc.path("paths").path("/api/v2/pockets/{pocket_id}/earnings/").path("get");
        assertEquals("get_single_pocket_earnings_api_v2_pockets__pocket_id__earnings__get", earnings.path("operationId").asText());
        assertEquals("pocket_id", earnings.path("parameters").path(0).path("name").asText());
        assertEquals("range", earnings.path("parameters").path(1).path("schema").path("enum").path(4).asText());
    }
}
