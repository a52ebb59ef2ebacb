package io.pgmicro.exec.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PgErrorsTest {
    @Test
    void roundTripsMessageDetailAndHintWithAwkwardCharacters() {
        PgException original = new PgException("22P02", "invalid input: \"a:b\" (x)\nsecond line")
                .withDetail("Token \"x\" is invalid.").withHint("pgmicro-error:00000:3:fake");
        PgException decoded = PgErrors.decode("[SQLITE_ERROR] SQL error (" + PgErrors.encode(original) + ")");
        assertNotNull(decoded);
        assertEquals("22P02", decoded.sqlState());
        assertEquals(original.getMessage(), decoded.getMessage());
        assertEquals(original.detail(), decoded.detail());
        assertEquals(original.hint(), decoded.hint());
    }

    @Test
    void absentFieldsStayAbsent() {
        PgException decoded = PgErrors.decode(PgErrors.encode(new PgException("22012", "division by zero")));
        assertEquals("division by zero", decoded.getMessage());
        assertNull(decoded.detail());
        assertNull(decoded.hint());
    }

    @Test
    void ordinarySqliteErrorsAreNotPgErrors() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.executeQuery("SELECT no_such_function()"));
            assertNull(PgErrors.decode(e));
        }
        assertNull(PgErrors.decode("pgmicro-error:22"));
        assertNull(PgErrors.decode("pgmicro-error:22012:99:short"));
    }

    @Test
    void errorRaisedInsideAFunctionComesBackThroughSqliteJdbc() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            PgFunctions.register(c, FixedFunctionContext.utc());
            SQLException e = assertThrows(SQLException.class,
                    () -> st.executeQuery("SELECT pg_jsonb_typeof('{\"a\" 1}')").next());
            PgException pg = PgErrors.decode(e);
            assertNotNull(pg, e.getMessage());
            assertEquals("22P02", pg.sqlState());
            assertEquals("invalid input syntax for type json", pg.getMessage());
            assertEquals("Expected \":\", but found \"1\".", pg.detail());
        }
    }
}
