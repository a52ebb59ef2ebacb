package io.pgmicro.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.pgmicro.cli.ScriptRunner;
import io.pgmicro.session.Database;
import io.pgmicro.session.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential proof of fidelity: every golden/**&#47;*.sql runs through the CLI's
 * script runner ({@code pgmicro -a -q -X -f NAME}) on a fresh in-memory database, and
 * its output must equal byte for byte what psql printed against PostgreSQL 15
 * (the committed NAME.out, recorded by tools/record-golden).
 *
 * <p>Cases listed in golden/KNOWN_FAILURES are reported as aborted with their reason;
 * one of them passing fails the build so that the entry gets removed. With
 * {@code -Dpgmicro.golden.live=true} each case is also re-run on the PostgreSQL
 * that tools/record-golden reaches, and pgmicro's output must equal that too.
 *
 * <p>At the end, a statement-level count is printed and written to
 * target/golden-summary.txt: {@code golden: N of M statements match}.
 */
class GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path RECORDER = Path.of("..", "tools", "record-golden");
    private static final Path SUMMARY = Path.of("target", "golden-summary.txt");

    private static final Map<String, StatementScore> SCORES = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        if (!Files.isDirectory(GOLDEN)) {
            fail("golden cases not found at " + GOLDEN.toAbsolutePath() + " (run from the pgmicro-engine module)");
        }
        KnownFailures known = KnownFailures.read(GOLDEN.resolve("KNOWN_FAILURES"));
        List<Path> cases;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            cases = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        List<String> names = cases.stream().map(GoldenTest::caseName).toList();
        for (String listed : known.names()) {
            if (!names.contains(listed)) {
                fail("KNOWN_FAILURES lists " + listed + ", which is not a golden case");
            }
        }
        return cases.stream().map(path -> DynamicTest.dynamicTest(caseName(path), path.toUri(),
                () -> check(path, known.reason(caseName(path)))));
    }

    private static void check(Path sqlFile, String knownFailure) throws IOException {
        String name = caseName(sqlFile);
        Path outFile = sqlFile.resolveSibling(sqlFile.getFileName().toString().replaceFirst("\\.sql$", ".out"));
        if (!Files.exists(outFile)) {
            fail(name + " has no recorded output; run tools/record-golden " + GOLDEN.resolve(name));
        }
        String script = Files.readString(sqlFile, StandardCharsets.UTF_8);
        String expected = Files.readString(outFile, StandardCharsets.UTF_8);
        String actual = runOnPgmicro(script, name);
        synchronized (SCORES) {
            SCORES.put(name, StatementScore.of(script, expected, actual));
        }
        if (Boolean.getBoolean("pgmicro.golden.live")) {
            String live = runOnPostgres(sqlFile);
            assertEquals(expected, live, name + ": the recorded output is stale; PostgreSQL now prints something else\n"
                    + LineDiff.unified(name + " (recorded)", expected, name + " (PostgreSQL now)", live));
        }
        boolean matches = expected.equals(actual);
        if (knownFailure != null) {
            if (matches) {
                fail(name + " now matches PostgreSQL: remove it from golden/KNOWN_FAILURES");
            }
            Assumptions.abort("known failure: " + knownFailure);
        }
        if (!matches) {
            fail(name + " differs from PostgreSQL's output:\n"
                    + LineDiff.unified(name + " (PostgreSQL 15)", expected, name + " (pgmicro)", actual));
        }
    }

    private static String runOnPgmicro(String script, String name) {
        try (Database database = Database.open(":memory:")) {
            Session session = database.newSession();
            return ScriptRunner.runEchoAllQuiet(session, script, name);
        }
    }

    private static String runOnPostgres(Path sqlFile) throws IOException {
        Process process = new ProcessBuilder("bash", RECORDER.toString(), "--print", sqlFile.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                fail("tools/record-golden --print " + sqlFile + " failed; is PostgreSQL reachable?");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return output;
    }

    /** The case's path relative to the golden directory, with forward slashes: how psql was given the file. */
    private static String caseName(Path sqlFile) {
        return GOLDEN.relativize(sqlFile).toString().replace('\\', '/');
    }

    @AfterAll
    static void writeSummary() {
        int matched = 0;
        int total = 0;
        List<String> lines = new ArrayList<>();
        synchronized (SCORES) {
            for (Map.Entry<String, StatementScore> e : SCORES.entrySet()) {
                matched += e.getValue().matched();
                total += e.getValue().total();
                lines.add(String.format("%-40s %4d of %4d", e.getKey(), e.getValue().matched(), e.getValue().total()));
            }
        }
        String headline = "golden: " + matched + " of " + total + " statements match";
        System.out.println(headline);
        lines.add(0, headline);
        try {
            Files.createDirectories(SUMMARY.getParent());
            Files.write(SUMMARY, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
