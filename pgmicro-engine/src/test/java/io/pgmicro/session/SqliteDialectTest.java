package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SET pgmicro.dialect switches a session between PostgreSQL's syntax and SQLite's, on the same database. */
class SqliteDialectTest extends InMemorySessionTest {

    @BeforeEach
    void setUp() {
        session.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)");
        session.execute("INSERT INTO notes (body) VALUES ('first'), ('second')");
    }

    @Test
    void sqliteSyntaxRunsAsWrittenOnTheSameTables() {
        session.execute("SET pgmicro.dialect = sqlite");
        assertEquals("sqlite", last("SHOW pgmicro.dialect").text(0, 0));
        session.execute("INSERT OR REPLACE INTO notes (id, body) VALUES (1, 'replaced')");
        Result r = last("SELECT typeof(id), body FROM notes ORDER BY id");
        assertEquals("integer", r.text(0, 0));
        assertEquals("replaced", r.text(0, 1));
        assertEquals("second", r.text(1, 1));
        assertEquals("notes", last("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'notes'").text(0, 0));
        // PostgreSQL's cast syntax is not SQLite's
        assertThrows(PgException.class, () -> session.execute("SELECT 1::int"));
    }

    @Test
    void switchingBackGivesPostgresSyntaxAndSeesTheSqliteWrites() {
        PgException refused = assertThrows(PgException.class,
                () -> session.execute("INSERT OR REPLACE INTO notes (id, body) VALUES (1, 'x')"));
        assertEquals("42601", refused.sqlState());
        session.execute("SET pgmicro.dialect = sqlite");
        session.execute("UPDATE notes SET body = 'from sqlite' WHERE rowid = 2");
        session.execute("SET pgmicro.dialect = postgresql");
        Result r = last("SELECT body, pg_typeof(id)::text FROM notes WHERE id = 2");
        assertEquals("from sqlite", r.text(0, 0));
        assertEquals("integer", r.text(0, 1));
        assertEquals("3", last("INSERT INTO notes (body) VALUES ('third') RETURNING id").text(0, 0));
    }

    @Test
    void unknownDialectIsRefused() {
        PgException e = assertThrows(PgException.class, () -> session.execute("SET pgmicro.dialect = oracle"));
        assertEquals("invalid value for parameter \"pgmicro.dialect\": \"oracle\"", e.getMessage());
    }
}
