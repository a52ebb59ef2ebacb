package io.pgmicro.catalog;

import io.pgmicro.types.PgType;
import java.util.List;

/**
 * A built-in function as the analyzer resolves it: PostgreSQL's name and argument
 * types, and how the emitter writes a call for SQLite.
 *
 * <p>Polymorphic signatures use the pseudo-types {@code anyelement}, {@code anyarray},
 * {@code anynonarray} and {@code anyenum}; the analyzer binds them at the call site
 * the way PostgreSQL does and derives a polymorphic return type from them.
 *
 * @param name          the PostgreSQL function name, lower case, e.g. "upper"
 * @param argTypes      the declared argument types
 * @param variadic      the element type of a trailing VARIADIC argument (e.g. "any" for concat), or null
 * @param returnType    the result type (for set-returning functions, the type of each row)
 * @param kind          normal, aggregate or window
 * @param sqlTemplate   the SQLite expression: a {@link java.util.Formatter} pattern over the
 *                      already emitted arguments, e.g. "upper(%1$s)", "pg_date_trunc(%1$s, %2$s)";
 *                      a variadic call joins all its arguments with ", " into {@code %s}
 *                      when the template is "name(%s)"
 * @param strict        true when NULL in any argument gives NULL (PostgreSQL's STRICT)
 * @param volatility    'i' immutable, 's' stable, 'v' volatile (pg_proc.provolatile)
 * @param returnsSet    true for set-returning functions such as generate_series
 */
public record FunctionSignature(String name, List<PgType> argTypes, PgType variadic, PgType returnType, Kind kind,
                                String sqlTemplate, boolean strict, char volatility, boolean returnsSet) {
    public enum Kind {
        NORMAL,
        AGGREGATE,
        WINDOW
    }
}
