package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written by pgmicro is a plain SQLite database, and reopening it gives back the PostgreSQL schema. */
class FileDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void sqlite3ReadsTheUsersTablesAndRows() throws Exception {
        Path file = dir.resolve("app.db");
        try (Database db = Database.open(file.toString()); Session s = db.newSession()) {
            s.execute("CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, balance numeric(10,2))");
            s.execute("INSERT INTO users (name, balance) VALUES ('alice', 12.5), ('bob', 7)");
        }
        Process p = new ProcessBuilder("sqlite3", file.toString(), "SELECT id, name, balance FROM users ORDER BY id")
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("1|alice|12.50\n2|bob|7.00\n", out);
        assertEquals(0, p.exitValue());
    }

    @Test
    void reopeningKeepsTypesSequencesAndData() {
        Path file = dir.resolve("keep.db");
        try (Database db = Database.open(file.toString()); Session s = db.newSession()) {
            s.execute("CREATE TABLE items (id bigserial PRIMARY KEY, price numeric(8,3), tags text[], at timestamptz)");
            s.execute("INSERT INTO items (price, tags, at) VALUES (1.5, '{a,b}', '2024-01-02 03:04:05+02')");
            s.execute("INSERT INTO items (price) VALUES (2)");
        }
        try (Database db = Database.open(file.toString()); Session s = db.newSession()) {
            List<Result> r = s.execute("INSERT INTO items (price) VALUES (3) RETURNING id");
            assertEquals("3", r.get(0).text(0, 0));
            Result all = s.execute("SELECT id, price, tags, at FROM items ORDER BY id").get(0);
            assertEquals("int8", all.columns().get(0).type().name());
            assertEquals("numeric", all.columns().get(1).type().name());
            assertEquals("1.500", all.text(0, 1));
            assertEquals("{a,b}", all.text(0, 2));
            assertEquals("2024-01-02 01:04:05+00", all.text(0, 3));
            assertEquals(3, all.rows().size());
        }
    }
}
