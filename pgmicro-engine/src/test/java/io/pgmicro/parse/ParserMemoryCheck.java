package io.pgmicro.parse;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: parses a statement a million times and prints the process's resident
 * memory before and after, to show that the native parser frees what it allocates.
 * Run with: mvn -q -pl pgmicro-engine test-compile exec:java ... or from an IDE;
 * see the README of the parse package's notes for the measured figures.
 */
public final class ParserMemoryCheck {
    private ParserMemoryCheck() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String sql = "SELECT a.id, b.name FROM users a JOIN orders b ON a.id = b.user_id WHERE a.email LIKE '%x%' ORDER BY 1";
        for (int i = 0; i < 10_000; i++) {
            Parser.parse(sql);
        }
        System.gc();
        long before = rssKb();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Parser.parse(sql);
            if (i % 10 == 0) {
                try {
                    Parser.parse("SELECT * FORM broken");
                } catch (io.pgmicro.PgException e) {
                    // the error path must free its result too
                }
            }
        }
        long elapsed = System.nanoTime() - start;
        System.gc();
        long after = rssKb();
        System.out.printf("%d parses (+%d syntax errors) in %.1f s (%.1f us each); RSS before %d kB, after %d kB%n",
                n, n / 10, elapsed / 1e9, elapsed / 1e3 / n, before, after);
    }

    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
