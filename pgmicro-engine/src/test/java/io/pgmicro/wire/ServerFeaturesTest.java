package io.pgmicro.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pgmicro.session.Database;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/** COPY through pgjdbc's CopyManager, cancelling a running statement, password authentication, database selection. */
class ServerFeaturesTest {
    private static Connection connect(PgServer server, String database, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database, props);
    }

    @Test
    void copyInAndOutInTextAndCsv() throws Exception {
        try (PgServer server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0);
             Connection c = connect(server, "copy", null); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cp (a int, b text, c text)");
            CopyManager copy = ((BaseConnection) c).getCopyAPI();
            long rows = copy.copyIn("COPY cp FROM STDIN", new StringReader("1\t\tx,y\n2\t\\N\tq\"t\n3\ta\\tb\\nc\\\\d\t\\\\.\n"));
            assertEquals(3, rows);
            assertEquals(2, copy.copyIn("COPY cp (a, b) FROM STDIN WITH (FORMAT csv, HEADER)",
                    new StringReader("a,b\n4,\"multi\nline\"\n5,\n")));

            // expected outputs printed by PostgreSQL 15 for the same rows
            StringWriter text = new StringWriter();
            assertEquals(5, copy.copyOut("COPY cp TO STDOUT", text));
            assertEquals("1\t\tx,y\n2\t\\N\tq\"t\n3\ta\\tb\\nc\\\\d\t\\\\.\n4\tmulti\\nline\t\\N\n5\t\\N\t\\N\n", text.toString());
            StringWriter csv = new StringWriter();
            copy.copyOut("COPY (SELECT a, b, c FROM cp WHERE a < 4 ORDER BY a) TO STDOUT WITH (FORMAT csv, HEADER)", csv);
            assertEquals("a,b,c\n1,\"\",\"x,y\"\n2,,\"q\"\"t\"\n3,\"a\tb\nc\\d\",\\.\n", csv.toString());

            SQLException bad = assertThrows(SQLException.class,
                    () -> copy.copyIn("COPY cp FROM STDIN", new StringReader("6\tok\tok\nx\tb\tc\n")));
            assertEquals("22P02", bad.getSQLState());
            assertTrue(bad.getMessage().contains("COPY cp, line 2, column a: \"x\""), bad.getMessage());
            // COPY is atomic: the good first line was not kept
            assertEquals(5, PgjdbcTest.count(s, "SELECT count(*) FROM cp"));
        }
    }

    @Test
    void copyFromWithHeaderMatchChecksTheHeaderLine() throws Exception {
        try (PgServer server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0);
             Connection c = connect(server, "copyheader", null); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE hc (a int, b int, c text)");
            CopyManager copy = ((BaseConnection) c).getCopyAPI();
            assertEquals(1, copy.copyIn("COPY hc FROM STDIN WITH (HEADER MATCH)", new StringReader("a\tb\tc\n1\t2\tfoo\n")));
            assertEquals(1, copy.copyIn("COPY hc (c, a, b) FROM STDIN WITH (HEADER match)",
                    new StringReader("c\ta\tb\nbar\t3\t4\n")));
            assertEquals(1, copy.copyIn("COPY hc FROM STDIN WITH (HEADER match, FORMAT csv)", new StringReader("a,b,c\n5,6,baz\n")));
            // messages and contexts as PostgreSQL 15 reports them
            SQLException mismatch = assertThrows(SQLException.class, () -> copy.copyIn(
                    "COPY hc (c, b, a) FROM STDIN WITH (HEADER match)", new StringReader("a\tb\tc\n1\t2\tfoo\n")));
            assertEquals("22P04", mismatch.getSQLState());
            assertTrue(mismatch.getMessage().contains("column name mismatch in header line field 1: got \"a\", expected \"c\""),
                    mismatch.getMessage());
            assertTrue(mismatch.getMessage().contains("COPY hc, line 1: \"a\tb\tc\""), mismatch.getMessage());
            SQLException nullName = assertThrows(SQLException.class, () -> copy.copyIn(
                    "COPY hc FROM STDIN WITH (HEADER match)", new StringReader("a\tb\t\\N\n1\t2\tfoo\n")));
            assertTrue(nullName.getMessage().contains(
                    "column name mismatch in header line field 3: got null value (\"\\N\"), expected \"c\""), nullName.getMessage());
            SQLException count = assertThrows(SQLException.class, () -> copy.copyIn(
                    "COPY hc FROM STDIN WITH (HEADER match)", new StringReader("a\tb\n1\t2\n")));
            assertTrue(count.getMessage().contains("wrong number of fields in header line: got 2, expected 3"), count.getMessage());
            SQLException to = assertThrows(SQLException.class, () -> s.execute("COPY hc TO STDOUT WITH (HEADER match)"));
            assertEquals("0A000", to.getSQLState());
            assertTrue(to.getMessage().contains("cannot use \"match\" with HEADER in COPY TO"), to.getMessage());
            SQLException choice = assertThrows(SQLException.class, () -> s.execute("COPY hc FROM STDIN WITH (HEADER wrong_choice)"));
            assertEquals("42601", choice.getSQLState());
            assertTrue(choice.getMessage().contains("header requires a Boolean value or \"match\""), choice.getMessage());
            assertEquals(3, PgjdbcTest.count(s, "SELECT count(*) FROM hc"));
        }
    }

    @Test
    void cancelStopsALongStatementAndTheConnectionGoesOn() throws Exception {
        try (PgServer server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0);
             Connection c = connect(server, "cancel", null); Statement s = c.createStatement()) {
            CompletableFuture<SQLException> running = CompletableFuture.supplyAsync(() -> {
                try {
                    s.executeQuery("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
                            + "SELECT count(*) FROM n");
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            SQLException cancelled = null;
            // the cancel may arrive before the statement starts; PostgreSQL ignores such a cancel, so repeat it
            for (int attempt = 0; attempt < 100 && cancelled == null; attempt++) {
                Thread.sleep(50);
                s.cancel();
                try {
                    cancelled = running.get(100, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    // still running
                }
            }
            assertTrue(cancelled != null, "the statement was not cancelled");
            assertEquals("57014", cancelled.getSQLState());
            assertEquals(1, PgjdbcTest.count(s, "SELECT 1"));
        }
    }

    @Test
    void eachDatabaseNameIsItsOwnMemoryDatabase() throws Exception {
        try (PgServer server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0)) {
            try (Connection a = connect(server, "one", null); Statement s = a.createStatement()) {
                s.execute("CREATE TABLE only_in_one (x int)");
                s.execute("INSERT INTO only_in_one VALUES (1)");
            }
            try (Connection again = connect(server, "one", null); Statement s = again.createStatement()) {
                assertEquals(1, PgjdbcTest.count(s, "SELECT count(*) FROM only_in_one"));
            }
            try (Connection other = connect(server, "two", null); Statement s = other.createStatement()) {
                assertEquals("42P01", assertThrows(SQLException.class,
                        () -> s.executeQuery("SELECT * FROM only_in_one")).getSQLState());
            }
        }
    }

    @Test
    void oneDatabaseServesEveryName() throws Exception {
        try (Database db = Database.openMemory("app");
             PgServer server = PgServer.start(db, "127.0.0.1", 0)) {
            db.newSession().execute("CREATE TABLE shared (x int)");
            try (Connection c = connect(server, "whatever", null); Statement s = c.createStatement()) {
                assertEquals(0, PgjdbcTest.count(s, "SELECT count(*) FROM shared"));
            }
        }
    }

    @Test
    void scramPasswordAuthentication() throws Exception {
        checkPassword(Authentication.Method.SCRAM_SHA_256);
    }

    @Test
    void md5PasswordAuthentication() throws Exception {
        checkPassword(Authentication.Method.MD5);
    }

    @Test
    void cleartextPasswordAuthentication() throws Exception {
        checkPassword(Authentication.Method.CLEARTEXT);
    }

    private static void checkPassword(Authentication.Method method) throws Exception {
        try (PgServer server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0,
                Authentication.password(method, "s3cret pass"))) {
            try (Connection c = connect(server, "auth", "s3cret pass"); Statement s = c.createStatement()) {
                assertEquals(1, PgjdbcTest.count(s, "SELECT 1"));
            }
            SQLException wrong = assertThrows(SQLException.class, () -> connect(server, "auth", "wrong"));
            assertEquals("28P01", wrong.getSQLState());
            assertTrue(wrong.getMessage().contains("password authentication failed for user \"postgres\""),
                    wrong.getMessage());
        }
    }
}
