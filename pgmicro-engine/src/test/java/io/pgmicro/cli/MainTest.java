package io.pgmicro.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pgmicro.PgException;
import io.pgmicro.session.Column;
import io.pgmicro.session.Result;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.Types;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit statuses and input modes, which follow psql's (checked against psql 15). */
class MainTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream merged = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final ScriptedBackend backend = new ScriptedBackend(Map.of(
            "select 1", new Result("SELECT 1", List.of(new Column("?column?", Types.INT4, -1)),
                    List.<Object[]>of(new Object[] {1L}), FormatContext.DEFAULT),
            "select 1/0", new PgException("22012", "division by zero"),
            "select 1/0;", new PgException("22012", "division by zero")));

    private int run(String stdin, String... args) {
        return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), merged, merged, false,
                options -> backend);
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void commandStatusIsTheLastCommands() {
        assertEquals(0, run("", "-c", "select 1/0", "-c", "select 1"));
        assertEquals(1, run("", "-c", "select 1", "-c", "select 1/0"));
        assertTrue(output().startsWith("ERROR:  division by zero\n ?column? \n"), output());
    }

    @Test
    void onErrorStopEndsCommandsWithStatusOne() {
        assertEquals(1, run("", "-v", "ON_ERROR_STOP=1", "-c", "select 1/0", "-c", "select 1"));
        assertEquals(List.of("select 1/0"), backend.received);
    }

    @Test
    void scriptsReturnZeroDespiteErrorsUnlessOnErrorStop(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("s.sql");
        Files.writeString(script, "select 1/0;\nselect 1/0;\n");
        assertEquals(0, run("", "-f", script.toString()));
        assertEquals(3, run("", "-v", "ON_ERROR_STOP=on", "-f", script.toString()));
        assertEquals("psql:" + script + ":1: ERROR:  division by zero\n"
                + "psql:" + script + ":2: ERROR:  division by zero\n"
                + "psql:" + script + ":1: ERROR:  division by zero\n", output());
    }

    @Test
    void standardInputIsReadLikeAPipeOrAsFileDash() {
        assertEquals(0, run("select 1/0;\n"));
        assertEquals(0, run("select 1/0;\n", "-f", "-"));
        assertEquals("ERROR:  division by zero\npsql:<stdin>:1: ERROR:  division by zero\n", output());
    }

    @Test
    void missingFileAndBadOptionsAreFatal() {
        assertEquals(1, run("", "-f", "no/such/file.sql"));
        assertEquals(1, run("", "--bogus"));
        assertEquals("pgmicro: error: no/such/file.sql: No such file or directory\n"
                + "pgmicro: error: unrecognized option '--bogus'\n"
                + "Try \"pgmicro --help\" for more information.\n", output());
    }

    @Test
    void databaseThatCannotBeOpenedIsStatusTwo() {
        int status = Main.run(new String[] {"/no/such/dir/x.db"}, new ByteArrayInputStream(new byte[0]), merged, merged,
                false, options -> {
                    throw new PgException("08006", "could not open database \"x\"");
                });
        assertEquals(2, status);
        assertEquals("pgmicro: error: could not open database \"x\"\n", output());
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("", "--help"));
        assertEquals(0, run("", "--version"));
        assertTrue(output().contains("Usage:\n  pgmicro [OPTION]... [DB]"), output());
        assertTrue(output().contains("(PostgreSQL 15 dialect)"), output());
    }
}
