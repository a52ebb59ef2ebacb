package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.NumericValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A PostgreSQL numeric: an exact decimal with a display scale, or NaN, Infinity,
 * -Infinity. Result scales follow PostgreSQL's numeric.c (select_div_scale and friends),
 * so printed results have the digits PostgreSQL prints.
 */
final class Numeric implements Comparable<Numeric> {
    static final int MIN_SIG_DIGITS = 16;
    static final int MAX_DISPLAY_SCALE = 1000;

    private enum Kind { FINITE, NAN, POS_INF, NEG_INF }

    static final Numeric NAN = new Numeric(null, Kind.NAN);
    static final Numeric POS_INF = new Numeric(null, Kind.POS_INF);
    static final Numeric NEG_INF = new Numeric(null, Kind.NEG_INF);
    static final Numeric ZERO = of(BigDecimal.ZERO);

    private final BigDecimal value;
    private final Kind kind;

    private Numeric(BigDecimal value, Kind kind) {
        this.value = value;
        this.kind = kind;
    }

    static Numeric of(BigDecimal v) {
        return new Numeric(v.scale() < 0 ? v.setScale(0) : v, Kind.FINITE);
    }

    static Numeric of(long v) {
        return of(BigDecimal.valueOf(v));
    }

    static Numeric ofDouble(double d) {
        if (Double.isNaN(d)) {
            return NAN;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? POS_INF : NEG_INF;
        }
        return of(new BigDecimal(FloatText.format(d)));
    }

