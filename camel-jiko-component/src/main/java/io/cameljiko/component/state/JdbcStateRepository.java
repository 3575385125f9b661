package io.cameljiko.component.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StateRepository} in one table of any JDBC database, so that every replica of an integration sees the
 * same consumer positions. Plain {@code java.sql}: bring your own {@link DataSource} (a pool in production).
 * <p>
 * Writes are atomic per key and <b>compare-and-set on a version column</b>: the repository remembers the version it
 * last read or wrote for each key, and an update only applies if the row still has that version. A replica that
 * read a key before another replica wrote it is stale: its write fails with {@link StateConflictException}
 * instead of moving the position backwards. The jiko consumer re-reads the key (and writes it back, which claims
 * it) whenever it (re)starts or after such a conflict, so the newest writer always wins and older writers are
 * fenced off. A version column was chosen over a fencing epoch from the leader election because it works with any
 * cluster service (ZooKeeper, Kubernetes Lease, ...) and also protects against two writers without any election.
 * <p>
 * The table is created on first use if it does not exist (see {@link #createTableSql(String)} for the DDL), or
 * create it yourself and set {@code createTable=false}:
 *
 * <pre>
 * CREATE TABLE CAMEL_JIKO_STATE (STATE_KEY VARCHAR(512) NOT NULL PRIMARY KEY, STATE_VALUE CLOB, VERSION BIGINT NOT NULL)
 * </pre>
 *
 * (TEXT instead of CLOB on PostgreSQL, LONGTEXT on MySQL/MariaDB, NVARCHAR(MAX) on SQL Server.)
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    public static final String DEFAULT_TABLE = "CAMEL_JIKO_STATE";
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStateRepository.class);
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    /** Version 0 means "read as absent": the next write inserts. */
    private static final long ABSENT = 0L;

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE;
    private boolean createTable = true;
    private volatile boolean tableChecked;
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    public JdbcStateRepository() {
    }

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doStart() throws Exception {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcStateRepository: dataSource is required (any javax.sql.DataSource)");
        }
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("JdbcStateRepository: tableName '" + tableName
                                               + "' is not a plain SQL identifier (letters, digits, _; optionally schema.table)");
        }
        // the database is not touched here: an unreachable database fails the first read, not the start
    }

    @Override
    public synchronized String getState(String key) {
        ensureTable();
        String sql = "SELECT STATE_VALUE, VERSION FROM " + tableName + " WHERE STATE_KEY = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    versions.put(key, ABSENT);
                    return null;
                }
                String value = rs.getString(1);
                versions.put(key, rs.getLong(2));
                return value;
            }
        } catch (SQLException e) {
            throw unavailable("read", key, e);
        }
    }

    /**
     * Stores the value if nobody else wrote the key since this repository last read or wrote it.
     *
     * @throws StateConflictException if another writer stored the key in between (this writer is stale)
     */
    @Override
    public synchronized void setState(String key, String value) {
        ensureTable();
        long expected = versions.getOrDefault(key, ABSENT);
        try (Connection c = dataSource.getConnection()) {
            if (expected == ABSENT) {
                insert(c, key, value);
            } else {
                update(c, key, value, expected);
            }
            versions.put(key, expected + 1);
        } catch (SQLException e) {
            throw unavailable("write", key, e);
        }
    }

    private void insert(Connection c, String key, String value) throws SQLException {
        String sql = "INSERT INTO " + tableName + " (STATE_KEY, STATE_VALUE, VERSION) VALUES (?, ?, 1)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) { // integrity violation: the key exists
                throw new StateConflictException("Position " + key + " in table " + tableName
                                                 + " was created by another writer after this one read it as absent; "
                                                 + "not overwritten");
            }
            throw e;
        }
    }

    private void update(Connection c, String key, String value, long expected) throws SQLException {
        String sql = "UPDATE " + tableName + " SET STATE_VALUE = ?, VERSION = ? WHERE STATE_KEY = ? AND VERSION = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setLong(2, expected + 1);
            ps.setString(3, key);
            ps.setLong(4, expected);
            if (ps.executeUpdate() != 1) {
                throw new StateConflictException("Position " + key + " in table " + tableName
                                                 + " was changed (or removed) by another writer since this one read it at version "
                                                 + expected + "; not overwritten");
            }
        }
    }

    private void ensureTable() {
        if (tableChecked || !createTable) {
            return;
        }
        synchronized (this) {
            if (tableChecked) {
                return;
            }
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                try {
                    st.executeQuery("SELECT STATE_KEY FROM " + tableName + " WHERE 1 = 0").close();
                } catch (SQLException missing) {
                    String ddl = createTableSql(c.getMetaData().getDatabaseProductName());
                    LOG.info("Creating the position table: {}", ddl);
                    try {
                        st.executeUpdate(ddl);
                    } catch (SQLException e) {
                        // another replica may have created it at the same moment
                        st.executeQuery("SELECT STATE_KEY FROM " + tableName + " WHERE 1 = 0").close();
                    }
                }
                tableChecked = true;
            } catch (SQLException e) {
                throw unavailable("create or check the table for", "any key", e);
            }
        }
    }

    /** The DDL used when the table is missing, for a database product name as JDBC reports it. */
    public String createTableSql(String databaseProductName) {
        String product = databaseProductName == null ? "" : databaseProductName.toLowerCase(Locale.ROOT);
        String text;
        if (product.contains("postgres")) {
            text = "TEXT";
        } else if (product.contains("mysql") || product.contains("mariadb")) {
            text = "LONGTEXT";
        } else if (product.contains("microsoft") || product.contains("sql server")) {
            text = "NVARCHAR(MAX)";
        } else {
            text = "CLOB";
        }
        return "CREATE TABLE " + tableName + " (STATE_KEY VARCHAR(512) NOT NULL PRIMARY KEY, STATE_VALUE " + text
               + ", VERSION BIGINT NOT NULL)";
    }

    private IllegalStateException unavailable(String action, String key, SQLException e) {
        return new IllegalStateException("JdbcStateRepository could not " + action + " position " + key + " in table "
                                         + tableName + " (SQLState " + e.getSQLState() + "): " + e.getMessage(), e);
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    /** Table name, a plain SQL identifier (optionally schema.table); default CAMEL_JIKO_STATE. */
    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    /** Whether to create the table on first use if it is missing (default true). */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }
}
