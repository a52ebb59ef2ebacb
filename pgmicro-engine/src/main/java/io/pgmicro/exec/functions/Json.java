package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value. Each value remembers its source text, because operators on the
 * json type (unlike jsonb) return values exactly as they were written.
 */
abstract sealed class Json {
    /** The value's text as it appeared in the input, or its normalized text if it was built. */
    final String source;

    Json(String source) {
        this.source = source;
    }

    static final class JObject extends Json {
        /** Keys in input order; a repeated key keeps its last value, as jsonb does. */
        final Map<String, Json> fields;

        JObject(Map<String, Json> fields, String source) {
            super(source);
            this.fields = fields;
        }
    }

    static final class JArray extends Json {
        final List<Json> elements;

        JArray(List<Json> elements, String source) {
            super(source);
            this.elements = elements;
        }
    }

    static final class JString extends Json {
        final String value;

        JString(String value, String source) {
            super(source);
            this.value = value;
        }
    }

    static final class JNumber extends Json {
        final BigDecimal value;

        JNumber(BigDecimal value, String source) {
            super(source);
            this.value = value;
        }
    }

    static final class JBool extends Json {
        final boolean value;

        JBool(boolean value) {
            super(value ? "true" : "false");
            this.value = value;
        }
    }

    static final class JNull extends Json {
        static final JNull INSTANCE = new JNull();

        private JNull() {
            super("null");
        }
    }

    static JObject object(Map<String, Json> fields) {
        return new JObject(fields, null);
    }

    static JArray array(List<Json> elements) {
        return new JArray(elements, null);
    }

    static JString string(String s) {
        return new JString(s, null);
    }

    static JNumber number(BigDecimal v) {
        return new JNumber(v, null);
    }

    /** jsonb_typeof's answer. */
    String typeName() {
        if (this instanceof JObject) {
            return "object";
        }
        if (this instanceof JArray) {
            return "array";
        }
        if (this instanceof JString) {
            return "string";
        }
        if (this instanceof JNumber) {
            return "number";
        }
        if (this instanceof JBool) {
            return "boolean";
        }
        return "null";
    }

    /** Parses JSON text; errors are PostgreSQL's 22P02 (worded for json, for jsonb too) with its detail. */
    static Json parse(String text) {
        return new Parser(text).parseDocument();
    }

    /** A JSON array of strings, the form the emitter feeds to SQLite's json_each. */
    static String stringArray(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            if (values.get(i) == null) {
                out.append("null");
            } else {
                JsonWriter.quote(out, values.get(i));
            }
        }
        return out.append(']').toString();
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Json parseDocument() {
            skipSpace();
            if (pos >= text.length()) {
                throw error("The input string ended unexpectedly.");
            }
            Json value = parseValue();
            skipSpace();
            if (pos < text.length()) {
                throw error("Expected end of input, but found \"" + token() + "\".");
            }
            return value;
        }

        private Json parseValue() {
            skipSpace();
            if (pos >= text.length()) {
                throw error("The input string ended unexpectedly.");
            }
            int start = pos;
            char c = text.charAt(pos);
            if (c == '{') {
                pos++;
                Map<String, Json> fields = new LinkedHashMap<>();
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    return new JObject(fields, text.substring(start, pos));
                }
                while (true) {
                    skipSpace();
                    if (peek() != '"') {
                        throw expected("string", pos >= text.length());
                    }
                    String key = parseString();
                    skipSpace();
                    if (peek() != ':') {
                        throw expected("\":\"", pos >= text.length());
                    }
                    pos++;
                    Json value = parseValue();
                    fields.remove(key);
                    fields.put(key, value);
                    skipSpace();
                    char d = peek();
                    pos++;
                    if (d == '}') {
                        return new JObject(fields, text.substring(start, pos));
                    }
                    if (d != ',') {
                        pos--;
                        throw expected("\",\" or \"}\"", pos >= text.length());
                    }
                }
            }
            if (c == '[') {
                pos++;
                List<Json> elements = new ArrayList<>();
                skipSpace();
                if (peek() == ']') {
                    pos++;
                    return new JArray(elements, text.substring(start, pos));
                }
                while (true) {
                    elements.add(parseValue());
                    skipSpace();
                    char d = peek();
                    pos++;
                    if (d == ']') {
                        return new JArray(elements, text.substring(start, pos));
                    }
                    if (d != ',') {
                        pos--;
                        throw expected("\",\" or \"]\"", pos >= text.length());
                    }
                }
            }
            if (c == '"') {
                String s = parseString();
                return new JString(s, text.substring(start, pos));
            }
            if (c == '-' || c >= '0' && c <= '9') {
                return parseNumber();
            }
            String word = token();
            pos += word.length();
            switch (word) {
                case "true":
                    return new JBool(true);
                case "false":
                    return new JBool(false);
                case "null":
                    return JNull.INSTANCE;
                default:
                    pos -= word.length();
                    throw error("Token \"" + word + "\" is invalid.");
            }
        }

        private Json parseNumber() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                    || (text.charAt(pos) == '+' || text.charAt(pos) == '-')
                    && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E'))) {
                pos++;
            }
            String raw = text.substring(start, pos);
            if (!raw.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                pos = start;
                throw error("Token \"" + raw + "\" is invalid.");
            }
            return new JNumber(new BigDecimal(raw), raw);
        }

        private String parseString() {
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw error("The input string ended unexpectedly.");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("Character with value 0x" + String.format("%02x", (int) c)
                            + " must be escaped.");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                pos = JsonEscapes.read(text, pos, out, this::error);
                if (out.charAt(out.length() - 1) == '\0') {
                    // only \u0000 gives it: JSON allows it, text cannot hold it
                    throw new PgException("22P05", "unsupported Unicode escape sequence")
                            .withDetail("\\u0000 cannot be converted to text.");
                }
            }
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private void skipSpace() {
            while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        /** The token PostgreSQL's JSON lexer would report at the current position. */
        private String token() {
            if (pos >= text.length()) {
                return "";
            }
            char c = text.charAt(pos);
            if ("{}[],:".indexOf(c) >= 0) {
                return String.valueOf(c);
            }
            int end = pos;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            return end == pos ? String.valueOf(c) : text.substring(pos, end);
        }

        private PgException expected(String what, boolean atEnd) {
            if (atEnd) {
                return error("The input string ended unexpectedly.");
            }
            return error("Expected " + what + ", but found \"" + token() + "\".");
        }

        private PgException error(String detail) {
            return new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid input syntax for type json")
                    .withDetail(detail);
        }
    }
}
