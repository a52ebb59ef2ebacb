package io.pgmicro.exec.functions;

import java.sql.Connection;
import java.util.List;
import java.util.function.Consumer;

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

    /** Puts every one of them on {@code connection} at once (function tests on a plain SQLite connection). */
    public static void register(Connection connection, FunctionContext ctx) {
        Registrar r = new Registrar(connection);
        modules(ctx).forEach(module -> module.accept(r));
    }

    /** The library's registration passes, one per module; sessions put a module on when a statement first needs it. */
    static List<Consumer<Registrar>> modules(FunctionContext ctx) {
        return List.of(
                IntegerArithmetic::register,
                FloatArithmetic::register,
                WidthBucket::register,
                Overlaps::register,
                NumericArithmetic::register,
                StringFunctions::register,
                PatternMatching::register,
                BinaryEncodings::register,
                BitStringFunctions::register,
                r -> DateTimeFunctions.register(r, ctx),
                r -> FormattingFunctions.register(r, ctx),
                r -> JsonFunctions.register(r, ctx),
                ArrayFunctions::register,
                ArraySubscripts::register,
                ArrayOrder::register,
                Aggregates::register,
                Dispersion::register,
                Regression::register,
                OrderedSets::register,
                r -> SessionFunctions.register(r, ctx));
    }
}
