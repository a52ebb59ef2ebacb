package io.pgmicro.jdbc;

/**
 * Turns JDBC's {@code ?} parameter markers into PostgreSQL's {@code $1, $2, ...}, as pgjdbc
 * does before it sends a statement. A {@code ?} inside a string constant, quoted identifier,
 * dollar-quoted string or comment is text, not a marker; {@code ??} is pgjdbc's escape for a
 * literal {@code ?} (the jsonb operator). This is a lexer of just enough of PostgreSQL's
 * scanner rules to find those regions; everything else is copied through untouched.
 */
final class Placeholders {
    /** The statement with markers rewritten, and how many markers it had. */
    record Rewritten(String sql, int parameterCount) {
    }

    private Placeholders() {
    }

    static Rewritten rewrite(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int count = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'') {
                end = endOfQuoted(sql, i, '\'', escapesBackslashes(sql, i));
            } else if (c == '"') {
                end = endOfQuoted(sql, i, '"', false);
            } else if (c == '-' && next(sql, i) == '-') {
                end = endOfLine(sql, i);
            } else if (c == '/' && next(sql, i) == '*') {
                end = endOfBlockComment(sql, i);
            } else if (c == '$' && !continuesIdentifier(sql, i)) {
                end = endOfDollarQuote(sql, i);
            } else if (c == '?') {
                if (next(sql, i) == '?') {
                    out.append('?');
                    i += 2;
                } else {
                    out.append('$').append(++count);
                    i++;
                }
                continue;
            } else {
                end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        return new Rewritten(out.toString(), count);
    }

    private static char next(String sql, int i) {
        return i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
    }

    /** An E'...' string honours backslash escapes; a standard-conforming '...' string does not. */
    private static boolean escapesBackslashes(String sql, int quote) {
        if (quote == 0 || (sql.charAt(quote - 1) != 'E' && sql.charAt(quote - 1) != 'e')) {
            return false;
        }
        return quote < 2 || !isIdentifierPart(sql.charAt(quote - 2));
    }

    /** The index after a quoted region started at {@code start}; a doubled quote stays inside. */
    private static int endOfQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (next(sql, i) != quote) {
                    return i + 1;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int endOfLine(String sql, int start) {
        int i = start;
        while (i < sql.length() && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Block comments nest in PostgreSQL. */
    private static int endOfBlockComment(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** A '$' inside an identifier (PostgreSQL allows them after the first character) starts nothing. */
    private static boolean continuesIdentifier(String sql, int dollar) {
        return dollar > 0 && isIdentifierPart(sql.charAt(dollar - 1));
    }

    /**
     * A dollar quote is {@code $tag$ ... $tag$} with an optional tag that does not begin with a
     * digit; anything else starting with '$' (such as {@code $1}) is a single character here.
     */
    private static int endOfDollarQuote(String sql, int start) {
        int i = start + 1;
        if (i < sql.length() && isIdentifierStart(sql.charAt(i))) {
            while (i < sql.length() && isIdentifierPart(sql.charAt(i)) && sql.charAt(i) != '$') {
                i++;
            }
        }
        if (i >= sql.length() || sql.charAt(i) != '$') {
            return start + 1;
        }
        String delimiter = sql.substring(start, i + 1);
        int close = sql.indexOf(delimiter, i + 1);
        return close < 0 ? sql.length() : close + delimiter.length();
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || Character.isDigit(c) || c == '$';
    }
}
