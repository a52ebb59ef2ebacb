package io.pgmicro.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * In WIRE mode a test reaches its own copy of the template through pgjdbc and a wire-protocol
 * server of its own, which stops with the test.
 */
class WireModeTest {
    @Test
    void theTestTalksToItsDatabaseThroughPgjdbc() {
        assertTrue(FixtureRunner.failures(WireFixture.class).isEmpty(), () -> FixtureRunner.failures(WireFixture.class).toString());
    }

    @Test
    void theServerStopsWhenTheTestEnds() {
        assertTrue(FixtureRunner.failures(WireFixture.class).isEmpty());
        String url = WireFixture.lastUrl;
        assertTrue(url.startsWith("jdbc:postgresql://127.0.0.1:"), url);
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", "").close());
        assertEquals("08001", refused.getSQLState(), refused.getMessage());
    }

    @FixtureRunner.Fixture
    @PgMicroTest(scripts = {"classpath:schema.sql", "classpath:seed.sql"}, mode = PgMicroTest.Mode.WIRE)
    static class WireFixture {
        static volatile String lastUrl;

        @RepeatedTest(2)
        void eachRepetitionStartsFromTheTemplate(DataSource dataSource, @PgMicroUrl String url, PgMicroDatabase db)
                throws SQLException {
            lastUrl = url;
            assertTrue(url.startsWith("jdbc:postgresql://127.0.0.1:") && url.endsWith("/" + db.name()), url);
            assertEquals(url, db.jdbcUrl());
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                assertEquals("PostgreSQL JDBC Driver", c.getMetaData().getDriverName());
                st.executeUpdate("INSERT INTO accounts (owner) VALUES ('carol')");
                try (ResultSet rs = st.executeQuery("SELECT current_database()")) {
                    rs.next();
                    assertEquals(db.name(), rs.getString(1));
                }
            }
            assertEquals(List.of("alice", "bob", "carol"), PerMethodIsolationTest.owners(db));
        }

        @Test
        void anInjectedConnectionIsPgjdbcs(Connection connection) throws SQLException {
            assertTrue(connection.unwrap(org.postgresql.PGConnection.class) != null);
        }
    }
}
