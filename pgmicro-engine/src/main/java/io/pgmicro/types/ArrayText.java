package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL's text form of one-dimensional arrays, '{1,2,3}', '{"a b",NULL}', '{}':
 * splitting it into element texts (null for NULL) and joining element texts with the
 * quoting array_out applies.
 */
public final class ArrayText {
    private ArrayText() {
    }

    /** The element texts of an array literal; errors are 22P02 {@code malformed array literal} with PostgreSQL's detail. */
    public static List<String> parse(String text) {
        List<String> elements = new ArrayList<>();
        int n = text.length();
        int i = skipSpaces(text, 0);
        if (i < n && text.charAt(i) == '[') {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "array dimension decorations are not supported");
        }
        if (i >= n || text.charAt(i) != '{') {
            throw malformed(text, "Array value must start with \"{\" or dimension information.");
        }
        i = skipSpaces(text, i + 1);
        if (i < n && text.charAt(i) == '}') {
            return finish(text, i + 1, elements);
        }
        while (true) {
            i = skipSpaces(text, i);
            if (i >= n) {
                throw malformed(text, "Unexpected end of input.");
            }
            char c = text.charAt(i);
            if (c == '{') {
                if (elements.isEmpty()) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "multidimensional arrays are not supported");
                }
                throw malformed(text, "Unexpected \"{\" character.");
            }
            if (c == ',' || c == '}') {
                throw malformed(text, "Unexpected \"" + c + "\" character.");
            }
            StringBuilder element = new StringBuilder();
            if (c == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw malformed(text, "Unexpected end of input.");
                    }
                    char d = text.charAt(i);
                    if (d == '"') {
                        i++;
                        break;
                    }
                    if (d == '\\') {
                        if (++i >= n) {
                            throw malformed(text, "Unexpected end of input.");
                        }
                        d = text.charAt(i);
                    }
                    element.append(d);
                    i++;
                }
                i = skipSpaces(text, i);
                if (i >= n) {
                    throw malformed(text, "Unexpected end of input.");
                }
                if (text.charAt(i) != ',' && text.charAt(i) != '}') {
                    throw malformed(text, "Unexpected array element.");
                }
                elements.add(element.toString());
            } else {
                boolean escaped = false;
                int keep = 0;
                while (true) {
                    if (i >= n) {
                        throw malformed(text, "Unexpected end of input.");
                    }
                    char d = text.charAt(i);
                    if (d == ',' || d == '}') {
                        break;
                    }
                    if (d == '{') {
                        throw malformed(text, "Unexpected \"{\" character.");
                    }
                    if (d == '"') {
                        throw malformed(text, "Unexpected array element.");
                    }
                    if (d == '\\') {
                        if (++i >= n) {
                            throw malformed(text, "Unexpected end of input.");
                        }
                        escaped = true;
                        element.append(text.charAt(i));
                        keep = element.length();
                    } else {
                        element.append(d);
                        if (!InputErrors.isSpace(d)) {
                            keep = element.length();
                        }
                    }
                    i++;
                }
                String value = element.substring(0, keep);
                elements.add(!escaped && value.toUpperCase(Locale.ROOT).equals("NULL") ? null : value);
            }
            if (text.charAt(i) == '}') {
                return finish(text, i + 1, elements);
            }
            i++;
        }
    }

    private static List<String> finish(String text, int after, List<String> elements) {
        if (skipSpaces(text, after) != text.length()) {
            throw malformed(text, "Junk after closing right brace.");
        }
        return elements;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && InputErrors.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static PgException malformed(String text, String detail) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed array literal: \"" + text + "\"")
                .withDetail(detail);
    }

    /** The text an element's storage value takes inside an array's storage (timestamptz in UTC, bool as t/f). */
    public static String elementStorageText(PgType element, Object storage) {
        return storage == null ? null : element.output(storage, ArrayCodec.STORAGE);
    }

    /** Joins element texts (null for NULL) into array_out's text. */
    public static String format(List<String> elements) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendElement(out, elements.get(i));
        }
        return out.append('}').toString();
    }

    /** Quotes an element that is empty, is NULL in any case, or holds a delimiter, brace, quote, backslash or space. */
    private static void appendElement(StringBuilder out, String element) {
        if (element == null) {
            out.append("NULL");
            return;
        }
        boolean quote = element.isEmpty() || element.equalsIgnoreCase("NULL");
        for (int i = 0; i < element.length() && !quote; i++) {
            char c = element.charAt(i);
            quote = c == ',' || c == '{' || c == '}' || c == '"' || c == '\\' || InputErrors.isSpace(c);
        }
        if (!quote) {
            out.append(element);
            return;
        }
        out.append('"');
        for (int i = 0; i < element.length(); i++) {
            char c = element.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }
}
