package io.pgmicro.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The CLI's --dialect sqlite opens the session in SQLite's syntax; the default is PostgreSQL's. */
class DialectOptionTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream merged = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private int run(String... args) {
        return Main.run(args, new ByteArrayInputStream(new byte[0]), merged, merged, false,
                options -> SessionBackend.open(options.database(), options.dialect()));
    }

    @Test
    void sqliteDialectRunsSqliteSyntax() {
        assertEquals(0, run("--dialect", "sqlite", "-c", "SELECT typeof(1) AS t, 7 / 2 AS half"));
        assertEquals("    t    | half \n---------+------\n integer |    3\n(1 row)\n\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void postgresDialectIsTheDefault() {
        assertEquals(1, run("-c", "SELECT typeof(1)"));
        assertEquals("ERROR:  function typeof(integer) does not exist\nLINE 1: SELECT typeof(1)\n               ^\n"
                + "HINT:  No function matches the given name and argument types. You might need to add explicit type casts.\n",
                bytes.toString(StandardCharsets.UTF_8));
    }
}
