package io.pgmicro.jdbc;

import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;

/**
 * JDBC facts about a type known only by its pg_type row: built-in types answer from
 * {@link JdbcTypeInfo}; enums read as VARCHAR, composites as STRUCT, other arrays as ARRAY
 * and everything else as OTHER, which is how pgjdbc classifies them.
 */
final class CatalogTypes {
    private CatalogTypes() {
    }

    static int sqlType(int oid, String typtype, String typcategory) {
        PgType known = Types.byOid(oid);
        if (known != null) {
            return JdbcTypeInfo.sqlType(known);
        }
        if ("A".equals(typcategory)) {
            return java.sql.Types.ARRAY;
        }
        return switch (typtype == null ? "" : typtype) {
            case "e" -> java.sql.Types.VARCHAR;
            case "c" -> java.sql.Types.STRUCT;
            default -> java.sql.Types.OTHER;
        };
    }

    static int precision(int oid, int typmod) {
        PgType known = Types.byOid(oid);
        return known == null ? JdbcTypeInfo.UNKNOWN_LENGTH : JdbcTypeInfo.precision(known, typmod);
    }

    static int scale(int oid, int typmod) {
        PgType known = Types.byOid(oid);
        return known == null ? 0 : JdbcTypeInfo.scale(known, typmod);
    }

    /** The character and binary types, whose size is also their CHAR_OCTET_LENGTH. */
    static boolean hasOctetLength(int sqlType) {
        return switch (sqlType) {
            case java.sql.Types.CHAR, java.sql.Types.VARCHAR, java.sql.Types.LONGVARCHAR,
                    java.sql.Types.BINARY, java.sql.Types.VARBINARY, java.sql.Types.LONGVARBINARY -> true;
            default -> false;
        };
    }

    /** A type's name as pgjdbc shows it: bare when the search path finds it, schema-qualified and quoted otherwise. */
    static String displayName(String typname, String schema, boolean visible) {
        return visible ? typname : "\"" + schema + "\".\"" + typname + "\"";
    }
}
