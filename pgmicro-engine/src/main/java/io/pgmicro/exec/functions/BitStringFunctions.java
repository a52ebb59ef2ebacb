package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

/**
 * The bitwise operators and bit access functions of bit and bit varying, on their stored
 * digit texts ('1011'). Bit positions count from 0 at the left, as in PostgreSQL.
 */
final class BitStringFunctions {
    private BitStringFunctions() {
    }

    static void register(Registrar r) {
        r.strict("pg_bit_and", 2, a -> combine(Args.text(a[0]), Args.text(a[1]), "AND"));
        r.strict("pg_bit_or", 2, a -> combine(Args.text(a[0]), Args.text(a[1]), "OR"));
        r.strict("pg_bit_xor", 2, a -> combine(Args.text(a[0]), Args.text(a[1]), "XOR"));
        r.strict("pg_bit_not", 1, a -> not(Args.text(a[0])));
        r.strict("pg_bit_shift_left", 2, a -> shift(Args.text(a[0]), Args.int4(a[1])));
        // shifting right by n is shifting left by -n; -n of the smallest int4 does not exist, but any shift that far empties the string
        r.strict("pg_bit_shift_right", 2, a -> shift(Args.text(a[0]), -Math.max(Args.int4(a[1]), -Integer.MAX_VALUE)));
        // unlike strpos, an empty string contains nothing, not even the empty string
        r.strict("pg_bit_position", 2, a -> Args.text(a[0]).isEmpty() ? 0L
                : (long) StringFunctions.strpos(Args.text(a[0]), Args.text(a[1])));
        r.strict("pg_bit_get", 2, a -> (long) (Args.text(a[0]).charAt(index(Args.text(a[0]), Args.int4(a[1]))) - '0'));
        r.strict("pg_bit_set", 3, a -> set(Args.text(a[0]), Args.int4(a[1]), Args.int4(a[2])));
    }

    /** &amp;, | and #: both operands must have the same length (22026). */
    static String combine(String left, String right, String operation) {
        if (left.length() != right.length()) {
            throw new PgException(SqlState.STRING_DATA_LENGTH_MISMATCH,
                    "cannot " + operation + " bit strings of different sizes");
        }
        StringBuilder out = new StringBuilder(left.length());
        for (int i = 0; i < left.length(); i++) {
            boolean l = left.charAt(i) == '1';
            boolean r = right.charAt(i) == '1';
            boolean bit = switch (operation) {
                case "AND" -> l && r;
                case "OR" -> l || r;
                default -> l != r;
            };
            out.append(bit ? '1' : '0');
        }
        return out.toString();
    }

    static String not(String bits) {
        StringBuilder out = new StringBuilder(bits.length());
        for (int i = 0; i < bits.length(); i++) {
            out.append(bits.charAt(i) == '1' ? '0' : '1');
        }
        return out.toString();
    }

    /** Shifts left by n bits (right when n is negative), filling with zeros and keeping the length. */
    static String shift(String bits, int n) {
        int length = bits.length();
        if (Math.abs((long) n) >= length) {
            return "0".repeat(length);
        }
        return n >= 0 ? bits.substring(n) + "0".repeat(n) : "0".repeat(-n) + bits.substring(0, length + n);
    }

    static String set(String bits, int n, int value) {
        int at = index(bits, n);
        if (value != 0 && value != 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "new bit must be 0 or 1");
        }
        return bits.substring(0, at) + (char) ('0' + value) + bits.substring(at + 1);
    }

    private static int index(String bits, int n) {
        if (n < 0 || n >= bits.length()) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR,
                    "bit index " + n + " out of valid range (0.." + (bits.length() - 1) + ")");
        }
        return n;
    }
}
