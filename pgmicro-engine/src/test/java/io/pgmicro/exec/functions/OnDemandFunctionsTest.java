package io.pgmicro.exec.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import io.pgmicro.session.Database;
import io.pgmicro.session.Result;
import io.pgmicro.session.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A session gets each SQL function when a statement first needs it, including statements that
 * reach it only through the schema (a CHECK constraint, a view, a column default). Every check
 * runs on a session that opened after the schema was made, so nothing it needs is on its
 * connection yet. Expected values are what PostgreSQL 15 answers.
 */
class OnDemandFunctionsTest {
    @Test
    void aCheckConstraintGetsItsFunctionWhenARowIsWritten() {
        try (Database db = Database.openMemory("checks")) {
            run(db, "CREATE TABLE t (a int CHECK (a + 1 > 0))");
            try (Session s = db.newSession()) {
                PgException overflow = assertThrows(PgException.class, () -> s.execute("INSERT INTO t VALUES (2147483647)"));
                assertEquals("22003", overflow.sqlState(), overflow.getMessage());
                assertEquals("integer out of range", overflow.getMessage());
            }
        }
    }

    @Test
    void aViewAndADefaultGetTheirFunctionsWhenRead() {
        try (Database db = Database.openMemory("views")) {
            run(db, "CREATE TABLE t (id serial, name text, added date DEFAULT '2024-02-29'::date + 1);"
                    + "CREATE VIEW v AS SELECT id, upper(name) || '!' AS shout, to_char(added, 'DD Mon YYYY') AS added FROM t");
            try (Session s = db.newSession()) {
                s.execute("INSERT INTO t (name) VALUES ('ann')");
                Result r = last(s, "SELECT id, shout, added FROM v");
                assertEquals(List.of("1", "ANN!", "01 Mar 2024"), List.of(r.text(0, 0), r.text(0, 1), r.text(0, 2)));
            }
        }
    }

    @Test
    void functionsOfOneModuleShareTheirState() {
        try (Database db = Database.openMemory("seeds"); Session s = db.newSession()) {
            s.execute("SELECT setseed(0.25)");
            String first = last(s, "SELECT random()").text(0, 0);
            s.execute("SELECT setseed(0.25)");
            assertEquals(first, last(s, "SELECT random()").text(0, 0));
        }
    }

    @Test
    void aFunctionNoModuleDefinesStaysAnError() {
        try (Database db = Database.openMemory("unknown"); Session s = db.newSession()) {
            PgException missing = assertThrows(PgException.class, () -> s.execute("SELECT no_such_function(1)"));
            assertEquals("42883", missing.sqlState());
        }
    }

    private static void run(Database db, String sql) {
        try (Session s = db.newSession()) {
            s.execute(sql);
        }
    }

    private static Result last(Session s, String sql) {
        List<Result> results = s.execute(sql);
        return results.get(results.size() - 1);
    }
}
