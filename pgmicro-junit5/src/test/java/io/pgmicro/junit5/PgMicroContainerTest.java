package io.pgmicro.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** PgMicroContainer on its own, reached through pgjdbc as a PostgreSQLContainer would be. */
class PgMicroContainerTest {

    @Test
    void servesTheInitializedDatabaseToPgjdbc() throws SQLException {
        try (PgMicroContainer postgres = new PgMicroContainer("postgres:15")
                .withDatabaseName("orders").withUsername("app").withPassword("s3cret")
                .withInitScripts("schema.sql", "classpath:seed.sql")) {
            postgres.start();
            assertTrue(postgres.isRunning());
            assertTrue(postgres.getJdbcUrl().startsWith("jdbc:postgresql://127.0.0.1:" + postgres.getMappedPort(5432) + "/orders"),
                    postgres.getJdbcUrl());
            try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword())) {
                assertEquals("orders", queryString(c, "SELECT current_database()"));
                assertEquals("2", queryString(c, "SELECT count(*) FROM accounts"));
                assertEquals("1", queryString(c, postgres.getTestQueryString()));
            }
        }
    }

    @Test
    void defaultsAreThoseOfPostgreSqlContainer() {
        PgMicroContainer postgres = new PgMicroContainer("postgres:15-alpine");
        assertEquals("test", postgres.getDatabaseName());
        assertEquals("test", postgres.getUsername());
        assertEquals("test", postgres.getPassword());
        assertEquals("org.postgresql.Driver", postgres.getDriverClassName());
        assertEquals("postgres:15-alpine", postgres.getDockerImageName());
        assertFalse(postgres.isRunning());
        assertThrows(IllegalStateException.class, postgres::getJdbcUrl);
    }

    @Test
    void asksForThePassword() {
        try (PgMicroContainer postgres = new PgMicroContainer("postgres:15").withPassword("right")) {
            postgres.start();
            SQLException e = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(postgres.getJdbcUrl(), "test", "wrong").close());
            assertEquals("28P01", e.getSQLState());
        }
    }

    @Test
    void appendsUrlParameters() throws SQLException {
        try (PgMicroContainer postgres = new PgMicroContainer("postgres:15").withUrlParam("ApplicationName", "billing")) {
            postgres.start();
            assertTrue(postgres.getJdbcUrl().endsWith("/test?ApplicationName=billing"), postgres.getJdbcUrl());
            try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword())) {
                assertEquals("billing", queryString(c, "SHOW application_name"));
            }
        }
    }

    @Test
    void mapsOnlyThePostgreSqlPort() {
        try (PgMicroContainer postgres = new PgMicroContainer("postgres:15")) {
            postgres.start();
            assertEquals(postgres.getMappedPort(5432), postgres.getFirstMappedPort());
            assertThrows(IllegalArgumentException.class, () -> postgres.getMappedPort(3306));
        }
    }

    @Test
    void stopEndsTheServerAndTheData() throws SQLException {
        PgMicroContainer postgres = new PgMicroContainer("postgres:15").withInitScript("schema.sql");
        postgres.start();
        String url = postgres.getJdbcUrl();
        try (Connection c = DriverManager.getConnection(url, "test", "test"); Statement st = c.createStatement()) {
            st.execute("INSERT INTO accounts (owner) VALUES ('carol')");
        }
        postgres.stop();
        assertFalse(postgres.isRunning());
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "test", "test").close());
        assertEquals("08001", refused.getSQLState());

        postgres.start();
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl(), "test", "test")) {
            assertEquals("0", queryString(c, "SELECT count(*) FROM accounts"), "a restart begins from the init scripts again");
        } finally {
            postgres.stop();
        }
    }

    @Test
    void aFailingInitScriptNamesTheStatementAndStopsTheContainer() {
        PgMicroContainer postgres = new PgMicroContainer("postgres:15").withInitScript("broken.sql");
        PgMicroSqlException e = assertThrows(PgMicroSqlException.class, postgres::start);
        assertEquals("42P01", e.sqlState());
        assertEquals("INSERT INTO no_such_table VALUES (1)", e.statement());
        assertTrue(e.getMessage().contains("from: broken.sql"), e.getMessage());
        assertFalse(postgres.isRunning());
    }

    @Test
    void theInProcessUrlReachesTheSameDatabase() throws SQLException {
        try (PgMicroContainer postgres = new PgMicroContainer("postgres:15").withInitScript("schema.sql")) {
            postgres.start();
            try (Connection wire = DriverManager.getConnection(postgres.getJdbcUrl(), "test", "test");
                 Statement st = wire.createStatement()) {
                st.execute("INSERT INTO accounts (owner) VALUES ('dave')");
            }
            try (Connection local = DriverManager.getConnection(postgres.getPgMicroJdbcUrl())) {
                assertEquals("dave", queryString(local, "SELECT owner FROM accounts"));
            }
        }
    }

    static String queryString(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql + " returned no row");
            return rs.getString(1);
        }
    }
}
