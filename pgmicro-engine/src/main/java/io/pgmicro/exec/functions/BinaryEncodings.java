package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * encode(bytea, format) and decode(text, format) for the formats PostgreSQL knows: hex,
 * base64 (lines of 76 characters, whitespace ignored on input) and escape (zero bytes,
 * bytes with the high bit set and backslashes written as escapes).
 */
final class BinaryEncodings {
    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, new byte[] {'\n'});
    private static final String BASE64_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private BinaryEncodings() {
    }

    static void register(Registrar r) {
        r.strict("pg_encode", 2, a -> encode(Args.bytes(a[0]), Args.text(a[1])));
        r.strict("pg_decode", 2, a -> decode(Args.text(a[0]), Args.text(a[1])));
    }

    static String encode(byte[] data, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "hex" -> hex(data);
            case "base64" -> BASE64.encodeToString(data);
            case "escape" -> escape(data);
            default -> throw unrecognized(format);
        };
    }

    static byte[] decode(String text, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "hex" -> unhex(text);
            case "base64" -> unbase64(text);
            case "escape" -> unescape(text);
            default -> throw unrecognized(format);
        };
    }

    private static String hex(byte[] data) {
        StringBuilder out = new StringBuilder(data.length * 2);
        for (byte b : data) {
            out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return out.toString();
    }

    private static String escape(byte[] data) {
        StringBuilder out = new StringBuilder(data.length);
        for (byte b : data) {
            int c = b & 0xff;
            if (c == 0 || c >= 0x80) {
                out.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                        .append((char) ('0' + (c & 7)));
            } else if (c == '\\') {
                out.append("\\\\");
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static byte[] unhex(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 2);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                i++;
                continue;
            }
            int high = hexDigit(text, i);
            if (i + 1 >= text.length()) {
                throw invalid("invalid hexadecimal data: odd number of digits");
            }
            out.write(high << 4 | hexDigit(text, i + 1));
            i += 2;
        }
        return out.toByteArray();
    }

    private static int hexDigit(String text, int i) {
        int d = Character.digit(text.charAt(i), 16);
        if (d < 0 || text.charAt(i) > 'f') {
            throw invalid("invalid hexadecimal digit: \"" + new String(Character.toChars(text.codePointAt(i))) + "\"");
        }
        return d;
    }

    /** Groups of four symbols give three bytes; '=' pads the last group of a run, and more data may follow it. */
    private static byte[] unbase64(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 3 / 4);
        int group = 0;
        int symbols = 0;
        int padding = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                continue;
            }
            int value;
            if (c == '=') {
                if (padding == 0) {
                    if (symbols == 2) {
                        padding = 2;
                    } else if (symbols == 3) {
                        padding = 1;
                    } else {
                        throw invalid("unexpected \"=\" while decoding base64 sequence");
                    }
                }
                value = 0;
            } else {
                value = BASE64_DIGITS.indexOf(c);
                if (value < 0) {
                    throw invalid("invalid symbol \"" + new String(Character.toChars(text.codePointAt(i)))
                            + "\" found while decoding base64 sequence");
                }
            }
            group = group << 6 | value;
            if (++symbols == 4) {
                out.write(group >> 16);
                if (padding < 2) {
                    out.write(group >> 8);
                }
                if (padding < 1) {
                    out.write(group);
                }
                group = 0;
                symbols = 0;
            }
        }
        if (symbols != 0) {
            throw invalid("invalid base64 end sequence")
                    .withHint("Input data is missing padding, is truncated, or is otherwise corrupted.");
        }
        return out.toByteArray();
    }

    private static byte[] unescape(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int i = 0;
        while (i < in.length) {
            if (in[i] != '\\') {
                out.write(in[i++]);
            } else if (i + 3 < in.length && isOctal(in[i + 1], '3') && isOctal(in[i + 2], '7')
                    && isOctal(in[i + 3], '7')) {
                out.write((in[i + 1] - '0') << 6 | (in[i + 2] - '0') << 3 | (in[i + 3] - '0'));
                i += 4;
            } else if (i + 1 < in.length && in[i + 1] == '\\') {
                out.write('\\');
                i += 2;
            } else {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type bytea");
            }
        }
        return out.toByteArray();
    }

    private static boolean isOctal(byte b, char highest) {
        return b >= '0' && b <= highest;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static PgException unrecognized(String format) {
        return invalid("unrecognized encoding: \"" + format + "\"");
    }

    private static PgException invalid(String message) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, message);
    }
}
