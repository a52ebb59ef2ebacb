package io.pgmicro.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Prints floats as PostgreSQL 12+ does: with extra_float_digits &gt; 0 the shortest
 * decimal that reads back to the same value, otherwise %g with 15 (or 6 for float4)
 * plus extra_float_digits significant digits. Both use exponent notation
 * ({@code 1e+20}, {@code 1.5e-07}) when the decimal exponent is below -4 or at least
 * the type's digit count (15, float4: 6), as printf's %g does.
 */
final class FloatText {
    private static final int DBL_DIG = 15;
    private static final int FLT_DIG = 6;

    private FloatText() {
    }

    static String format(double v, int extraFloatDigits) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return special(v, 1 / v < 0);
        }
        BigDecimal exact = new BigDecimal(v);
        BigDecimal digits;
        if (extraFloatDigits > 0) {
            digits = shortest(exact, d -> d.doubleValue() == v);
        } else {
            digits = exact.round(new MathContext(Math.max(1, DBL_DIG + extraFloatDigits), RoundingMode.HALF_EVEN));
        }
        return layout(digits, extraFloatDigits > 0 ? DBL_DIG : Math.max(1, DBL_DIG + extraFloatDigits));
    }

    static String format(float v, int extraFloatDigits) {
        if (Float.isNaN(v) || Float.isInfinite(v) || v == 0) {
            return special(v, 1 / v < 0);
        }
        BigDecimal exact = new BigDecimal(v);
        BigDecimal digits;
        if (extraFloatDigits > 0) {
            digits = shortest(exact, d -> d.floatValue() == v);
        } else {
            digits = exact.round(new MathContext(Math.max(1, FLT_DIG + extraFloatDigits), RoundingMode.HALF_EVEN));
        }
        return layout(digits, extraFloatDigits > 0 ? FLT_DIG : Math.max(1, FLT_DIG + extraFloatDigits));
    }

    private static String special(double v, boolean negativeZero) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        return negativeZero ? "-0" : "0";
    }

    private static BigDecimal shortest(BigDecimal exact, java.util.function.Predicate<BigDecimal> readsBack) {
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (readsBack.test(candidate)) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /** Lays out significant digits in fixed or exponent notation, as %g does with the given precision. */
    private static String layout(BigDecimal value, int fixedLimit) {
        BigDecimal stripped = value.stripTrailingZeros();
        String sign = stripped.signum() < 0 ? "-" : "";
        String digits = stripped.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - stripped.scale();
        StringBuilder out = new StringBuilder(sign);
        if (exponent < -4 || exponent >= fixedLimit) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        } else {
            out.append(stripped.abs().toPlainString());
        }
        return out.toString();
    }
}
