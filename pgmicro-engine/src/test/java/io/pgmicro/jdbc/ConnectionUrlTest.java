package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConnectionUrlTest {
    @Test
    void acceptsOnlyItsOwnPrefix() {
        assertTrue(ConnectionUrl.accepts("jdbc:pgmicro:mem:x"));
        assertFalse(ConnectionUrl.accepts("jdbc:postgresql://localhost/x"));
        assertFalse(ConnectionUrl.accepts(null));
    }

    @Test
    void namedMemory() throws SQLException {
        ConnectionUrl url = ConnectionUrl.parse("jdbc:pgmicro:mem:orders", null);
        assertEquals(ConnectionUrl.Kind.NAMED_MEMORY, url.kind());
        assertEquals("orders", url.name());
    }

    @Test
    void privateMemoryBothSpellings() throws SQLException {
        assertEquals(ConnectionUrl.Kind.PRIVATE_MEMORY, ConnectionUrl.parse("jdbc:pgmicro:mem:", null).kind());
        assertEquals(ConnectionUrl.Kind.PRIVATE_MEMORY, ConnectionUrl.parse("jdbc:pgmicro::memory:", null).kind());
    }

    @Test
    void filePathsBecomeAbsolute() throws SQLException {
        ConnectionUrl url = ConnectionUrl.parse("jdbc:pgmicro:file:data/app.db", null);
        assertEquals(ConnectionUrl.Kind.FILE, url.kind());
        assertEquals(Path.of("data/app.db").toAbsolutePath().normalize().toString(), url.name());
    }

    @Test
    void urlPropertiesOverrideGivenOnes() throws SQLException {
        Properties info = new Properties();
        info.setProperty("currentSchema", "given");
        info.setProperty("user", "alice");
        ConnectionUrl url = ConnectionUrl.parse("jdbc:pgmicro:mem:x?currentSchema=app&ApplicationName=my%20app", info);
        assertEquals("app", url.properties().getProperty("currentSchema"));
        assertEquals("my app", url.properties().getProperty("ApplicationName"));
        assertEquals("alice", url.properties().getProperty("user"));
        assertEquals("x", url.name());
    }

    @Test
    void rejectsUnknownForms() {
        SQLException e = assertThrows(SQLException.class, () -> ConnectionUrl.parse("jdbc:pgmicro:tcp://x", null));
        assertEquals("08001", e.getSQLState());
    }
}
