package io.pgmicro.exec.functions;

import java.util.function.Function;

/** The backslash escapes of a JSON string, which JSON text and jsonpath string literals share. */
final class JsonEscapes {
    private JsonEscapes() {
    }

    /**
     * Reads the escape after a backslash, appending the character it stands for.
     *
     * @param pos the position just after the backslash
     * @param error makes the exception for a malformed escape from PostgreSQL's JSON lexer message
     * @return the position after the escape
     */
    static int read(String text, int pos, StringBuilder out, Function<String, RuntimeException> error) {
        if (pos >= text.length()) {
            throw error.apply("The input string ended unexpectedly.");
        }
        char e = text.charAt(pos++);
        switch (e) {
            case '"', '\\', '/' -> out.append(e);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                    throw error.apply("\"\\u\" must be followed by four hexadecimal digits.");
                }
                out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                pos += 4;
            }
            default -> throw error.apply("Escape sequence \"\\" + e + "\" is invalid.");
        }
        return pos;
    }
}
