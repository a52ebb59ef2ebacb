package io.pgmicro.spring.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pgmicro.spring.app.TestApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** pgmicro.server.enabled serves the test database; a PostgreSQL client sees what the context wrote. */
@SpringBootTest(classes = TestApplication.class, properties = "pgmicro.server.enabled=true")
@AutoConfigurePgMicro
class WireServerTest {
    @Autowired
    JdbcTemplate jdbc;

    @Value("${pgmicro.server.port}")
    int port;

    @Test
    void psqlCanLookInside() throws SQLException {
        assertTrue(port > 0);
        jdbc.update("INSERT INTO notes (body) VALUES ('visible over the wire')");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/any", "postgres", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT body FROM notes ORDER BY id DESC LIMIT 1")) {
            assertTrue(rs.next());
            assertEquals("visible over the wire", rs.getString(1));
        }
    }
}
