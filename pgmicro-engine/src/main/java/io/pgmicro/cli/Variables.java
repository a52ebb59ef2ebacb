package io.pgmicro.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** psql variables (\set, -v): plain strings, some of which steer the shell. */
final class Variables {
    static final String ON_ERROR_STOP = "ON_ERROR_STOP";
    static final String VERBOSITY = "VERBOSITY";
    static final String DEFAULT_VERBOSITY = "default";
    /** The values psql accepts for VERBOSITY, in the order its error message lists them. */
    static final List<String> VERBOSITY_VALUES = List.of(DEFAULT_VERBOSITY, "verbose", "terse", "sqlstate");

    private final Map<String, String> values = new TreeMap<>();

    String get(String name) {
        return values.get(name);
    }

    void set(String name, String value) {
        values.put(name, value);
    }

    void unset(String name) {
        values.remove(name);
    }

    Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** How much of an error psql prints: one of {@link #VERBOSITY_VALUES}, which are read without regard to case. */
    String verbosity() {
        String value = values.get(VERBOSITY);
        return value == null ? DEFAULT_VERBOSITY : value.toLowerCase(Locale.ROOT);
    }

    /**
     * Why a value cannot be given to a variable that steers psql, as psql words it; null
     * when the value is acceptable (always, for other variables).
     */
    static String refusal(String name, String value) {
        if (name.equals(VERBOSITY) && !VERBOSITY_VALUES.contains(value.toLowerCase(Locale.ROOT))) {
            return "unrecognized value \"" + value + "\" for \"" + VERBOSITY + "\"\nAvailable values are: "
                    + String.join(", ", VERBOSITY_VALUES) + ".";
        }
        return null;
    }

    /** A boolean variable as psql reads it; unset or unreadable counts as off. */
    boolean isOn(String name) {
        String value = values.get(name);
        return value != null && Boolean.TRUE.equals(parseBoolean(value));
    }

    /** psql's boolean spellings: on/off, true/false, yes/no, 1/0 and unique prefixes; null for anything else. */
    static Boolean parseBoolean(String text) {
        String v = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.isEmpty()) {
            return null;
        }
        if (v.equals("1") || v.equals("on") || "true".startsWith(v) || "yes".startsWith(v)) {
            return true;
        }
        if (v.equals("0") || (v.length() >= 2 && "off".startsWith(v)) || "false".startsWith(v) || "no".startsWith(v)) {
            return false;
        }
        return null;
    }

    static boolean isValidName(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }
}
