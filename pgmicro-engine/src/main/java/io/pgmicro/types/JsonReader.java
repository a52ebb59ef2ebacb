package io.pgmicro.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pgmicro.PgException;
import io.pgmicro.SqlState;

import java.math.BigDecimal;

/**
 * Reads JSON text into a Jackson tree with PostgreSQL's lexer rules and error details
 * ({@code Token "abc" is invalid.}, {@code Expected ":", but found "1".} ...), which is
 * why it is not Jackson's own parser: its messages differ from PostgreSQL's. Numbers
 * become DecimalNodes that keep the scale written ("1.0" stays 1.0); a repeated object
 * key keeps the last value, as jsonb does.
 */
final class JsonReader {
    private enum Kind { OBJECT_START, OBJECT_END, ARRAY_START, ARRAY_END, COMMA, COLON, STRING, NUMBER, TRUE, FALSE, NULL, END }

    /** Nesting deeper than this is refused instead of exhausting the Java stack. */
    private static final int MAX_DEPTH = 2000;

    private final String text;
    private final boolean forJsonb;
    private int pos;
    private int tokenStart;
    private Kind kind;
    private String stringValue;

    private JsonReader(String text, boolean forJsonb) {
        this.text = text;
        this.forJsonb = forJsonb;
    }

    /**
     * Parses a whole JSON document; errors are 22P02 invalid input syntax for type json (for
     * jsonb too, as in PostgreSQL) with PostgreSQL's detail. Only jsonb decodes unicode escapes, so
     * only jsonb checks surrogate pairs and refuses code point zero.
     */
    static JsonNode read(String text, boolean forJsonb) {
        JsonReader reader = new JsonReader(text, forJsonb);
        reader.next();
        JsonNode value = reader.value(0);
        if (reader.kind != Kind.END) {
            throw reader.error("Expected end of input, but found \"" + reader.token() + "\".");
        }
        return value;
    }

