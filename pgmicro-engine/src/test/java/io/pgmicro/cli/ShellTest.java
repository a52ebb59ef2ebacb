package io.pgmicro.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pgmicro.PgException;
import io.pgmicro.session.Column;
import io.pgmicro.session.Notice;
import io.pgmicro.session.Result;
import io.pgmicro.session.ResultSink;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.Types;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shell's loop and message layout, against a scripted backend. Expected
 * outputs are what psql 15 printed with -a -q (or -a) for the same script, stdout
 * and stderr captured together.
 */
class ShellTest {

    private static Result one(String column, long value) {
        return new Result("SELECT 1", List.of(new Column(column, Types.INT4, -1)),
                List.<Object[]>of(new Object[] {value}), FormatContext.DEFAULT);
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream merged = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private Shell shell(SqlBackend backend, boolean quiet) {
        return new Shell(backend, new Variables(), new ShellOutput(merged, merged))
                .echoAll(true).quiet(quiet);
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ReaderLineSource lines(String script) {
        return new ReaderLineSource(new StringReader(script));
    }

    @Test
    void echoesLinesPrintsResultsAndLocatesErrors() {
        ScriptedBackend backend = new ScriptedBackend(Map.of(
                "select 1 as a;", one("a", 1),
                "select 1 +\n  nosuch\n  from t;", new PgException("42703", "column \"nosuch\" does not exist").withPosition(14),
                "insert into t values (1,'a');", new PgException("23505",
                        "duplicate key value violates unique constraint \"t_pkey\"").withDetail("Key (a)=(1) already exists.")));
        int status = shell(backend, true).runScript(lines(
                "-- leading comment\nselect 1 as a;\n\n   \nselect 1 +\n  nosuch\n  from t;\ninsert into t values (1,'a');\n"),
                "t1.sql");
        assertEquals(0, status);
        assertEquals("""
                -- leading comment
                select 1 as a;
                 a\s
                ---
                 1
                (1 row)

                  \s
                select 1 +
                  nosuch
                  from t;
                psql:t1.sql:7: ERROR:  column "nosuch" does not exist
                LINE 2:   nosuch
                          ^
                insert into t values (1,'a');
                psql:t1.sql:8: ERROR:  duplicate key value violates unique constraint "t_pkey"
                DETAIL:  Key (a)=(1) already exists.
                """, output());
    }

    @Test
    void pipedInputHasNoLocationAndCommandTagsShowUnlessQuiet() {
        ScriptedBackend backend = new ScriptedBackend(Map.of(
                "select 1/0;", new PgException("22012", "division by zero"),
                "drop table if exists x;", Notice.notice("00000", "table \"x\" does not exist, skipping"),
                "insert into t values (3) returning a;", new Result("INSERT 0 1",
                        List.of(new Column("a", Types.INT4, -1)), List.<Object[]>of(new Object[] {3L}), FormatContext.DEFAULT)));
        Shell shell = shell(backend, false).echoAll(false);
        shell.runScript(lines("select 1/0;\ndrop table if exists x;\ninsert into t values (3) returning a;\n"), null);
        assertEquals("""
                ERROR:  division by zero
                NOTICE:  table "x" does not exist, skipping
                DROP TABLE
                 a\s
                ---
                 3
                (1 row)

                INSERT 0 1
                """, output());
    }

    @Test
    void onErrorStopEndsTheScriptWithStatusThree() {
        ScriptedBackend backend = new ScriptedBackend(Map.of(
                "select 1;", one("?column?", 1),
                "select 1/0;", new PgException("22012", "division by zero")));
        Variables variables = new Variables();
        variables.set(Variables.ON_ERROR_STOP, "1");
        Shell shell = new Shell(backend, variables, new ShellOutput(merged, merged)).echoAll(true);
        int status = shell.runScript(lines("select 1;\nselect 1/0;\nselect 2;\n"), "t6.sql");
        assertEquals(Shell.EXIT_USER, status);
        assertEquals(List.of("select 1;", "select 1/0;"), backend.received);
        assertEquals("""
                select 1;
                 ?column?\s
                ----------
                        1
                (1 row)

                select 1/0;
                psql:t6.sql:2: ERROR:  division by zero
                """, output());
    }

    @Test
    void aStatementWithoutSemicolonAtTheEndIsSent() {
        ScriptedBackend backend = new ScriptedBackend(Map.of(
                "select 1 +", new PgException("42601", "syntax error at end of input").withPosition(11)));
        shell(backend, true).runScript(lines("select 1 +\n"), "<stdin>");
        assertEquals("""
                select 1 +
                psql:<stdin>:1: ERROR:  syntax error at end of input
                LINE 1: select 1 +
                                  ^
                """, output());
    }

    @Test
    void metaCommands() {
        ScriptedBackend backend = new ScriptedBackend(Map.of());
        int status = shell(backend, false).runScript(lines(
                "\\echo hello   world 'quoted  x'\n\\set x 5\n\\echo :x\n\\timing maybe\n\\unknowncmd\n\\q\nselect 2;\n"),
                "t5.sql");
        assertEquals(0, status);
        assertEquals(List.of(), backend.received);
        assertEquals("""
                \\echo hello   world 'quoted  x'
                hello world quoted  x
                \\set x 5
                \\echo :x
                5
                \\timing maybe
                psql:t5.sql:4: error: unrecognized value "maybe" for "\\timing": Boolean expected
                Timing is off.
                \\unknowncmd
                psql:t5.sql:5: error: invalid command \\unknowncmd
                \\q
                """, output());
    }

    @Test
    void helpListsTheMetaCommandsPgmicroHas() {
        ScriptedBackend backend = new ScriptedBackend(Map.of());
        shell(backend, true).runScript(lines("\\?\n"), "help.sql");
        assertEquals(List.of(), backend.received);
        List<String> help = List.of(output().split("\n"));
        for (String command : List.of("\\q ", "\\? ", "\\d [NAME] ", "\\dt [PATTERN] ", "\\di [PATTERN] ",
                "\\dn [PATTERN] ", "\\timing [on|off] ")) {
            assertEquals(1, help.stream().filter(line -> line.startsWith("  " + command)).count(), command + " in " + help);
        }
    }

    @Test
    void verbosityChoosesHowMuchOfAnErrorIsShown() {
        PgException missing = new PgException("42P01", "relation \"nosuch\" does not exist").withPosition(15);
        ScriptedBackend backend = new ScriptedBackend(Map.of("select * from nosuch;", missing));
        shell(backend, true).runScript(lines("\\set VERBOSITY bogus\n\\set VERBOSITY TERSE\nselect * from nosuch;\n"
                + "\\set VERBOSITY sqlstate\nselect * from nosuch;\n\\set VERBOSITY verbose\nselect * from nosuch;\n"
                + "\\unset VERBOSITY\nselect * from nosuch;\n"), "v.sql");
        // psql 15's output for the same script, but for the LOCATION line of verbose (a place in PostgreSQL's sources)
        assertEquals("""
                \\set VERBOSITY bogus
                psql:v.sql:1: error: unrecognized value "bogus" for "VERBOSITY"
                Available values are: default, verbose, terse, sqlstate.
                \\set VERBOSITY TERSE
                select * from nosuch;
                psql:v.sql:3: ERROR:  relation "nosuch" does not exist at character 15
                \\set VERBOSITY sqlstate
                select * from nosuch;
                psql:v.sql:5: ERROR:  42P01
                \\set VERBOSITY verbose
                select * from nosuch;
                psql:v.sql:7: ERROR:  42P01: relation "nosuch" does not exist
                LINE 1: select * from nosuch;
                                      ^
                \\unset VERBOSITY
                select * from nosuch;
                psql:v.sql:9: ERROR:  relation "nosuch" does not exist
                LINE 1: select * from nosuch;
                                      ^
                """, output());
    }

    @Test
    void timingIsPrintedAfterEachStatementEvenWhenItFails() {
        ScriptedBackend backend = new ScriptedBackend(Map.of("select 1/0;", new PgException("22012", "division by zero")));
        shell(backend, false).runScript(lines("\\timing on\nselect 1/0;\n"), "t.sql");
        String[] out = output().split("\n");
        assertEquals("Timing is on.", out[1]);
        assertEquals("psql:t.sql:2: ERROR:  division by zero", out[3]);
        assertEquals(true, out[4].matches("Time: \\d+\\.\\d{3} ms"), out[4]);
    }

    @Test
    void commandLineSqlIsSentWholeAndReportsFailure() {
        ScriptedBackend backend = new ScriptedBackend(Map.of("select 1; select 2", one("x", 1)));
        Shell shell = shell(backend, false).echoAll(false);
        assertEquals(true, shell.runCommand("select 1; select 2"));
        assertEquals(List.of("select 1; select 2"), backend.received);
        assertEquals(false, shell.runCommand("\\nosuch"));
        assertEquals(" x \n---\n 1\n(1 row)\n\ninvalid command \\nosuch\n", output());
    }
}
