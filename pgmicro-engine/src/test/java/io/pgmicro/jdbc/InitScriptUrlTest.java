package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ?init=} runs SQL scripts into a new in-memory database, for code that only takes a JDBC URL. */
class InitScriptUrlTest {
    private static final String INIT = "?init=classpath:init/schema.sql,classpath:init/seed.sql";

    @TempDir
    Path dir;

    @Test
    void aNamedDatabaseStartsWithTheScriptsRunInOrder() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:pgmicro:mem:init_named" + INIT)) {
            assertEquals("alice,bob", owners(c));
            assertEquals("init_named", value(c, "SELECT current_database()"));
            assertEquals("3", value(c, "INSERT INTO accounts (owner) VALUES ('carol') RETURNING id"));
            // a second connection while the first is open shares the database and does not run the scripts again
            try (Connection again = DriverManager.getConnection("jdbc:pgmicro:mem:init_named" + INIT)) {
                assertEquals("alice,bob,carol", owners(again));
            }
        }
    }

    @Test
    void everyNewDatabaseStartsFromTheScriptsAlone() throws SQLException {
        try (Connection one = DriverManager.getConnection("jdbc:pgmicro:mem:init_one" + INIT);
             Connection two = DriverManager.getConnection("jdbc:pgmicro:mem:" + INIT);
             Statement st = one.createStatement()) {
            st.executeUpdate("DELETE FROM accounts");
            assertEquals("", owners(one));
            assertEquals("alice,bob", owners(two));
            assertEquals("postgres", value(two, "SELECT current_database()"));
        }
    }

    @Test
    void aFailingStatementNamesTheScriptAndTheStatement() {
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:pgmicro:mem:init_broken?init=classpath:init/broken.sql").close());
        assertEquals("42P01", e.getSQLState());
        assertTrue(e.getMessage().startsWith("ERROR: relation \"no_such_table\" does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("init script classpath:init/broken.sql, statement: INSERT INTO no_such_table VALUES (1)"),
                e.getMessage());
    }

    @Test
    void aMissingScriptIsReportedAsSuch() {
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:pgmicro:mem:init_missing?init=classpath:init/nowhere.sql").close());
        assertEquals("58P01", e.getSQLState());
        assertTrue(e.getMessage().contains("could not read init script \"classpath:init/nowhere.sql\": no resource init/nowhere.sql"),
                e.getMessage());
    }

    @Test
    void aFileDatabaseRefusesInitScripts() {
        String url = "jdbc:pgmicro:file:" + dir.resolve("app.db") + INIT;
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url).close());
        assertEquals("0A000", e.getSQLState());
    }

    private static String owners(Connection c) throws SQLException {
        return value(c, "SELECT coalesce(string_agg(owner, ',' ORDER BY owner), '') FROM accounts");
    }

    private static String value(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
