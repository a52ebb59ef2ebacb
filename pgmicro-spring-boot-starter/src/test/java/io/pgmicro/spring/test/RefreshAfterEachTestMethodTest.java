package io.pgmicro.spring.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pgmicro.spring.app.TestApplication;
import io.pgmicro.spring.test.AutoConfigurePgMicro.RefreshMode;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** A reset after each test, also after a committed change and after a test-managed transaction. */
@SpringBootTest(classes = TestApplication.class)
@AutoConfigurePgMicro(refresh = RefreshMode.AFTER_EACH_TEST_METHOD)
class RefreshAfterEachTestMethodTest {
    @Autowired
    JdbcTemplate jdbc;

    @RepeatedTest(2)
    void committedChangesAreUndone() {
        assertEquals(2, jdbc.queryForObject("SELECT count(*) FROM notes", Integer.class));
        jdbc.update("DELETE FROM notes");
    }

    @RepeatedTest(2)
    @Transactional
    void insideATestTransaction() {
        assertEquals(2, jdbc.queryForObject("SELECT count(*) FROM notes", Integer.class));
        jdbc.update("INSERT INTO notes (body) VALUES ('rolled back')");
    }
}
