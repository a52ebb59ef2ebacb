package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only pgmicro has: its URLs, the in-JVM registry of databases, and the service registration. */
class PgMicroDriverTest {
    private static int count(Connection c, String table) throws SQLException {
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table);
        rs.next();
        return rs.getInt(1);
    }

    @Test
    void driverManagerFindsTheDriverThroughTheServiceFile() throws SQLException {
        Driver driver = DriverManager.getDriver("jdbc:pgmicro:mem:found");
        assertInstanceOf(PgMicroDriver.class, driver);
        assertTrue(driver.acceptsURL("jdbc:pgmicro:file:x.db"));
        assertFalse(driver.acceptsURL("jdbc:postgresql://localhost/x"));
        assertNull(driver.connect("jdbc:postgresql://localhost/x", new Properties()));
    }

    @Test
    void namedMemoryDatabaseIsSharedWhileOpenAndDroppedAfter() throws SQLException {
        String url = "jdbc:pgmicro:mem:shared_lifecycle";
        ConnectionUrl parsed = ConnectionUrl.parse(url, null);
        try (Connection first = DriverManager.getConnection(url); Connection second = DriverManager.getConnection(url)) {
            first.createStatement().execute("CREATE TABLE t (a int); INSERT INTO t VALUES (1)");
            assertEquals(1, count(second, "t"));
            assertEquals(2, DatabaseRegistry.JVM.leases(parsed));
        }
        assertEquals(0, DatabaseRegistry.JVM.leases(parsed));
        try (Connection again = DriverManager.getConnection(url)) {
            SQLException e = assertThrows(SQLException.class, () -> count(again, "t"));
            assertEquals("42P01", e.getSQLState());
        }
    }

    @Test
    void privateMemoryDatabasesAreNotShared() throws SQLException {
        try (Connection a = DriverManager.getConnection("jdbc:pgmicro::memory:");
             Connection b = DriverManager.getConnection("jdbc:pgmicro:mem:")) {
            a.createStatement().execute("CREATE TABLE t (a int)");
            assertEquals("42P01", assertThrows(SQLException.class, () -> count(b, "t")).getSQLState());
        }
    }

    @Test
    void fileDatabaseOutlivesItsConnections(@TempDir Path dir) throws SQLException {
        String url = "jdbc:pgmicro:file:" + dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2)");
        }
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals(2, count(c, "t"));
        }
    }

    @Test
    void currentSchemaPropertySetsTheSearchPath() throws SQLException {
        try (Connection anchor = DriverManager.getConnection("jdbc:pgmicro:mem:schema_prop")) {
            anchor.createStatement().execute("CREATE SCHEMA app");
            Properties info = new Properties();
            info.setProperty("currentSchema", "app");
            try (Connection c = DriverManager.getConnection("jdbc:pgmicro:mem:schema_prop", info)) {
                assertEquals("app", c.getSchema());
            }
        }
    }

    @Test
    void unknownDialectIsRefused() {
        assertThrows(SQLFeatureNotSupportedException.class,
                () -> DriverManager.getConnection("jdbc:pgmicro:mem:d?dialect=oracle"));
    }

    @Test
    void badUrlsAreConnectionErrors() {
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:pgmicro:nowhere"));
        assertEquals("08001", e.getSQLState());
    }
}
