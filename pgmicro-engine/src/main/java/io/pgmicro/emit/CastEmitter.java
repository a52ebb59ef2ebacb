package io.pgmicro.emit;

import io.pgmicro.analyze.Coercion;
import io.pgmicro.types.PgType;
import io.pgmicro.types.StorageClass;
import io.pgmicro.types.Types;

/**
 * Writes the SQLite text of a cast. Casts between types that share a storage form
 * cost nothing; widening integers to floats or numerics uses SQLite's CAST; the rest
 * call {@code pg_cast}, which runs PostgreSQL's cast semantics in Java.
 */
final class CastEmitter {
    private CastEmitter() {
    }

    static String emit(String sql, PgType from, PgType to, int typmod, Coercion.Context context) {
        if (typmod < 0 && storageIdentical(from, to)) {
            return sql;
        }
        if (typmod < 0 && isInteger(from) && to.equals(Types.FLOAT8)) {
            return "CAST(" + sql + " AS REAL)";
        }
        if (typmod < 0 && isInteger(from) && to.equals(Types.NUMERIC)) {
            return "CAST(" + sql + " AS TEXT)";
        }
        return "pg_cast(" + sql + ", " + from.oid() + ", " + to.oid() + ", " + typmod + ", "
                + (context == Coercion.Context.EXPLICIT ? 2 : context == Coercion.Context.ASSIGNMENT ? 1 : 0) + ")";
    }

    private static boolean storageIdentical(PgType from, PgType to) {
        if (from.equals(to)) {
            return true;
        }
        if (isInteger(from) && isInteger(to)) {
            // widening only: narrowing must range-check
            return width(from) <= width(to);
        }
        if (isPlainString(from) && isPlainString(to)) {
            return true;
        }
        if (from.category() == 'E' && isPlainString(to)) {
            return true;
        }
        return from.storage() == StorageClass.TEXT && to.equals(Types.JSON) && from.equals(Types.JSONB);
    }

    private static boolean isInteger(PgType t) {
        return t.equals(Types.INT2) || t.equals(Types.INT4) || t.equals(Types.INT8);
    }

    private static int width(PgType t) {
        return t.equals(Types.INT2) ? 2 : t.equals(Types.INT4) ? 4 : 8;
    }

    private static boolean isPlainString(PgType t) {
        return t.equals(Types.TEXT) || t.equals(Types.VARCHAR) || t.equals(Types.NAME);
    }
}
