package io.cameljiko.component.client;

import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.model.AuditLogEntry;
import io.cameljiko.component.model.CursorPage;
import io.cameljiko.component.model.Team;
import io.cameljiko.component.model.Transaction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an endpoint has made in the background at start: the reader its answers are read with, or none. */
class PrepareReadersTest {

    private static JavaType prepare(String operation, JikoOutputType outputType) {
        return ResponseMapper.prepare(OperationCatalog.require(operation), outputType);
    }

    private static void assertPage(JavaType type, Class<?> item) {
        assertThat(type.getRawClass()).isEqualTo(CursorPage.class);
        assertThat(type.containedType(0).getRawClass()).isEqualTo(item);
    }

    @Test
    void anObjectIsReadAsItsModelOrAsAnyJson() {
        assertThat(prepare("getTeam", JikoOutputType.model).getRawClass()).isEqualTo(Team.class);
        assertThat(prepare("getTeam", JikoOutputType.map).getRawClass()).isEqualTo(Object.class);
        assertThat(prepare(OperationCatalog.REQUEST, JikoOutputType.map).getRawClass()).isEqualTo(Object.class);
    }

    @Test
    void aPageIsReadAsAPageOfTheModelOrOfMaps() {
        assertPage(prepare("listTransactions", JikoOutputType.model), Transaction.class);
        assertPage(prepare("listTransactions", JikoOutputType.map), Map.class);
        assertPage(prepare("exportTeamAuditLogs", JikoOutputType.model), AuditLogEntry.class);
        assertPage(prepare("exportTeamAuditLogs", JikoOutputType.map), Map.class);
    }

    @Test
    void jsonTextStreamsAndEmptyAnswersNeedNone() {
        assertThat(prepare("getTeam", JikoOutputType.json)).isNull();
        assertThat(prepare("listTransactions", JikoOutputType.json)).isNull();
        assertThat(prepare(OperationCatalog.DOWNLOAD, JikoOutputType.model)).isNull();
        assertThat(prepare("deleteSubscription", JikoOutputType.model)).isNull();
    }
}
