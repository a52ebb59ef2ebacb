package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots copy a database's whole state — schema, catalog, data, sequences — and nothing leaks between copies. */
class DatabaseSnapshotTest {
    private static final String SCHEMA = """
            CREATE TYPE mood AS ENUM ('sad', 'happy');
            CREATE TABLE people (id serial PRIMARY KEY, name text NOT NULL UNIQUE, feeling mood);
            CREATE SEQUENCE tickets START 100;
            INSERT INTO people (name, feeling) VALUES ('ann', 'happy'), ('bob', 'sad');
            SELECT nextval('tickets');
            """;

    @TempDir
    Path dir;

    @Test
    void aCopyHasTheSchemaDataEnumsAndSequencePositions() {
        try (Database template = Database.openMemory("template")) {
            run(template, SCHEMA);
            DatabaseSnapshot snapshot = DatabaseSnapshot.of(template);
            try (Database copy = snapshot.newDatabase("copy"); Session s = copy.newSession()) {
                assertEquals("copy", copy.name());
                assertEquals(List.of("1 ann happy", "2 bob sad"), rows(s, "SELECT id, name, feeling FROM people ORDER BY id"));
                assertEquals(List.of("3"), column(s, "INSERT INTO people (name) VALUES ('cy') RETURNING id"));
                assertEquals(List.of("101"), column(s, "SELECT nextval('tickets')"));
                PgException duplicate = assertThrows(PgException.class, () -> s.execute("INSERT INTO people (name) VALUES ('ann')"));
                assertEquals("23505", duplicate.sqlState());
                PgException badEnum = assertThrows(PgException.class, () -> s.execute("SELECT 'glad'::mood"));
                assertEquals("22P02", badEnum.sqlState());
            }
        }
    }

    @Test
    void copiesAreIndependentOfEachOtherAndOfTheTemplate() {
        try (Database template = Database.openMemory("template")) {
            run(template, SCHEMA);
            DatabaseSnapshot snapshot = DatabaseSnapshot.of(template);
            try (Database a = snapshot.newDatabase("a"); Database b = snapshot.newDatabase("b")) {
                run(a, "INSERT INTO people (name) VALUES ('only-in-a'); CREATE TABLE extra (x int)");
                run(b, "DELETE FROM people WHERE name = 'ann'");
                run(template, "INSERT INTO people (name) VALUES ('only-in-template')");
                try (Session sa = a.newSession(); Session sb = b.newSession(); Session st = template.newSession()) {
                    assertEquals(List.of("ann", "bob", "only-in-a"), column(sa, "SELECT name FROM people ORDER BY id"));
                    assertEquals(List.of("bob"), column(sb, "SELECT name FROM people ORDER BY id"));
                    assertEquals(List.of("ann", "bob", "only-in-template"), column(st, "SELECT name FROM people ORDER BY id"));
                    assertEquals(List.of("3"), column(sb, "SELECT nextval('people_id_seq')"));
                    assertEquals("42P01", assertThrows(PgException.class, () -> sb.execute("SELECT * FROM extra")).sqlState());
                }
            }
        }
    }

    /** A copy opens SQLite only for its sessions; what one commits stays for the next, and for snapshots of the copy. */
    @Test
    void aCopyKeepsCommittedWorkWhileItsSessionsComeAndGo() {
        try (Database template = Database.openMemory("template")) {
            run(template, SCHEMA);
            DatabaseSnapshot snapshot = DatabaseSnapshot.of(template);
            try (Database copy = snapshot.newDatabase("copy")) {
                assertEquals(List.of("ann", "bob"), names(DatabaseSnapshot.of(copy)));
                run(copy, "INSERT INTO people (name) VALUES ('first')");
                run(copy, "INSERT INTO people (name) VALUES ('second')");
                try (Session s = copy.newSession()) {
                    assertEquals(List.of("ann", "bob", "first", "second"), column(s, "SELECT name FROM people ORDER BY id"));
                    assertEquals(List.of("101"), column(s, "SELECT nextval('tickets')"));
                }
                assertEquals(List.of("ann", "bob", "first", "second"), names(DatabaseSnapshot.of(copy)));
            }
        }
    }

    /** A copy is in WAL mode from its first session on: a reader inside a transaction block does not hold off a writer. */
    @Test
    void aWriterCommitsBesideAReaderOfACopyInsideATransactionBlock() {
        try (Database template = Database.openMemory("template")) {
            run(template, SCHEMA);
            try (Database copy = DatabaseSnapshot.of(template).newDatabase("copy");
                 Session reader = copy.newSession(); Session writer = copy.newSession()) {
                reader.execute("BEGIN");
                assertEquals(List.of("2"), column(reader, "SELECT count(*) FROM people"));
                writer.execute("INSERT INTO people (name) VALUES ('while reading')");
                assertEquals(List.of("3"), column(reader, "SELECT count(*) FROM people"));
                reader.execute("COMMIT");
            }
        }
    }

