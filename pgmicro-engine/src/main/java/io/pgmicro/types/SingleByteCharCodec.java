package io.pgmicro.types;

import java.nio.charset.StandardCharsets;

/**
 * "char": one byte (pg_class.relkind and friends). Input keeps the first byte of the text,
 * or reads the escape \ooo; output prints a byte with the high bit set as \ooo. Stored as a
 * one-character string whose character is the byte value (U+0000 to U+00FF); the zero byte
 * is the empty string, as PostgreSQL prints it.
 */
final class SingleByteCharCodec implements TypeCodec {
    static final SingleByteCharCodec INSTANCE = new SingleByteCharCodec();

    private SingleByteCharCodec() {
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        if (isOctalEscape(text)) {
            return ofByte(Integer.parseInt(text.substring(1), 8));
        }
        if (text.isEmpty()) {
            return "";
        }
        return ofByte(text.getBytes(StandardCharsets.UTF_8)[0] & 0xff);
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        String s = storage.toString();
        if (s.isEmpty() || s.charAt(0) < 0x80) {
            return s;
        }
        String octal = Integer.toOctalString(s.charAt(0));
        return "\\" + "0".repeat(3 - octal.length()) + octal;
    }

    /** The storage of a byte value 0..255. */
    static String ofByte(int value) {
        return value == 0 ? "" : String.valueOf((char) value);
    }

    private static boolean isOctalEscape(String text) {
        return text.length() == 4 && text.charAt(0) == '\\' && text.charAt(1) >= '0' && text.charAt(1) <= '3'
                && text.charAt(2) >= '0' && text.charAt(2) <= '7' && text.charAt(3) >= '0' && text.charAt(3) <= '7';
    }
}
