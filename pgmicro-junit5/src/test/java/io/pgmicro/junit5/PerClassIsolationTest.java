package io.pgmicro.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** With PER_CLASS isolation the methods of a class share one database, in the order they run. */
@PgMicroTest(scripts = {"classpath:schema.sql", "classpath:seed.sql"}, isolation = PgMicroTest.Isolation.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassIsolationTest {
    private static String classDatabase;

    @BeforeAll
    static void aBeforeAllMethodGetsTheClassDatabase(PgMicroDatabase db) {
        classDatabase = db.name();
        db.update("INSERT INTO accounts (owner) VALUES ('from-before-all')");
    }

    @Test
    @Order(1)
    void firstMethodAddsARow(PgMicroDatabase db) {
        assertEquals(classDatabase, db.name());
        db.update("INSERT INTO accounts (owner) VALUES ('first')");
        assertEquals(List.of("alice", "bob", "first", "from-before-all"), PerMethodIsolationTest.owners(db));
    }

    @Test
    @Order(2)
    void secondMethodSeesIt(PgMicroDatabase db) {
        assertEquals(classDatabase, db.name());
        assertEquals(List.of("alice", "bob", "first", "from-before-all"), PerMethodIsolationTest.owners(db));
    }

    @AfterAll
    static void theDatabaseIsStillThereAfterAll(PgMicroDatabase db) {
        assertEquals(classDatabase, db.name());
    }
}
