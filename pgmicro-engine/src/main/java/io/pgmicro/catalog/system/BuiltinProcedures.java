package io.pgmicro.catalog.system;

import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.catalog.FunctionSignature;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The built-in functions pg_proc lists: every signature of the function registry
 * ({@link BuiltinFunctions}, so functions added there appear here), and the input and
 * output functions that pg_type names for pgmicro's types. A signature PostgreSQL 15
 * also has gets PostgreSQL's OID (pg_proc.tsv, recorded from PostgreSQL: clients such as
 * pgjdbc compare with them); one PostgreSQL lacks gets a stable OID derived from its name
 * and argument types, in a range PostgreSQL's built-ins and user objects never reach.
 */
final class BuiltinProcedures {
    private static final long FIRST_DERIVED_OID = 1_500_000_000L;
    private static final int DERIVED_RANGE = 100_000_000;
    /** What PostgreSQL's user enums and their arrays use for I/O, named as in pg_proc. */
    private static final List<String> ENUM_FUNCTIONS = List.of("enum_in", "enum_out", "enum_recv", "enum_send");

    /** A pg_proc row of PostgreSQL's, keyed by "name argtypes". */
    private static final Map<String, Procedure> RECORDED = new HashMap<>();
    private static final Map<Long, Procedure> RECORDED_BY_OID = new HashMap<>();
    /** pg_type's function columns for each built-in type, from pg_type_functions.tsv. */
    private static final Map<Integer, long[]> TYPE_FUNCTIONS = new HashMap<>();

    private static final Map<Long, Procedure> BY_OID;
    private static final List<Procedure> ALL;

    static {
        for (String[] f : RecordedFacts.rows("pg_proc.tsv")) {
            List<Integer> args = new ArrayList<>();
            for (String a : f[2].isEmpty() ? new String[0] : f[2].split(" ")) {
                args.add(Integer.parseInt(a));
            }
            Procedure p = new Procedure(Long.parseLong(f[0]), f[1], ObjectIds.PG_CATALOG_NAMESPACE, List.copyOf(args),
                    Integer.parseInt(f[3]), f[4].charAt(0), f[5].equals("t"), f[6].equals("t"), f[7].charAt(0),
                    Integer.parseInt(f[8]));
            RECORDED.put(key(p.name(), p.argTypes()), p);
            RECORDED_BY_OID.put(p.oid(), p);
        }
        for (String[] f : RecordedFacts.rows("pg_type_functions.tsv")) {
            long[] oids = new long[f.length - 1];
            for (int i = 1; i < f.length; i++) {
                oids[i - 1] = Long.parseLong(f[i]);
            }
            TYPE_FUNCTIONS.put(Integer.parseInt(f[0]), oids);
        }
        Map<Long, Procedure> byOid = new TreeMap<>();
        for (Procedure p : registryProcedures()) {
            byOid.put(p.oid(), p);
        }
        for (PgType t : Types.all()) {
            for (long oid : typeFunctions(t.oid())) {
                Procedure p = RECORDED_BY_OID.get(oid);
                if (p != null) {
                    byOid.putIfAbsent(oid, p);
                }
            }
        }
        for (String name : ENUM_FUNCTIONS) {
            Procedure p = recordedNamed(name);
            byOid.putIfAbsent(p.oid(), p);
        }
        BY_OID = Collections.unmodifiableMap(byOid);
        ALL = List.copyOf(byOid.values());
    }

    private BuiltinProcedures() {
    }

    /** Every built-in pg_proc row, in OID order. */
    static List<Procedure> all() {
        return ALL;
    }

    static Procedure byOid(long oid) {
        return BY_OID.get(oid);
    }

    /**
     * pg_type's typinput, typoutput, typreceive, typsend, typmodin, typmodout, typsubscript
     * and typanalyze of a built-in type, as PostgreSQL has them; zeros for a type PostgreSQL lacks.
     */
    static long[] typeFunctions(int typeOid) {
        return TYPE_FUNCTIONS.getOrDefault(typeOid, new long[8]);
    }

    /** The same for a user enum type (PostgreSQL's enum_in ...), or for the array type of one (array_in ...). */
    static long[] enumTypeFunctions(boolean array) {
        if (array) {
            return typeFunctions(Types.arrayOf(Types.TEXT).oid());
        }
        long[] out = new long[8];
        for (int i = 0; i < ENUM_FUNCTIONS.size(); i++) {
            out[i] = recordedNamed(ENUM_FUNCTIONS.get(i)).oid();
        }
        return out;
    }

    private static Procedure recordedNamed(String name) {
        for (Procedure p : RECORDED.values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalStateException("pg_proc.tsv lacks " + name);
    }

    /** The registry's signatures as pg_proc rows, sorted by key so that derived OIDs do not depend on registration order. */
    private static List<Procedure> registryProcedures() {
        Map<String, FunctionSignature> signatures = new TreeMap<>();
        for (List<FunctionSignature> overloads : BuiltinFunctions.all().values()) {
            for (FunctionSignature s : overloads) {
                signatures.putIfAbsent(key(s.name(), declaredArgTypes(s)), s);
            }
        }
        Set<Long> taken = new HashSet<>(RECORDED_BY_OID.keySet());
        Map<String, Procedure> out = new LinkedHashMap<>();
        for (Map.Entry<String, FunctionSignature> e : signatures.entrySet()) {
            Procedure recorded = RECORDED.get(e.getKey());
            out.put(e.getKey(), recorded != null ? recorded : derived(e.getKey(), e.getValue(), taken));
        }
        return new ArrayList<>(out.values());
    }

    private static Procedure derived(String key, FunctionSignature s, Set<Long> taken) {
        long oid = FIRST_DERIVED_OID + Math.floorMod(key.hashCode(), DERIVED_RANGE);
        while (!taken.add(oid)) {
            oid++;
        }
        char kind = switch (s.kind()) {
            case AGGREGATE -> 'a';
            case WINDOW -> 'w';
            default -> 'f';
        };
        int variadic = s.variadic() == null ? 0 : s.variadic().oid();
        return new Procedure(oid, s.name(), ObjectIds.PG_CATALOG_NAMESPACE, declaredArgTypes(s), s.returnType().oid(), kind,
                s.strict(), s.returnsSet(), s.volatility(), variadic);
    }

    /** proargtypes of a signature: its fixed arguments, then a VARIADIC one as its array type ("any" stays "any"). */
    private static List<Integer> declaredArgTypes(FunctionSignature s) {
        List<Integer> out = new ArrayList<>();
        for (PgType t : s.argTypes()) {
            out.add(t.oid());
        }
        if (s.variadic() != null) {
            out.add(s.variadic().oid() == BuiltinFunctions.ANY.oid() ? s.variadic().oid() : Types.arrayOf(s.variadic()).oid());
        }
        return List.copyOf(out);
    }

    private static String key(String name, List<Integer> argTypes) {
        StringBuilder out = new StringBuilder(name).append('(');
        for (int i = 0; i < argTypes.size(); i++) {
            out.append(i == 0 ? "" : " ").append(argTypes.get(i));
        }
        return out.append(')').toString();
    }
}
