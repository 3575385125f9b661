package io.cameljiko.component.client;

import io.cameljiko.component.catalog.OperationCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an endpoint has made in the background at start: the one reader its answers are read with, or none. */
class PrepareReadersTest {

    private static int prepare(String operation, JikoOutputType outputType) {
        return ResponseMapper.prepare(OperationCatalog.require(operation), outputType);
    }

    @Test
    void anObjectOrAPageReadAsModelOrMapNeedsOneReader() {
        assertThat(prepare("getTeam", JikoOutputType.model)).isEqualTo(1);
        assertThat(prepare("getTeam", JikoOutputType.map)).isEqualTo(1);
        assertThat(prepare("listTransactions", JikoOutputType.model)).isEqualTo(1);
        assertThat(prepare("listTransactions", JikoOutputType.map)).isEqualTo(1);
        assertThat(prepare(OperationCatalog.REQUEST, JikoOutputType.map)).isEqualTo(1);
        assertThat(prepare("exportTeamAuditLogs", JikoOutputType.model)).as("an export that may answer JSON pages")
                .isEqualTo(1);
    }

    @Test
    void jsonTextStreamsAndEmptyAnswersNeedNone() {
        assertThat(prepare("getTeam", JikoOutputType.json)).isZero();
        assertThat(prepare(OperationCatalog.DOWNLOAD, JikoOutputType.model)).isZero();
        assertThat(prepare("deleteSubscription", JikoOutputType.model)).isZero();
    }
}
