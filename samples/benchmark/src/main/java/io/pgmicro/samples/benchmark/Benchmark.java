package io.pgmicro.samples.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * pgmicro next to zonky's embedded PostgreSQL, in one run: (1) a fresh database from a migrated
 * 20-table template per test, (2) with {@code --suite}, the whole test suite of sample (a), each
 * mode in a JVM of its own (on pgmicro that suite is switched off until Flyway can migrate there).
 * See samples/README.md for the command.
 */
public final class Benchmark {
    private static final int WARMUP = 50;
    private static final int RUNS = 200;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Timings pgmicro = FreshDatabaseFromTemplate.pgmicro(WARMUP, RUNS);
        Timings zonky;
        try (EmbeddedPostgres postgres = FreshDatabaseFromTemplate.startZonky()) {
            zonky = FreshDatabaseFromTemplate.zonky(postgres, WARMUP, RUNS);
        }
        System.out.printf("fresh database from a %d-table template, connect, first query, drop (%d runs):%n",
                TemplateSchema.TABLES, RUNS);
        System.out.printf("  pgmicro  median %.2f ms  p90 %.2f ms%n", pgmicro.medianMillis(), pgmicro.p90Millis());
        System.out.printf("  zonky    median %.2f ms  p90 %.2f ms%n", zonky.medianMillis(), zonky.p90Millis());
        System.out.printf("  ratio    zonky / pgmicro = %.1fx (median)%n", zonky.medianMillis() / pgmicro.medianMillis());

        if (!List.of(args).contains("--suite")) {
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
