package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pgmicro.PgException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * sqlite-jdbc aborts the whole JVM when a Java window function is asked for its value before its
 * first row (a frame empty for a partition's first row, or a FILTER rejecting that row). The
 * statements that used to get there run in a child JVM, so that a regression fails this test
 * instead of killing the test run; the child prints each statement's values or SQLSTATE.
 */
class WindowAggregateAbortTest {
    /** Values checked against PostgreSQL 15 (t holds x = 1, 2, 3). */
    private static final List<String> POSTGRESQL = List.of(
            "SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) FROM t",
            "SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING) FROM t",
            "SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) FROM t",
            "SELECT sum(x) OVER (ORDER BY x ROWS CURRENT ROW EXCLUDE CURRENT ROW) FROM t",
            "SELECT sum(x) OVER w FROM t WINDOW w AS (ORDER BY x ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING)",
            "SELECT sum(x) FILTER (WHERE x > 1) OVER (ORDER BY x) FROM t",
            "SELECT avg(x) FILTER (WHERE x > 5) OVER () FROM t",
            "SELECT count(x) OVER (ORDER BY x ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING) FROM t");
    private static final List<String> POSTGRESQL_ANSWERS = List.of(
            "null,1,2", "null,1,3", "5,3,null", "null,null,null", "null,1,3", "null,2,5", "null,null,null", "0,1,2");

    /** Hand-written SQLite: the aggregate's own name is no window function, its window variant is refused. */
    private static final List<String> SQLITE = List.of(
            "SELECT pg_sum_int(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) FROM t",
            "SELECT pg_sum_int(x) FILTER (WHERE x > 1) OVER (ORDER BY x) FROM t",
            "SELECT \"PGMICRO_WINDOW_pg_sum_int\"(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) FROM t",
            "SELECT pg_sum_int(x) FROM t");
    private static final List<String> SQLITE_ANSWERS = List.of("error XX000", "error XX000", "error 0A000", "6");

    @Test
    void framesEmptyForTheFirstRowGivePostgresqlsAnswersWithoutAbortingTheJvm() throws Exception {
        List<String> expected = new ArrayList<>(POSTGRESQL_ANSWERS);
        expected.addAll(SQLITE_ANSWERS);
        expected.add("session goes on");
        assertEquals(expected, runChild());
    }

    private static List<String> runChild() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Child.class.getName()).redirectErrorStream(true).start();
        boolean finished = child.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            child.destroyForcibly();
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(finished, "the child JVM hung:\n" + output);
        assertEquals(0, child.exitValue(), "the child JVM died:\n" + output);
        return output.lines().filter(l -> l.startsWith(Child.MARK)).map(l -> l.substring(Child.MARK.length())).toList();
    }

    /** Runs in the child JVM. */
    public static final class Child {
        /** Starts the child's answers, to tell them from what libraries may print. */
        static final String MARK = "answer: ";

        public static void main(String[] args) {
            try (Database db = Database.openMemory("window-abort"); Session s = db.newSession()) {
                s.execute("CREATE TABLE t (x int)");
                s.execute("INSERT INTO t VALUES (1), (2), (3)");
                POSTGRESQL.forEach(sql -> System.out.println(MARK + outcome(s, sql)));
                s.execute("SET pgmicro.dialect = sqlite");
                SQLITE.forEach(sql -> System.out.println(MARK + outcome(s, sql)));
                s.execute("SET pgmicro.dialect = postgresql");
                Result r = s.execute("SELECT 1").get(0);
                System.out.println(MARK + (r.text(0, 0).equals("1") ? "session goes on" : "wrong answer"));
            }
        }

        private static String outcome(Session s, String sql) {
            try {
                Result r = s.execute(sql).get(0);
                List<String> values = new ArrayList<>();
                for (int row = 0; row < r.rows().size(); row++) {
                    values.add(r.value(row, 0) == null ? "null" : r.text(row, 0));
                }
                return String.join(",", values);
            } catch (PgException e) {
                return "error " + e.sqlState();
            }
        }
    }
}
