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

    /** A vector's elements as an array from 1, "1 2" as '{1,2}', for subscripts (shifted by one) and expansion. */
    static Typed vectorElements(Typed vector) {
        return vector.retyped("('{' || replace(trim(" + vector.sql() + "), ' ', ',') || '}')", arrayType(vector), -1);
    }

    /**
     * A vector cast to its array type keeps its lower bound 0, "1 2" as '[0:1]={1,2}', as
     * PostgreSQL prints it.
     */
    static Typed vectorAsArray(Typed vector) {
        String v = "trim(" + vector.sql() + ")";
        return vector.retyped("(CASE WHEN " + v + " = '' THEN '{}' ELSE '[0:' || (length(" + v + ") - length(replace(" + v
                + ", ' ', ''))) || ']={' || replace(" + v + ", ' ', ',') || '}' END)", arrayType(vector), -1);
    }

    private static PgType arrayType(Typed vector) {
        return Types.arrayOf(vector.type().oid() == 22 ? Types.INT2 : Types.OID);
    }
}
