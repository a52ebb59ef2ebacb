package io.pgmicro.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.pgmicro.spring.app.TestApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A spring.datasource.url of jdbc:pgmicro: gives Boot's usual Hikari pool on pgmicro's driver. */
class JdbcUrlDataSourceTest {

    @Test
    void inMemoryUrl() {
        try (ConfigurableApplicationContext context = run("spring.datasource.url=jdbc:pgmicro:mem:starter_url_test")) {
            HikariDataSource dataSource = (HikariDataSource) context.getBean(DataSource.class);
            assertEquals("io.pgmicro.jdbc.PgMicroDriver", dataSource.getDriverClassName());
            assertEquals("starter_url_test",
                    context.getBean(JdbcTemplate.class).queryForObject("SELECT current_database()", String.class));
        }
    }

    @Test
    void fileUrlKeepsDataAcrossRuns(@TempDir Path dir) {
        String url = "spring.datasource.url=jdbc:pgmicro:file:" + dir.resolve("dev.db");
        try (ConfigurableApplicationContext context = run(url)) {
            context.getBean(JdbcTemplate.class).execute("CREATE TABLE kept (v int); INSERT INTO kept VALUES (7)");
        }
        try (ConfigurableApplicationContext context = run(url)) {
            assertEquals(7, context.getBean(JdbcTemplate.class).queryForObject("SELECT v FROM kept", Integer.class));
        }
    }

    @Test
    void anExplicitDriverClassWins() {
        try (ConfigurableApplicationContext context = run("spring.datasource.url=jdbc:pgmicro:mem:starter_explicit",
                "spring.datasource.driver-class-name=io.pgmicro.jdbc.PgMicroDriver")) {
            assertEquals(1, context.getBean(JdbcTemplate.class).queryForObject("SELECT 1", Integer.class));
        }
    }

    @Test
    void aNamedUrlDatabaseIsServedOverTheWire() throws SQLException {
        try (ConfigurableApplicationContext context = run("spring.datasource.url=jdbc:pgmicro:mem:starter_served",
                "pgmicro.server.enabled=true")) {
            context.getBean(JdbcTemplate.class).execute("CREATE TABLE seen (v text); INSERT INTO seen VALUES ('over the wire')");
            int port = context.getEnvironment().getRequiredProperty("pgmicro.server.port", Integer.class);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/any", "postgres", "");
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT v, current_database() FROM seen")) {
                assertTrue(rs.next());
                assertEquals("over the wire", rs.getString(1));
                assertEquals("starter_served", rs.getString(2));
            }
        }
    }

    @Test
    void aPrivateInMemoryUrlCannotBeServed() {
        Exception e = assertThrows(Exception.class,
                () -> run("spring.datasource.url=jdbc:pgmicro:mem:", "pgmicro.server.enabled=true").close());
        assertTrue(rootCause(e).getMessage().contains("is a private in-memory database"), rootCause(e).getMessage());
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static ConfigurableApplicationContext run(String... properties) {
        return new SpringApplicationBuilder(TestApplication.class).properties(properties).run();
    }
}