    private JsonNode value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new PgException(SqlState.STATEMENT_TOO_COMPLEX, "stack depth limit exceeded");
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (kind) {
            case STRING -> {
                String s = stringValue;
                next();
                return nodes.textNode(s);
            }
            case NUMBER -> {
                BigDecimal number = new BigDecimal(token());
                next();
                return nodes.numberNode(number);
            }
            case TRUE, FALSE -> {
                boolean b = kind == Kind.TRUE;
                next();
                return nodes.booleanNode(b);
            }
            case NULL -> {
                next();
                return nodes.nullNode();
            }
            case OBJECT_START -> {
                return object(depth);
            }
            case ARRAY_START -> {
                return array(depth);
            }
            default -> throw unexpected("Expected JSON value, but found \"%s\".");
        }
    }

    private JsonNode object(int depth) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        next();
        if (kind == Kind.OBJECT_END) {
            next();
            return object;
        }
        if (kind != Kind.STRING) {
            throw unexpected("Expected string or \"}\", but found \"%s\".");
        }
        while (true) {
            String key = stringValue;
            next();
            if (kind != Kind.COLON) {
                throw unexpected("Expected \":\", but found \"%s\".");
            }
            next();
            object.set(key, value(depth + 1));
            if (kind == Kind.OBJECT_END) {
                next();
                return object;
            }
            if (kind != Kind.COMMA) {
                throw unexpected("Expected \",\" or \"}\", but found \"%s\".");
            }
            next();
            if (kind != Kind.STRING) {
                throw unexpected("Expected string, but found \"%s\".");
            }
        }
    }

    private JsonNode array(int depth) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        next();
        if (kind == Kind.ARRAY_END) {
            next();
            return array;
        }
        while (true) {
            array.add(value(depth + 1));
            if (kind == Kind.ARRAY_END) {
                next();
                return array;
            }
            if (kind != Kind.COMMA) {
                throw unexpected("Expected \",\" or \"]\", but found \"%s\".");
            }
            next();
        }
    }

    private PgException unexpected(String detailFormat) {
        if (kind == Kind.END) {
            return error("The input string ended unexpectedly.");
        }
        return error(String.format(detailFormat, token()));
    }

    private String token() {
        return text.substring(tokenStart, pos);
    }

    private PgException error(String detail) {
        return errorEndingAt(detail, pos);
    }

    /** The error, with PostgreSQL's context: the input's line up to where the lexer stopped. */
    private PgException errorEndingAt(String detail, int end) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type json")
                .withDetail(detail).withWhere(context(end));
    }

    /**
     * "JSON data, line N: ..." showing the erroneous line from its start (or from the last 50
     * characters before {@code end}, marked with "...") up to {@code end}, with "..." after it when
     * the line goes on.
     */
    private String context(int end) {
        int lineStart = text.lastIndexOf('\n', tokenStart - 1) + 1;
        int line = 1;
        for (int i = 0; i < lineStart; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        int start = lineStart;
        while (end - start >= 50) {
            start += Character.charCount(text.codePointAt(start));
        }
        if (start - lineStart <= 3) {
            start = lineStart;
        }
        boolean more = kind != Kind.END && end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r';
        return "JSON data, line " + line + ": " + (start > lineStart ? "..." : "") + text.substring(start, end)
                + (more ? "..." : "");
    }

    private void next() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        tokenStart = pos;
        if (pos >= text.length()) {
            kind = Kind.END;
            return;
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{' -> single(Kind.OBJECT_START);
            case '}' -> single(Kind.OBJECT_END);
            case '[' -> single(Kind.ARRAY_START);
            case ']' -> single(Kind.ARRAY_END);
            case ',' -> single(Kind.COMMA);
            case ':' -> single(Kind.COLON);
            case '"' -> string();
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    number();
                } else {
                    word();
                }
            }
        }
    }

    private void single(Kind k) {
        pos++;
        kind = k;
    }

    private static boolean alphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80;
    }

    private boolean digitAt(int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private void number() {
        boolean error = false;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '0') {
            pos++;
        } else if (digitAt(pos)) {
            while (digitAt(pos)) {
                pos++;
            }
        } else {
            error = true;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            if (!digitAt(pos)) {
                error = true;
            }
            while (digitAt(pos)) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (!digitAt(pos)) {
                error = true;
            }
            while (digitAt(pos)) {
                pos++;
            }
        }
        while (pos < text.length() && alphanumeric(text.charAt(pos))) {
            pos++;
            error = true;
        }
        if (error) {
            throw error("Token \"" + token() + "\" is invalid.");
        }
        kind = Kind.NUMBER;
    }

    private void word() {
        while (pos < text.length() && alphanumeric(text.charAt(pos))) {
            pos++;
        }
        if (pos == tokenStart) {
            pos += Character.charCount(text.codePointAt(pos));
        }
        switch (token()) {
            case "true" -> kind = Kind.TRUE;
            case "false" -> kind = Kind.FALSE;
            case "null" -> kind = Kind.NULL;
            default -> throw error("Token \"" + token() + "\" is invalid.");
        }
    }

    private void string() {
        StringBuilder value = new StringBuilder();
        pos++;
        int pendingHighSurrogate = -1;
        while (true) {
            if (pos >= text.length()) {
                throw error("Token \"" + token() + "\" is invalid.");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                throw error(String.format("Character with value 0x%02x must be escaped.", (int) c));
            }
            if (c != '\\') {
                if (pendingHighSurrogate >= 0) {
                    throw errorEndingAt("Unicode low surrogate must follow a high surrogate.", pos + 1);
                }
                value.append(c);
                pos++;
                continue;
            }
            pos++;
            if (pos >= text.length()) {
                throw error("Token \"" + token() + "\" is invalid.");
            }
            char escape = text.charAt(pos);
            if (escape == 'u') {
                int code = hex4(pos + 1);
                pos += 5;
                if (!forJsonb) {
                    continue;
                }
                if (Character.isHighSurrogate((char) code)) {
                    if (pendingHighSurrogate >= 0) {
                        throw error("Unicode high surrogate must not follow a high surrogate.");
                    }
                    pendingHighSurrogate = code;
                } else if (Character.isLowSurrogate((char) code)) {
                    if (pendingHighSurrogate < 0) {
                        throw error("Unicode low surrogate must follow a high surrogate.");
                    }
                    value.append((char) pendingHighSurrogate).append((char) code);
                    pendingHighSurrogate = -1;
                } else {
                    if (pendingHighSurrogate >= 0) {
                        throw error("Unicode low surrogate must follow a high surrogate.");
                    }
                    if (code == 0) {
                        throw new PgException("22P05", "unsupported Unicode escape sequence")
                                .withDetail("\\u0000 cannot be converted to text.").withWhere(context(pos));
                    }
                    value.append((char) code);
                }
                continue;
            }
            if (pendingHighSurrogate >= 0) {
                throw errorEndingAt("Unicode low surrogate must follow a high surrogate.", pos + 1);
            }
            switch (escape) {
                case '"', '\\', '/' -> value.append(escape);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                default -> {
                    int end = pos + Character.charCount(text.codePointAt(pos));
                    throw errorEndingAt("Escape sequence \"\\" + text.substring(pos, end) + "\" is invalid.", end);
                }
            }
            pos++;
        }
        if (pendingHighSurrogate >= 0) {
            throw errorEndingAt("Unicode low surrogate must follow a high surrogate.", pos + 1);
        }
        pos++;
        kind = Kind.STRING;
        stringValue = value.toString();
    }

    private int hex4(int at) {
        int code = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = i < text.length() && text.charAt(i) < 128 ? Character.digit(text.charAt(i), 16) : -1;
            if (digit < 0) {
                throw errorEndingAt("\"\\u\" must be followed by four hexadecimal digits.", Math.min(i + 1, text.length()));
            }
            code = code * 16 + digit;
        }
        return code;
    }
}
