package io.pgmicro.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pgmicro DB --server HOST:PORT} as a process: it serves the file until it is told to stop. */
class CliServerTest {
    private static final Pattern LISTENING = Pattern.compile("pgmicro: listening on 127\\.0\\.0\\.1:(\\d+)");

    @Test
    void servesAFileDatabaseUntilStopped(@TempDir Path dir) throws Exception {
        String file = dir.resolve("app.db").toString();
        for (int run = 1; run <= 2; run++) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath(), "io.pgmicro.cli.Main", file, "--server", "127.0.0.1:0")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
                // test-classpath libraries may log to stderr first
                Matcher listening = LISTENING.matcher("");
                for (String line = err.readLine(); line != null && !listening.reset(line).matches(); line = err.readLine()) {
                    continue;
                }
                assertTrue(listening.matches(), "the server did not report where it listens");
                String url = "jdbc:postgresql://127.0.0.1:" + listening.group(1) + "/anyname?user=postgres";
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                    if (run == 1) {
                        s.execute("CREATE TABLE kept (x int)");
                    }
                    s.execute("INSERT INTO kept VALUES (" + run + ")");
                    // the second server sees what the first one wrote to the file
                    assertEquals(run, PgjdbcTest.count(s, "SELECT count(*) FROM kept"));
                }
            } finally {
                process.destroy();
                assertTrue(process.waitFor(30, TimeUnit.SECONDS), "server did not stop");
            }
        }
        assertTrue(new File(file).isFile());
    }

    /** The test class path; under Maven Surefire java.class.path may name only its launcher jar. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
