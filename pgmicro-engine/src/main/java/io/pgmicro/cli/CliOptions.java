package io.pgmicro.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line, parsed as psql parses the options pgmicro shares with it.
 *
 * @param database  ":memory:" or the path of a database file
 * @param actions   the -c commands and -f files, in the order given
 * @param variables -v NAME=VALUE settings
 * @param dialect   --dialect, or null
 */
record CliOptions(String database, List<Action> actions, boolean echoAll, boolean quiet,
                  Map<String, String> variables, String dialect, boolean help, boolean version) {

    /** One -c command or -f file. */
    record Action(boolean isFile, String text) {
    }

    /** A command line psql would reject; the message is printed after "pgmicro: error: ". */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    static CliOptions parse(String[] args) throws UsageException {
        String database = null;
        List<Action> actions = new ArrayList<>();
        boolean echoAll = false;
        boolean quiet = false;
        boolean help = false;
        boolean version = false;
        String dialect = null;
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                switch (name) {
                    case "--help" -> help = true;
                    case "--version" -> version = true;
                    case "--echo-all" -> echoAll = true;
                    case "--quiet" -> quiet = true;
                    case "--no-psqlrc" -> { }
                    case "--command", "--file", "--set", "--variable", "--dialect" -> {
                        String value;
                        if (eq >= 0) {
                            value = arg.substring(eq + 1);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw new UsageException("option '" + name + "' requires an argument");
                        }
                        switch (name) {
                            case "--command" -> actions.add(new Action(false, value));
                            case "--file" -> actions.add(new Action(true, value));
                            case "--dialect" -> dialect = dialect(value);
                            default -> setVariable(variables, value);
                        }
                    }
                    default -> throw new UsageException("unrecognized option '" + arg + "'");
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                // short options may be grouped (-aqX); one taking a value ends the group
                for (int j = 1; j < arg.length(); j++) {
                    char option = arg.charAt(j);
                    switch (option) {
                        case 'a' -> echoAll = true;
                        case 'q' -> quiet = true;
                        case 'X' -> { }
                        case '?' -> help = true;
                        case 'V' -> version = true;
                        case 'c', 'f', 'v' -> {
                            String value;
                            if (j + 1 < arg.length()) {
                                value = arg.substring(j + 1);
                            } else if (i + 1 < args.length) {
                                value = args[++i];
                            } else {
                                throw new UsageException("option requires an argument -- '" + option + "'");
                            }
                            switch (option) {
                                case 'c' -> actions.add(new Action(false, value));
                                case 'f' -> actions.add(new Action(true, value));
                                default -> setVariable(variables, value);
                            }
                            j = arg.length();
                        }
                        default -> throw new UsageException("invalid option -- '" + option + "'");
                    }
                }
            } else if (database == null) {
                database = arg;
            } else {
                throw new UsageException("extra command-line argument \"" + arg + "\" ignored");
            }
        }
        return new CliOptions(database == null ? ":memory:" : database, List.copyOf(actions), echoAll, quiet,
                variables, dialect, help, version);
    }

    private static void setVariable(Map<String, String> variables, String assignment) throws UsageException {
        int eq = assignment.indexOf('=');
        String name = eq < 0 ? assignment : assignment.substring(0, eq);
        if (!Variables.isValidName(name)) {
            throw new UsageException("could not set variable \"" + name + "\"");
        }
        variables.put(name, eq < 0 ? "" : assignment.substring(eq + 1));
    }

    private static String dialect(String value) throws UsageException {
        if (!value.equals("sqlite") && !value.equals("postgresql")) {
            throw new UsageException("invalid value \"" + value + "\" for --dialect: expected sqlite or postgresql");
        }
        return value;
    }
}
