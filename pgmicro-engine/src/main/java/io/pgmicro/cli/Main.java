package io.pgmicro.cli;

import io.pgmicro.PgException;
import io.pgmicro.wire.DatabaseProvider;
import io.pgmicro.wire.PgServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code pgmicro [OPTION]... [DB]}: a psql-compatible command line over a pgmicro
 * database. DB is ":memory:" (the default) or a database file. Output, errors and
 * exit statuses are psql's, so a script's output can be compared with what psql
 * prints against PostgreSQL. Errors in scripts run with -f are located as psql
 * locates them, {@code psql:FILE:LINE:}, so that the two outputs are identical.
 */
public final class Main {
    private static final String PROGRAM = "pgmicro";

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err, System.console() != null,
                options -> SessionBackend.open(options.database(), options.dialect()));
        System.exit(status);
    }

    /**
     * Runs the command line and returns the exit status: 0, 1 for a fatal error or a
     * failed -c command, 2 when the database cannot be opened, 3 when ON_ERROR_STOP
     * ended a script.
     *
     * @param terminal whether standard input and output are a terminal (then pgmicro
     *                 reads commands with a line editor)
     */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, boolean terminal,
                   Function<CliOptions, SqlBackend> opener) {
        CliOptions options;
        String serverAddress;
        try {
            serverAddress = serverAddress(args);
            options = CliOptions.parse(withoutServerOption(args));
        } catch (CliOptions.UsageException e) {
            err.println(PROGRAM + ": error: " + e.getMessage());
            err.println("Try \"" + PROGRAM + " --help\" for more information.");
            return 1;
        }
        if (options.help()) {
            out.print(Usage.TEXT);
            return 0;
        }
        if (options.version()) {
            out.println(PROGRAM + " " + version() + " (PostgreSQL 15 dialect)");
            return 0;
        }
        if (serverAddress != null) {
            return serve(options.database(), serverAddress, err);
        }
        SqlBackend backend;
        try {
            backend = opener.apply(options);
        } catch (PgException e) {
            err.println(PROGRAM + ": error: " + e.getMessage());
            return 2;
        }
        Variables variables = new Variables();
        for (Map.Entry<String, String> v : options.variables().entrySet()) {
            variables.set(v.getKey(), v.getValue());
        }
        Shell shell = new Shell(backend, variables, new ShellOutput(out, err))
                .echoAll(options.echoAll())
                .quiet(options.quiet());
        if (!options.actions().isEmpty()) {
            return runActions(shell, options, stdin, err);
        }
        if (terminal) {
            return runInteractive(shell, out);
        }
        return shell.runScript(new ReaderLineSource(new InputStreamReader(stdin, StandardCharsets.UTF_8)), null);
    }

    /** The HOST:PORT of {@code --server HOST:PORT} or {@code --server=HOST:PORT}, or null without that option. */
    private static String serverAddress(String[] args) throws CliOptions.UsageException {
        String address = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--server")) {
                if (i + 1 == args.length) {
                    throw new CliOptions.UsageException("option '--server' requires an argument");
                }
                address = args[++i];
            } else if (args[i].startsWith("--server=")) {
                address = args[i].substring("--server=".length());
            }
        }
        return address;
    }

    private static String[] withoutServerOption(String[] args) {
        java.util.List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--server")) {
                i++;
            } else if (!args[i].startsWith("--server=")) {
                rest.add(args[i]);
            }
        }
        return rest.toArray(String[]::new);
    }

    /**
     * Serves the database over the PostgreSQL wire protocol until interrupted (Ctrl-C, or an
     * interrupt of the calling thread). An empty host means 127.0.0.1; port 0 picks a free port.
     */
    private static int serve(String database, String address, PrintStream err) {
        int colon = address.lastIndexOf(':');
        String host = colon < 0 ? "" : address.substring(0, colon).replace("[", "").replace("]", "");
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (colon < 0 || port < 0 || port > 65535) {
            err.println(PROGRAM + ": error: invalid --server address \"" + address + "\": expected HOST:PORT");
            return 1;
        }
        PgServer server;
        try {
            server = PgServer.start(DatabaseProvider.open(database), host.isEmpty() ? "127.0.0.1" : host, port);
        } catch (PgException | java.io.UncheckedIOException e) {
            err.println(PROGRAM + ": error: " + e.getMessage());
            return 2;
        }
        Thread stopOnExit = new Thread(server::stop, "pgmicro-server-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        err.println(PROGRAM + ": listening on " + server.host() + ":" + server.port());
        try {
            server.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl-C): the hook has run
            }
        }
        return 0;
    }

    /** The -c commands and -f files in order; the status is the last one's, and ON_ERROR_STOP ends the run early. */
    private static int runActions(Shell shell, CliOptions options, InputStream stdin, PrintStream err) {
        int status = 0;
        for (CliOptions.Action action : options.actions()) {
            if (action.isFile()) {
                try (Reader reader = open(action.text(), stdin)) {
                    String name = action.text().equals("-") ? "<stdin>" : action.text();
                    status = shell.runScript(new ReaderLineSource(reader), name);
                } catch (NoSuchFileException e) {
                    err.println(PROGRAM + ": error: " + action.text() + ": No such file or directory");
                    return 1;
                } catch (IOException e) {
                    err.println(PROGRAM + ": error: " + action.text() + ": " + e.getMessage());
                    return 1;
                }
            } else {
                status = shell.runCommand(action.text()) ? 0 : 1;
            }
            if (shell.quitRequested() || (status != 0 && shell.variables().isOn(Variables.ON_ERROR_STOP))) {
                break;
            }
        }
        return status;
    }

    private static Reader open(String file, InputStream stdin) throws IOException {
        if (file.equals("-")) {
            // not closed with the script: it is the process's standard input
            return new InputStreamReader(new NonClosingInputStream(stdin), StandardCharsets.UTF_8);
        }
        return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    }

    private static int runInteractive(Shell shell, PrintStream out) {
        out.println(PROGRAM + " " + version() + " (PostgreSQL 15 dialect)");
        out.println("Type \"\\?\" for help.");
        out.println();
        try (InteractiveInput input = new InteractiveInput(() -> shell.scanner().resetBuffer())) {
            return shell.runInteractive(input);
        }
    }

    private static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    /** Standard input handed to a script reader, which must not close it. */
    private static final class NonClosingInputStream extends java.io.FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
