package io.pgmicro.spring.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.pgmicro.junit5.testcontainers.PgMicroContainer;
import io.pgmicro.spring.app.TestApplication;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** @ServiceConnection on the Testcontainers flavour of PgMicroContainer: Boot's own JDBC connection details apply. */
@SpringBootTest(classes = TestApplication.class)
@Testcontainers
class ServiceConnectionTest {
    @Container
    @ServiceConnection
    static PgMicroContainer postgres = new PgMicroContainer("postgres:15").withInitScript("schema.sql");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDataSourceIsTheContainers() {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        assertTrue(hikari.getJdbcUrl().startsWith("jdbc:postgresql://127.0.0.1:" + postgres.getMappedPort(5432) + "/test"),
                hikari.getJdbcUrl());
        assertEquals("org.postgresql.Driver", hikari.getDriverClassName());
        jdbc.update("INSERT INTO notes (body) VALUES ('over the wire')");
        assertEquals(1, jdbc.queryForObject("SELECT count(*) FROM notes", Integer.class));
    }
}
