package io.pgmicro.emit;

import io.pgmicro.types.PgType;
import io.pgmicro.types.StorageClass;

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
}
