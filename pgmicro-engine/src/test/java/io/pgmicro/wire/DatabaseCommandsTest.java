package io.pgmicro.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pgmicro.session.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CREATE DATABASE, DROP DATABASE and ALTER DATABASE ... SET through the server, with
 * pgjdbc: each with PostgreSQL 15's outcome, SQLSTATE and message (checked against
 * PostgreSQL by hand with psql, as the messages below show).
 */
class DatabaseCommandsTest {
    private PgServer server;

    @BeforeEach
    void start() {
        server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database, "postgres", "");
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static SQLException failure(Connection c, String sql) {
        return assertThrows(SQLException.class, () -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        });
    }

    private static void run(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    @Test
    void aCreatedDatabaseIsListedHasItsOwnTablesAndGoesAwayWhenDropped() throws SQLException {
        try (Connection admin = connect("postgres")) {
            assertEquals(List.of("postgres", "template0", "template1"), column(admin, "SELECT datname FROM pg_database ORDER BY 1"));
            run(admin, "CREATE DATABASE \"regression\" TEMPLATE=template0", "CREATE TABLE only_in_postgres (a int)");
            assertEquals(List.of("postgres", "regression", "template0", "template1"),
                    column(admin, "SELECT datname FROM pg_database ORDER BY 1"));
            try (Connection r = connect("regression")) {
                assertEquals(List.of("regression"), column(r, "SELECT current_database()"));
                assertEquals(List.of("0"), column(r, "SELECT count(*) FROM pg_class WHERE relname = 'only_in_postgres'"));
                assertEquals(List.of("t"), column(r, "SELECT datallowconn FROM pg_database WHERE datname = 'regression'"));
                run(r, "CREATE TABLE t (a int)", "INSERT INTO t VALUES (1)");
            }
            run(admin, "DROP DATABASE regression");
            assertEquals(List.of("postgres", "template0", "template1"), column(admin, "SELECT datname FROM pg_database ORDER BY 1"));
            run(admin, "CREATE DATABASE regression");
            try (Connection r = connect("regression")) {
                assertEquals(List.of("0"), column(r, "SELECT count(*) FROM pg_class WHERE relname = 't'"));
            }
        }
    }

    @Test
    void aDatabaseMadeFromAnotherAsTemplateStartsAsItsCopy() throws SQLException {
        try (Connection admin = connect("postgres")) {
            run(admin, "CREATE DATABASE source");
            try (Connection source = connect("source")) {
                run(source, "CREATE TABLE t (a int)", "INSERT INTO t VALUES (42)");
            }
            run(admin, "CREATE DATABASE copy TEMPLATE source");
            try (Connection copy = connect("copy")) {
                assertEquals(List.of("42"), column(copy, "SELECT a FROM t"));
            }
            SQLException missing = failure(admin, "CREATE DATABASE other TEMPLATE nosuch");
            assertEquals("3D000", missing.getSQLState());
            assertEquals("ERROR: template database \"nosuch\" does not exist", missing.getMessage());
            try (Connection source = connect("source")) {
                SQLException busy = failure(admin, "CREATE DATABASE other TEMPLATE source");
                assertEquals("55006", busy.getSQLState());
                assertTrue(busy.getMessage().startsWith("ERROR: source database \"source\" is being accessed by other users"),
                        busy.getMessage());
            }
        }
    }

    @Test
    void dropRefusesADatabaseInUseUnlessForced() throws SQLException {
        try (Connection admin = connect("postgres")) {
            run(admin, "CREATE DATABASE busy");
            Connection user = connect("busy");
            try (Connection second = connect("busy")) {
                SQLException e = failure(admin, "DROP DATABASE busy");
                assertEquals("55006", e.getSQLState());
                assertEquals("ERROR: database \"busy\" is being accessed by other users\n"
                        + "  Detail: There are 2 other sessions using the database.", e.getMessage());
            }
            SQLException one = failure(admin, "DROP DATABASE busy");
            assertTrue(one.getMessage().endsWith("Detail: There is 1 other session using the database."), one.getMessage());
            run(admin, "DROP DATABASE busy WITH (FORCE)");
            assertThrows(SQLException.class, () -> column(user, "SELECT 1"));
            user.close();
            assertFalse(column(admin, "SELECT datname FROM pg_database").contains("busy"));
        }
    }

    @Test
    void dropAndCreateAnswerAsPostgresDoes() throws SQLException {
        try (Connection admin = connect("postgres")) {
            try (Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS nosuch");
                SQLWarning w = s.getWarnings();
                assertNotNull(w);
                assertEquals("database \"nosuch\" does not exist, skipping", w.getMessage());
            }
            assertEquals("3D000", failure(admin, "DROP DATABASE nosuch").getSQLState());
            SQLException template = failure(admin, "DROP DATABASE template1");
            assertEquals("42809", template.getSQLState());
            assertEquals("ERROR: cannot drop a template database", template.getMessage());
            SQLException current = failure(admin, "DROP DATABASE postgres");
            assertEquals("55006", current.getSQLState());
            assertEquals("ERROR: cannot drop the currently open database", current.getMessage());
            SQLException duplicate = failure(admin, "CREATE DATABASE postgres");
            assertEquals("42P04", duplicate.getSQLState());
            assertEquals("ERROR: database \"postgres\" already exists", duplicate.getMessage());
            SQLException option = failure(admin, "CREATE DATABASE x foo = 1");
            assertEquals("42601", option.getSQLState());
            admin.setAutoCommit(false);
            SQLException block = failure(admin, "CREATE DATABASE x");
            assertEquals("25001", block.getSQLState());
            assertEquals("ERROR: CREATE DATABASE cannot run inside a transaction block", block.getMessage());
        }
    }

    @Test
    void template0AcceptsNoConnections() {
        SQLException e = assertThrows(SQLException.class, () -> connect("template0").close());
        assertEquals("55000", e.getSQLState());
        assertTrue(e.getMessage().contains("database \"template0\" is not currently accepting connections"), e.getMessage());
    }

    @Test
    void alterDatabaseSetGivesNewConnectionsTheirStartingSettings() throws SQLException {
        try (Connection admin = connect("postgres")) {
            run(admin, "CREATE DATABASE regression", "ALTER DATABASE regression SET bytea_output TO 'escape'",
                    "ALTER DATABASE regression SET lc_messages TO 'C'");
            try (Connection r = connect("regression")) {
                assertEquals(List.of("escape"), column(r, "SHOW bytea_output"));
            }
            assertEquals(List.of("hex"), column(admin, "SHOW bytea_output"));
            run(admin, "ALTER DATABASE regression RESET bytea_output");
            try (Connection r = connect("regression")) {
                assertEquals(List.of("hex"), column(r, "SHOW bytea_output"));
            }
            SQLException unknown = failure(admin, "ALTER DATABASE regression SET no_such_setting TO 1");
            assertEquals("42704", unknown.getSQLState());
            assertEquals("3D000", failure(admin, "ALTER DATABASE nosuch SET bytea_output TO 'hex'").getSQLState());
        }
    }

    @Test
    void aServerOnOneDatabaseFileCannotCreateDatabases(@TempDir Path dir) throws SQLException {
        try (Database file = Database.open(dir.resolve("app.db").toString());
             PgServer single = PgServer.start(file, "127.0.0.1", 0);
             Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + single.port() + "/app",
                     "postgres", "")) {
            SQLException e = failure(c, "CREATE DATABASE other");
            assertEquals("0A000", e.getSQLState());
            assertTrue(e.getMessage().startsWith("ERROR: CREATE DATABASE is not supported when the server serves a single"
                    + " database file"), e.getMessage());
        }
    }
}
