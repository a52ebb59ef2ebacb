package io.pgmicro.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import io.pgmicro.spring.app.TestApplication;
import java.nio.file.Path;
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

    private static ConfigurableApplicationContext run(String... properties) {
        return new SpringApplicationBuilder(TestApplication.class).properties(properties).run();
    }
}
