package io.pgmicro.junit5;

import io.pgmicro.session.DatabaseSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: measures how long {@code @PgMicroTest} takes to hand a test a fresh database copied
 * from a template of 20 tables holding 1000 rows — the copy, its registration under a URL, a
 * connection and a first query, and giving it back — and, beside it, re-running the template's
 * script instead. Prints medians. Run from the repository root (the reactor resolves the engine; nothing is installed):
 * <pre>
 * mvn -q -B -DskipTests -pl pgmicro-junit5 -am package dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp pgmicro-junit5/target/test-classes:pgmicro-junit5/target/classes:$(cat pgmicro-junit5/target/cp.txt) \
 *     io.pgmicro.junit5.FreshDatabaseBenchmark
 * </pre>
 */
public final class FreshDatabaseBenchmark {
    private static final int TABLES = 20;
    private static final int ROWS = 1000;
    private static final int WARMUP = 500;
    private static final int RUNS = 2000;

    public static void main(String[] args) throws IOException, SQLException {
        Path script = Files.createTempFile("pgmicro-bench", ".sql");
        try {
            Files.writeString(script, schemaAndData());
            TemplateConfig config = new TemplateConfig(List.of("file:" + script), List.of(), "");
            ClassLoader loader = FreshDatabaseBenchmark.class.getClassLoader();
            long start = System.nanoTime();
            DatabaseSnapshot template = Templates.snapshotFor(config, loader);
            System.out.printf("template: %d tables, %d rows, %d KiB image, set up once in %.1f ms%n",
                    TABLES, ROWS, template.sizeInBytes() / 1024, (System.nanoTime() - start) / 1e6);

            double handOut = median(() -> handOutAndQuery(config, loader));
            double copyOnly = median(() -> template.newDatabase("bench").close());
            double rerun = medianOf(50, () -> TemplateBuilder.build(config, loader));
            System.out.printf("fresh database for a test (copy + URL + connection + first query + close): median %.3f ms%n", handOut);
            System.out.printf("  of which DatabaseSnapshot.newDatabase alone: median %.3f ms%n", copyOnly);
            System.out.printf("re-running the template script instead: median %.3f ms (%.0fx slower)%n", rerun, rerun / handOut);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static void handOutAndQuery(TemplateConfig config, ClassLoader loader) throws SQLException {
        PgMicroDatabase db = PgMicroDatabase.copyOf(Templates.snapshotFor(config, loader), "bench");
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM t0")) {
            rs.next();
            if (rs.getLong(1) != ROWS) {
                throw new IllegalStateException("the copy lost rows: " + rs.getLong(1));
            }
        } finally {
            db.release();
        }
    }

    private static String schemaAndData() {
        StringBuilder sql = new StringBuilder();
        for (int t = 0; t < TABLES; t++) {
            sql.append("CREATE TABLE t").append(t).append(" (id serial PRIMARY KEY, name text NOT NULL, amount numeric(10,2),")
                    .append(" created timestamptz, ref int").append(t > 0 ? " REFERENCES t0 (id)" : "").append(");\n");
            sql.append("CREATE INDEX t").append(t).append("_name ON t").append(t).append(" (name);\n");
        }
        sql.append("INSERT INTO t0 (name, amount, created) VALUES ");
        for (int i = 1; i <= ROWS; i++) {
            sql.append(i == 1 ? "" : ", ").append("('row ").append(i).append("', ").append(i).append(".25, '2024-01-01 00:00:00+00')");
        }
        return sql.append(";\n").toString();
    }

    private interface Work {
        void run() throws SQLException;
    }

    private static double median(Work work) throws SQLException {
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }
        return medianOf(RUNS, work);
    }

    private static double medianOf(int runs, Work work) throws SQLException {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1e6;
    }
}
