package io.pgmicro.types;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The registry of built-in PostgreSQL types, by OID and by every name PostgreSQL
 * accepts for them ("int4", "integer", "int", "character varying" ...). User-defined
 * types (enums) live in the catalog and are registered there, not here.
 */
public final class Types {
    private static final Map<Integer, PgType> BY_OID = new LinkedHashMap<>();
    private static final Map<String, PgType> BY_NAME = new HashMap<>();

    public static final PgType BOOL = add(16, "bool", 1, 'B', true, StorageClass.INTEGER, 1000, Codecs.BOOL);
    public static final PgType BYTEA = add(17, "bytea", -1, 'U', false, StorageClass.BLOB, 1001, Codecs.BYTEA);
    public static final PgType CHAR = add(18, "char", 1, 'Z', false, StorageClass.TEXT, 1002, Codecs.SINGLE_BYTE_CHAR);
    public static final PgType NAME = add(19, "name", 64, 'S', false, StorageClass.TEXT, 1003, Codecs.TEXT);
    public static final PgType INT8 = add(20, "int8", 8, 'N', false, StorageClass.INTEGER, 1016, Codecs.INT8);
    public static final PgType INT2 = add(21, "int2", 2, 'N', false, StorageClass.INTEGER, 1005, Codecs.INT2);
    public static final PgType INT4 = add(23, "int4", 4, 'N', false, StorageClass.INTEGER, 1007, Codecs.INT4);
    public static final PgType REGPROC = add(24, "regproc", 4, 'N', false, StorageClass.INTEGER, 1008, RegCodec.REGPROC);
    public static final PgType TEXT = add(25, "text", -1, 'S', true, StorageClass.TEXT, 1009, Codecs.TEXT);
    public static final PgType OID = add(26, "oid", 4, 'N', true, StorageClass.INTEGER, 1028, Codecs.OID);
    public static final PgType XID = add(28, "xid", 4, 'U', false, StorageClass.INTEGER, 1011, Codecs.OID);
    public static final PgType OIDVECTOR = add(30, "oidvector", -1, 'A', false, StorageClass.TEXT, 1013, Codecs.TEXT);
    public static final PgType JSON = add(114, "json", -1, 'U', false, StorageClass.TEXT, 199, Codecs.JSON);
    public static final PgType PG_NODE_TREE = add(194, "pg_node_tree", -1, 'Z', false, StorageClass.TEXT, 0, Codecs.TEXT);
    public static final PgType FLOAT4 = add(700, "float4", 4, 'N', false, StorageClass.REAL, 1021, Codecs.FLOAT4);
    public static final PgType FLOAT8 = add(701, "float8", 8, 'N', true, StorageClass.REAL, 1022, Codecs.FLOAT8);
    public static final PgType UNKNOWN = add(705, "unknown", -2, 'X', false, StorageClass.TEXT, 0, Codecs.TEXT);
    public static final PgType BPCHAR = add(1042, "bpchar", -1, 'S', false, StorageClass.TEXT, 1014, Codecs.BPCHAR);
    public static final PgType VARCHAR = add(1043, "varchar", -1, 'S', false, StorageClass.TEXT, 1015, Codecs.VARCHAR);
    public static final PgType DATE = add(1082, "date", 4, 'D', false, StorageClass.TEXT, 1182, Codecs.DATE);
    public static final PgType TIME = add(1083, "time", 8, 'D', false, StorageClass.TEXT, 1183, Codecs.TIME);
    public static final PgType TIMESTAMP = add(1114, "timestamp", 8, 'D', false, StorageClass.TEXT, 1115, Codecs.TIMESTAMP);
    public static final PgType TIMESTAMPTZ = add(1184, "timestamptz", 8, 'D', true, StorageClass.TEXT, 1185, Codecs.TIMESTAMPTZ);
    public static final PgType INTERVAL = add(1186, "interval", 16, 'T', true, StorageClass.TEXT, 1187, Codecs.INTERVAL);
    public static final PgType BIT = add(1560, "bit", -1, 'V', false, StorageClass.TEXT, 1561, Codecs.BIT);
    public static final PgType VARBIT = add(1562, "varbit", -1, 'V', true, StorageClass.TEXT, 1563, Codecs.BIT);
    public static final PgType TIMETZ = add(1266, "timetz", 12, 'D', false, StorageClass.TEXT, 1270, Codecs.TIMETZ);
    public static final PgType NUMERIC = add(1700, "numeric", -1, 'N', false, StorageClass.TEXT, 1231, Codecs.NUMERIC);
    public static final PgType REGPROCEDURE = add(2202, "regprocedure", 4, 'N', false, StorageClass.INTEGER, 2207, RegCodec.REGPROCEDURE);
    public static final PgType REGCLASS = add(2205, "regclass", 4, 'N', false, StorageClass.INTEGER, 2210, RegCodec.REGCLASS);
    public static final PgType REGTYPE = add(2206, "regtype", 4, 'N', false, StorageClass.INTEGER, 2211, RegCodec.REGTYPE);
    public static final PgType CSTRING = add(2275, "cstring", -2, 'P', false, StorageClass.TEXT, 1263, Codecs.TEXT);
    public static final PgType RECORD = add(2249, "record", -1, 'P', false, StorageClass.TEXT, 2287, Codecs.TEXT);
    public static final PgType ANYARRAY = add(2277, "anyarray", -1, 'P', false, StorageClass.TEXT, 0, Codecs.TEXT);
    public static final PgType VOID = add(2278, "void", 4, 'P', false, StorageClass.TEXT, 0, Codecs.TEXT);
    public static final PgType TRIGGER = add(2279, "trigger", 4, 'P', false, StorageClass.TEXT, 0, Codecs.TEXT);
    public static final PgType ANYELEMENT = add(2283, "anyelement", 4, 'P', false, StorageClass.TEXT, 0, Codecs.TEXT);
    public static final PgType ANYNONARRAY = add(2776, "anynonarray", 4, 'P', false, StorageClass.TEXT, 0, Codecs.TEXT);
    public static final PgType UUID = add(2950, "uuid", 16, 'U', false, StorageClass.TEXT, 2951, Codecs.UUID);
    public static final PgType ANYENUM = add(3500, "anyenum", 4, 'P', false, StorageClass.TEXT, 0, Codecs.TEXT);
    public static final PgType JSONB = add(3802, "jsonb", -1, 'U', false, StorageClass.TEXT, 3807, Codecs.JSONB);
    public static final PgType REGNAMESPACE = add(4089, "regnamespace", 4, 'N', false, StorageClass.INTEGER, 4090, RegCodec.REGNAMESPACE);
    public static final PgType REGROLE = add(4096, "regrole", 4, 'N', false, StorageClass.INTEGER, 4097, RegCodec.REGROLE);

