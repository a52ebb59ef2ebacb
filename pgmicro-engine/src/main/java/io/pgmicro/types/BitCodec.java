package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

/**
 * bit(n) and bit varying(n): stored as the text of their digits ('1011'), so that SQLite's
 * text order is PostgreSQL's bit-string order (bit by bit, a prefix before a longer string)
 * and || is SQLite's own concatenation. Input is binary ('1011', 'b1011') or hex ('x1F',
 * four bits per digit); the declared length is applied afterwards by {@link #fit}.
 */
final class BitCodec implements TypeCodec {
    static final BitCodec INSTANCE = new BitCodec();
    /** The longest bit string a modifier may declare, as PostgreSQL's VARBITMAXLEN caps it. */
    static final int MAX_LENGTH = 83886080;

    private BitCodec() {
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        boolean hex = !text.isEmpty() && (text.charAt(0) == 'x' || text.charAt(0) == 'X');
        int start = hex || !text.isEmpty() && (text.charAt(0) == 'b' || text.charAt(0) == 'B') ? 1 : 0;
        StringBuilder bits = new StringBuilder((text.length() - start) * (hex ? 4 : 1));
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (hex) {
                int digit = c < 128 ? Character.digit(c, 16) : -1;
                if (digit < 0) {
                    throw invalidDigit(text, i, "hexadecimal");
                }
                for (int bit = 3; bit >= 0; bit--) {
                    bits.append((digit >> bit & 1) == 1 ? '1' : '0');
                }
            } else if (c == '0' || c == '1') {
                bits.append(c);
            } else {
                throw invalidDigit(text, i, "binary");
            }
        }
        return bits.toString();
    }

    private static PgException invalidDigit(String text, int at, String kind) {
        String digit = text.substring(at, at + Character.charCount(text.codePointAt(at)));
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                "\"" + digit + "\" is not a valid " + kind + " digit");
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        return storage.toString();
    }

    /**
     * The length coercion of bit(n) and bit varying(n). An explicit cast pads bit(n) with
     * zero bits or cuts it, and cuts bit varying(n); elsewhere bit(n) must have exactly n
     * bits (22026) and bit varying(n) at most n (22001).
     */
    static String fit(String bits, int length, boolean varying, boolean explicit) {
        if (varying) {
            if (bits.length() <= length) {
                return bits;
            }
            if (!explicit) {
                throw new PgException(SqlState.STRING_DATA_RIGHT_TRUNCATION,
                        "bit string too long for type bit varying(" + length + ")");
            }
            return bits.substring(0, length);
        }
        if (bits.length() == length) {
            return bits;
        }
        if (!explicit) {
            throw new PgException(SqlState.STRING_DATA_LENGTH_MISMATCH,
                    "bit string length " + bits.length() + " does not match type bit(" + length + ")");
        }
        return bits.length() > length ? bits.substring(0, length) : bits + "0".repeat(length - bits.length());
    }

    /**
     * int4 or int8 to bit(n): the rightmost n bits of the two's complement value, extended
     * with its sign bit when n is wider than the integer. Without a modifier, n is 1.
     */
    static String fromInteger(long value, int integerBits, int typmod) {
        int length = typmod <= 0 ? 1 : typmod;
        StringBuilder bits = new StringBuilder(length);
        for (int position = length - 1; position >= 0; position--) {
            int source = Math.min(position, integerBits - 1);
            bits.append((value >>> source & 1) == 1 ? '1' : '0');
        }
        return bits.toString();
    }

    /** bit to int4 or int8: the bits as an unsigned number reinterpreted in the integer's width; too many bits is 22003. */
    static long toInteger(String bits, int integerBits, String typeName) {
        if (bits.length() > integerBits) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, typeName + " out of range");
        }
        long value = 0;
        for (int i = 0; i < bits.length(); i++) {
            value = value << 1 | (bits.charAt(i) - '0');
        }
        return integerBits == 32 ? (int) value : value;
    }
}