    @Test
    void restoreResetsDataSchemaAndSequencesForEverySession() {
        try (Database db = Database.openMemory("app")) {
            run(db, SCHEMA);
            DatabaseSnapshot snapshot = DatabaseSnapshot.of(db);
            try (Session first = db.newSession(); Session second = db.newSession()) {
                first.execute("INSERT INTO people (name) VALUES ('later')");
                first.execute("CREATE TABLE added (x int)");
                first.execute("SELECT nextval('tickets'); SELECT nextval('tickets')");
                assertEquals(List.of("103"), column(second, "SELECT nextval('tickets')"));

                snapshot.restoreInto(db);

                assertEquals(List.of("ann", "bob"), column(second, "SELECT name FROM people ORDER BY id"));
                assertEquals("42P01", assertThrows(PgException.class, () -> first.execute("SELECT * FROM added")).sqlState());
                assertEquals(List.of("101"), column(first, "SELECT nextval('tickets')"));
                assertEquals(List.of("3"), column(second, "INSERT INTO people (name) VALUES ('again') RETURNING id"));
            }
            try (Session fresh = db.newSession()) {
                assertEquals(List.of("ann", "bob", "again"), column(fresh, "SELECT name FROM people ORDER BY id"));
            }
        }
    }

    @Test
    void restoreFailsWith55006WhileASessionHoldsAWriteTransaction() {
        try (Database db = Database.openMemory("busy")) {
            run(db, SCHEMA);
            DatabaseSnapshot snapshot = DatabaseSnapshot.of(db);
            try (Session writer = db.newSession()) {
                writer.execute("BEGIN; INSERT INTO people (name) VALUES ('pending')");
                PgException e = assertThrows(PgException.class, () -> snapshot.restoreInto(db));
                assertEquals("55006", e.sqlState());
                writer.execute("ROLLBACK");
                snapshot.restoreInto(db);
            }
            try (Session s = db.newSession()) {
                assertEquals(List.of("ann", "bob"), column(s, "SELECT name FROM people ORDER BY id"));
            }
        }
    }

    /** In WAL mode readers do not wait for a writer, so a snapshot can be taken beside an open write. */
    @Test
    void aFileDatabaseInWalModeCopiesIntoMemoryWithoutUncommittedWork() {
        try (Database file = Database.open(dir.resolve("app.db").toString()); Session writer = file.newSession()) {
            run(file, SCHEMA);
            writer.execute("BEGIN; INSERT INTO people (name) VALUES ('uncommitted')");
            DatabaseSnapshot snapshot = DatabaseSnapshot.of(file);
            writer.execute("COMMIT");
            try (Database copy = snapshot.newDatabase("copy"); Session s = copy.newSession()) {
                assertEquals(List.of("ann", "bob"), column(s, "SELECT name FROM people ORDER BY id"));
                s.execute("INSERT INTO people (name) VALUES ('memory only')");
                assertEquals(List.of("3"), column(s, "SELECT count(*) FROM people"));
            }
            try (Session s = file.newSession()) {
                assertEquals(List.of("ann", "bob", "uncommitted"), column(s, "SELECT name FROM people ORDER BY id"));
            }
        }
    }

    /** Not a timing assertion: prints what a copy of a 20-table template costs on this machine. */
    @Test
    void printsTheTimeToCopyATwentyTableTemplate() {
        try (Database template = Database.openMemory("template")) {
            StringBuilder ddl = new StringBuilder();
            for (int t = 0; t < 20; t++) {
                ddl.append("CREATE TABLE t").append(t).append(" (id serial PRIMARY KEY, name text, amount numeric(10,2));");
            }
            ddl.append("INSERT INTO t0 (name, amount) VALUES ");
            for (int i = 1; i <= 1000; i++) {
                ddl.append(i == 1 ? "" : ", ").append("('n").append(i).append("', ").append(i).append(")");
            }
            run(template, ddl.toString());
            DatabaseSnapshot snapshot = DatabaseSnapshot.of(template);
            int runs = 200;
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                Database copy = snapshot.newDatabase("copy" + i);
                nanos[i] = System.nanoTime() - start;
                copy.close();
            }
            Arrays.sort(nanos);
            System.out.printf("DatabaseSnapshot.newDatabase, 20 tables, %d bytes: median %.3f ms over %d copies%n",
                    snapshot.sizeInBytes(), nanos[runs / 2] / 1e6, runs);
        }
    }

    private static List<String> names(DatabaseSnapshot snapshot) {
        try (Database db = snapshot.newDatabase("check"); Session s = db.newSession()) {
            return column(s, "SELECT name FROM people ORDER BY id");
        }
    }

    private static void run(Database db, String sql) {
        try (Session s = db.newSession()) {
            s.execute(sql);
        }
    }

    private static List<String> column(Session s, String sql) {
        Result r = last(s, sql);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            out.add(r.text(i, 0));
        }
        return out;
    }

    private static List<String> rows(Session s, String sql) {
        Result r = last(s, sql);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < r.columns().size(); c++) {
                cells.add(r.text(i, c));
            }
            out.add(String.join(" ", cells));
        }
        return out;
    }

    private static Result last(Session s, String sql) {
        List<Result> results = s.execute(sql);
        return results.get(results.size() - 1);
    }
}
