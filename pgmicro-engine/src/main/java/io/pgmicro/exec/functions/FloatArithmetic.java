package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * float4 and float8 arithmetic and the float8 math functions, with PostgreSQL's checks:
 * an infinite result from finite inputs is an overflow, a zero result from non-zero
 * inputs of a multiplication is an underflow, x/0 is division by zero.
 */
final class FloatArithmetic {
    private FloatArithmetic() {
    }

    static void register(Registrar r) {
        for (boolean single : new boolean[] {false, true}) {
            String p = single ? "pg_float4_" : "pg_float8_";
            r.strict(p + "add", 2, binary(single, (x, y) -> checked(x + y, x, y, false)));
            r.strict(p + "sub", 2, binary(single, (x, y) -> checked(x - y, x, y, false)));
            r.strict(p + "mul", 2, binary(single, (x, y) -> checked(x * y, x, y, x != 0 && y != 0)));
            r.strict(p + "div", 2, binary(single, FloatArithmetic::divide));
        }
        r.strict("pg_float8_neg", 1, unary(x -> -x));
        r.strict("pg_float8_abs", 1, unary(Math::abs));
        r.strict("pg_float8_pow", 2, binary(false, FloatArithmetic::power));
        r.strict("pg_float8_sqrt", 1, unary(FloatArithmetic::sqrt));
        r.strict("pg_float8_cbrt", 1, unary(LibM::cbrt));
        r.strict("pg_float8_exp", 1, unary(x -> checked(LibM.exp(x), x, x, x != Double.NEGATIVE_INFINITY)));
        r.strict("pg_float8_ln", 1, unary(x -> logarithm(x, LibM::log)));
        r.strict("pg_float8_log10", 1, unary(x -> logarithm(x, LibM::log10)));
        r.strict("pg_float8_ceil", 1, unary(Math::ceil));
        r.strict("pg_float8_floor", 1, unary(Math::floor));
        r.strict("pg_float8_round", 1, unary(Math::rint));
        r.strict("pg_float8_trunc", 1, unary(x -> x < 0 ? Math.ceil(x) : Math.floor(x)));
        r.strict("pg_float8_sign", 1, unary(Math::signum));
        r.strict("pg_float8_mod", 2, binary(false, FloatArithmetic::modulo));
        for (String fn : new String[] {"sin", "cos", "tan", "cot", "asin", "acos", "atan", "sinh", "cosh", "tanh",
                "asinh", "acosh", "atanh"}) {
            r.strict("pg_float8_" + fn, 1, unary(trig(fn)));
        }
        r.strict("pg_float8_atan2", 2, binary(false, (y, x) -> finite(LibM.atan2(y, x))));
        r.strict("pg_float8_degrees", 1, unary(x -> divide(x, DegreeTrigonometry.RADIANS_PER_DEGREE)));
        r.strict("pg_float8_radians", 1, unary(x -> checked(x * DegreeTrigonometry.RADIANS_PER_DEGREE, x,
                DegreeTrigonometry.RADIANS_PER_DEGREE, x != 0)));
        DegreeTrigonometry.register(r);
    }

    /**
     * The trigonometric and hyperbolic functions as PostgreSQL defines them over the C
     * library's: an infinite angle is out of range, tan and cot may be infinite, sinh and
     * cosh saturate to infinity, acosh and atanh check their domains.
     */
    private static DoubleUnaryOperator trig(String fn) {
        return switch (fn) {
            case "sin" -> x -> finite(LibM.sin(finiteAngle(x)));
            case "cos" -> x -> finite(LibM.cos(finiteAngle(x)));
            case "tan" -> x -> LibM.tan(finiteAngle(x));
            case "cot" -> x -> 1.0 / LibM.tan(finiteAngle(x));
            case "asin" -> x -> finite(LibM.asin(within(x, -1, 1)));
            case "acos" -> x -> finite(LibM.acos(within(x, -1, 1)));
            case "atan" -> x -> finite(LibM.atan(x));
            case "sinh" -> LibM::sinh;
            case "cosh" -> LibM::cosh;
            case "tanh" -> Math::tanh;
            case "asinh" -> LibM::asinh;
            case "acosh" -> x -> LibM.acosh(within(x, 1, Double.POSITIVE_INFINITY));
            default -> x -> LibM.atanh(within(x, -1, 1));
        };
    }

