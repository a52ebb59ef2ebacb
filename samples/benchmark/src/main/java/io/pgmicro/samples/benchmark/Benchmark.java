package io.pgmicro.samples.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * pgmicro next to raw SQLite and zonky's embedded PostgreSQL, in one run: (1) a fresh database from
 * a migrated 20-table template per test ({@code --without-postgres} leaves zonky out), (2) with
 * {@code --suite}, the whole test suite of sample (a), each mode in a JVM of its own.
 * See samples/README.md for the command.
 */
public final class Benchmark {
    /** Copies in this JVM take a millisecond or two: enough of them that the JIT has compiled what they run. */
    private static final int WARMUP = 500;
    private static final int RUNS = 1000;
    /** A CREATE DATABASE takes a quarter of a second: fewer suffice. */
    private static final int POSTGRES_WARMUP = 50;
    private static final int POSTGRES_RUNS = 200;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Timings raw = FreshDatabaseFromTemplate.rawSqlite(WARMUP, RUNS);
        Timings pgmicro = FreshDatabaseFromTemplate.pgmicro(WARMUP, RUNS);
        Timings zonky = null;
        if (!options.contains("--without-postgres")) {
            try (EmbeddedPostgres postgres = FreshDatabaseFromTemplate.startZonky()) {
                zonky = FreshDatabaseFromTemplate.zonky(postgres, POSTGRES_WARMUP, POSTGRES_RUNS);
            }
        }
        System.out.printf("fresh database from a %d-table template, connect, first query, drop (%d runs, zonky %d):%n",
                TemplateSchema.TABLES, RUNS, POSTGRES_RUNS);
        print("raw SQLite", raw);
        print("pgmicro", pgmicro);
        System.out.printf("  ratio    pgmicro / raw SQLite = %.2fx (median), %.2fx (median CPU time)%n",
                pgmicro.medianMillis() / raw.medianMillis(), pgmicro.cpuMedianMillis() / raw.cpuMedianMillis());
        if (zonky != null) {
            print("zonky", zonky);
            System.out.printf("  ratio    zonky / pgmicro = %.1fx (median)%n", zonky.medianMillis() / pgmicro.medianMillis());
        }

        if (!options.contains("--suite")) {
            return;
        }
        System.out.println("sample (a) test suite, database start to last test, own JVM each:");
        SuiteResult suitePgmicro = runSuite("pgmicro");
        SuiteResult suiteZonky = runSuite("zonky");
        if (suitePgmicro.passed() && suiteZonky.passed()) {
            System.out.printf("  ratio    zonky / pgmicro = %.2fx%n", (double) suiteZonky.millis() / suitePgmicro.millis());
        } else {
            System.out.println("  no ratio: a suite run had failures");
        }
    }

    private static void print(String label, Timings timings) {
        System.out.printf("  %-10s median %.3f ms  p90 %.3f ms  CPU time median %.3f ms%n",
                label, timings.medianMillis(), timings.p90Millis(), timings.cpuMedianMillis());
    }

    private record SuiteResult(long millis, boolean passed) {
    }

    /** Runs {@link SuiteRun} in a new JVM on this classpath and prints the line it reports. */
    private static SuiteResult runSuite(String mode) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                SuiteRun.class.getName(), mode)).redirectErrorStream(true).start();
        String summary = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("suite ")) {
                    summary = line;
                }
            }
        }
        int exit = process.waitFor();
        if (summary == null) {
            throw new IllegalStateException("the " + mode + " suite run ended (exit " + exit + ") without a summary");
        }
        System.out.println("  " + summary);
        return new SuiteResult(Long.parseLong(summary.split(" ")[2]), exit == 0);
    }
}
