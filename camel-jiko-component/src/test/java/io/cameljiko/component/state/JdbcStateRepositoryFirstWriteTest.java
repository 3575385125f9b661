package io.cameljiko.component.state;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A position stored before anything was read creates the table too; the options read back as set. */
class JdbcStateRepositoryFirstWriteTest {

    final JdbcDataSource db = new JdbcDataSource();

    @AfterEach
    void dropDatabase() throws Exception {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }

    @Test
    void aFirstWriteBeforeAnyReadCreatesTheTable() {
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcStateRepository repository = new JdbcStateRepository();
        repository.setDataSource(db);
        repository.setTableName("JIKO_POSITIONS");
        repository.start();
        repository.setState("jiko:listEvents", "{\"watermark\":\"2026-03-01T10:00:00Z\"}");

        JdbcStateRepository other = new JdbcStateRepository(db);
        other.setTableName("JIKO_POSITIONS");
        other.setCreateTable(false);
        other.start();
        assertThat(other.getState("jiko:listEvents")).isEqualTo("{\"watermark\":\"2026-03-01T10:00:00Z\"}");
        assertThat(other.getDataSource()).isSameAs(db);
        assertThat(other.getTableName()).isEqualTo("JIKO_POSITIONS");
        assertThat(other.isCreateTable()).isFalse();
        assertThat(repository.isCreateTable()).isTrue();
    }
}
