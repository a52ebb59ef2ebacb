package io.pgmicro.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** With one test instance for the class but per-method isolation, fields are set anew before each method. */
@PgMicroTest(scripts = {"classpath:schema.sql", "classpath:seed.sql"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerClassInstanceFieldTest {
    private PgMicroDatabase db;
    private String previous;

    @Test
    void first() {
        checkFresh();
    }

    @Test
    void second() {
        checkFresh();
    }

    private void checkFresh() {
        assertNotEquals(previous, db.name(), "the same database twice");
        previous = db.name();
        assertEquals(2L, db.queryValue("SELECT count(*) FROM accounts"));
        db.update("INSERT INTO accounts (owner) VALUES ('x')");
    }
}
