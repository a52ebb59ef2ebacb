package io.pgmicro.exec.functions;

import io.pgmicro.types.FormatContext;
import io.pgmicro.types.Types;

/** float8 values met as text: 'NaN' is how a NaN is stored, and text arguments may hold numbers. */
final class FloatText {
    private FloatText() {
    }

    static double parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "nan" -> Double.NaN;
            case "infinity", "inf", "+infinity", "+inf" -> Double.POSITIVE_INFINITY;
            case "-infinity", "-inf" -> Double.NEGATIVE_INFINITY;
            default -> viaCodec(s);
        };
    }

    private static double viaCodec(String s) {
        Object value = Types.FLOAT8.input(s, -1, FormatContext.DEFAULT);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new io.pgmicro.PgException(io.pgmicro.SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid input syntax for type double precision: \"" + s + "\"");
        }
    }

    /** PostgreSQL's float8 output text, as the type registry prints it. */
    static String format(double d) {
        return Types.FLOAT8.output(d, FormatContext.DEFAULT);
    }
}
