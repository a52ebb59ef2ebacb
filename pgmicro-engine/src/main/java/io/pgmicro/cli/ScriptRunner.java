package io.pgmicro.cli;

import io.pgmicro.session.Session;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Runs a script through a session exactly as {@code pgmicro -a -q -X -f NAME} does,
 * and returns what it prints, standard output and standard error merged in order
 * (as {@code 2>&1} captures psql's), for comparison with psql's output.
 */
public final class ScriptRunner {
    private ScriptRunner() {
    }

    /**
     * @param fileName the name errors are located by, as psql shows the name given to -f
     */
    public static String runEchoAllQuiet(Session session, String script, String fileName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream merged = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Shell shell = new Shell(new SessionBackend(session), new Variables(), new ShellOutput(merged, merged))
                .echoAll(true)
                .quiet(true);
        shell.runScript(new ReaderLineSource(new StringReader(script)), fileName);
        merged.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