    /** An infinite angle has no sine: 22003 "input is out of range"; NaN passes. */
    static double finiteAngle(double x) {
        if (Double.isInfinite(x)) {
            throw inputOutOfRange();
        }
        return x;
    }

    /** A domain check, 22003 "input is out of range" outside [low, high]; NaN passes. */
    static double within(double x, double low, double high) {
        if (x < low || x > high) {
            throw inputOutOfRange();
        }
        return x;
    }

    /** An infinite result where PostgreSQL checks for one is an overflow. */
    static double finite(double result) {
        if (Double.isInfinite(result)) {
            throw overflow();
        }
        return result;
    }

    static PgException inputOutOfRange() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
    }

    private static ScalarBody binary(boolean single, DoubleBinaryOperator op) {
        if (single) {
            // float4 operands are single precision values; PostgreSQL computes on them as such.
            return a -> (double) checkedSingle(op.applyAsDouble((float) Args.float8(a[0]), (float) Args.float8(a[1])));
        }
        return a -> op.applyAsDouble(Args.float8(a[0]), Args.float8(a[1]));
    }

    private static ScalarBody unary(DoubleUnaryOperator op) {
        return a -> op.applyAsDouble(Args.float8(a[0]));
    }

    /** A float4 result is the float8 result rounded to single precision, checked again for range. */
    private static float checkedSingle(double d) {
        float f = (float) d;
        if (Float.isInfinite(f) && !Double.isInfinite(d)) {
            throw overflow();
        }
        if (f == 0 && d != 0) {
            throw underflow();
        }
        return f;
    }

    static double checked(double result, double x, double y, boolean zeroIsUnderflow) {
        if (Double.isInfinite(result) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw overflow();
        }
        if (zeroIsUnderflow && result == 0 && !Double.isNaN(x)) {
            throw underflow();
        }
        return result;
    }

    static PgException overflow() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
    }

    static PgException underflow() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
    }

    static double divide(double x, double y) {
        if (y == 0 && !Double.isNaN(x)) {
            throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        return checked(x / y, x, y == 0 ? 1 : 1 / y, x != 0 && !Double.isInfinite(y));
    }

    static double modulo(double x, double y) {
        if (y == 0) {
            throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        return x % y;
    }

    /** x ^ y as PostgreSQL's dpow: NaN operands first (1 ^ NaN and NaN ^ 0 are 1), then its errors, then libm's pow. */
    static double power(double x, double y) {
        if (Double.isNaN(x)) {
            return Double.isNaN(y) || y != 0 ? Double.NaN : 1.0;
        }
        if (Double.isNaN(y)) {
            return x != 1.0 ? Double.NaN : 1.0;
        }
        if (x == 0 && y < 0) {
            throw new PgException("2201F", "zero raised to a negative power is undefined");
        }
        if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
            throw new PgException("2201F", "a negative number raised to a non-integer power yields a complex result");
        }
        return checked(LibM.pow(x, y), x, y, x != 0 && !Double.isInfinite(x) && !Double.isInfinite(y));
    }

    static double sqrt(double x) {
        if (x < 0) {
            throw new PgException("2201F", "cannot take square root of a negative number");
        }
        return Math.sqrt(x);
    }

    private static double logarithm(double x, DoubleUnaryOperator log) {
        if (x == 0) {
            throw new PgException("2201E", "cannot take logarithm of zero");
        }
        if (x < 0) {
            throw new PgException("2201E", "cannot take logarithm of a negative number");
        }
        return log.applyAsDouble(x);
    }
}
