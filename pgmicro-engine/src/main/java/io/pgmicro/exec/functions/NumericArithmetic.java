package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/** The numeric operators and functions, over numeric's storage text. */
final class NumericArithmetic {
    /** The largest n whose factorial fits numeric's 131072 digits before the decimal point. */
    private static final long LARGEST_FACTORIAL = 32177;

    private NumericArithmetic() {
    }

    static void register(Registrar r) {
        binary(r, "pg_numeric_add", Numeric::add);
        binary(r, "pg_numeric_sub", Numeric::subtract);
        binary(r, "pg_numeric_mul", Numeric::multiply);
        binary(r, "pg_numeric_div", Numeric::divide);
        binary(r, "pg_numeric_div_trunc", Numeric::divideTruncated);
        binary(r, "pg_numeric_mod", Numeric::remainder);
        binary(r, "pg_numeric_pow", NumericMath::power);
        binary(r, "pg_numeric_log", NumericMath::log);
        unary(r, "pg_numeric_neg", Numeric::negate);
        unary(r, "pg_numeric_abs", Numeric::abs);
        unary(r, "pg_numeric_sqrt", NumericMath::sqrt);
        unary(r, "pg_numeric_ln", NumericMath::ln);
        unary(r, "pg_numeric_log10", x -> NumericMath.log(Numeric.of(10), x));
        unary(r, "pg_numeric_exp", NumericMath::exp);
        unary(r, "pg_numeric_ceil", Numeric::ceil);
        unary(r, "pg_numeric_floor", Numeric::floor);
        unary(r, "pg_numeric_sign", x -> x.isNaN() ? x : Numeric.of(x.signum()));
        r.strict("pg_numeric_round", 2, a -> Args.numeric(a[0]).round(Args.int4(a[1])).toString());
        r.strict("pg_numeric_scale", 1, a -> {
            Numeric x = Args.numeric(a[0]);
            return x.isFinite() ? (Object) (long) x.scale() : null;
        });
        r.strict("pg_factorial", 1, a -> factorial(Args.integer(a[0])).toString());
        r.strict("pg_numeric_trunc", 2, a -> Args.numeric(a[0]).truncate(Args.int4(a[1])).toString());
    }

    static Numeric factorial(long n) {
        if (n < 0) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "factorial of a negative number is undefined");
        }
        if (n > LARGEST_FACTORIAL) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        BigInteger product = BigInteger.ONE;
        for (long i = 2; i <= n; i++) {
            product = product.multiply(BigInteger.valueOf(i));
        }
        return Numeric.of(new BigDecimal(product));
    }

    private static void binary(Registrar r, String name, BinaryOperator<Numeric> op) {
        r.strict(name, 2, a -> op.apply(Args.numeric(a[0]), Args.numeric(a[1])).toString());
    }

    private static void unary(Registrar r, String name, UnaryOperator<Numeric> op) {
        r.strict(name, 1, a -> op.apply(Args.numeric(a[0])).toString());
    }
}
