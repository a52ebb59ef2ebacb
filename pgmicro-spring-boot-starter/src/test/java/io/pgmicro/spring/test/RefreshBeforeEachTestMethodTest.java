package io.pgmicro.spring.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pgmicro.spring.app.TestApplication;
import io.pgmicro.spring.test.AutoConfigurePgMicro.RefreshMode;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every repetition starts from the two rows of data.sql, whatever the one before inserted. */
@SpringBootTest(classes = TestApplication.class)
@AutoConfigurePgMicro(refresh = RefreshMode.BEFORE_EACH_TEST_METHOD)
class RefreshBeforeEachTestMethodTest {
    @Autowired
    JdbcTemplate jdbc;

    @RepeatedTest(3)
    void startsFromTheTemplate() {
        assertEquals(2, jdbc.queryForObject("SELECT count(*) FROM notes", Integer.class));
        jdbc.update("INSERT INTO notes (body) VALUES ('added')");
        // The serial's position is part of the template too.
        assertEquals(3, jdbc.queryForObject("SELECT max(id) FROM notes", Integer.class));
    }
}
