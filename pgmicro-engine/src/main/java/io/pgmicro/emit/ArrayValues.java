package io.pgmicro.emit;

import io.pgmicro.analyze.Typed;
import io.pgmicro.types.PgType;
import io.pgmicro.types.StorageClass;
import io.pgmicro.types.Types;

/**
 * Array elements as SQLite's json_each yields them from {@code pg_array_to_json}:
 * integers and reals arrive as SQLite numbers and texts as SQLite text, which are
 * already their storage values; only binary elements need decoding.
 */
final class ArrayValues {
    private ArrayValues() {
    }

    static String decode(String valueSql, PgType elementType) {
        if (elementType.storage() == StorageClass.BLOB) {
            return "unhex(" + valueSql + ")";
        }
        return valueSql;
    }

    /** int2vector and oidvector (pg_index.indkey, "1 2"): arrays of int2 and oid whose subscripts start at 0. */
    static boolean isVector(PgType type) {
        return type.oid() == 22 || type.oid() == Types.OIDVECTOR.oid();
    }

    /** A vector's value as the one-dimensional array it holds, "1 2" as '{1,2}'. */
    static Typed vectorAsArray(Typed vector) {
        PgType element = vector.type().oid() == 22 ? Types.INT2 : Types.OID;
        return vector.retyped("('{' || replace(trim(" + vector.sql() + "), ' ', ',') || '}')", Types.arrayOf(element), -1);
    }
}
