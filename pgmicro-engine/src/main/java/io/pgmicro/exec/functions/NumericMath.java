package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * numeric sqrt, ln, log, exp and power. Values are computed with a working precision well
 * beyond the result, then rounded to the result scale PostgreSQL's numeric.c chooses for
 * each function (at least 16 significant digits, never fewer than an input's scale).
 */
final class NumericMath {
    private static final BigDecimal TEN = BigDecimal.TEN;

    private NumericMath() {
    }

    static Numeric sqrt(Numeric x) {
        if (x.isNaN() || x.signum() > 0 && x.isInfinite()) {
            return x;
        }
        if (x.signum() < 0) {
            throw new PgException("2201F", "cannot take square root of a negative number");
        }
        BigDecimal v = x.value();
        int sweight = (Numeric.weight(v) + 1) * 4 / 2 - 1;
        int rscale = Numeric.clampScale(Math.max(Numeric.MIN_SIG_DIGITS - sweight, v.scale()));
        if (v.signum() == 0) {
            return Numeric.of(BigDecimal.ZERO.setScale(rscale));
        }
        return sqrt(v, rscale);
    }

    /** The square root of a non-negative finite value, rounded to rscale digits after the point. */
    static Numeric sqrt(BigDecimal v, int rscale) {
        return Numeric.of(v.sqrt(working(v, rscale)).setScale(rscale, RoundingMode.HALF_UP));
    }

    static Numeric ln(Numeric x) {
        checkLogArgument(x);
        if (x.isNaN() || x.isInfinite()) {
            return x;
        }
        BigDecimal v = x.value();
        int rscale = Numeric.clampScale(Math.max(Numeric.MIN_SIG_DIGITS - lnDecimalWeight(v), v.scale()));
        return Numeric.of(ln(v, new MathContext(rscale + 30)).setScale(rscale, RoundingMode.HALF_UP));
    }

    /** log(base, x); log10 is log(10, x). */
    static Numeric log(Numeric base, Numeric x) {
        checkLogArgument(base);
        checkLogArgument(x);
        if (base.isNaN() || x.isNaN() || base.isInfinite() || x.isInfinite()) {
            return Numeric.NAN;
        }
        BigDecimal b = base.value();
        BigDecimal v = x.value();
        int rscale = Numeric.MIN_SIG_DIGITS - (lnDecimalWeight(v) - lnDecimalWeight(b));
        rscale = Numeric.clampScale(Math.max(rscale, Math.max(b.scale(), v.scale())));
        MathContext mc = new MathContext(rscale + 30);
        BigDecimal lnBase = ln(b, mc);
        if (lnBase.signum() == 0) {
            throw new PgException("22012", "division by zero");
        }
        return Numeric.of(ln(v, mc).divide(lnBase, mc).setScale(rscale, RoundingMode.HALF_UP));
    }

    static Numeric exp(Numeric x) {
        if (x.isNaN()) {
            return x;
        }
        if (x.isInfinite()) {
            return x.signum() > 0 ? x : Numeric.ZERO;
        }
        BigDecimal v = x.value();
        double decimalWeight = v.doubleValue() * 0.434294481903252;
        int rscale = Numeric.clampScale(Math.max(Numeric.MIN_SIG_DIGITS - (int) decimalWeight, v.scale()));
        return Numeric.of(exp(v, new MathContext(rscale + Math.max(0, (int) decimalWeight) + 30))
                .setScale(rscale, RoundingMode.HALF_UP));
    }

    static Numeric power(Numeric base, Numeric exponent) {
        if (base.isNaN() || exponent.isNaN()) {
            return base.isNaN() && exponent.signum() == 0 && exponent.isFinite() ? Numeric.of(1) : Numeric.NAN;
        }
        if (!base.isFinite() || !exponent.isFinite()) {
            return Numeric.ofDouble(Math.pow(base.toDouble(), exponent.toDouble()));
        }
        BigDecimal b = base.value();
        BigDecimal e = exponent.value();
        if (b.signum() == 0 && e.signum() < 0) {
            throw new PgException("2201F", "zero raised to a negative power is undefined");
        }
        boolean integral = exponent.isInteger();
        if (b.signum() < 0 && !integral) {
            throw new PgException("2201F", "a negative number raised to a non-integer power yields a complex result");
        }
        if (integral && e.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            int rscale = Numeric.clampScale(Math.max(Numeric.MIN_SIG_DIGITS, Math.max(b.scale(), e.scale())));
            int n = e.intValueExact();
            if (n >= 0) {
                return Numeric.of(b.pow(n).setScale(rscale, RoundingMode.HALF_UP));
            }
            BigDecimal denominator = b.pow(-n);
            return Numeric.of(BigDecimal.ONE.divide(denominator, rscale, RoundingMode.HALF_UP));
        }
        if (b.signum() == 0) {
            return Numeric.of(BigDecimal.ZERO.setScale(Numeric.clampScale(Math.max(Numeric.MIN_SIG_DIGITS,
                    Math.max(b.scale(), e.scale())))));
        }
        double decimalWeight = Math.log(b.doubleValue()) * e.doubleValue() * 0.434294481903252;
        int rscale = Numeric.MIN_SIG_DIGITS - (int) decimalWeight;
        rscale = Numeric.clampScale(Math.max(rscale, Math.max(b.scale(), e.scale())));
        MathContext mc = new MathContext(rscale + Math.max(0, (int) decimalWeight) + 30);
        return Numeric.of(exp(ln(b, mc).multiply(e, mc), mc).setScale(rscale, RoundingMode.HALF_UP));
    }

    private static void checkLogArgument(Numeric x) {
        if (x.signum() == 0 && !x.isNaN()) {
            throw new PgException("2201E", "cannot take logarithm of zero");
        }
        if (x.signum() < 0) {
            throw new PgException("2201E", "cannot take logarithm of a negative number");
        }
    }

    /** numeric.c's estimate_ln_dweight: the decimal weight of ln(v), used to pick the result scale. */
    private static int lnDecimalWeight(BigDecimal v) {
        if (v.compareTo(new BigDecimal("0.9")) >= 0 && v.compareTo(new BigDecimal("1.1")) <= 0) {
            BigDecimal x = v.subtract(BigDecimal.ONE);
            return x.signum() == 0 ? 0 : x.precision() - x.scale() - 1;
        }
        double ln = Math.log(v.doubleValue());
        if (Double.isInfinite(ln)) {
            ln = Math.log(v.unscaledValue().doubleValue()) - v.scale() * Math.log(10);
        }
        return (int) Math.log10(Math.abs(ln));
    }

    private static MathContext working(BigDecimal v, int rscale) {
        return new MathContext(Math.max(v.precision(), 1) + rscale + 10);
    }

    /** Natural logarithm: scale by powers of ten into [0.1, 1], then Newton steps on exp from a double estimate. */
    static BigDecimal ln(BigDecimal v, MathContext mc) {
        int shift = v.precision() - v.scale();
        BigDecimal m = v.movePointLeft(shift);
        MathContext wide = new MathContext(mc.getPrecision() + 10);
        BigDecimal y = BigDecimal.valueOf(Math.log(m.doubleValue()));
        for (int i = 0; i < 100; i++) {
            BigDecimal ey = exp(y, wide);
            BigDecimal delta = m.subtract(ey).multiply(BigDecimal.valueOf(2)).divide(m.add(ey), wide);
            y = y.add(delta, wide);
            if (delta.signum() == 0 || delta.abs().compareTo(BigDecimal.ONE.movePointLeft(wide.getPrecision())) < 0) {
                break;
            }
        }
        return y.add(ln10(wide).multiply(BigDecimal.valueOf(shift)), mc);
    }

    private static BigDecimal ln10(MathContext mc) {
        BigDecimal y = BigDecimal.valueOf(Math.log(10));
        for (int i = 0; i < 100; i++) {
            BigDecimal ey = exp(y, mc);
            BigDecimal delta = TEN.subtract(ey).multiply(BigDecimal.valueOf(2)).divide(TEN.add(ey), mc);
            y = y.add(delta, mc);
            if (delta.signum() == 0 || delta.abs().compareTo(BigDecimal.ONE.movePointLeft(mc.getPrecision())) < 0) {
                break;
            }
        }
        return y;
    }

    /** e^x: halve x until it is small, sum the Taylor series, square back up. */
    static BigDecimal exp(BigDecimal x, MathContext mc) {
        MathContext wide = new MathContext(mc.getPrecision() + 20);
        int halvings = 0;
        BigDecimal r = x;
        while (r.abs().compareTo(new BigDecimal("0.01")) > 0) {
            r = r.divide(BigDecimal.valueOf(2), wide);
            halvings++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int k = 1; k < 1000; k++) {
            term = term.multiply(r, wide).divide(BigDecimal.valueOf(k), wide);
            sum = sum.add(term, wide);
            if (term.signum() == 0 || term.abs().compareTo(BigDecimal.ONE.movePointLeft(wide.getPrecision() + 2)) < 0) {
                break;
            }
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, wide);
        }
        return sum.round(mc);
    }
}
