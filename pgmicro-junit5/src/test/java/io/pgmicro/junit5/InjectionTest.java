package io.pgmicro.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Constructors, fields, lifecycle methods and test methods all receive the same per-test database. */
@PgMicroTest(scripts = {"classpath:schema.sql", "classpath:seed.sql"})
class InjectionTest {
    private final PgMicroDatabase fromConstructor;
    private PgMicroDatabase handleField;
    private DataSource dataSourceField;
    private Connection connectionField;
    @PgMicroUrl
    private String urlField;
    /** Not marked @PgMicroUrl: left alone. */
    private String unrelated = "untouched";
    private PgMicroDatabase fromBeforeEach;

    InjectionTest(PgMicroDatabase db) {
        this.fromConstructor = db;
    }

    @BeforeEach
    void remember(PgMicroDatabase db) {
        fromBeforeEach = db;
    }

    @Test
    void everyInjectionPointSeesOneDatabase(PgMicroDatabase db, DataSource dataSource, Connection connection,
                                             @PgMicroUrl String url) throws SQLException {
        assertSame(db, fromConstructor);
        assertSame(db, fromBeforeEach);
        assertSame(db, handleField);
        assertSame(connection, connectionField, "one connection per test, wherever it is injected");
        assertEquals(db.jdbcUrl(), url);
        assertEquals(db.jdbcUrl(), urlField);
        assertEquals(db.jdbcUrl(), connection.getMetaData().getURL());
        assertEquals("untouched", unrelated);

        db.update("INSERT INTO accounts (owner) VALUES ('through-handle')");
        try (Connection own = dataSource.getConnection()) {
            assertEquals(3, count(own));
        }
        assertEquals(3, count(connection));
        try (Connection viaField = dataSourceField.getConnection()) {
            assertEquals(3, count(viaField));
        }
    }

    @Test
    void theInjectedConnectionIsInAutoCommitMode(Connection connection) throws SQLException {
        assertTrue(connection.getAutoCommit());
        assertFalse(connection.isClosed());
    }

    @Test
    void anyJdbcCodeReachesTheDatabaseByItsUrl(@PgMicroUrl String url) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(url)) {
            assertEquals(2, count(c));
        }
    }

    static int count(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM accounts")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A nested class inherits the configuration; its tests get databases of their own. */
    @Nested
    class NestedTests {
        @Test
        void getsItsOwnDatabaseFromTheSameTemplate(PgMicroDatabase db) {
            assertNotNull(db);
            assertEquals(2L, db.queryValue("SELECT count(*) FROM accounts"));
            assertTrue(db.name().startsWith("NestedTests."), db.name());
        }
    }
}
