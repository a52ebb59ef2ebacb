package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An engine aggregate over a window frame that can be empty would have sqlite-jdbc abort
 * the JVM; until it is supported it must be a clear error, and the session must go on.
 * SQLite's own aggregates (count) handle such frames, and give PostgreSQL's answers.
 */
class EmptyWindowFrameTest {
    @Test
    void engineAggregatesOverFramesThatCanBeEmptyAreRefused() {
        try (Database db = Database.openMemory("empty-frames"); Session s = db.newSession()) {
            s.execute("CREATE TABLE t (x int)");
            s.execute("INSERT INTO t VALUES (1), (2), (3)");
            for (String sql : List.of(
                    "SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING) FROM t",
                    "SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) FROM t",
                    "SELECT sum(x) OVER (ORDER BY x ROWS CURRENT ROW EXCLUDE CURRENT ROW) FROM t",
                    "SELECT sum(x) OVER w FROM t WINDOW w AS (ORDER BY x ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING)",
                    "SELECT sum(x) FILTER (WHERE x > 1) OVER (ORDER BY x) FROM t")) {
                PgException e = assertThrows(PgException.class, () -> s.execute(sql), sql);
                assertEquals("0A000", e.sqlState(), sql);
            }
            // PostgreSQL: count over the two rows before each row gives 0, 1, 2
            Result counts = s.execute("SELECT count(x) OVER (ORDER BY x ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING) FROM t")
                    .get(0);
            assertEquals(List.of("0", "1", "2"), List.of(counts.text(0, 0), counts.text(1, 0), counts.text(2, 0)));
            Result sums = s.execute("SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t").get(0);
            assertEquals(List.of("1", "3", "5"), List.of(sums.text(0, 0), sums.text(1, 0), sums.text(2, 0)));
        }
    }
}
