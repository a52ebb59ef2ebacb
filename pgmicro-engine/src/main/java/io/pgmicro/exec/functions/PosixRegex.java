package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * PostgreSQL's POSIX (ARE) regular expressions on java.util.regex. The syntax the two
 * share is passed through; what differs in the common subset is rewritten: bracket
 * classes [[:alpha:]], the word-boundary escapes \m \M \y, and flag letters. Compiled
 * patterns are cached because a query applies one pattern to every row.
 */
final class PosixRegex {
    private static final int CACHE_SIZE = 256;
    private static final Map<String, Pattern> CACHE = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private PosixRegex() {
    }

    static Pattern compile(String regex, boolean caseInsensitive) {
        String key = (caseInsensitive ? "i:" : "c:") + regex;
        synchronized (CACHE) {
            Pattern cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Pattern compiled;
        try {
            int flags = caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
            compiled = Pattern.compile(translate(regex), flags);
        } catch (PatternSyntaxException e) {
            throw new PgException(SqlState.INVALID_REGULAR_EXPRESSION,
                    "invalid regular expression: " + postgresWording(e.getDescription()));
        }
        synchronized (CACHE) {
            CACHE.put(key, compiled);
        }
        return compiled;
    }

    /** Henry Spencer's regex library words its common errors differently from java.util.regex. */
    private static String postgresWording(String javaDescription) {
        if (javaDescription.startsWith("Unclosed group") || javaDescription.startsWith("Unmatched closing")) {
            return "parentheses () not balanced";
        }
        if (javaDescription.startsWith("Unclosed character class")) {
            return "brackets [] not balanced";
        }
        if (javaDescription.startsWith("Dangling meta character")) {
            return "quantifier operand invalid";
        }
        if (javaDescription.startsWith("Unclosed counted closure") || javaDescription.startsWith("Illegal repetition")) {
            return "braces {} not balanced";
        }
        return javaDescription;
    }

    /**
     * Reads PostgreSQL's regexp flags: i (case-insensitive), c (case-sensitive), g
     * (global, reported to the caller). Other letters are errors, as in PostgreSQL.
     */
    static Flags flags(String flagText, boolean globalAllowed) {
        boolean insensitive = false;
        boolean global = false;
        for (char f : flagText.toCharArray()) {
            switch (f) {
                case 'i' -> insensitive = true;
                case 'c' -> insensitive = false;
                case 'g' -> {
                    if (!globalAllowed) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                                "regexp_match() does not support the \"global\" option")
                                .withHint("Use the regexp_matches function instead.");
                    }
                    global = true;
                }
                case 'n', 'p', 'w', 's', 't', 'x', 'q', 'e', 'b' -> {
                    // Flags of rarely used regex flavours; accepted and treated as the default ARE.
                }
                default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "invalid regular expression option: \"" + f + "\"");
            }
        }
        return new Flags(insensitive, global);
    }

    record Flags(boolean caseInsensitive, boolean global) {
    }

    static String translate(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 8);
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char e = regex.charAt(i + 1);
                switch (e) {
                    case 'm' -> out.append("\\b(?=\\w)");
                    case 'M' -> out.append("\\b(?<=\\w)");
                    case 'y' -> out.append("\\b");
                    case 'Y' -> out.append("\\B");
                    default -> out.append(c).append(e);
                }
                i += 2;
            } else if (c == '[') {
                i = bracket(regex, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Copies one bracket expression, rewriting [:class:] items and escaping what Java treats specially. */
    private static int bracket(String regex, int start, StringBuilder out) {
        int i = start + 1;
        out.append('[');
        if (i < regex.length() && regex.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            out.append("\\]");
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            char c = regex.charAt(i);
            if (c == '[' && i + 1 < regex.length() && regex.charAt(i + 1) == ':') {
                int end = regex.indexOf(":]", i + 2);
                if (end > 0) {
                    out.append(posixClass(regex.substring(i + 2, end)));
                    i = end + 2;
                    continue;
                }
            }
            if (c == '[' || c == '&' && i + 1 < regex.length() && regex.charAt(i + 1) == '&') {
                out.append('\\');
            }
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(i + 1));
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        out.append(']');
        return i + 1;
    }

    private static String posixClass(String name) {
        return switch (name) {
            case "alpha" -> "\\p{IsAlphabetic}";
            case "digit" -> "0-9";
            case "alnum" -> "\\p{IsAlphabetic}0-9";
            case "upper" -> "\\p{IsUppercase}";
            case "lower" -> "\\p{IsLowercase}";
            case "space" -> "\\s";
            case "punct" -> "\\p{Punct}";
            case "xdigit" -> "0-9A-Fa-f";
            case "word" -> "\\w";
            case "blank" -> " \\t";
            case "cntrl" -> "\\p{Cntrl}";
            case "print" -> "\\p{Print}";
            case "graph" -> "\\p{Graph}";
            default -> throw new PgException(SqlState.INVALID_REGULAR_EXPRESSION,
                    "invalid regular expression: invalid character class");
        };
    }
}
