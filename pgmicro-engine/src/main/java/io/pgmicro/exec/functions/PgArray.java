package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.ArrayText;
import java.util.List;

/**
 * A one-dimensional array in its storage form, PostgreSQL's array text ('{1,2,NULL}',
 * '{"a b",c}'), as a list of element texts (null for NULL) and a lower bound. The
 * element list is read and written by {@link ArrayText}, as the array codec does.
 */
record PgArray(List<String> elements, int lowerBound) {
    static final PgArray EMPTY = new PgArray(List.of(), 1);

    static PgArray of(List<String> elements) {
        return new PgArray(elements, 1);
    }

    /** Reads array text, with an optional lower-bound decoration ('[2:3]={a,b}') that ArrayText does not take. */
    static PgArray parse(String text) {
        String t = text.trim();
        if (!t.startsWith("[")) {
            return new PgArray(ArrayText.parse(text), 1);
        }
        int colon = t.indexOf(':');
        int close = t.indexOf(']');
        int eq = t.indexOf('=');
        if (colon < 0 || close < colon || eq < close) {
            throw malformedDimensions(text);
        }
        try {
            int lower = Integer.parseInt(t.substring(1, colon).trim());
            return new PgArray(ArrayText.parse(t.substring(eq + 1)), lower);
        } catch (NumberFormatException e) {
            throw malformedDimensions(text);
        }
    }

    private static PgException malformedDimensions(String text) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed array literal: \"" + text + "\"")
                .withDetail("Array value must start with \"{\" or dimension information.");
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
        String elementsText = ArrayText.format(elements);
        if (lowerBound != 1 && !elements.isEmpty()) {
            return "[" + lowerBound + ":" + upperBound() + "]=" + elementsText;
        }
        return elementsText;
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
