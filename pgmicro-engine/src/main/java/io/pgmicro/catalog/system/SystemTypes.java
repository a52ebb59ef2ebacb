package io.pgmicro.catalog.system;

import io.pgmicro.types.PgType;
import io.pgmicro.types.StorageClass;
import io.pgmicro.types.Types;
import java.util.List;

/**
 * The types only system relations use, which the built-in registry does not hold:
 * their values are kept as PostgreSQL's output text and printed unchanged.
 */
final class SystemTypes {
    /** pg_index.indkey and friends: attribute numbers separated by spaces, e.g. "1 2". */
    static final PgType INT2VECTOR = textual(22, "int2vector", -1, 'A');
    static final PgType INET = textual(869, "inet", -1, 'I');
    static final PgType PG_LSN = textual(3220, "pg_lsn", 8, 'U');

    static final List<PgType> ALL = List.of(INT2VECTOR, INET, PG_LSN);

    private SystemTypes() {
    }

    /**
     * A type by its pg_type name: a built-in one, or one of these. Access privilege
     * lists (aclitem[]) are given as text[], which prints the same and which the
     * array functions clients apply to them (array_to_string) accept.
     */
    static PgType byName(String name) {
        if (name.equals("_aclitem")) {
            return Types.arrayOf(Types.TEXT);
        }
        PgType builtin = Types.byName(name);
        if (builtin != null) {
            return builtin;
        }
        for (PgType t : ALL) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no type " + name);
    }

    private static PgType textual(int oid, String name, int typlen, char category) {
        return new PgType(oid, name, typlen, category, false, StorageClass.TEXT, 0, 0, Types.TEXT.codec());
    }
}
