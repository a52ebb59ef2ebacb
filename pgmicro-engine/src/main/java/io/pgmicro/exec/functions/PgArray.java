package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-dimensional array in its storage form, PostgreSQL's array text ('{1,2,NULL}',
 * '{"a b",c}'), as a list of element texts (null for NULL) and a lower bound.
 */
record PgArray(List<String> elements, int lowerBound) {
    static final PgArray EMPTY = new PgArray(List.of(), 1);

    static PgArray of(List<String> elements) {
        return new PgArray(elements, 1);
    }

    static PgArray parse(String text) {
        String t = text.trim();
        int lower = 1;
        int pos = 0;
        if (t.startsWith("[")) {
            int colon = t.indexOf(':');
            int close = t.indexOf(']');
            int eq = t.indexOf('=');
            if (colon < 0 || close < colon || eq < close) {
                throw malformed(text, "Array value must start with \"{\" or dimension information.");
            }
            lower = Integer.parseInt(t.substring(1, colon).trim());
            pos = eq + 1;
            while (pos < t.length() && Character.isWhitespace(t.charAt(pos))) {
                pos++;
            }
        }
        if (pos >= t.length() || t.charAt(pos) != '{') {
            throw malformed(text, "Array value must start with \"{\" or dimension information.");
        }
        List<String> out = new ArrayList<>();
        pos = skipSpace(t, pos + 1);
        if (pos < t.length() && t.charAt(pos) == '}') {
            return new PgArray(out, lower);
        }
        while (pos < t.length()) {
            pos = skipSpace(t, pos);
            if (pos < t.length() && t.charAt(pos) == '{') {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "multidimensional arrays are not supported by this function");
            }
            StringBuilder element = new StringBuilder();
            boolean quoted = false;
            if (pos < t.length() && t.charAt(pos) == '"') {
                quoted = true;
                pos++;
                while (pos < t.length() && t.charAt(pos) != '"') {
                    if (t.charAt(pos) == '\\') {
                        pos++;
                    }
                    if (pos < t.length()) {
                        element.append(t.charAt(pos++));
                    }
                }
                pos++;
            } else {
                while (pos < t.length() && t.charAt(pos) != ',' && t.charAt(pos) != '}') {
                    if (t.charAt(pos) == '\\') {
                        pos++;
                    }
                    if (pos < t.length()) {
                        element.append(t.charAt(pos++));
                    }
                }
            }
            String value = quoted ? element.toString() : element.toString().trim();
            out.add(!quoted && value.equalsIgnoreCase("NULL") ? null : value);
            pos = skipSpace(t, pos);
            if (pos >= t.length()) {
                break;
            }
            char c = t.charAt(pos++);
            if (c == '}') {
                return new PgArray(out, lower);
            }
            if (c != ',') {
                break;
            }
        }
        throw malformed(text, "Unexpected end of input.");
    }

    private static int skipSpace(String t, int pos) {
        while (pos < t.length() && Character.isWhitespace(t.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static PgException malformed(String text, String detail) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed array literal: \"" + text + "\"")
                .withDetail(detail);
    }

    int size() {
        return elements.size();
    }

    int upperBound() {
        return lowerBound + elements.size() - 1;
    }

    /** The array's text form: elements quoted where array_out quotes them. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (lowerBound != 1 && !elements.isEmpty()) {
            out.append('[').append(lowerBound).append(':').append(upperBound()).append("]=");
        }
        out.append('{');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendElement(out, elements.get(i));
        }
        return out.append('}').toString();
    }

    static void appendElement(StringBuilder out, String e) {
        if (e == null) {
            out.append("NULL");
            return;
        }
        if (!needsQuotes(e)) {
            out.append(e);
            return;
        }
        out.append('"');
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }

    private static boolean needsQuotes(String e) {
        if (e.isEmpty() || e.equalsIgnoreCase("NULL")) {
            return true;
        }
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '{' || c == '}' || c == ',' || c == '"' || c == '\\' || Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element text of a storage value handed in as an array element: integers and
     * text as they are, floats as float8 text, bytea as its hex form.
     */
    static String elementText(Object storage) {
        if (storage == null) {
            return null;
        }
        if (storage instanceof byte[] bytes) {
            StringBuilder hex = new StringBuilder("\\x");
            for (byte b : bytes) {
                hex.append(String.format("%02x", b & 0xff));
            }
            return hex.toString();
        }
        return Args.text(storage);
    }
}
