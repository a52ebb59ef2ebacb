package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** bytea: stored as a BLOB (byte[]); reads hex ('\x0102') and escape format, prints hex. */
final class ByteaCodec implements TypeCodec {
    static final ByteaCodec INSTANCE = new ByteaCodec();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ByteaCodec() {
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        return text.startsWith("\\x") ? hex(text.substring(2)) : escaped(text);
    }

    /** Hex pairs, with whitespace allowed between pairs. */
    private static byte[] hex(String digits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(digits.length() / 2);
        int i = 0;
        while (i < digits.length()) {
            char c = digits.charAt(i);
            if (InputErrors.isSpace(c)) {
                i++;
                continue;
            }
            int high = hexDigit(c);
            if (i + 1 >= digits.length()) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal data: odd number of digits");
            }
            int low = hexDigit(digits.charAt(i + 1));
            out.write(high << 4 | low);
            i += 2;
        }
        return out.toByteArray();
    }

    private static int hexDigit(char c) {
        int value = c < 128 ? Character.digit(c, 16) : -1;
        if (value < 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal digit: \"" + c + "\"");
        }
        return value;
    }

    /** The escape format: '\\' for a backslash, '\ooo' for an octal byte, other characters as their UTF-8 bytes. */
    private static byte[] escaped(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\') {
                int end = i + Character.charCount(text.codePointAt(i));
                out.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                out.write('\\');
                i += 2;
            } else if (i + 3 < text.length() && isOctal(text, i + 1)) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 4), 8));
                i += 4;
            } else {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type bytea");
            }
        }
        return out.toByteArray();
    }

    private static boolean isOctal(String text, int at) {
        return text.charAt(at) >= '0' && text.charAt(at) <= '3'
                && text.charAt(at + 1) >= '0' && text.charAt(at + 1) <= '7'
                && text.charAt(at + 2) >= '0' && text.charAt(at + 2) <= '7';
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        byte[] bytes = storage instanceof byte[] b ? b : storage.toString().getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(2 + bytes.length * 2).append("\\x");
        for (byte b : bytes) {
            out.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return out.toString();
    }
}
