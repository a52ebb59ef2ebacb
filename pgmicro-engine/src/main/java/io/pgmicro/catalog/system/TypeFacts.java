package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;

/**
 * The physical facts pg_type and pg_attribute repeat for each type: pass-by-value,
 * alignment, storage strategy and default collation, as PostgreSQL 15 (64-bit) has them.
 */
final class TypeFacts {
    private TypeFacts() {
    }

    /** Types up to 8 bytes are passed by value on 64-bit builds, except those PostgreSQL stores by reference. */
    static boolean byValue(PgType t) {
        int len = t.typlen();
        return len == 1 || len == 2 || len == 4 || len == 8;
    }

    static String align(PgType t, CatalogSnapshot catalog) {
        if (t.isArray()) {
            PgType element = catalog.type(t.elementOid());
            return element != null && align(element, catalog).equals("d") ? "d" : "i";
        }
        return switch (t.typlen()) {
            case 1, -2 -> "c";
            case 2 -> "s";
            case 4 -> "i";
            case 8, 12 -> "d";
            case 16 -> t.equals(Types.INTERVAL) ? "d" : "c";
            case 64 -> "c";
            default -> "i";
        };
    }

    /** pg_type.typstorage: 'p' plain for fixed-size types, 'm' main for numeric, 'x' extended for other varlena. */
    static String storage(PgType t) {
        if (t.typlen() != -1) {
            return "p";
        }
        return t.equals(Types.NUMERIC) ? "m" : "x";
    }

    /** pg_type.typcollation: "default" for the string types, "C" for name, none otherwise. */
    static int collation(PgType t, CatalogSnapshot catalog) {
        if (t.isArray()) {
            PgType element = catalog.type(t.elementOid());
            return element == null ? 0 : collation(element, catalog);
        }
        if (t.equals(Types.TEXT) || t.equals(Types.VARCHAR) || t.equals(Types.BPCHAR)) {
            return ObjectIds.DEFAULT_COLLATION;
        }
        return t.equals(Types.NAME) ? ObjectIds.C_COLLATION : 0;
    }

    /** pg_type.typtype: 'p' pseudo-type, 'e' enum, 'b' base type. */
    static String typtype(PgType t) {
        return switch (t.category()) {
            case 'P' -> "p";
            case 'E' -> "e";
            case 'C' -> "c";
            default -> "b";
        };
    }
}
