package io.pgmicro.spring.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pgmicro.spring.app.TestApplication;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Without refresh, a test sees what the one before it committed (the context is not restarted either). */
@SpringBootTest(classes = TestApplication.class, properties = "spring.application.name=refresh-never")
@AutoConfigurePgMicro
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RefreshNeverTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void writes() {
        assertEquals(2, jdbc.queryForObject("SELECT count(*) FROM notes", Integer.class));
        jdbc.update("INSERT INTO notes (body) VALUES ('kept')");
    }

    @Test
    @Order(2)
    void seesTheEarlierWrite() {
        assertEquals(3, jdbc.queryForObject("SELECT count(*) FROM notes", Integer.class));
    }
}
