package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * LIKE, ILIKE, SIMILAR TO, the POSIX regex operators and the regexp_* functions.
 * SQLite's own LIKE ignores ASCII case and has no default escape, so PostgreSQL's
 * case-sensitive LIKE with backslash escape is implemented here.
 */
final class PatternMatching {
    private PatternMatching() {
    }

    static void register(Registrar r) {
        r.strict("pg_like", 2, a -> like(Args.text(a[0]), Args.text(a[1]), "\\", false));
        r.strict("pg_like", 3, a -> like(Args.text(a[0]), Args.text(a[1]), Args.text(a[2]), false));
        r.strict("pg_ilike", 2, a -> like(Args.text(a[0]), Args.text(a[1]), "\\", true));
        r.strict("pg_ilike", 3, a -> like(Args.text(a[0]), Args.text(a[1]), Args.text(a[2]), true));
        r.strict("pg_similar", 2, a -> similar(Args.text(a[0]), Args.text(a[1]), "\\"));
        r.strict("pg_similar", 3, a -> similar(Args.text(a[0]), Args.text(a[1]), Args.text(a[2])));
        r.strict("pg_like_escape", 2, a -> likeEscape(Args.text(a[0]), Args.text(a[1])));
        r.strict("pg_similar_to_escape", 1, a -> "^" + similarToRegex(Args.text(a[0]), "\\") + "$");
        r.strict("pg_similar_to_escape", 2, a -> "^" + similarToRegex(Args.text(a[0]), Args.text(a[1])) + "$");
        r.strict("pg_regex_match", 2, a -> find(Args.text(a[0]), Args.text(a[1]), false));
        r.strict("pg_regex_imatch", 2, a -> find(Args.text(a[0]), Args.text(a[1]), true));
        r.strict("pg_regexp_replace", 3, a -> replace(Args.text(a[0]), Args.text(a[1]), Args.text(a[2]), ""));
        r.strict("pg_regexp_replace", 4,
                a -> replace(Args.text(a[0]), Args.text(a[1]), Args.text(a[2]), Args.text(a[3])));
        r.strict("pg_regexp_match", 2, a -> match(Args.text(a[0]), Args.text(a[1]), ""));
        r.strict("pg_regexp_match", 3, a -> match(Args.text(a[0]), Args.text(a[1]), Args.text(a[2])));
        r.strict("pg_regexp_matches_json", 2, a -> matchesJson(Args.text(a[0]), Args.text(a[1]), ""));
        r.strict("pg_regexp_matches_json", 3, a -> matchesJson(Args.text(a[0]), Args.text(a[1]), Args.text(a[2])));
        r.strict("pg_regexp_split_to_array", 2, a -> splitToArray(Args.text(a[0]), Args.text(a[1]), ""));
        r.strict("pg_regexp_split_to_array", 3,
                a -> splitToArray(Args.text(a[0]), Args.text(a[1]), Args.text(a[2])));
        r.strict("pg_regexp_count", 2, a -> count(Args.text(a[0]), Args.text(a[1])));
        r.strict("pg_substring_regex", 2, a -> substring(Args.text(a[0]), Args.text(a[1])));
        r.strict("pg_regexp_like", 2, a -> find(Args.text(a[0]), Args.text(a[1]), false));
    }

    /** LIKE by direct matching on code points: % any run, _ one character, escape makes the next literal. */
    static boolean like(String s, String pattern, String escape, boolean ignoreCase) {
        int esc = escapeChar(escape);
        int[] text = (ignoreCase ? StringFunctions.mapCodePoints(s, Character::toLowerCase) : s).codePoints().toArray();
        int[] pat = (ignoreCase ? StringFunctions.mapCodePoints(pattern, Character::toLowerCase) : pattern)
                .codePoints().toArray();
        return likeFrom(text, 0, pat, 0, esc);
    }

