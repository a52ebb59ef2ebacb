package io.pgmicro.exec.functions;

import java.util.Locale;

/**
 * The two-variable statistics over float8 (Y, X) pairs: regr_count, regr_sxx/syy/sxy, regr_avgx/avgy,
 * regr_r2, regr_slope, regr_intercept, covar_pop/samp and corr. The sums are kept with the
 * Youngs-Cramer update PostgreSQL's float8_regr_accum uses, so that results carry its digits, and a
 * pair with a NULL is skipped.
 */
final class Regression {
    /** Which statistic an aggregate returns from the running sums. */
    enum Statistic {
        REGR_COUNT, REGR_SXX, REGR_SYY, REGR_SXY, REGR_AVGX, REGR_AVGY, REGR_R2, REGR_SLOPE, REGR_INTERCEPT,
        COVAR_POP, COVAR_SAMP, CORR;

        /** The SQL-callable function name, e.g. pg_regr_sxx. */
        String functionName() {
            return "pg_" + name().toLowerCase(Locale.ROOT);
        }

        /** The SQL name of the aggregate. */
        String sqlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Regression() {
    }

    static void register(Registrar r) {
        for (Statistic s : Statistic.values()) {
            r.aggregate(s.functionName(), 2, true, () -> new Sums(s));
        }
    }

    /** Count, sums of X and Y, and the sums of squared and crossed deviations from the means. */
    private static final class Sums implements AggregateState {
        private final Statistic statistic;
        private double n;
        private double sx;
        private double sxx;
        private double sy;
        private double syy;
        private double sxy;

        Sums(Statistic statistic) {
            this.statistic = statistic;
        }

        @Override
        public void step(Object[] args) {
            double y = Args.float8(args[0]);
            double x = Args.float8(args[1]);
            double previousN = n;
            double previousSx = sx;
            double previousSy = sy;
            n += 1.0;
            sx += x;
            sy += y;
            if (previousN > 0.0) {
                double dx = x * n - sx;
                double dy = y * n - sy;
                double scale = 1.0 / (n * previousN);
                sxx += dx * dx * scale;
                syy += dy * dy * scale;
                sxy += dx * dy * scale;
                overflowOrNan(x, y, previousSx, previousSy);
            } else {
                // a first value that is infinite or NaN must not leave the deviations at zero
                if (!Double.isFinite(x)) {
                    sxx = Double.NaN;
                    sxy = Double.NaN;
                }
                if (!Double.isFinite(y)) {
                    syy = Double.NaN;
                    sxy = Double.NaN;
                }
            }
        }

        /** Infinite sums from finite inputs are an overflow; from an infinite input the deviations are NaN. */
        private void overflowOrNan(double x, double y, double previousSx, double previousSy) {
            boolean xOverflow = (Double.isInfinite(sx) || Double.isInfinite(sxx))
                    && !Double.isInfinite(previousSx) && !Double.isInfinite(x);
            boolean yOverflow = (Double.isInfinite(sy) || Double.isInfinite(syy))
                    && !Double.isInfinite(previousSy) && !Double.isInfinite(y);
            boolean xyOverflow = Double.isInfinite(sxy) && !Double.isInfinite(previousSx) && !Double.isInfinite(x)
                    && !Double.isInfinite(previousSy) && !Double.isInfinite(y);
            if (xOverflow || yOverflow || xyOverflow) {
                throw FloatArithmetic.overflow();
            }
            if (Double.isInfinite(sxx)) {
                sxx = Double.NaN;
            }
            if (Double.isInfinite(syy)) {
                syy = Double.NaN;
            }
            if (Double.isInfinite(sxy)) {
                sxy = Double.NaN;
            }
        }

        @Override
        public Object result() {
            if (statistic == Statistic.REGR_COUNT) {
                return (long) n;
            }
            if (n < 1.0 || statistic == Statistic.COVAR_SAMP && n < 2.0) {
                return null;
            }
            return switch (statistic) {
                case REGR_SXX -> sxx;
                case REGR_SYY -> syy;
                case REGR_SXY -> sxy;
                case REGR_AVGX -> sx / n;
                case REGR_AVGY -> sy / n;
                case COVAR_POP -> sxy / n;
                case COVAR_SAMP -> sxy / (n - 1.0);
                // a horizontal or vertical line has no correlation, slope or intercept
                case CORR -> sxx == 0 || syy == 0 ? null : sxy / Math.sqrt(sxx * syy);
                case REGR_R2 -> sxx == 0 ? null : syy == 0 ? 1.0 : sxy * sxy / (sxx * syy);
                case REGR_SLOPE -> sxx == 0 ? null : sxy / sxx;
                case REGR_INTERCEPT -> sxx == 0 ? null : (sy - sx * sxy / sxx) / n;
                default -> throw new IllegalStateException(statistic.name());
            };
        }
    }
}
