package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL's text form of arrays, '{1,2,3}', '{{"a b",NULL},{c,d}}', '[0:1]={x,y}', '{}':
 * reading it into an {@link ArrayValue} with array_in's checks and error details, and
 * writing one with the quoting and dimension decoration array_out applies.
 */
public final class ArrayText {
    private ArrayText() {
    }

    /** Where the parser stands, as in array_in: what may come next depends on it. */
    private enum State {
        NO_LEVEL, LEVEL_STARTED, ELEM_STARTED, QUOTED_ELEM_STARTED, QUOTED_ELEM_COMPLETED, ELEM_DELIMITED,
        LEVEL_COMPLETED, LEVEL_DELIMITED
    }

    /** Reads an array literal; errors are 22P02 {@code malformed array literal} with PostgreSQL's detail. */
    public static ArrayValue parse(String text) {
        int n = text.length();
        List<Integer> dims = new ArrayList<>();
        List<Integer> lowers = new ArrayList<>();
        int i = 0;
        while (true) {
            i = skipSpaces(text, i);
            if (i >= n || text.charAt(i) != '[') {
                break;
            }
            i++;
            if (dims.size() >= ArrayValue.MAX_DIMENSIONS) {
                throw ArrayValue.tooManyDimensions(dims.size() + 1);
            }
            int end = boundEnd(text, i);
            if (end == i) {
                throw malformed(text, "\"[\" must introduce explicitly-specified array dimensions.");
            }
            int lower = 1;
            if (end < n && text.charAt(end) == ':') {
                lower = bound(text, i, end);
                i = end + 1;
                end = boundEnd(text, i);
                if (end == i) {
                    throw malformed(text, "Missing array dimension value.");
                }
            }
            if (end >= n || text.charAt(end) != ']') {
                throw malformed(text, "Missing \"]\" after array dimensions.");
            }
            int upper = bound(text, i, end);
            i = end + 1;
            if (upper < lower) {
                throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "upper bound cannot be less than lower bound");
            }
            dims.add(upper - lower + 1);
            lowers.add(lower);
        }
        if (dims.isEmpty()) {
            if (i >= n || text.charAt(i) != '{') {
                throw malformed(text, "Array value must start with \"{\" or dimension information.");
            }
            return contents(text, i, null, null);
        }
        if (i >= n || text.charAt(i) != '=') {
            throw malformed(text, "Missing \"=\" after array dimensions.");
        }
        i = skipSpaces(text, i + 1);
        if (i >= n || text.charAt(i) != '{') {
            throw malformed(text, "Array contents must start with \"{\".");
        }
        return contents(text, i, dims, lowers);
    }

    /** The end of a bound's digits (signs included, as atoi's caller in array_in scans them). */
    private static int boundEnd(String text, int i) {
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        return i;
    }

    /** A bound as C's atoi reads it: a leading sign and digits, wrapped to int as glibc does. */
    private static int bound(String text, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long value = 0;
        for (; i < to && Character.isDigit(text.charAt(i)); i++) {
            value = Math.min(value * 10 + (text.charAt(i) - '0'), Long.MAX_VALUE / 20);
        }
        return (int) (negative ? -value : value);
    }

    /**
     * The braces part from {@code start}: array_in's state machine, collecting elements in
     * row-major order and checking that sibling sub-arrays have the same length. Given
     * dimensions must match what the braces hold.
     */
    private static ArrayValue contents(String text, int start, List<Integer> givenDims, List<Integer> givenLowers) {
        int n = text.length();
        List<String> elements = new ArrayList<>();
        int[] lengths = new int[ArrayValue.MAX_DIMENSIONS];
        int[] counts = new int[ArrayValue.MAX_DIMENSIONS];
        int leafDepth = 0;
        int depth = 0;
        State state = State.NO_LEVEL;
        StringBuilder element = new StringBuilder();
        int keep = 0;
        boolean quoted = false;
        int i = start;
        while (true) {
            if (i >= n) {
                throw malformed(text, "Unexpected end of input.");
            }
            char c = text.charAt(i);
            if (state == State.QUOTED_ELEM_STARTED) {
                if (c == '"') {
                    state = State.QUOTED_ELEM_COMPLETED;
                    keep = element.length();
                } else {
                    if (c == '\\') {
                        if (++i >= n) {
                            throw malformed(text, "Unexpected end of input.");
                        }
                        c = text.charAt(i);
                    }
                    element.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '\\' -> {
                    if (state != State.LEVEL_STARTED && state != State.ELEM_STARTED && state != State.ELEM_DELIMITED) {
                        throw malformed(text, "Unexpected \"\\\" character.");
                    }
                    if (++i >= n) {
                        throw malformed(text, "Unexpected end of input.");
                    }
                    state = State.ELEM_STARTED;
                    quoted = true;
                    element.append(text.charAt(i));
                    keep = element.length();
                }
                case '"' -> {
                    if (state != State.LEVEL_STARTED && state != State.ELEM_DELIMITED) {
                        throw malformed(text, "Unexpected array element.");
                    }
                    state = State.QUOTED_ELEM_STARTED;
                    quoted = true;
                }
                case '{' -> {
                    if (state != State.NO_LEVEL && state != State.LEVEL_STARTED && state != State.LEVEL_DELIMITED) {
                        throw malformed(text, "Unexpected \"{\" character.");
                    }
                    if (depth >= ArrayValue.MAX_DIMENSIONS) {
                        throw ArrayValue.tooManyDimensions(depth + 1);
                    }
                    counts[depth++] = 0;
                    state = State.LEVEL_STARTED;
                }
                case '}' -> {
                    boolean emptyTop = depth == 1 && state == State.LEVEL_STARTED;
                    if (state != State.ELEM_STARTED && state != State.QUOTED_ELEM_COMPLETED
                            && state != State.LEVEL_COMPLETED && !emptyTop) {
                        throw malformed(text, "Unexpected \"}\" character.");
                    }
                    if (state != State.LEVEL_COMPLETED && !emptyTop) {
                        leafDepth = addElement(text, elements, element, keep, quoted, depth, leafDepth, counts);
                        element.setLength(0);
                        keep = 0;
                        quoted = false;
                    }
                    depth--;
                    if (!emptyTop) {
                        if (lengths[depth] == 0) {
                            lengths[depth] = counts[depth];
                        } else if (lengths[depth] != counts[depth]) {
                            throw mismatched(text);
                        }
                    }
                    state = State.LEVEL_COMPLETED;
                    if (depth == 0) {
                        if (skipSpaces(text, i + 1) != n) {
                            throw malformed(text, "Junk after closing right brace.");
                        }
                        return result(text, elements, leafDepth, lengths, givenDims, givenLowers);
                    }
                    counts[depth - 1]++;
                }
                case ',' -> {
                    if (state != State.ELEM_STARTED && state != State.QUOTED_ELEM_COMPLETED
                            && state != State.LEVEL_COMPLETED) {
                        throw malformed(text, "Unexpected \",\" character.");
                    }
                    if (state == State.LEVEL_COMPLETED) {
                        state = State.LEVEL_DELIMITED;
                    } else {
                        leafDepth = addElement(text, elements, element, keep, quoted, depth, leafDepth, counts);
                        element.setLength(0);
                        keep = 0;
                        quoted = false;
                        state = State.ELEM_DELIMITED;
                    }
                }
                default -> {
                    if (InputErrors.isSpace(c)) {
                        if (state == State.ELEM_STARTED) {
                            element.append(c);
                        }
                    } else {
                        if (state != State.LEVEL_STARTED && state != State.ELEM_STARTED && state != State.ELEM_DELIMITED) {
                            throw malformed(text, "Unexpected array element.");
                        }
                        state = State.ELEM_STARTED;
                        element.append(c);
                        keep = element.length();
                    }
                }
            }
            i++;
        }
    }

    /** Ends one element: trailing unquoted spaces dropped, an unquoted NULL is NULL; all at one depth. */
    private static int addElement(String text, List<String> elements, StringBuilder element, int keep, boolean quoted,
                                  int depth, int leafDepth, int[] counts) {
        if (leafDepth != 0 && leafDepth != depth) {
            throw mismatched(text);
        }
        String value = element.substring(0, keep);
        elements.add(!quoted && value.toUpperCase(Locale.ROOT).equals("NULL") ? null : value);
        counts[depth - 1]++;
        return depth;
    }

    private static ArrayValue result(String text, List<String> elements, int ndims, int[] lengths,
                                     List<Integer> givenDims, List<Integer> givenLowers) {
        int[] dims = new int[ndims];
        System.arraycopy(lengths, 0, dims, 0, ndims);
        if (givenDims == null) {
            int[] lowers = new int[ndims];
            java.util.Arrays.fill(lowers, 1);
            return new ArrayValue(elements, dims, lowers);
        }
        if (givenDims.size() != ndims) {
            throw malformed(text, "Specified array dimensions do not match array contents.");
        }
        int[] lowers = new int[ndims];
        for (int d = 0; d < ndims; d++) {
            if (givenDims.get(d) != dims[d]) {
                throw malformed(text, "Specified array dimensions do not match array contents.");
            }
            lowers[d] = givenLowers.get(d);
        }
        return new ArrayValue(elements, dims, lowers);
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

    private static PgException mismatched(String text) {
        return malformed(text, "Multidimensional arrays must have sub-arrays with matching dimensions.");
    }

    /** The text an element's storage value takes inside an array's storage (timestamptz in UTC, bool as t/f). */
    public static String elementStorageText(PgType element, Object storage) {
        return storage == null ? null : element.output(storage, ArrayCodec.STORAGE);
    }

    /** Joins element texts (null for NULL) into a one-dimensional array's text. */
    public static String format(List<String> elements) {
        return format(ArrayValue.of(elements));
    }

    /** array_out: '[lb:ub]...=' when a lower bound is not 1, then the nested braces. */
    public static String format(ArrayValue array) {
        if (array.isEmpty()) {
            return "{}";
        }
        StringBuilder out = new StringBuilder();
        if (!array.hasDefaultBounds()) {
            out.append(array.dimsText()).append('=');
        }
        appendLevel(out, array, 0, 0);
        return out.toString();
    }

    private static int appendLevel(StringBuilder out, ArrayValue array, int d, int next) {
        out.append('{');
        for (int k = 0; k < array.length(d); k++) {
            if (k > 0) {
                out.append(',');
            }
            if (d == array.ndims() - 1) {
                appendElement(out, array.elements().get(next++));
            } else {
                next = appendLevel(out, array, d + 1, next);
            }
        }
        out.append('}');
        return next;
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