    static Numeric parse(String text) {
        String t = text.trim();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "nan":
                return NAN;
            case "infinity", "inf", "+infinity", "+inf":
                return POS_INF;
            case "-infinity", "-inf":
                return NEG_INF;
            default:
                break;
        }
        try {
            if (t.isEmpty() || !Character.isDigit(t.charAt(t.length() - 1)) && t.charAt(t.length() - 1) != '.') {
                throw new NumberFormatException();
            }
            return of(NumericValue.readDecimal(t));
        } catch (NumberFormatException e) {
            throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid input syntax for type numeric: \"" + text + "\"");
        }
    }

    boolean isNaN() {
        return kind == Kind.NAN;
    }

    boolean isFinite() {
        return kind == Kind.FINITE;
    }

    boolean isInfinite() {
        return kind == Kind.POS_INF || kind == Kind.NEG_INF;
    }

    BigDecimal value() {
        if (kind != Kind.FINITE) {
            throw new IllegalStateException("not finite: " + this);
        }
        return value;
    }

    int scale() {
        return kind == Kind.FINITE ? value.scale() : 0;
    }

    /** -1, 0 or 1; NaN has none and answers 0. */
    int signum() {
        return switch (kind) {
            case FINITE -> value.signum();
            case POS_INF -> 1;
            case NEG_INF -> -1;
            case NAN -> 0;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case FINITE -> value.toPlainString();
            case NAN -> "NaN";
            case POS_INF -> "Infinity";
            case NEG_INF -> "-Infinity";
        };
    }

    double toDouble() {
        return switch (kind) {
            case FINITE -> value.doubleValue();
            case NAN -> Double.NaN;
            case POS_INF -> Double.POSITIVE_INFINITY;
            case NEG_INF -> Double.NEGATIVE_INFINITY;
        };
    }

    /** PostgreSQL's order: -Infinity, finite values, Infinity, NaN (NaN equals NaN). */
    @Override
    public int compareTo(Numeric o) {
        int a = rank();
        int b = o.rank();
        if (a != b || a != 1) {
            return Integer.compare(a, b);
        }
        return value.compareTo(o.value);
    }

    private int rank() {
        return switch (kind) {
            case NEG_INF -> 0;
            case FINITE -> 1;
            case POS_INF -> 2;
            case NAN -> 3;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Numeric n && compareTo(n) == 0;
    }

    @Override
    public int hashCode() {
        return kind == Kind.FINITE ? value.stripTrailingZeros().hashCode() : kind.hashCode();
    }

    private static Numeric infinity(int sign) {
        return sign >= 0 ? POS_INF : NEG_INF;
    }

    Numeric add(Numeric o) {
        if (isNaN() || o.isNaN()) {
            return NAN;
        }
        if (isInfinite() || o.isInfinite()) {
            if (isInfinite() && o.isInfinite() && signum() != o.signum()) {
                return NAN;
            }
            return isInfinite() ? this : o;
        }
        return of(value.add(o.value));
    }

    Numeric negate() {
        return switch (kind) {
            case FINITE -> of(value.negate());
            case POS_INF -> NEG_INF;
            case NEG_INF -> POS_INF;
            case NAN -> NAN;
        };
    }

    Numeric subtract(Numeric o) {
        return add(o.negate());
    }

    Numeric multiply(Numeric o) {
        if (isNaN() || o.isNaN()) {
            return NAN;
        }
        if (isInfinite() || o.isInfinite()) {
            int sign = signum() * o.signum();
            return sign == 0 ? NAN : infinity(sign);
        }
        return of(value.multiply(o.value));
    }

    Numeric divide(Numeric o) {
        if (isNaN() || o.isNaN()) {
            return NAN;
        }
        if (o.signum() == 0) {
            throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        if (isInfinite()) {
            return o.isInfinite() ? NAN : infinity(signum() * o.signum());
        }
        if (o.isInfinite()) {
            return ZERO;
        }
        return of(value.divide(o.value, divisionScale(value, o.value), RoundingMode.HALF_UP));
    }

    /** PostgreSQL's select_div_scale: at least 16 significant digits, never fewer than either operand's scale. */
    static int divisionScale(BigDecimal dividend, BigDecimal divisor) {
        int qweight = weight(dividend) - weight(divisor);
        if (firstDigit(dividend) <= firstDigit(divisor)) {
            qweight--;
        }
        int rscale = MIN_SIG_DIGITS - qweight * 4;
        rscale = Math.max(rscale, Math.max(dividend.scale(), divisor.scale()));
        return clampScale(rscale);
    }

    static int clampScale(int rscale) {
        return Math.min(Math.max(rscale, 0), MAX_DISPLAY_SCALE);
    }

    /** The weight of the leading base-10000 digit, as numeric.c stores numbers. */
    static int weight(BigDecimal v) {
        if (v.signum() == 0) {
            return 0;
        }
        int decimalExponent = v.precision() - v.scale() - 1;
        return Math.floorDiv(decimalExponent, 4);
    }

    private static int firstDigit(BigDecimal v) {
        if (v.signum() == 0) {
            return 0;
        }
        return v.abs().movePointLeft(4 * weight(v)).setScale(0, RoundingMode.DOWN).intValue();
    }

    /** Integer division toward zero (div()). */
    Numeric divideTruncated(Numeric o) {
        if (isNaN() || o.isNaN()) {
            return NAN;
        }
        if (o.signum() == 0) {
            throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        if (!isFinite() || !o.isFinite()) {
            return isInfinite() ? (o.isInfinite() ? NAN : infinity(signum() * o.signum())) : ZERO;
        }
        return of(value.divide(o.value, 0, RoundingMode.DOWN));
    }

    Numeric remainder(Numeric o) {
        if (isNaN() || o.isNaN()) {
            return NAN;
        }
        if (o.signum() == 0) {
            throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        if (isInfinite()) {
            return NAN;
        }
        if (o.isInfinite()) {
            return this;
        }
        BigDecimal r = value.remainder(o.value);
        return of(r.setScale(Math.max(value.scale(), o.value.scale()), RoundingMode.UNNECESSARY));
    }

    Numeric abs() {
        return signum() < 0 ? negate() : this;
    }

    /**
     * PostgreSQL's bounds on the scale argument of round and trunc: a numeric holds at most
     * 16383 digits after the point and 131072 before it (round keeps one more, for a carry),
     * so a scale beyond them changes nothing and is clamped instead of building huge values.
     */
    private static final int MAX_SCALE = 16383;
    private static final int MIN_TRUNC_SCALE = -131072;

    /** round(x, s): half away from zero; a negative s rounds left of the point and prints no fraction. */
    Numeric round(int s) {
        int scale = Math.min(Math.max(s, MIN_TRUNC_SCALE - 1), MAX_SCALE);
        return isFinite() ? of(value.setScale(scale, RoundingMode.HALF_UP).setScale(Math.max(scale, 0))) : this;
    }

    Numeric truncate(int s) {
        int scale = Math.min(Math.max(s, MIN_TRUNC_SCALE), MAX_SCALE);
        return isFinite() ? of(value.setScale(scale, RoundingMode.DOWN).setScale(Math.max(scale, 0))) : this;
    }

    Numeric ceil() {
        return isFinite() ? of(value.setScale(0, RoundingMode.CEILING)) : this;
    }

    Numeric floor() {
        return isFinite() ? of(value.setScale(0, RoundingMode.FLOOR)) : this;
    }

    boolean isInteger() {
        return isFinite() && (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0);
    }

    BigInteger toBigInteger() {
        return value.toBigIntegerExact();
    }
}
