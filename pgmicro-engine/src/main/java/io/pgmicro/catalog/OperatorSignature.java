package io.pgmicro.catalog;

import io.pgmicro.types.PgType;

/**
 * A built-in operator as the analyzer resolves it.
 *
 * @param name        the operator, e.g. "+", "||", "@>", "->>"
 * @param left        the left operand type, or null for a prefix operator
 * @param right       the right operand type
 * @param result      the result type
 * @param sqlTemplate the SQLite expression over the emitted operands, a {@link java.util.Formatter}
 *                    pattern: "(%1$s + %2$s)", "pg_int4_add(%1$s, %2$s)", for prefix operators "(- %2$s)"
 */
public record OperatorSignature(String name, PgType left, PgType right, PgType result, String sqlTemplate) {
}
