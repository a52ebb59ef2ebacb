package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * width_bucket(operand, bound1, bound2, count): which of count equal-width buckets between
 * the bounds holds the operand; 0 below the range and count + 1 above it. The bounds may
 * be given in either order (a descending histogram).
 */
final class WidthBucket {
    /** SQLSTATE invalid_argument_for_width_bucket_function. */
    private static final String INVALID_ARGUMENT = "2201G";

    private WidthBucket() {
    }

    static void register(Registrar r) {
        r.strict("pg_width_bucket_float8", 4,
                a -> (long) ofFloat(Args.float8(a[0]), Args.float8(a[1]), Args.float8(a[2]), Args.int4(a[3])));
        r.strict("pg_width_bucket_numeric", 4,
                a -> (long) ofNumeric(Args.numeric(a[0]), Args.numeric(a[1]), Args.numeric(a[2]), Args.int4(a[3])));
    }

    static int ofFloat(double operand, double bound1, double bound2, int count) {
        checkCount(count);
        if (Double.isNaN(operand) || Double.isNaN(bound1) || Double.isNaN(bound2)) {
            throw nan();
        }
        if (Double.isInfinite(bound1) || Double.isInfinite(bound2)) {
            throw infiniteBounds();
        }
        checkDistinct(Double.compare(bound1, bound2));
        boolean ascending = bound1 < bound2;
        if (ascending ? operand < bound1 : operand > bound1) {
            return 0;
        }
        if (ascending ? operand >= bound2 : operand <= bound2) {
            return overflowCount(count);
        }
        return (int) (count * (operand - bound1) / (bound2 - bound1)) + 1;
    }

    static int ofNumeric(Numeric operand, Numeric bound1, Numeric bound2, int count) {
        checkCount(count);
        if (operand.isNaN() || bound1.isNaN() || bound2.isNaN()) {
            throw nan();
        }
        if (bound1.isInfinite() || bound2.isInfinite()) {
            throw infiniteBounds();
        }
        int order = bound1.compareTo(bound2);
        checkDistinct(order);
        boolean ascending = order < 0;
        int belowLow = operand.compareTo(bound1);
        if (ascending ? belowLow < 0 : belowLow > 0) {
            return 0;
        }
        int beyondHigh = operand.compareTo(bound2);
        if (ascending ? beyondHigh >= 0 : beyondHigh <= 0) {
            return overflowCount(count);
        }
        BigDecimal offset = operand.value().subtract(bound1.value()).multiply(BigDecimal.valueOf(count));
        BigDecimal width = bound2.value().subtract(bound1.value());
        return offset.divide(width, 0, RoundingMode.DOWN).intValueExact() + 1;
    }

    private static void checkCount(int count) {
        if (count <= 0) {
            throw new PgException(INVALID_ARGUMENT, "count must be greater than zero");
        }
    }

    private static void checkDistinct(int order) {
        if (order == 0) {
            throw new PgException(INVALID_ARGUMENT,
                    "lower bound cannot equal upper bound");
        }
    }

    private static int overflowCount(int count) {
        if (count == Integer.MAX_VALUE) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range");
        }
        return count + 1;
    }

    private static PgException nan() {
        return new PgException(INVALID_ARGUMENT,
                "operand, lower bound, and upper bound cannot be NaN");
    }

    private static PgException infiniteBounds() {
        return new PgException(INVALID_ARGUMENT,
                "lower and upper bounds must be finite");
    }
}
