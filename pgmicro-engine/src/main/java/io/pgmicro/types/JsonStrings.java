package io.pgmicro.types;

/** JSON string literals as PostgreSQL writes them (its escape_json), for every JSON writer of the engine. */
public final class JsonStrings {
    private JsonStrings() {
    }

    /** Appends {@code s} quoted: the short escapes, \\u00XX for other control characters, the rest as is. */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    public static String quote(String s) {
        StringBuilder out = new StringBuilder();
        quote(out, s);
        return out.toString();
    }
}
