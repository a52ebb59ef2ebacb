package io.pgmicro.exec.functions;

import java.sql.Connection;

/**
 * Puts PostgreSQL's built-in functions, operators and aggregates on a sqlite-jdbc
 * connection as application-defined functions, all named with a {@code pg_} prefix.
 * {@link io.pgmicro.catalog.BuiltinFunctions} and {@link io.pgmicro.catalog.BuiltinOperators}
 * say which SQL each PostgreSQL function or operator becomes.
 *
 * <p>Errors raised inside them reach the caller as an SQLException whose message
 * {@link PgErrors#decode} turns back into the PgException.
 */
public final class PgFunctions {
    private PgFunctions() {
    }

    public static void register(Connection connection, FunctionContext ctx) {
        Registrar r = new Registrar(connection);
        IntegerArithmetic.register(r);
        FloatArithmetic.register(r);
        WidthBucket.register(r);
        Overlaps.register(r);
        NumericArithmetic.register(r);
        StringFunctions.register(r);
        PatternMatching.register(r);
        BinaryEncodings.register(r);
        DateTimeFunctions.register(r, ctx);
        FormattingFunctions.register(r, ctx);
        JsonFunctions.register(r, ctx);
        ArrayFunctions.register(r);
        ArrayOrder.register(r);
        Aggregates.register(r);
        Dispersion.register(r);
        SessionFunctions.register(r, ctx);
    }
}
