package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Functions and triggers live in the SQLite file's catalog: reopening it and snapshot copies keep them. */
class RoutinePersistenceTest {
    @TempDir
    Path dir;

    private static void define(Session s) {
        s.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL, edits integer NOT NULL DEFAULT 0)");
        s.execute("CREATE FUNCTION shout(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT upper(t) || ''!'''");
        s.execute("CREATE FUNCTION count_edit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "NEW.edits := OLD.edits + 1; RETURN NEW; END $$");
        s.execute("CREATE TRIGGER notes_edits BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION count_edit()");
        s.execute("INSERT INTO notes (body) VALUES ('draft')");
    }

    private static void assertDefinitionsWork(Session s) {
        assertEquals("HI!", s.execute("SELECT shout('hi')").get(0).text(0, 0));
        s.execute("UPDATE notes SET body = 'final'");
        s.execute("UPDATE notes SET body = 'final, really'");
        assertEquals("2", s.execute("SELECT edits FROM notes").get(0).text(0, 0));
    }

    @Test
    void reopenedFileKeepsFunctionsAndTriggers() {
        Path file = dir.resolve("routines.db");
        try (Database db = Database.open(file.toString()); Session s = db.newSession()) {
            define(s);
        }
        try (Database db = Database.open(file.toString()); Session s = db.newSession()) {
            assertDefinitionsWork(s);
            s.execute("DROP TRIGGER notes_edits ON notes");
            s.execute("DROP FUNCTION shout(text)");
        }
        try (Database db = Database.open(file.toString()); Session s = db.newSession()) {
            s.execute("UPDATE notes SET body = 'untracked'");
            assertEquals("2", s.execute("SELECT edits FROM notes").get(0).text(0, 0));
            PgException e = assertThrows(PgException.class, () -> s.execute("SELECT shout('x')"));
            assertEquals("42883", e.sqlState());
        }
    }

    @Test
    void snapshotCopiesCarryFunctionsAndTriggers() {
        try (Database template = Database.open(":memory:")) {
            try (Session s = template.newSession()) {
                define(s);
            }
            DatabaseSnapshot snapshot = DatabaseSnapshot.of(template);
            try (Database copy = snapshot.newDatabase("copy"); Session s = copy.newSession()) {
                assertDefinitionsWork(s);
            }
        }
    }

    @Test
    void rolledBackDefinitionsAreGone() {
        try (Database db = Database.open(":memory:"); Session s = db.newSession()) {
            s.execute("BEGIN");
            s.execute("CREATE FUNCTION temporary_one() RETURNS integer LANGUAGE sql AS 'SELECT 1'");
            assertEquals("1", s.execute("SELECT temporary_one()").get(0).text(0, 0));
            s.execute("ROLLBACK");
            PgException e = assertThrows(PgException.class, () -> s.execute("SELECT temporary_one()"));
            assertEquals("42883", e.sqlState());
        }
    }
}
