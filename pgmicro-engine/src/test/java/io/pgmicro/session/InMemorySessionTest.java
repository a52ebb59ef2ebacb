package io.pgmicro.session;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the tests that run statements on one session of a fresh in-memory database. */
abstract class InMemorySessionTest {
    protected Database db;
    protected Session session;

    @BeforeEach
    void openDatabase() {
        db = Database.open(":memory:");
        session = db.newSession();
    }

    @AfterEach
    void closeDatabase() {
        session.close();
        db.close();
    }

    /** The result of the last statement in sql. */
    protected Result last(String sql) {
        List<Result> results = session.execute(sql);
        return results.get(results.size() - 1);
    }

    /** The first value of the last statement's result, as text. */
    protected String one(String sql) {
        return last(sql).text(0, 0);
    }
}
