package io.pgmicro.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pgjdbc 42.7 against the server, in each of its protocol modes: its defaults (unnamed
 * statements, then named and binary after five executions), prepareThreshold=0 (never
 * named), prepareThreshold=-1 (named and binary from the first execution),
 * preferQueryMode=simple (the simple protocol with client-side parameters) and
 * binaryTransfer=false.
 */
class PgjdbcTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PgServer server;

    @BeforeAll
    static void start() {
        server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0);
    }

    private static final List<String> ORACLE_SCHEMAS = java.util.Collections.synchronizedList(new ArrayList<>());

    @AfterAll
    static void stop() throws SQLException {
        server.stop();
        String oracle = System.getProperty("pgmicro.oracle");
        if (oracle != null) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + oracle + "/test?user=postgres");
                 Statement s = c.createStatement()) {
                for (String schema : ORACLE_SCHEMAS) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    /**
     * A connection to a new, empty database, with the mode's connection properties ("" for
     * pgjdbc's defaults). With -Dpgmicro.oracle=HOST:PORT the tests run against that
     * PostgreSQL instead (database "test", a fresh schema per connection), to check that
     * what they expect is what PostgreSQL does.
     */
    static Connection connect(String mode) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        for (String setting : mode.split(",")) {
            if (!setting.isEmpty()) {
                String[] kv = setting.split("=");
                props.setProperty(kv[0], kv[1]);
            }
        }
        return DriverManager.getConnection(url(), props);
    }

    /** The URL of a new database (on the oracle: of a new schema in database "test"). */
    static String url() throws SQLException {
        String oracle = System.getProperty("pgmicro.oracle");
        int n = DATABASES.incrementAndGet();
        if (oracle == null) {
            return "jdbc:postgresql://127.0.0.1:" + server.port() + "/db" + n + "?user=postgres";
        }
        String schema = "wire_test_" + ProcessHandle.current().pid() + "_" + n;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + oracle + "/test?user=postgres");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        ORACLE_SCHEMAS.add(schema);
        return "jdbc:postgresql://" + oracle + "/test?user=postgres&currentSchema=" + schema;
    }

    static final String DEFAULTS = "";

    @ParameterizedTest
    @ValueSource(strings = {DEFAULTS, "prepareThreshold=0", "prepareThreshold=-1", "preferQueryMode=simple",
            "binaryTransfer=false"})
    void settersAndGettersRoundTrip(String mode) throws SQLException {
        try (Connection c = connect(mode); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE v (i int, l bigint, sh smallint, t text, vc varchar(10), n numeric(12,3), "
                    + "b boolean, d double precision, f real, by bytea, dt date, ts timestamp, tz timestamptz, u uuid)");
            UUID uuid = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
            // enough executions for pgjdbc's default threshold to switch to named statements and binary results
            for (int round = 0; round < 7; round++) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO v VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setInt(1, -42 - round);
                    insert.setLong(2, 5_000_000_000L);
                    insert.setShort(3, (short) 7);
                    insert.setString(4, "héllo\tworld");
                    insert.setString(5, "short");
                    insert.setBigDecimal(6, new BigDecimal("-12345.678"));
                    insert.setBoolean(7, true);
                    insert.setDouble(8, 1.5e-7);
                    insert.setFloat(9, 2.25f);
                    insert.setBytes(10, new byte[] {0, 1, (byte) 0xfe});
                    insert.setObject(11, LocalDate.of(2024, 2, 29));
                    insert.setObject(12, LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000));
                    insert.setObject(13, OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)));
                    insert.setObject(14, uuid);
                    assertEquals(1, insert.executeUpdate());
                }
                try (PreparedStatement select = c.prepareStatement("SELECT * FROM v WHERE i = ?")) {
                    select.setInt(1, -42 - round);
                    try (ResultSet rs = select.executeQuery()) {
                        assertTrue(rs.next());
                        assertEquals(-42 - round, rs.getInt("i"));
                        assertEquals(5_000_000_000L, rs.getLong("l"));
                        assertEquals(7, rs.getShort("sh"));
                        assertEquals("héllo\tworld", rs.getString("t"));
                        assertEquals("short", rs.getString("vc"));
                        assertEquals(new BigDecimal("-12345.678"), rs.getBigDecimal("n"));
                        assertTrue(rs.getBoolean("b"));
                        assertEquals(1.5e-7, rs.getDouble("d"));
                        assertEquals(2.25f, rs.getFloat("f"));
                        assertArrayEquals(new byte[] {0, 1, (byte) 0xfe}, rs.getBytes("by"));
                        assertEquals(LocalDate.of(2024, 2, 29), rs.getObject("dt", LocalDate.class));
                        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000), rs.getObject("ts", LocalDateTime.class));
                        assertEquals(OffsetDateTime.of(2024, 1, 2, 1, 4, 5, 0, ZoneOffset.UTC), rs.getObject("tz", OffsetDateTime.class));
                        assertEquals(uuid, rs.getObject("u"));
                        assertFalse(rs.next());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DEFAULTS, "prepareThreshold=-1", "preferQueryMode=simple", "binaryTransfer=false"})
    void multidimensionalArraysTravelBothWays(String mode) throws SQLException {
        try (Connection c = connect(mode); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE m (id int, a int[])");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO m VALUES (?, ?)")) {
                insert.setInt(1, 1);
                insert.setArray(2, c.createArrayOf("int4", new Integer[][] {{1, 2, 3}, {4, null, 6}}));
                insert.executeUpdate();
            }
            s.execute("INSERT INTO m VALUES (2, '[0:1][5:6]={{7,8},{9,10}}')");
            // enough executions for the default mode to switch to binary results (where pgjdbc's getString
            // renders the array itself, so the bounds are checked through array_dims)
            for (int round = 0; round < 6; round++) {
                try (PreparedStatement select = c.prepareStatement("SELECT a, array_dims(a) FROM m WHERE id = ?")) {
                    select.setInt(1, 1);
                    try (ResultSet rs = select.executeQuery()) {
                        assertTrue(rs.next());
                        assertArrayEquals(new Integer[][] {{1, 2, 3}, {4, null, 6}}, (Integer[][]) rs.getArray(1).getArray());
                        assertEquals("[1:2][1:3]", rs.getString(2));
                    }
                    select.setInt(1, 2);
                    try (ResultSet rs = select.executeQuery()) {
                        assertTrue(rs.next());
                        assertArrayEquals(new Integer[][] {{7, 8}, {9, 10}}, (Integer[][]) rs.getArray(1).getArray());
                        assertEquals("[0:1][5:6]", rs.getString(2));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DEFAULTS, "prepareThreshold=0", "prepareThreshold=-1", "preferQueryMode=simple"})
    void nullsTravelBothWays(String mode) throws SQLException {
        try (Connection c = connect(mode); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE n (i int, t text, d date)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO n VALUES (?, ?, ?)")) {
                insert.setNull(1, java.sql.Types.INTEGER);
                insert.setNull(2, java.sql.Types.VARCHAR);
                insert.setNull(3, java.sql.Types.DATE);
                insert.executeUpdate();
            }
            try (ResultSet rs = s.executeQuery("SELECT i, t, d FROM n")) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(1));
                assertTrue(rs.wasNull());
                assertEquals(null, rs.getString(2));
                assertEquals(null, rs.getObject(3));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DEFAULTS, "prepareThreshold=0", "prepareThreshold=-1", "preferQueryMode=simple"})
    void batchInsertsAndAFailingBatchLeavesNothing(String mode) throws SQLException {
        try (Connection c = connect(mode); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE b (id int PRIMARY KEY, name text)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO b VALUES (?, ?)")) {
                for (int i = 1; i <= 5; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "n" + i);
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                assertEquals(5, counts.length);
                for (int count : counts) {
                    assertTrue(count == 1 || count == Statement.SUCCESS_NO_INFO);
                }
                for (int i : new int[] {10, 11, 3, 12}) {
                    insert.setInt(1, i);
                    insert.setString(2, "again");
                    insert.addBatch();
                }
                BatchUpdateException e = assertThrows(BatchUpdateException.class, insert::executeBatch);
                assertEquals("23505", sqlState(e));
            }
            // the extended protocol runs the batch in one implicit transaction, so rows 10 and 11 are gone too;
            // the simple protocol sends each statement in its own Query, and PostgreSQL keeps 10, 11 and 12
            assertEquals(mode.contains("simple") ? 8 : 5, count(s, "SELECT count(*) FROM b"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DEFAULTS, "prepareThreshold=-1", "preferQueryMode=simple"})
    void generatedKeys(String mode) throws SQLException {
        try (Connection c = connect(mode); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE g (id serial PRIMARY KEY, name text)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO g (name) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, "first");
                insert.executeUpdate();
                insert.setString(1, "second");
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    assertEquals(2, keys.getInt("id"));
                    assertEquals("second", keys.getString("name"));
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO g (name) VALUES (?)", new String[] {"id"})) {
                insert.setString(1, "third");
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    assertEquals(3, keys.getLong(1));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DEFAULTS, "prepareThreshold=0", "prepareThreshold=-1", "preferQueryMode=simple"})
    void errorsOutsideATransactionLeaveTheConnectionUsable(String mode) throws SQLException {
        try (Connection c = connect(mode); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE e (id int PRIMARY KEY)");
            s.execute("INSERT INTO e VALUES (1)");
            assertEquals("42601", sqlState(assertThrows(SQLException.class, () -> s.execute("SELEC 1"))));
            assertEquals("23505", sqlState(assertThrows(SQLException.class, () -> s.execute("INSERT INTO e VALUES (1)"))));
            assertEquals("42P01", sqlState(assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM missing"))));
            try (PreparedStatement p = c.prepareStatement("INSERT INTO e VALUES (?)")) {
                // pgjdbc declares a string parameter as varchar, which PostgreSQL will not assign to an int
                // column (42804); only the simple protocol sends it as an untyped literal (22P02)
                p.setString(1, "not a number");
                assertEquals(mode.contains("simple") ? "22P02" : "42804",
                        sqlState(assertThrows(SQLException.class, p::executeUpdate)));
                p.setInt(1, 2);
                assertEquals(1, p.executeUpdate());
            }
            assertEquals(2, count(s, "SELECT count(*) FROM e"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DEFAULTS, "prepareThreshold=0", "prepareThreshold=-1", "preferQueryMode=simple"})
    void errorsInsideATransactionAbortItUntilRollback(String mode) throws SQLException {
        try (Connection c = connect(mode); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE e (id int PRIMARY KEY)");
            c.setAutoCommit(false);
            s.execute("INSERT INTO e VALUES (1)");
            assertEquals("23505", sqlState(assertThrows(SQLException.class, () -> s.execute("INSERT INTO e VALUES (1)"))));
            assertEquals("25P02", sqlState(assertThrows(SQLException.class, () -> s.executeQuery("SELECT 1"))));
            c.rollback();
            assertEquals(0, count(s, "SELECT count(*) FROM e"));
            s.execute("INSERT INTO e VALUES (1)");
            Savepoint savepoint = c.setSavepoint("sp");
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO e VALUES (1)"));
            c.rollback(savepoint);
            s.execute("INSERT INTO e VALUES (2)");
            c.commit();
            c.setAutoCommit(true);
            assertEquals(2, count(s, "SELECT count(*) FROM e"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DEFAULTS, "prepareThreshold=-1"})
    void sqlCursorRowsAreDescribedAndFetched(String mode) throws SQLException {
        try (Connection c = connect(mode); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("DECLARE c SCROLL CURSOR FOR SELECT g AS n, 'x' || g AS label FROM generate_series(1, 5) g");
            try (PreparedStatement fetch = c.prepareStatement("FETCH 2 FROM c")) {
                for (int round = 0; round < 2; round++) {
                    try (ResultSet rs = fetch.executeQuery()) {
                        assertEquals("label", rs.getMetaData().getColumnLabel(2));
                        assertTrue(rs.next());
                        assertEquals(2 * round + 1, rs.getInt("n"));
                        assertTrue(rs.next());
                        assertEquals("x" + (2 * round + 2), rs.getString("label"));
                        assertFalse(rs.next());
                    }
                }
            }
            assertFalse(s.execute("MOVE BACKWARD ALL IN c"));
            assertEquals(3, s.getUpdateCount());
            try (ResultSet rs = s.executeQuery("FETCH LAST FROM c")) {
                assertTrue(rs.next());
                assertEquals(5, rs.getInt(1));
            }
            s.execute("CLOSE c");
            assertEquals("34000", sqlState(assertThrows(SQLException.class, () -> s.executeQuery("FETCH c"))));
            c.rollback();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DEFAULTS, "prepareThreshold=-1"})
    void fetchSizeReadsThroughAPortalInParts(String mode) throws SQLException {
        try (Connection c = connect(mode); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE f (id int)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO f VALUES (?)")) {
                for (int i = 1; i <= 25; i++) {
                    insert.setInt(1, i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // pgjdbc fetches through a named portal in Execute-with-row-limit steps only inside a transaction
            c.setAutoCommit(false);
            try (PreparedStatement select = c.prepareStatement("SELECT id FROM f ORDER BY id")) {
                select.setFetchSize(4);
                List<Integer> ids = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getInt(1));
                    }
                }
                assertEquals(25, ids.size());
                assertEquals(1, ids.get(0));
                assertEquals(25, ids.get(24));
            }
            c.commit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DEFAULTS, "preferQueryMode=simple"})
    void settingsChangedBySetAreReportedAndShown(String mode) throws SQLException {
        try (Connection c = connect(mode); Statement s = c.createStatement()) {
            s.execute("SET application_name = 'wire test'");
            try (ResultSet rs = s.executeQuery("SHOW application_name")) {
                assertTrue(rs.next());
                assertEquals("wire test", rs.getString(1));
            }
            // pgjdbc learns application_name from ParameterStatus
            assertEquals("wire test", c.getClientInfo("ApplicationName"));
            try (ResultSet rs = s.executeQuery("SHOW server_version")) {
                assertTrue(rs.next());
                assertEquals(c.getMetaData().getDatabaseProductVersion(), rs.getString(1));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DEFAULTS, "preferQueryMode=simple"})
    void manyConnectionsToOneDatabaseWorkAtOnce(String mode) throws Exception {
        String url = url() + (mode.isEmpty() ? "" : "&" + mode);
        try (Connection setup = DriverManager.getConnection(url); Statement s = setup.createStatement()) {
            s.execute("CREATE TABLE m (worker int, n int)");
        }
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < 8; w++) {
            int worker = w;
            threads.add(new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url);
                     PreparedStatement insert = c.prepareStatement("INSERT INTO m VALUES (?, ?)")) {
                    for (int n = 0; n < 20; n++) {
                        insert.setInt(1, worker);
                        insert.setInt(2, n);
                        insertRetryingConflicts(insert);
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertEquals(160, count(s, "SELECT count(*) FROM m"));
        }
    }

    /** A write conflict is PostgreSQL's serialization failure, which clients retry. */
    private static void insertRetryingConflicts(PreparedStatement insert) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try {
                insert.executeUpdate();
                return;
            } catch (SQLException e) {
                if (!"40001".equals(e.getSQLState()) || attempt > 50) {
                    throw e;
                }
            }
        }
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    static String sqlState(SQLException e) {
        SQLException next = e.getNextException();
        return e instanceof BatchUpdateException && next != null ? next.getSQLState() : e.getSQLState();
    }
}
