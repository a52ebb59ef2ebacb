package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * The "options" startup parameter (libpq's PGOPTIONS): command-line switches such as
 * {@code -c search_path=app --statement_timeout=5s}, separated by spaces, a backslash
 * escaping the next character.
 */
final class CommandLineOptions {
    private CommandLineOptions() {
    }

    /** The name=value settings the options carry, in order, as {name, value} pairs. */
    static List<String[]> settings(String options) {
        List<String> words = words(options);
        List<String[]> settings = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String setting;
            if (word.equals("-c") && i + 1 < words.size()) {
                setting = words.get(++i);
            } else if (word.startsWith("-c")) {
                setting = word.substring(2);
            } else if (word.startsWith("--")) {
                setting = word.substring(2);
            } else {
                throw new PgException("FATAL", SqlState.PROTOCOL_VIOLATION, "invalid command-line argument for server process: " + word)
                        .withHint("Try \"postgres --help\" for more information.");
            }
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new PgException("FATAL", SqlState.SYNTAX_ERROR, "-c " + setting + " requires a value");
            }
            // PostgreSQL reads dashes in option names as underscores
            settings.add(new String[] {setting.substring(0, eq).replace('-', '_'), setting.substring(eq + 1)});
        }
        return settings;
    }

    private static List<String> words(String options) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < options.length(); i++) {
            char c = options.charAt(i);
            if (c == '\\' && i + 1 < options.length()) {
                word.append(options.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
