package io.cameljiko.component.openapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cameljiko.component.model.ReportRequest;
import io.cameljiko.component.openapi.CheckReport.Status;
import io.cameljiko.component.support.Camel;
import io.cameljiko.simulator.JikoSimulator;
import io.cameljiko.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end offline: the simulator serves a description of what it implements; the check and a dynamic call use it. */
class OpenApiSimulatorTest {

    static final String GET_REPORT = "get_report_request_api_v1_report_requests__report_request_id___get";

    static JikoSimulator sim;
    @TempDir
    static Path dir;
    static Path spec;

    @BeforeAll
    static void start() throws Exception {
        sim = JikoSimulator.builder().seed(11).rateLimits(false).build().start();
        HttpResponse<Path> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofFile(dir.resolve("simulator-openapi.json")));
        assertThat(response.statusCode()).isEqualTo(200);
        spec = response.body();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @Test
    void theCheckFindsTheCatalogInTheSimulatorsDescriptionAndNamesTheDifferences() {
        CheckReport report = CatalogCheck.check(OpenApiSpecs.load(spec.toString(), getClass().getClassLoader()));
        assertThat(report.count(Status.MISSING)).isZero();
        assertThat(report.result("listPockets").orElseThrow().status()).isEqualTo(Status.MATCHES);
        assertThat(report.result("getUserMemberships").orElseThrow().confirmsInferred()).isTrue();
        // real differences between the simulator and the catalog, reported as such
        assertThat(report.result("createReportRequest").orElseThrow().mismatches())
                .containsExactly("the description requires body field output_formats, the catalog does not check it");
        assertThat(report.result("listStatements").orElseThrow().mismatches())
                .containsExactly("the description has query parameter pocket_id that the catalog lacks");
        assertThat(report.onlyInFile()).extracting(ApiDescription.ApiOperation::operationId).containsExactly(GET_REPORT);
    }

    @Test
    void anOperationOnlyTheSimulatorDescribesIsCalledThroughThePipeline() {
        try (Camel camel = new Camel(sim.baseUrl(), sim.tokenUrl())) {
            camel.config().setClientId(sim.demoClientId());
            camel.config().setPrivateKey(sim.demoPrivateKeyPem());
            camel.start();
            Exchange created = camel.send("jiko:createReportRequest",
                    Map.of("report_type", "TRADE_REPORT", "output_formats", List.of("CSV")), Map.of());
            assertThat(created.getException()).isNull();
            String id = created.getMessage().getBody(ReportRequest.class).id();

            Exchange read = camel.send("jiko:" + GET_REPORT + "?outputType=map&openApiSpec=file:" + spec, null,
                    Map.of("CamelJikoReportRequestId", id));
            assertThat(read.getException()).isNull();
            assertThat(read.getMessage().getBody(Map.class)).containsEntry("id", id).containsEntry("report_type", "TRADE_REPORT");
        }
        List<RecordedRequest> requests = sim.receivedRequests();
        assertThat(requests).anySatisfy(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).matches("/api/v1/report-requests/[0-9a-f-]{36}/");
            assertThat(r.header("Authorization")).startsWith("Bearer sim_");
        });
    }
}
