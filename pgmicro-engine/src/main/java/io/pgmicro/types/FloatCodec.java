package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * float4 (real) and float8 (double precision): stored as a Double (a float4 value widened
 * exactly), except NaN, which is the TEXT 'NaN' because SQLite turns a NaN REAL into NULL.
 */
final class FloatCodec implements TypeCodec {
    static final FloatCodec FLOAT4 = new FloatCodec("real", true);
    static final FloatCodec FLOAT8 = new FloatCodec("double precision", false);

    /** What C's strtod accepts as a decimal number (PostgreSQL passes the rest to it). */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private final String sqlName;
    private final boolean single;

    private FloatCodec(String sqlName, boolean single) {
        this.sqlName = sqlName;
        this.single = single;
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        String t = InputErrors.trimSpaces(text);
        Double special = specialValue(t.toLowerCase(Locale.ROOT));
        if (special != null) {
            return store(special);
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw InputErrors.invalidSyntax(sqlName, text);
        }
        double value = single ? (double) Float.parseFloat(t) : Double.parseDouble(t);
        if (Double.isInfinite(value) || value == 0 && hasNonZeroDigit(t)) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                    "\"" + text + "\" is out of range for type " + sqlName);
        }
        return value;
    }

    private static Double specialValue(String lower) {
        return switch (lower) {
            case "nan", "+nan", "-nan" -> Double.NaN;
            case "infinity", "+infinity", "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-infinity", "-inf" -> Double.NEGATIVE_INFINITY;
            default -> null;
        };
    }

    private static boolean hasNonZeroDigit(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The storage value of a double: the Double itself, or the TEXT 'NaN'. */
    static Object store(double value) {
        return Double.isNaN(value) ? "NaN" : (Object) value;
    }

    /** The double a float storage value holds (a Double, a Long from SQLite's integer affinity, or 'NaN'). */
    static double value(Object storage) {
        if (storage instanceof Number n) {
            return n.doubleValue();
        }
        if (storage instanceof String s) {
            Double special = specialValue(s.toLowerCase(Locale.ROOT));
            return special != null ? special : Double.parseDouble(s);
        }
        throw new IllegalArgumentException("not a float storage value: " + storage);
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        double v = value(storage);
        return single ? FloatText.format((float) v, ctx.extraFloatDigits()) : FloatText.format(v, ctx.extraFloatDigits());
    }
}
