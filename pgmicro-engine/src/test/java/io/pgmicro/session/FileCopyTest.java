package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * COPY to and from a file on the server. The expected file contents are what PostgreSQL 15
 * wrote for the same table and statements.
 */
class FileCopyTest {
    private static final String TABLE = """
            CREATE TABLE fc (id int, item text, price numeric);
            INSERT INTO fc VALUES (1, 'bolt', 1.50), (2, NULL, 2), (3, E'tab\\there, "q"', NULL);
            """;

    @TempDir
    Path dir;

    @Test
    void copyToWritesTextAndCsvAsPostgresDoes() throws IOException {
        try (Database db = Database.openMemory("copy-to"); Session s = db.newSession()) {
            s.execute(TABLE);
            Path text = dir.resolve("fc.txt");
            Path csv = dir.resolve("fc.csv");
            assertEquals("COPY 3", tag(s, "COPY fc TO '" + text + "'"));
            assertEquals("COPY 3", tag(s, "COPY (SELECT id, item FROM fc ORDER BY id DESC) TO '" + csv
                    + "' WITH (FORMAT csv, HEADER)"));
            assertEquals("1\tbolt\t1.50\n2\t\\N\t2\n3\ttab\\there, \"q\"\t\\N\n", Files.readString(text));
            assertEquals("id,item\n3,\"tab\there, \"\"q\"\"\"\n2,\n1,bolt\n", Files.readString(csv));
        }
    }

    @Test
    void copyFromReadsWhatCopyToWrote() {
        try (Database db = Database.openMemory("copy-round-trip"); Session s = db.newSession()) {
            s.execute(TABLE);
            Path text = dir.resolve("fc.txt");
            s.execute("COPY fc TO '" + text + "'");
            s.execute("CREATE TABLE fc2 (id int, item text, price numeric)");
            assertEquals("COPY 3", tag(s, "COPY fc2 FROM '" + text + "'"));
            assertEquals(rows(s, "SELECT * FROM fc ORDER BY id"), rows(s, "SELECT * FROM fc2 ORDER BY id"));
        }
    }

    @Test
    void copyFromAColumnListInCsvLoadsOnlyThoseColumns() throws IOException {
        Path csv = dir.resolve("items.csv");
        Files.writeString(csv, "name,n\n\"a,b\",1\nc,\n", StandardCharsets.UTF_8);
        try (Database db = Database.openMemory("copy-csv"); Session s = db.newSession()) {
            s.execute("CREATE TABLE items (id serial, name text, n int DEFAULT 7)");
            assertEquals("COPY 2", tag(s, "COPY items (name, n) FROM '" + csv + "' WITH (FORMAT csv, HEADER true)"));
            assertEquals(List.of("1|a,b|1", "2|c|null"), rows(s, "SELECT id, name, n FROM items ORDER BY id"));
        }
    }

    @Test
    void aBadRowUndoesTheWholeCopyOutsideABlock() throws IOException {
        Path data = dir.resolve("bad.data");
        Files.writeString(data, "1\n2\nx\n", StandardCharsets.UTF_8);
        try (Database db = Database.openMemory("copy-bad-row"); Session s = db.newSession()) {
            s.execute("CREATE TABLE nums (n int)");
            PgException e = assertThrows(PgException.class, () -> s.execute("COPY nums FROM '" + data + "'"));
            assertEquals("22P02", e.sqlState());
            assertEquals("COPY nums, line 3, column n: \"x\"", e.where());
            assertEquals(Session.IDLE, s.transactionStatus());
            assertEquals(List.of("0"), rows(s, "SELECT count(*) FROM nums"));
        }
    }

    @Test
    void insideABlockAFailedCopyFailsTheBlock() {
        try (Database db = Database.openMemory("copy-in-block"); Session s = db.newSession()) {
            s.execute("CREATE TABLE nums (n int)");
            s.execute("BEGIN");
            PgException missing = assertThrows(PgException.class,
                    () -> s.execute("COPY nums FROM '" + dir.resolve("none.data") + "'"));
            assertEquals("58P01", missing.sqlState());
            assertEquals(Session.FAILED, s.transactionStatus());
            assertEquals("25P02", assertThrows(PgException.class,
                    () -> s.execute("COPY nums FROM '" + dir.resolve("none.data") + "'")).sqlState());
            s.execute("ROLLBACK");
        }
    }

    private static String tag(Session s, String sql) {
        List<Result> results = s.execute(sql);
        return results.get(results.size() - 1).commandTag();
    }

    private static List<String> rows(Session s, String sql) {
        List<Result> results = s.execute(sql);
        Result r = results.get(results.size() - 1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < r.columns().size(); c++) {
                cells.add(String.valueOf(r.text(i, c)));
            }
            out.add(String.join("|", cells));
        }
        return out;
    }
}
