package io.pgmicro.exec.functions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * variance/var_samp/var_pop and stddev/stddev_samp/stddev_pop, computed as PostgreSQL
 * computes them so that results carry its digits: over numeric (and integers) exactly from
 * the count, sum and sum of squares, the quotient at PostgreSQL's division scale; over
 * float8 with the Youngs-Cramer running update PostgreSQL's float8_accum uses.
 */
final class Dispersion {
    /** Which statistic an aggregate returns. */
    enum Statistic {
        VAR_SAMP(true, false), VAR_POP(false, false), STDDEV_SAMP(true, true), STDDEV_POP(false, true);

        private final boolean sample;
        private final boolean root;

        Statistic(boolean sample, boolean root) {
            this.sample = sample;
            this.root = root;
        }

        /** The SQL-callable function name, e.g. pg_var_samp_numeric. */
        String functionName(String inputKind) {
            return "pg_" + name().toLowerCase(Locale.ROOT) + "_" + inputKind;
        }

        /** Too few rows give NULL: none at all, or a single one for a sample statistic. */
        boolean undefinedFor(long count) {
            return count == 0 || sample && count == 1;
        }
    }

    private Dispersion() {
    }

    static void register(Registrar r) {
        for (Statistic s : Statistic.values()) {
            r.aggregate(s.functionName("numeric"), 1, true, () -> new NumericDispersion(s));
            r.aggregate(s.functionName("float8"), 1, true, () -> new FloatDispersion(s));
        }
    }

    /** Exact count, sum and sum of squares; NaN or an infinity among the values makes the result NaN. */
    private static final class NumericDispersion implements AggregateState.Invertible {
        private final Statistic statistic;
        private BigDecimal sum = BigDecimal.ZERO;
        private BigDecimal sumOfSquares = BigDecimal.ZERO;
        private long nonFinite;
        private long count;

        NumericDispersion(Statistic statistic) {
            this.statistic = statistic;
        }

        @Override
        public void step(Object[] args) {
            accumulate(Args.numeric(args[0]), 1);
        }

        @Override
        public void inverse(Object[] args) {
            accumulate(Args.numeric(args[0]), -1);
        }

        private void accumulate(Numeric x, int direction) {
            count += direction;
            if (!x.isFinite()) {
                nonFinite += direction;
                return;
            }
            BigDecimal v = x.value();
            BigDecimal square = v.multiply(v);
            sum = direction > 0 ? sum.add(v) : sum.subtract(v);
            sumOfSquares = direction > 0 ? sumOfSquares.add(square) : sumOfSquares.subtract(square);
        }

        @Override
        public Object result() {
            if (statistic.undefinedFor(count)) {
                return null;
            }
            if (nonFinite > 0) {
                return Numeric.NAN.toString();
            }
            BigDecimal n = BigDecimal.valueOf(count);
            // n * sum(x^2) - sum(x)^2, whose scale (twice the inputs') takes part in the result's scale
            BigDecimal numerator = n.multiply(sumOfSquares).subtract(sum.multiply(sum));
            if (numerator.signum() <= 0) {
                return "0";
            }
            BigDecimal denominator = n.multiply(statistic.sample ? BigDecimal.valueOf(count - 1) : n);
            int rscale = Numeric.divisionScale(numerator, denominator);
            BigDecimal quotient = numerator.divide(denominator, rscale, RoundingMode.HALF_UP);
            return (statistic.root ? NumericMath.sqrt(quotient, rscale) : Numeric.of(quotient)).toString();
        }
    }

    /** float8 statistics from the running count, sum and sum of squared deviations. */
    private static final class FloatDispersion implements AggregateState {
        private final Statistic statistic;
        private double n;
        private double sum;
        private double squaredDeviations;

        FloatDispersion(Statistic statistic) {
            this.statistic = statistic;
        }

        @Override
        public void step(Object[] args) {
            double x = Args.float8(args[0]);
            double previousN = n;
            double previousSum = sum;
            n += 1.0;
            sum += x;
            if (previousN > 0.0) {
                double deviation = x * n - sum;
                squaredDeviations += deviation * deviation / (n * previousN);
                if (Double.isInfinite(sum) || Double.isInfinite(squaredDeviations)) {
                    // infinite from finite values is an overflow; an infinite input makes the statistic NaN
                    if (!Double.isInfinite(previousSum) && !Double.isInfinite(x)) {
                        throw FloatArithmetic.overflow();
                    }
                    squaredDeviations = Double.NaN;
                }
            } else if (Double.isNaN(x) || Double.isInfinite(x)) {
                squaredDeviations = Double.NaN;
            }
        }

        @Override
        public Object result() {
            if (statistic.undefinedFor((long) n)) {
                return null;
            }
            double variance = squaredDeviations / (statistic.sample ? n - 1.0 : n);
            return statistic.root ? Math.sqrt(variance) : variance;
        }
    }
}
