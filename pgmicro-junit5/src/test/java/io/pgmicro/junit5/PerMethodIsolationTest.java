package io.pgmicro.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Every test method starts from the template (schema + seed rows) and never sees another method's rows. */
@PgMicroTest(scripts = {"classpath:schema.sql", "classpath:seed.sql"})
class PerMethodIsolationTest {
    private static final Set<String> DATABASES_SEEN = ConcurrentHashMap.newKeySet();

    @RepeatedTest(3)
    void eachRepetitionInsertsAndSeesOnlyItsOwnRow(PgMicroDatabase db) {
        assertTrue(DATABASES_SEEN.add(db.name()), "a database handed out twice: " + db.name());
        db.update("INSERT INTO accounts (owner) VALUES (?)", "carol");
        assertEquals(List.of("alice", "bob", "carol"), owners(db));
    }

    @Test
    void anotherMethodStartsFromTheTemplateToo(PgMicroDatabase db) {
        assertTrue(DATABASES_SEEN.add(db.name()), "a database handed out twice: " + db.name());
        db.execute("DELETE FROM accounts WHERE owner = 'alice'; INSERT INTO accounts (owner) VALUES ('dave')");
        assertEquals(List.of("bob", "dave"), owners(db));
    }

    @Test
    void sequencesStartWhereTheTemplateLeftThem(PgMicroDatabase db) {
        assertEquals(3, db.queryValue("INSERT INTO accounts (owner) VALUES ('erin') RETURNING id"));
    }

    @Test
    void theDatabaseIsNamedAfterTheTest(PgMicroDatabase db) {
        assertTrue(db.name().startsWith("PerMethodIsolationTest.theDatabaseIsNamedAfterTheTest_"), db.name());
        assertEquals("jdbc:pgmicro:mem:" + db.name(), db.jdbcUrl());
    }

    static List<Object> owners(PgMicroDatabase db) {
        return db.query("SELECT owner FROM accounts ORDER BY owner").stream().map(row -> row.get("owner")).toList();
    }
}