    /**
     * like_escape(pattern, escape): rewrites a pattern written with its own ESCAPE character
     * into one using backslash, which is how PostgreSQL's parser hands LIKE ... ESCAPE to ~~.
     */
    static String likeEscape(String pattern, String escape) {
        int esc = escapeChar(escape);
        StringBuilder out = new StringBuilder();
        int[] cps = pattern.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (esc >= 0 && c == esc) {
                if (i + 1 >= cps.length) {
                    throw new PgException(SqlState.INVALID_ESCAPE_SEQUENCE,
                            "LIKE pattern must not end with escape character");
                }
                out.append('\\').appendCodePoint(cps[++i]);
            } else if (c == '\\') {
                out.append("\\\\");
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static int escapeChar(String escape) {
        if (escape.isEmpty()) {
            return -1;
        }
        if (escape.codePointCount(0, escape.length()) != 1) {
            throw new PgException(SqlState.INVALID_ESCAPE_SEQUENCE, "invalid escape string")
                    .withHint("Escape string must be empty or one character.");
        }
        return escape.codePointAt(0);
    }

    private static boolean likeFrom(int[] t, int ti, int[] p, int pi, int esc) {
        while (pi < p.length) {
            int c = p[pi];
            if (c == '%') {
                while (pi < p.length && p[pi] == '%') {
                    pi++;
                }
                if (pi == p.length) {
                    return true;
                }
                for (int k = ti; k <= t.length; k++) {
                    if (likeFrom(t, k, p, pi, esc)) {
                        return true;
                    }
                }
                return false;
            }
            if (ti >= t.length) {
                return false;
            }
            if (c == esc) {
                pi++;
                if (pi >= p.length) {
                    // PostgreSQL complains only when matching reaches the dangling escape.
                    throw new PgException(SqlState.INVALID_ESCAPE_SEQUENCE,
                            "LIKE pattern must not end with escape character");
                }
                if (p[pi] != t[ti]) {
                    return false;
                }
            } else if (c != '_' && c != t[ti]) {
                return false;
            }
            pi++;
            ti++;
        }
        return ti == t.length;
    }

    static boolean similar(String s, String pattern, String escape) {
        return PosixRegex.compile(similarToRegex(pattern, escape), false).matcher(s).matches();
    }

    /** SIMILAR TO's pattern as a regex: % and _ become .* and ., a dot is literal, the rest is regex syntax. */
    static String similarToRegex(String pattern, String escape) {
        int esc = escapeChar(escape);
        StringBuilder out = new StringBuilder("(?:");
        boolean inBracket = false;
        int[] cps = pattern.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == esc) {
                if (i + 1 >= cps.length) {
                    throw new PgException(SqlState.INVALID_ESCAPE_SEQUENCE,
                            "invalid escape string")
                            .withHint("Escape string must be empty or one character.");
                }
                int next = cps[++i];
                if (!Character.isLetterOrDigit(next)) {
                    out.append('\\');
                }
                out.appendCodePoint(next);
            } else if (inBracket) {
                if (c == ']') {
                    inBracket = false;
                }
                out.appendCodePoint(c);
            } else if (c == '[') {
                inBracket = true;
                out.append('[');
            } else if (c == '%') {
                out.append(".*");
            } else if (c == '_') {
                out.append('.');
            } else if (c == '.' || c == '$' || c == '^') {
                out.append('\\').appendCodePoint(c);
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.append(')').toString();
    }

    /** substring(s FROM regex): the first parenthesized subexpression's match, or the whole match if there is none. */
    static String substring(String s, String regex) {
        Matcher m = PosixRegex.compile(regex, false).matcher(s);
        if (!m.find()) {
            return null;
        }
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }

    static boolean find(String s, String regex, boolean ignoreCase) {
        return PosixRegex.compile(regex, ignoreCase).matcher(s).find();
    }

    static String replace(String s, String regex, String replacement, String flagText) {
        PosixRegex.Flags flags = PosixRegex.flags(flagText, true);
        Matcher m = PosixRegex.compile(regex, flags.caseInsensitive()).matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            appendReplacement(out, m, replacement);
            last = m.end();
            if (!flags.global()) {
                break;
            }
        }
        return out.append(s.substring(last)).toString();
    }

    /** Expands \1..\9 and \& (the whole match); \\ is a backslash; anything else is literal. */
    private static void appendReplacement(StringBuilder out, Matcher m, String replacement) {
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\' && i + 1 < replacement.length()) {
                char n = replacement.charAt(i + 1);
                if (n >= '1' && n <= '9') {
                    int group = n - '0';
                    if (group <= m.groupCount() && m.group(group) != null) {
                        out.append(m.group(group));
                    }
                    i++;
                    continue;
                }
                if (n == '&') {
                    out.append(m.group());
                    i++;
                    continue;
                }
                if (n == '\\') {
                    out.append('\\');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
    }

    static String match(String s, String regex, String flagText) {
        PosixRegex.Flags flags = PosixRegex.flags(flagText, false);
        Matcher m = PosixRegex.compile(regex, flags.caseInsensitive()).matcher(s);
        return m.find() ? groups(m).toString() : null;
    }

    private static io.pgmicro.types.ArrayValue groups(Matcher m) {
        List<String> out = new ArrayList<>();
        if (m.groupCount() == 0) {
            out.add(m.group());
        } else {
            for (int g = 1; g <= m.groupCount(); g++) {
                out.add(m.group(g));
            }
        }
        return PgArray.of(out);
    }

    /**
     * regexp_matches as a JSON array of text[] values, one per match, for the emitter to
     * expand with SQLite's json_each: {@code json_each(pg_regexp_matches_json(s, re, flags))}, value column.
     */
    static String matchesJson(String s, String regex, String flagText) {
        PosixRegex.Flags flags = PosixRegex.flags(flagText, true);
        Matcher m = PosixRegex.compile(regex, flags.caseInsensitive()).matcher(s);
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(groups(m).toString());
            if (!flags.global()) {
                break;
            }
        }
        return Json.stringArray(rows);
    }

    static String splitToArray(String s, String regex, String flagText) {
        PosixRegex.Flags flags = PosixRegex.flags(flagText, false);
        Matcher m = PosixRegex.compile(regex, flags.caseInsensitive()).matcher(s);
        List<String> parts = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                if (m.start() >= s.length()) {
                    break;
                }
                if (m.start() == last) {
                    continue;
                }
            }
            parts.add(s.substring(last, m.start()));
            last = m.end();
        }
        parts.add(s.substring(last));
        return PgArray.of(parts).toString();
    }

    static long count(String s, String regex) {
        Matcher m = PosixRegex.compile(regex, false).matcher(s);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
