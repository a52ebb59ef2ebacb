package io.pgmicro.cli;

import io.pgmicro.PgException;
import io.pgmicro.session.Notice;
import io.pgmicro.session.Result;
import io.pgmicro.session.ResultSink;

/**
 * psql's main loop: reads lines, echoes them with -a, cuts them into statements
 * and meta-commands, runs statements one at a time and prints what psql would
 * print, byte for byte.
 */
final class Shell {
    /** psql's exit status when ON_ERROR_STOP ended a script. */
    static final int EXIT_USER = 3;

    private final SqlBackend backend;
    private final Variables variables;
    private final ShellOutput output;
    private final QueryScanner scanner;
    private final MetaCommands metaCommands;
    private boolean quiet;
    private boolean echoAll;
    private boolean timing;
    private boolean quit;
    private String lastQuery;

    /** Where errors are reported as coming from: "psql:FILE:LINE: " in scripts run with -f, nothing otherwise. */
    private String sourceName;
    private long lineNumber;

    Shell(SqlBackend backend, Variables variables, ShellOutput output) {
        this.backend = backend;
        this.variables = variables;
        this.output = output;
        this.scanner = new QueryScanner(variables::get);
        this.metaCommands = new MetaCommands(this);
    }

    Shell quiet(boolean on) {
        this.quiet = on;
        return this;
    }

    Shell echoAll(boolean on) {
        this.echoAll = on;
        return this;
    }

    /**
     * Runs a script to its end (or to \q, or to the first error when ON_ERROR_STOP is set).
     *
     * @param name the file name as given to -f ("&lt;stdin&gt;" for -f -), shown before
     *             each error with its line number; null for piped input, which psql
     *             reports without a location
     * @return the exit status: 0, or {@link #EXIT_USER} when ON_ERROR_STOP stopped it
     */
    int runScript(LineSource lines, String name) {
        return loop(lines, name, false);
    }

    /** Reads commands from the line editor until \q or end of input. */
    int runInteractive(LineSource lines) {
        return loop(lines, null, true);
    }

    private int loop(LineSource lines, String name, boolean interactive) {
        String savedName = sourceName;
        long savedLine = lineNumber;
        sourceName = name;
        lineNumber = 0;
        try {
            String line;
            while (!quit && (line = lines.readLine(prompt())) != null) {
                lineNumber++;
                // psql skips empty lines unless they are inside a quoted string or comment
                if (line.isEmpty() && !scanner.inQuote()) {
                    continue;
                }
                if (echoAll && !interactive) {
                    output.out(line + "\n");
                }
                scanner.startLine(line);
                QueryScanner.Token token;
                while (!quit && (token = scanner.next()) != null) {
                    boolean ok = token instanceof QueryScanner.Statement statement
                            ? execute(statement.text())
                            : metaCommands.run((QueryScanner.MetaCommand) token);
                    if (!ok && stopOnError()) {
                        return EXIT_USER;
                    }
                }
            }
            // a script may end with a statement that has no semicolon; psql sends it
            if (!quit && !interactive && !scanner.bufferIsEmpty()) {
                if (!execute(scanner.takeBuffer()) && stopOnError()) {
                    return EXIT_USER;
                }
            }
            return 0;
        } finally {
            output.flush();
            sourceName = savedName;
            lineNumber = savedLine;
        }
    }

    /**
     * Runs one -c command: SQL text sent as a whole (it may hold several statements),
     * or a line of meta-commands when it starts with a backslash.
     *
     * @return whether it succeeded
     */
    boolean runCommand(String command) {
        if (echoAll) {
            output.out(command + "\n");
        }
        if (command.stripLeading().startsWith("\\")) {
            scanner.startLine(command);
            QueryScanner.Token token;
            boolean ok = true;
            while (!quit && (token = scanner.next()) != null) {
                ok = token instanceof QueryScanner.Statement statement
                        ? execute(statement.text())
                        : metaCommands.run((QueryScanner.MetaCommand) token);
            }
            output.flush();
            return ok;
        }
        boolean ok = execute(command);
        output.flush();
        return ok;
    }

    /** Sends SQL text to the session and prints its results, notices or error. */
    boolean execute(String sql) {
        lastQuery = sql;
        long start = System.nanoTime();
        boolean ok;
        try {
            backend.execute(sql, new ResultSink() {
                @Override
                public void result(Result result) {
                    output.out(ResultPrinter.print(result, quiet));
                }

                @Override
                public void notice(Notice notice) {
                    output.err(location() + ServerMessage.of(notice).format(sql, variables.verbosity()));
                }
            });
            ok = true;
        } catch (PgException e) {
            output.err(location() + ServerMessage.of(e).format(sql, variables.verbosity()));
            ok = false;
        }
        if (timing) {
            output.out(Timing.format((System.nanoTime() - start) / 1_000_000.0));
        }
        return ok;
    }

    /** Reports a failure of psql itself (not of the server), as pg_log_error does. */
    void reportError(String message) {
        output.err(sourceName == null ? message + "\n"
                : location() + "error: " + message + "\n");
    }

    private String location() {
        return sourceName == null ? "" : "psql:" + sourceName + ":" + lineNumber + ": ";
    }

    private boolean stopOnError() {
        return variables.isOn(Variables.ON_ERROR_STOP);
    }

    /** psql's default prompts, "%/%R%x> ": database name, input state, transaction state. */
    String prompt() {
        String transaction = switch (backend.transactionStatus()) {
            case 'T' -> "*";
            case 'E' -> "!";
            default -> "";
        };
        return backend.databaseName() + scanner.promptStatus() + transaction + "> ";
    }

    // --- state the meta-commands read and change ---

    SqlBackend backend() {
        return backend;
    }

    Variables variables() {
        return variables;
    }

    ShellOutput output() {
        return output;
    }

    QueryScanner scanner() {
        return scanner;
    }

    boolean isQuiet() {
        return quiet;
    }

    boolean timing() {
        return timing;
    }

    void timing(boolean on) {
        this.timing = on;
    }

    void quit() {
        this.quit = true;
    }

    boolean quitRequested() {
        return quit;
    }

    String lastQuery() {
        return lastQuery;
    }
}
