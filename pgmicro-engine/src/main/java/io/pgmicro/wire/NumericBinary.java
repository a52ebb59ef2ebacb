package io.pgmicro.wire;

import io.pgmicro.types.NumericValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;

/**
 * numeric's binary format, PostgreSQL's NumericVar on the wire: int16 ndigits, int16
 * weight (of the first base-10000 digit), int16 sign (0x0000, 0x4000 negative, 0xC000
 * NaN, 0xD000 Infinity, 0xF000 -Infinity), int16 dscale (digits after the point),
 * then ndigits base-10000 digits, leading and trailing zero digits left out.
 */
final class NumericBinary {
    private static final int POSITIVE = 0x0000;
    private static final int NEGATIVE = 0x4000;
    private static final int NAN = 0xC000;
    private static final int PLUS_INFINITY = 0xD000;
    private static final int MINUS_INFINITY = 0xF000;
    private static final int INFINITY_DSCALE = 32;

    private NumericBinary() {
    }

    static byte[] encode(NumericValue value) {
        if (value.isNaN()) {
            return header(0, 0, NAN, 0).array();
        }
        if (value.isInfinite()) {
            // PostgreSQL sends a dscale of 32 here: its special values' header bits read as a short-format dscale
            return header(0, 0, value.compareTo(NumericValue.POSITIVE_INFINITY) == 0 ? PLUS_INFINITY : MINUS_INFINITY,
                    INFINITY_DSCALE).array();
        }
        BigDecimal decimal = value.decimal();
        int dscale = Math.max(decimal.scale(), 0);
        String plain = decimal.abs().setScale(dscale, RoundingMode.UNNECESSARY).toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        integer = "0".repeat((4 - integer.length() % 4) % 4) + integer;
        fraction = fraction + "0".repeat((4 - fraction.length() % 4) % 4);
        String digits = integer + fraction;
        int groups = digits.length() / 4;
        int weight = integer.length() / 4 - 1;
        int first = 0;
        while (first < groups && group(digits, first) == 0) {
            first++;
        }
        int last = groups;
        while (last > first && group(digits, last - 1) == 0) {
            last--;
        }
        if (first == last) {
            return header(0, 0, POSITIVE, dscale).array();
        }
        ByteBuffer out = header(last - first, weight - first, decimal.signum() < 0 ? NEGATIVE : POSITIVE, dscale);
        for (int i = first; i < last; i++) {
            out.putShort((short) group(digits, i));
        }
        return out.array();
    }

    /** The numeric text of a binary value, for numeric's input function; null when malformed. */
    static String decode(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        if (data.length < 8) {
            return null;
        }
        int ndigits = in.getShort();
        int weight = in.getShort();
        int sign = in.getShort() & 0xffff;
        int dscale = in.getShort();
        if (ndigits < 0 || dscale < 0 || data.length != 8 + 2 * ndigits) {
            return null;
        }
        switch (sign) {
            case NAN:
                return "NaN";
            case PLUS_INFINITY:
                return "Infinity";
            case MINUS_INFINITY:
                return "-Infinity";
            case POSITIVE, NEGATIVE:
                break;
            default:
                return null;
        }
        StringBuilder digits = new StringBuilder("0");
        for (int i = 0; i < ndigits; i++) {
            int d = in.getShort();
            if (d < 0 || d > 9999) {
                return null;
            }
            digits.append(String.format("%04d", d));
        }
        BigDecimal unscaled = new BigDecimal(new BigInteger(digits.toString()));
        BigDecimal value = unscaled.scaleByPowerOfTen(4 * (weight - ndigits + 1)).setScale(dscale, RoundingMode.HALF_UP);
        return (sign == NEGATIVE ? value.negate() : value).toPlainString();
    }

    private static ByteBuffer header(int ndigits, int weight, int sign, int dscale) {
        ByteBuffer out = ByteBuffer.allocate(8 + 2 * ndigits);
        out.putShort((short) ndigits).putShort((short) weight).putShort((short) sign).putShort((short) dscale);
        return out;
    }

    private static int group(String digits, int index) {
        return Integer.parseInt(digits, index * 4, index * 4 + 4, 10);
    }
}
