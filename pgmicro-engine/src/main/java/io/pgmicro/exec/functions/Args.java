package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.math.BigDecimal;

/**
 * Reads a storage value as the Java value a function body works on. SQLite may hand a
 * function a value of another storage class than the column's (a literal 1 where a REAL
 * is meant, a number where TEXT is meant), so every reader accepts what SQLite's own
 * affinity rules could produce.
 */
final class Args {
    private Args() {
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] b) {
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (v instanceof Double d) {
            return FloatText.format(d);
        }
        return v.toString();
    }

    static long integer(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return Math.round(d);
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                        "invalid input syntax for type bigint: \"" + s + "\"");
            }
        }
        throw new PgException(SqlState.DATATYPE_MISMATCH, "expected an integer value, got " + describe(v));
    }

    static int int4(Object v) {
        long l = integer(v);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range");
        }
        return (int) l;
    }

    static double float8(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof String s) {
            return FloatText.parse(s);
        }
        throw new PgException(SqlState.DATATYPE_MISMATCH, "expected a float value, got " + describe(v));
    }

    static boolean bool(Object v) {
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof Double d) {
            return d != 0;
        }
        if (v instanceof String s) {
            return switch (s) {
                case "t", "true", "1" -> true;
                case "f", "false", "0" -> false;
                default -> throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                        "invalid input syntax for type boolean: \"" + s + "\"");
            };
        }
        throw new PgException(SqlState.DATATYPE_MISMATCH, "expected a boolean value, got " + describe(v));
    }

    static Numeric numeric(Object v) {
        if (v instanceof Long l) {
            return Numeric.of(BigDecimal.valueOf(l));
        }
        if (v instanceof Double d) {
            return Numeric.ofDouble(d);
        }
        if (v instanceof String s) {
            return Numeric.parse(s);
        }
        throw new PgException(SqlState.DATATYPE_MISMATCH, "expected a numeric value, got " + describe(v));
    }

    static byte[] bytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        return text(v).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String describe(Object v) {
        return v == null ? "NULL" : v.getClass().getSimpleName();
    }
}
