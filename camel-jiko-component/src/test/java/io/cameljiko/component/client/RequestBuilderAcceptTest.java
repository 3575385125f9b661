package io.cameljiko.component.client;

import java.net.URI;
import java.util.Map;

import io.cameljiko.component.catalog.OperationCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Accept header a request carries: the one asked for, unless the operation fixes its own. */
class RequestBuilderAcceptTest {

    static final String BASE = "https://api.jiko.example";

    @Test
    void anAskedForAcceptIsSentWithAnApiCall() {
        JikoRequest request = RequestBuilder.of(OperationCatalog.require("exportTeamAuditLogs"), BASE)
                .accept("application/json").build();
        assertThat(request.headers()).containsEntry("Accept", "application/json");
        assertThat(request.uri()).isEqualTo(URI.create(BASE + "/api/v1/team/audit-logs.csv"));
        assertThat(RequestBuilder.of(OperationCatalog.require("getTeam"), BASE).build().headers()).doesNotContainKey("Accept");
    }

    @Test
    void aDownloadKeepsItsOwnAcceptOfAnything() {
        JikoRequest request = RequestBuilder.of(OperationCatalog.require("download"), BASE)
                .options(Map.<String, Object>of("url", "/api/v1/statements/s-1.pdf")::get).accept("application/json").build();
        assertThat(request.headers()).containsEntry("Accept", "*/*");
        assertThat(request.method()).isEqualTo("GET");
    }
}
