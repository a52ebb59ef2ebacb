package io.pgmicro.analyze;

import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;

/**
 * An analyzed expression: the SQLite text that computes it and its PostgreSQL type.
 * Untyped literals ('abc', NULL) and parameters whose type is still open keep what is
 * needed to type them later from their context, as PostgreSQL's "unknown" does.
 *
 * @param sql       SQLite expression text
 * @param type      the PostgreSQL type; {@link Types#UNKNOWN} for an untyped literal or NULL
 * @param typmod    the type modifier, -1 if none
 * @param literal   for an untyped string literal, its text; otherwise null
 * @param nullConst true for a bare NULL
 * @param param     for a parameter reference $n, n; otherwise 0
 * @param name      the output column name PostgreSQL would give this expression ("?column?" if none)
 * @param aggregate true if the expression contains an aggregate of this query level
 * @param location  0-based position in the statement text, -1 if unknown
 */
public record Typed(String sql, PgType type, int typmod, String literal, boolean nullConst, int param, String name,
                    boolean aggregate, int location) {

    public static final String NO_NAME = "?column?";

    public static Typed of(String sql, PgType type) {
        return new Typed(sql, type, -1, null, false, 0, NO_NAME, false, -1);
    }

    public static Typed of(String sql, PgType type, int typmod) {
        return new Typed(sql, type, typmod, null, false, 0, NO_NAME, false, -1);
    }

    public static Typed unknownLiteral(String text, String sql) {
        return new Typed(sql, Types.UNKNOWN, -1, text, false, 0, NO_NAME, false, -1);
    }

    public static Typed nullLiteral() {
        return new Typed("NULL", Types.UNKNOWN, -1, null, true, 0, NO_NAME, false, -1);
    }

    public boolean isUnknown() {
        return type.oid() == Types.UNKNOWN.oid();
    }

    public Typed withSql(String newSql) {
        return new Typed(newSql, type, typmod, literal, nullConst, param, name, aggregate, location);
    }

    public Typed withType(PgType newType, int newTypmod) {
        return new Typed(sql, newType, newTypmod, null, false, 0, name, aggregate, location);
    }

    public Typed retyped(String newSql, PgType newType, int newTypmod) {
        return new Typed(newSql, newType, newTypmod, null, nullConst, 0, name, aggregate, location);
    }

    public Typed withName(String newName) {
        return new Typed(sql, type, typmod, literal, nullConst, param, newName, aggregate, location);
    }

    public Typed withAggregate(boolean value) {
        return new Typed(sql, type, typmod, literal, nullConst, param, name, value, location);
    }

    public Typed at(int newLocation) {
        return new Typed(sql, type, typmod, literal, nullConst, param, name, aggregate, newLocation);
    }
}
