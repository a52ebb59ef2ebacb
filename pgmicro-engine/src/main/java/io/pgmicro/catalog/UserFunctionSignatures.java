package io.pgmicro.catalog;

import io.pgmicro.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * User-defined functions as the analyzer resolves them, next to the built-ins: one
 * signature per number of arguments a call may pass (trailing parameters with defaults
 * may be left out), each written as a call of {@code pg_routine_call(oid, args...)}.
 */
public final class UserFunctionSignatures {
    private static final String CALL = "pg_routine_call(";

    private UserFunctionSignatures() {
    }

    /**
     * The functions a call of {@code name} can mean: those of {@code schema} when the call
     * qualifies it, else of the search path, where an earlier schema hides the same
     * signature in a later one; built-ins (pg_catalog comes first) hide them too.
     */
    public static List<FunctionSignature> visible(CatalogSnapshot catalog, String schema, String name,
                                                  List<String> searchPath) {
        List<FunctionSignature> out = new ArrayList<>();
        List<List<PgType>> taken = new ArrayList<>();
        if (schema == null) {
            for (FunctionSignature builtin : BuiltinFunctions.byName(name)) {
                taken.add(builtin.argTypes());
            }
        }
        for (String s : schema != null ? List.of(schema) : searchPath) {
            for (RoutineDef r : catalog.routines(name)) {
                if (!r.schema().equals(s) || r.isProcedure()) {
                    continue;
                }
                for (FunctionSignature sig : signatures(catalog, r)) {
                    if (!taken.contains(sig.argTypes())) {
                        taken.add(sig.argTypes());
                        out.add(sig);
                    }
                }
            }
        }
        return out;
    }

    /** Whether a visible procedure of this name takes this many arguments (a call of it needs CALL, not SELECT). */
    public static boolean isProcedure(CatalogSnapshot catalog, String schema, String name, int argCount,
                                      List<String> searchPath) {
        for (String s : schema != null ? List.of(schema) : searchPath) {
            for (RoutineDef r : catalog.routines(name)) {
                if (r.schema().equals(s) && r.isProcedure() && r.inputs().size() >= argCount
                        && r.inputs().stream().filter(p -> p.defaultValue() == null).count() <= argCount) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<FunctionSignature> signatures(CatalogSnapshot catalog, RoutineDef r) {
        List<PgType> types = new ArrayList<>();
        int defaults = 0;
        for (RoutineDef.Parameter p : r.inputs()) {
            PgType t = catalog.type(p.typeOid());
            if (t == null) {
                return List.of();
            }
            types.add(t);
            if (p.defaultValue() != null) {
                defaults++;
            }
        }
        PgType result = resultType(catalog, r);
        if (result == null) {
            return List.of();
        }
        List<FunctionSignature> out = new ArrayList<>();
        for (int omitted = 0; omitted <= defaults; omitted++) {
            List<PgType> args = List.copyOf(types.subList(0, types.size() - omitted));
            String template = CALL + r.oid() + (args.isEmpty() ? ")" : ", %s)");
            out.add(new FunctionSignature(r.name(), args, null, result, FunctionSignature.Kind.NORMAL, template, false,
                    r.volatility(), r.returnsSet()));
        }
        return out;
    }

    /**
     * The type of a call's value (of each row, for a set-returning function): the declared
     * result type, except that several OUT or TABLE parameters make a record whose fields are
     * those parameters, so that FROM can expand it and (f(...)).x select from it. Null when a
     * type is missing from the catalog.
     */
    public static PgType resultType(CatalogSnapshot catalog, RoutineDef r) {
        List<RoutineDef.Parameter> outputs = r.outputs();
        if (outputs.size() < 2) {
            return catalog.type(r.returnTypeOid());
        }
        List<PgType.Field> fields = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            PgType t = catalog.type(outputs.get(i).typeOid());
            if (t == null) {
                return null;
            }
            fields.add(new PgType.Field(outputName(outputs.get(i), i), t, outputs.get(i).typmod()));
        }
        return catalog.type(r.returnTypeOid()).withFields(fields);
    }

    /** The column name of an OUT parameter: its name, or PostgreSQL's "columnN" when it has none. */
    public static String outputName(RoutineDef.Parameter p, int index) {
        return p.name().isEmpty() ? "column" + (index + 1) : p.name();
    }

    /**
     * The column a FROM item of a call gets from the function: its single OUT or TABLE
     * parameter's name; null for a built-in or a function without a named one (the item's
     * alias names the column then).
     */
    public static String outputColumn(CatalogSnapshot catalog, FunctionSignature sig) {
        if (sig == null || !sig.sqlTemplate().startsWith(CALL)) {
            return null;
        }
        String rest = sig.sqlTemplate().substring(CALL.length());
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        RoutineDef r = catalog.routine(Integer.parseInt(rest.substring(0, end)));
        List<RoutineDef.Parameter> outputs = r == null ? List.of() : r.outputs();
        return outputs.size() == 1 && !outputs.get(0).name().isEmpty() ? outputs.get(0).name() : null;
    }
}
