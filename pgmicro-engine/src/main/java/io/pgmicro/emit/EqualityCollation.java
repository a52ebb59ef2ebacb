package io.pgmicro.emit;

import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;

/**
 * The engine collation under which SQLite must compare a type's storage texts so that
 * values PostgreSQL holds equal are equal: numeric 1.0 and 1.00, jsonb {"a": 1.0} and
 * {"a": 1}, interval '1 day' and '24:00:00' print differently but are one value. SQLite
 * compares with BINARY otherwise, so DISTINCT, GROUP BY, set operations, DISTINCT
 * aggregates and sorting name the collation wherever such a type is compared.
 */
public final class EqualityCollation {
    private EqualityCollation() {
    }

    /** The collation's name, or null where the storage text is equal exactly when the values are. */
    public static String of(PgType type) {
        if (type.equals(Types.NUMERIC)) {
            return "pg_numeric";
        }
        if (type.equals(Types.JSONB)) {
            return "pg_jsonb";
        }
        if (type.equals(Types.INTERVAL)) {
            return "pg_interval";
        }
        return null;
    }

    /** {@code sql} compared under the type's collation (unchanged where the type needs none). */
    public static String apply(String sql, PgType type) {
        String collation = of(type);
        return collation == null ? sql : sql + " COLLATE " + collation;
    }
}
