package io.pgmicro.types;

import java.util.HashMap;
import java.util.Map;

/**
 * Which casts exist between built-in types and where they apply: pg_cast's rows for the
 * types pgmicro knows, array casts through their elements, and the conversions through
 * text PostgreSQL allows without a pg_cast row (to a string type in assignments, from a
 * string type explicitly).
 */
public final class CastRules {
    private static final Map<Long, CastContext> PG_CAST = new HashMap<>();

    static {
        // pg_cast of PostgreSQL 15, restricted to the types in Types ('i' implicit, 'a' assignment, 'e' explicit).
        String rows = """
                char bpchar a, char varchar a, char int4 e, char text i,
                int8 float8 i, int8 int4 a, int8 numeric i, int8 oid i, int8 float4 i, int8 int2 a,
                bool bpchar a, bool varchar a, bool int4 e, bool text a,
                bpchar char a, bpchar bpchar i, bpchar varchar i, bpchar name i, bpchar text i,
                varchar char a, varchar bpchar i, varchar varchar i, varchar name i, varchar text i, varchar regclass i,
                date timestamptz i, date timestamp i,
                float8 int8 a, float8 int4 a, float8 numeric a, float8 float4 a, float8 int2 a,
                int4 char e, int4 int8 i, int4 bool e, int4 float8 i, int4 numeric i, int4 oid i, int4 float4 i, int4 int2 a,
                interval interval i, interval time a,
                json jsonb a, jsonb int8 e, jsonb bool e, jsonb float8 e, jsonb int4 e, jsonb json a, jsonb numeric e,
                jsonb float4 e, jsonb int2 e,
                name bpchar a, name varchar a, name text i,
                numeric int8 a, numeric float8 i, numeric int4 a, numeric numeric i, numeric float4 i, numeric int2 a,
                oid int8 a, oid int4 a,
                pg_node_tree text i,
                float4 int8 a, float4 float8 i, float4 int4 a, float4 numeric a, float4 int2 a,
                int2 int8 i, int2 float8 i, int2 int4 i, int2 numeric i, int2 oid i, int2 float4 i,
                text char a, text bpchar i, text varchar i, text name i, text regclass i,
                timetz timetz i, timetz time a, time interval i, time timetz i, time time i,
                timestamptz date a, timestamptz timetz a, timestamptz time a, timestamptz timestamptz i,
                timestamptz timestamp a,
                bit bit i, bit varbit i, bit int4 e, bit int8 e, varbit bit i, varbit varbit i, int4 bit e, int8 bit e,
                timestamp date a, timestamp time a, timestamp timestamptz i, timestamp timestamp i
                """;
        for (String row : rows.split(",")) {
            String[] p = row.trim().split("\\s+");
            put(p[0], p[1], p[2].charAt(0));
        }
        for (String reg : new String[] {"regproc", "regprocedure", "regclass", "regtype", "regnamespace", "regrole"}) {
            for (String integer : new String[] {"int8", "int4", "int2", "oid"}) {
                put(integer, reg, 'i');
            }
            put(reg, "oid", 'i');
            put(reg, "int8", 'a');
            put(reg, "int4", 'a');
        }
        put("regproc", "regprocedure", 'i');
        put("regprocedure", "regproc", 'i');
    }

    private CastRules() {
    }

    private static void put(String from, String to, char context) {
        PG_CAST.put(key(Types.byName(from), Types.byName(to)), CastContext.ofCode(context));
    }

    private static long key(PgType from, PgType to) {
        return ((long) from.oid() << 32) | (to.oid() & 0xFFFFFFFFL);
    }

    /**
     * The context a cast from one type to another is allowed in, or null if PostgreSQL
     * has no such cast (then CAST fails with 42846 {@code cannot cast type X to Y}).
     * Identical types need no cast and report IMPLICIT; an unknown-type literal may
     * become anything.
     */
    public static CastContext find(PgType from, PgType to) {
        if (from.equals(to) || from.equals(Types.UNKNOWN)) {
            return CastContext.IMPLICIT;
        }
        CastContext listed = PG_CAST.get(key(from, to));
        if (listed != null) {
            return listed;
        }
        if (from.isArray() && to.isArray()) {
            CastContext element = find(Types.elementOf(from), Types.elementOf(to));
            if (element != null) {
                return element;
            }
        }
        if (isString(to)) {
            return CastContext.ASSIGNMENT;
        }
        return isString(from) ? CastContext.EXPLICIT : null;
    }

    /** Whether a value of one type may be coerced to another where the given kind of coercion happens. */
    public static boolean allowed(PgType from, PgType to, CastContext requested) {
        CastContext rule = find(from, to);
        return rule != null && rule.allowedIn(requested);
    }

    /** PostgreSQL's string category: text, varchar, bpchar, name. */
    static boolean isString(PgType type) {
        return type.category() == 'S' && !type.equals(Types.UNKNOWN);
    }
}
