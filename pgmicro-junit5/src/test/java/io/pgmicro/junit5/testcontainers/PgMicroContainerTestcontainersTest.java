package io.pgmicro.junit5.testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The Testcontainers flavour under Testcontainers' own JUnit 5 extension, with no Docker on the machine needed. */
@Testcontainers
class PgMicroContainerTestcontainersTest {

    @Container
    static PgMicroContainer shared = new PgMicroContainer("postgres:15").withInitScript("schema.sql");

    @Container
    PgMicroContainer perTest = new PgMicroContainer("postgres:15").withDatabaseName("scratch");

    @Test
    void theExtensionStartsBothContainers() {
        assertTrue(shared.isRunning());
        assertTrue(perTest.isRunning());
    }

    @Test
    void jdbcDatabaseContainerApiConnects() throws SQLException {
        JdbcDatabaseContainer<?> container = shared;
        try (Connection c = container.createConnection("?ApplicationName=tc");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('application_name'), count(*) FROM accounts")) {
            assertTrue(rs.next());
            assertEquals("tc", rs.getString(1));
            assertEquals(0, rs.getInt(2));
        }
        assertEquals("scratch", perTest.getDatabaseName());
        assertTrue(perTest.getJdbcUrl().endsWith("/scratch"), perTest.getJdbcUrl());
    }
}
