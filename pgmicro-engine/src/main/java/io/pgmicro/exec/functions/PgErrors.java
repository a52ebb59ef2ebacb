package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import java.sql.SQLException;

/**
 * Carries a {@link PgException} through SQLite. A user-defined function can only fail
 * with a message string (sqlite-jdbc wraps it into an SQLException), so the error is
 * written as {@code pgmicro-error:SSSSS:<fields>} where each field (message, detail, hint)
 * is {@code <length>:<text>} or {@code -} when absent. Lengths make the encoding immune
 * to colons, parentheses and newlines inside the texts, and to whatever sqlite-jdbc
 * puts around the message.
 */
public final class PgErrors {
    private static final String MARKER = "pgmicro-error:";

    private PgErrors() {
    }

    public static String encode(PgException e) {
        StringBuilder out = new StringBuilder(MARKER).append(e.sqlState()).append(':');
        field(out, e.getMessage());
        field(out, e.detail());
        field(out, e.hint());
        field(out, e.where());
        return out.toString();
    }

    private static void field(StringBuilder out, String text) {
        if (text == null) {
            out.append('-');
        } else {
            out.append(text.length()).append(':').append(text);
        }
    }

    /**
     * The PgException a pgmicro function raised inside this SQLite error, or null when the
     * error did not come from one (the caller then maps the SQLite error itself).
     */
    public static PgException decode(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            PgException decoded = decode(t.getMessage());
            if (decoded != null) {
                return decoded;
            }
        }
        return null;
    }

    /** The PgException encoded in this message text, or null when it holds none. */
    public static PgException decode(String message) {
        if (message == null) {
            return null;
        }
        int start = message.indexOf(MARKER);
        if (start < 0) {
            return null;
        }
        Cursor cursor = new Cursor(message, start + MARKER.length());
        String sqlState = cursor.take(5);
        if (sqlState == null || !cursor.expect(':')) {
            return null;
        }
        String text = cursor.field();
        if (text == null) {
            return null;
        }
        PgException result = new PgException(sqlState, text);
        String detail = cursor.field();
        String hint = cursor.field();
        String where = cursor.field();
        if (where != null) {
            result.withWhere(where);
        }
        if (detail != null) {
            result.withDetail(detail);
        }
        if (hint != null) {
            result.withHint(hint);
        }
        return result;
    }

    /** Reads the length-prefixed fields; any malformation reads as an absent field. */
    private static final class Cursor {
        private final String s;
        private int pos;

        Cursor(String s, int pos) {
            this.s = s;
            this.pos = pos;
        }

        String take(int n) {
            if (pos + n > s.length()) {
                return null;
            }
            String r = s.substring(pos, pos + n);
            pos += n;
            return r;
        }

        boolean expect(char c) {
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        String field() {
            if (expect('-')) {
                return null;
            }
            int digitsStart = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == digitsStart || pos - digitsStart > 9 || !expect(':')) {
                return null;
            }
            int len = Integer.parseInt(s.substring(digitsStart, pos - 1));
            return take(len);
        }
    }
}
