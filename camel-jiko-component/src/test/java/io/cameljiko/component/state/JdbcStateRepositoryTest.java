package io.cameljiko.component.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two repository instances on one H2 database stand for two replicas sharing a table. */
class JdbcStateRepositoryTest {

    static final String KEY = "jiko:listTransactions[pocket:p-1]";
    JdbcDataSource db;
    JdbcStateRepository replicaA;
    JdbcStateRepository replicaB;

    @BeforeEach
    void database() {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        replicaA = started(new JdbcStateRepository(db));
        replicaB = started(new JdbcStateRepository(db));
    }

    @AfterEach
    void dropDatabase() throws Exception {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }

    static JdbcStateRepository started(JdbcStateRepository repository) {
        repository.start();
        return repository;
    }

    @Test
    void createsTheTableOnFirstUseAndRoundTripsAPosition() throws Exception {
        assertThat(replicaA.getState(KEY)).isNull();
        replicaA.setState(KEY, "{\"watermark\":\"2026-03-01T10:00:00Z\"}");
        replicaA.setState(KEY, "{\"watermark\":\"2026-03-01T10:00:05Z\"}");

        assertThat(replicaB.getState(KEY)).isEqualTo("{\"watermark\":\"2026-03-01T10:00:05Z\"}");
        assertThat(replicaB.getState("jiko:listEvents")).isNull();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT STATE_KEY, VERSION FROM CAMEL_JIKO_STATE")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(KEY);
            assertThat(rs.getLong(2)).isEqualTo(2); // one insert, one update: one row per key
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void aStaleWriterCannotMoveThePositionBackwards() {
        replicaA.getState(KEY);
        replicaA.setState(KEY, "at-100");
        // the standby takes over: it reads the key, and writes it (the consumer writes back what it read)
        assertThat(replicaB.getState(KEY)).isEqualTo("at-100");
        replicaB.setState(KEY, "at-100");
        replicaB.setState(KEY, "at-250");

        // the old leader, unaware, commits the item it had in flight
        assertThatThrownBy(() -> replicaA.setState(KEY, "at-101")).isInstanceOf(StateConflictException.class)
                .hasMessageContaining(KEY).hasMessageContaining("changed (or removed) by another writer");
        assertThat(replicaB.getState(KEY)).isEqualTo("at-250");

        // once it reads again it may write again, from where the other one stopped
        assertThat(replicaA.getState(KEY)).isEqualTo("at-250");
        replicaA.setState(KEY, "at-260");
        assertThatThrownBy(() -> replicaB.setState(KEY, "at-251")).isInstanceOf(StateConflictException.class);
        assertThat(replicaA.getState(KEY)).isEqualTo("at-260");
    }

    @Test
    void twoWritersThatBothSawNoPositionCannotBothCreateIt() {
        assertThat(replicaA.getState(KEY)).isNull();
        assertThat(replicaB.getState(KEY)).isNull();
        replicaB.setState(KEY, "from-b");
        assertThatThrownBy(() -> replicaA.setState(KEY, "from-a")).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("created by another writer");
        assertThat(replicaA.getState(KEY)).isEqualTo("from-b");
    }

    @Test
    void aRemovedPositionIsAConflictForItsHolderNotASilentReinsert() throws Exception {
        replicaA.getState(KEY);
        replicaA.setState(KEY, "at-100");
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM CAMEL_JIKO_STATE WHERE STATE_KEY = '" + KEY + "'"); // an operator's reset
        }
        assertThatThrownBy(() -> replicaA.setState(KEY, "at-101")).isInstanceOf(StateConflictException.class);
        assertThat(replicaA.getState(KEY)).isNull();
    }

    @Test
    void anUnreachableDatabaseIsAnErrorNamingKeyAndTableNeverNoPosition() {
        JdbcDataSource down = new JdbcDataSource();
        down.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere"); // nothing listens on port 1
        JdbcStateRepository repository = started(new JdbcStateRepository(down));
        assertThatThrownBy(() -> repository.getState(KEY)).isInstanceOf(IllegalStateException.class)
                .isNotInstanceOf(StateConflictException.class)
                .hasMessageContaining("JdbcStateRepository could not").hasMessageContaining("CAMEL_JIKO_STATE");
    }

    @Test
    void withoutCreateTableAMissingTableIsNamedAndAnOwnTableNameIsUsed() throws Exception {
        JdbcStateRepository noCreate = new JdbcStateRepository(db);
        noCreate.setCreateTable(false);
        noCreate.setTableName("JIKO_POSITIONS");
        started(noCreate);
        assertThatThrownBy(() -> noCreate.getState(KEY)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not read position " + KEY + " in table JIKO_POSITIONS");

        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(noCreate.createTableSql(c.getMetaData().getDatabaseProductName()));
        }
        assertThat(noCreate.getState(KEY)).isNull();
        noCreate.setState(KEY, "v");
        assertThat(noCreate.getState(KEY)).isEqualTo("v");
    }

    @Test
    void badConfigurationFailsAtStartWithTheOptionNamed() {
        assertThatThrownBy(() -> new JdbcStateRepository().start()).hasMessageContaining("dataSource is required");
        JdbcStateRepository injection = new JdbcStateRepository(db);
        injection.setTableName("STATE; DROP TABLE X");
        assertThatThrownBy(injection::start).hasMessageContaining("tableName 'STATE; DROP TABLE X' is not a plain SQL identifier");
    }

    @Test
    void theDdlFitsTheDatabase() {
        assertThat(replicaA.createTableSql("PostgreSQL")).contains("STATE_VALUE TEXT");
        assertThat(replicaA.createTableSql("MySQL")).contains("STATE_VALUE LONGTEXT");
        assertThat(replicaA.createTableSql("MariaDB")).contains("STATE_VALUE LONGTEXT");
        assertThat(replicaA.createTableSql("Microsoft SQL Server")).contains("STATE_VALUE NVARCHAR(MAX)");
        assertThat(replicaA.createTableSql("Oracle")).isEqualTo("CREATE TABLE CAMEL_JIKO_STATE (STATE_KEY VARCHAR(512) NOT NULL "
                                                               + "PRIMARY KEY, STATE_VALUE CLOB, VERSION BIGINT NOT NULL)");
    }
}
