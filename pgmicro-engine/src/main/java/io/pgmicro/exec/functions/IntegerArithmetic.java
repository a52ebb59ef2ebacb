package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

/**
 * int2, int4 and int8 arithmetic with PostgreSQL's overflow and division errors. SQLite
 * would silently turn an overflowing integer into a REAL and return NULL for x/0.
 */
final class IntegerArithmetic {
    /** The three integer widths, with the range they check and the word their error uses. */
    enum Width {
        INT2("int2", Short.MIN_VALUE, Short.MAX_VALUE, "smallint out of range"),
        INT4("int4", Integer.MIN_VALUE, Integer.MAX_VALUE, "integer out of range"),
        INT8("int8", Long.MIN_VALUE, Long.MAX_VALUE, "bigint out of range");

        final String prefix;
        final long min;
        final long max;
        final String overflowMessage;

        Width(String prefix, long min, long max, String overflowMessage) {
            this.prefix = prefix;
            this.min = min;
            this.max = max;
            this.overflowMessage = overflowMessage;
        }

        long check(long v) {
            if (v < min || v > max) {
                throw overflow();
            }
            return v;
        }

        PgException overflow() {
            return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, overflowMessage);
        }
    }

    private IntegerArithmetic() {
    }

    static void register(Registrar r) {
        for (Width w : Width.values()) {
            String p = "pg_" + w.prefix + "_";
            r.strict(p + "add", 2, a -> add(w, Args.integer(a[0]), Args.integer(a[1])));
            r.strict(p + "sub", 2, a -> subtract(w, Args.integer(a[0]), Args.integer(a[1])));
            r.strict(p + "mul", 2, a -> multiply(w, Args.integer(a[0]), Args.integer(a[1])));
            r.strict(p + "div", 2, a -> divide(w, Args.integer(a[0]), Args.integer(a[1])));
            r.strict(p + "mod", 2, a -> modulo(Args.integer(a[0]), Args.integer(a[1])));
            r.strict(p + "neg", 1, a -> negate(w, Args.integer(a[0])));
            r.strict(p + "abs", 1, a -> abs(w, Args.integer(a[0])));
        }
        registerShifts(r);
        r.strict("pg_int8_xor", 2, a -> Args.integer(a[0]) ^ Args.integer(a[1]));
        r.strict("pg_gcd", 2, a -> gcd(Args.integer(a[0]), Args.integer(a[1])));
        r.strict("pg_lcm", 2, a -> lcm(Args.integer(a[0]), Args.integer(a[1])));
    }

    /**
     * x &lt;&lt; n and x &gt;&gt; n shift within the operand's own width, the count taken modulo the width of
     * the int (int2 is shifted as an int), so bits shifted out are lost as in PostgreSQL's C code.
     */
    private static void registerShifts(Registrar r) {
        r.strict("pg_int2_shl", 2, a -> (long) (short) ((int) Args.integer(a[0]) << Args.int4(a[1])));
        r.strict("pg_int2_shr", 2, a -> (long) (short) ((int) Args.integer(a[0]) >> Args.int4(a[1])));
        r.strict("pg_int4_shl", 2, a -> (long) ((int) Args.integer(a[0]) << Args.int4(a[1])));
        r.strict("pg_int4_shr", 2, a -> (long) ((int) Args.integer(a[0]) >> Args.int4(a[1])));
        r.strict("pg_int8_shl", 2, a -> Args.integer(a[0]) << Args.int4(a[1]));
        r.strict("pg_int8_shr", 2, a -> Args.integer(a[0]) >> Args.int4(a[1]));
    }

    static long add(Width w, long a, long b) {
        try {
            return w.check(Math.addExact(a, b));
        } catch (ArithmeticException e) {
            throw w.overflow();
        }
    }

    static long subtract(Width w, long a, long b) {
        try {
            return w.check(Math.subtractExact(a, b));
        } catch (ArithmeticException e) {
            throw w.overflow();
        }
    }

    static long multiply(Width w, long a, long b) {
        try {
            return w.check(Math.multiplyExact(a, b));
        } catch (ArithmeticException e) {
            throw w.overflow();
        }
    }

    static long divide(Width w, long a, long b) {
        if (b == 0) {
            throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        if (b == -1) {
            return negate(w, a);
        }
        return a / b;
    }

    static long modulo(long a, long b) {
        if (b == 0) {
            throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        return b == -1 ? 0 : a % b;
    }

    static long negate(Width w, long a) {
        if (a == Long.MIN_VALUE) {
            throw w.overflow();
        }
        return w.check(-a);
    }

    static long abs(Width w, long a) {
        return a < 0 ? negate(w, a) : a;
    }

    static long gcd(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        if (x == Long.MIN_VALUE) {
            throw Width.INT8.overflow();
        }
        return Math.abs(x);
    }

    static long lcm(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        long g = gcd(a, b);
        return Math.abs(multiply(Width.INT8, a / g, b));
    }
}
