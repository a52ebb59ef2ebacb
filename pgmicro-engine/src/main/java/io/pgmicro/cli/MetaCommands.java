package io.pgmicro.cli;

import java.util.List;
import java.util.Map;

/** The backslash commands pgmicro supports, worded and behaving as psql's do. */
final class MetaCommands {
    private final Shell shell;
    private final Describe describe;
    private final CatalogListings listings;

    MetaCommands(Shell shell) {
        this.shell = shell;
        this.describe = new Describe(shell);
        this.listings = new CatalogListings(shell);
    }

    /** Runs one meta-command; returns false when it failed (which ON_ERROR_STOP acts on). */
    boolean run(QueryScanner.MetaCommand command) {
        List<String> args = MetaArguments.split(command.arguments(), shell.variables()::get);
        String name = command.name();
        return switch (name) {
            case "q", "quit" -> {
                shell.quit();
                yield true;
            }
            case "?" -> {
                shell.output().out(HELP);
                yield true;
            }
            case "echo" -> echo(args);
            case "timing" -> timing(args);
            case "set" -> set(args);
            case "unset" -> unset(args);
            case "g" -> send(args);
            case "r", "reset" -> {
                shell.scanner().resetBuffer();
                if (!shell.isQuiet()) {
                    shell.output().out("Query buffer reset (cleared).\n");
                }
                yield true;
            }
            case "d", "dt", "di", "dv", "ds", "dn" -> describe.run(name, args);
            case "l", "list", "du", "dg", "dT", "df" -> listings.run(name, args);
            default -> {
                shell.reportError("invalid command \\" + name);
                yield false;
            }
        };
    }

    private boolean echo(List<String> args) {
        boolean newline = true;
        List<String> words = args;
        if (!words.isEmpty() && words.get(0).equals("-n")) {
            newline = false;
            words = words.subList(1, words.size());
        }
        shell.output().out(String.join(" ", words) + (newline ? "\n" : ""));
        return true;
    }

    private boolean timing(List<String> args) {
        boolean ok = true;
        if (args.isEmpty()) {
            shell.timing(!shell.timing());
        } else {
            Boolean value = Variables.parseBoolean(args.get(0));
            if (value == null) {
                shell.reportError("unrecognized value \"" + args.get(0) + "\" for \"\\timing\": Boolean expected");
                ok = false;
            } else {
                shell.timing(value);
            }
        }
        if (!shell.isQuiet()) {
            shell.output().out(shell.timing() ? "Timing is on.\n" : "Timing is off.\n");
        }
        return ok;
    }

    private boolean set(List<String> args) {
        Variables variables = shell.variables();
        if (args.isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (Map.Entry<String, String> e : variables.all().entrySet()) {
                list.append(e.getKey()).append(" = '").append(e.getValue()).append("'\n");
            }
            shell.output().out(list.toString());
            return true;
        }
        String name = args.get(0);
        if (!Variables.isValidName(name)) {
            shell.reportError("invalid variable name: \"" + name + "\"");
            return false;
        }
        String value = String.join("", args.subList(1, args.size()));
        String refusal = Variables.refusal(name, value);
        if (refusal != null) {
            shell.reportError(refusal);
            return false;
        }
        variables.set(name, value);
        return true;
    }

    private boolean unset(List<String> args) {
        if (args.isEmpty()) {
            shell.reportError("\\unset: missing required argument");
            return false;
        }
        shell.variables().unset(args.get(0));
        return true;
    }

    /** \g: sends the query buffer, or the previous query when the buffer is empty. */
    private boolean send(List<String> args) {
        if (!args.isEmpty()) {
            shell.reportError("\\g with arguments is not supported by pgmicro");
            return false;
        }
        QueryScanner scanner = shell.scanner();
        String query = scanner.bufferIsEmpty() ? shell.lastQuery() : scanner.takeBuffer();
        return query == null || shell.execute(query);
    }

    private static final String HELP = """
            General
              \\q                     quit pgmicro
              \\?                     show this help

            Query Buffer
              \\g                     send the query buffer (or the previous query)
              \\r                     reset (clear) the query buffer

            Input/Output
              \\echo [-n] [STRING]    write string to standard output (-n for no newline)

            Informational
              \\d [NAME]              list tables, views and sequences, or describe a table or view
              \\dt [PATTERN]          list tables
              \\di [PATTERN]          list indexes
              \\dn [PATTERN]          list schemas
              \\dv [PATTERN]          list views
              \\ds [PATTERN]          list sequences
              \\df                    list functions
              \\dT                    list data types
              \\du                    list roles
              \\l                     list databases

            Variables
              \\set [NAME [VALUE]]    set a variable, or list all variables
              \\unset NAME            unset (delete) a variable
              \\timing [on|off]       toggle timing of commands

            """;
}
