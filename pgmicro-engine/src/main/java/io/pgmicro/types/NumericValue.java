package io.pgmicro.types;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A numeric value: a BigDecimal whose scale is the display scale (never negative, as in
 * PostgreSQL), or one of NaN, Infinity, -Infinity.
 *
 * @param decimal  the finite value, null for the special values
 * @param special  0 for a finite value, 1 Infinity, -1 -Infinity, 2 NaN (the order PostgreSQL sorts them in)
 */
public record NumericValue(BigDecimal decimal, int special) implements Comparable<NumericValue> {
    public static final NumericValue NAN = new NumericValue(null, 2);
    public static final NumericValue POSITIVE_INFINITY = new NumericValue(null, 1);
    public static final NumericValue NEGATIVE_INFINITY = new NumericValue(null, -1);

    /** A finite value; a negative scale (from exponent input such as 1e3) becomes scale 0. */
    public static NumericValue of(BigDecimal decimal) {
        BigDecimal d = decimal.scale() < 0 ? decimal.setScale(0) : decimal;
        return new NumericValue(d, 0);
    }

    /** Reads a numeric storage value (its output text; a Long or Double when SQLite's affinity converted it). */
    public static NumericValue parse(Object storage) {
        if (storage instanceof Long l) {
            return of(BigDecimal.valueOf(l));
        }
        if (storage instanceof Double d) {
            return Double.isNaN(d) ? NAN : Double.isInfinite(d) ? (d > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY)
                    : of(new BigDecimal(FloatText.format(d, 1)));
        }
        String text = storage.toString();
        NumericValue special = special(text);
        return special != null ? special : of(readDecimal(text));
    }

    /**
     * Reads decimal text. Java parses long digit strings in quadratic time, and numerics as
     * large as 9e131071 are stored as 131072 plain digits; most of those are trailing zeros
     * (before or after the point), so only the significant digits are parsed and the zeros
     * become a power of ten, keeping the text's scale.
     */
    public static BigDecimal readDecimal(String text) {
        int zeros = 0;
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '0' || text.charAt(end - 1) == '.')) {
            zeros += text.charAt(end - 1) == '0' ? 1 : 0;
            end--;
        }
        if (zeros < 64 || end == 0 || !Character.isDigit(text.charAt(end - 1)) || text.indexOf('e') >= 0
                || text.indexOf('E') >= 0) {
            return new BigDecimal(text);
        }
        int point = text.indexOf('.');
        int scale = point < 0 ? 0 : text.length() - point - 1;
        String significant = text.substring(0, end).replace(".", "");
        return new BigDecimal(new java.math.BigInteger(significant), scale - zeros).setScale(scale);
    }

    /** NaN or an infinity as numeric input spells them (any case), or null. */
    static NumericValue special(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "nan" -> NAN;
            case "infinity", "+infinity", "inf", "+inf" -> POSITIVE_INFINITY;
            case "-infinity", "-inf" -> NEGATIVE_INFINITY;
            default -> null;
        };
    }

    public boolean isNaN() {
        return special == 2;
    }

    public boolean isInfinite() {
        return special == 1 || special == -1;
    }

    /** PostgreSQL's order: -Infinity, the finite values, Infinity, NaN (NaN equals NaN). */
    @Override
    public int compareTo(NumericValue other) {
        if (special == 0 && other.special == 0) {
            return decimal.compareTo(other.decimal);
        }
        return Integer.compare(special, other.special);
    }

    @Override
    public String toString() {
        return switch (special) {
            case 2 -> "NaN";
            case 1 -> "Infinity";
            case -1 -> "-Infinity";
            default -> decimal.toPlainString();
        };
    }
}