    static {
        for (PgType element : new java.util.ArrayList<>(BY_OID.values())) {
            if (element.arrayOid() != 0 && element.category() != 'P') {
                addArray(element);
            }
        }
        alias("int2", "smallint");
        alias("int4", "integer", "int");
        alias("int8", "bigint");
        alias("float4", "real");
        alias("float8", "double precision", "float");
        alias("numeric", "decimal");
        alias("bool", "boolean");
        alias("varchar", "character varying");
        alias("bpchar", "character");
        alias("char", "\"char\"");
        alias("timestamp", "timestamp without time zone");
        alias("timestamptz", "timestamp with time zone");
        alias("time", "time without time zone");
        alias("timetz", "time with time zone");
        alias("varbit", "bit varying");
    }

    private Types() {
    }

    /** The built-in type with this OID, or null. */
    public static PgType byOid(int oid) {
        return BY_OID.get(oid);
    }

    /**
     * The built-in type with this name or alias, or null. Names are matched as
     * PostgreSQL's grammar delivers them: "int4", "varchar", "_int4" (an array), as well
     * as the SQL spellings "integer", "character varying", "double precision".
     */
    public static PgType byName(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** The array type whose elements are of this type, or null. */
    public static PgType arrayOf(PgType element) {
        return element.arrayOid() == 0 ? null : BY_OID.get(element.arrayOid());
    }

    /** The element type of an array type, or null. */
    public static PgType elementOf(PgType array) {
        return array.elementOid() == 0 ? null : BY_OID.get(array.elementOid());
    }

    /** The text codec of arrays over an element type, for array types defined outside this registry (enums). */
    public static TypeCodec arrayCodecOf(PgType element) {
        return Codecs.arrayOf(element);
    }

    public static Collection<PgType> all() {
        return Collections.unmodifiableCollection(BY_OID.values());
    }

    private static PgType add(int oid, String name, int len, char category, boolean preferred, StorageClass storage,
                              int arrayOid, TypeCodec codec) {
        PgType type = new PgType(oid, name, len, category, preferred, storage, 0, arrayOid, codec);
        BY_OID.put(oid, type);
        BY_NAME.put(name, type);
        return type;
    }

    private static void addArray(PgType element) {
        PgType array = new PgType(element.arrayOid(), "_" + element.name(), -1, 'A', false, StorageClass.TEXT,
                element.oid(), 0, Codecs.arrayOf(element));
        BY_OID.put(array.oid(), array);
        BY_NAME.put(array.name(), array);
    }

    private static void alias(String name, String... aliases) {
        PgType type = BY_NAME.get(name);
        for (String alias : aliases) {
            BY_NAME.put(alias, type);
        }
    }
}
