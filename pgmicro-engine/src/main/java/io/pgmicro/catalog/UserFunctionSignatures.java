package io.pgmicro.catalog;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * User-defined functions as the analyzer resolves them, next to the built-ins: one
 * signature per number of arguments a call may pass (trailing parameters with defaults
 * may be left out), each written as a call of {@code pg_routine_call(oid, args...)}.
 */
public final class UserFunctionSignatures {
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
        if (r.parameters().stream().filter(RoutineDef.Parameter::isOutput).count() > 1) {
            // its rows are records of several columns, which calls do not yet give: refused rather than cut to one column
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support calling functions with"
                    + " more than one OUT or TABLE column yet (function " + r.name() + ")");
        }
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
        PgType result = catalog.type(r.returnTypeOid());
        if (result == null) {
            return List.of();
        }
        List<FunctionSignature> out = new ArrayList<>();
        for (int omitted = 0; omitted <= defaults; omitted++) {
            List<PgType> args = List.copyOf(types.subList(0, types.size() - omitted));
            String template = "pg_routine_call(" + r.oid() + (args.isEmpty() ? ")" : ", %s)");
            out.add(new FunctionSignature(r.name(), args, null, result, FunctionSignature.Kind.NORMAL, template, false,
                    r.volatility(), r.returnsSet()));
        }
        return out;
    }
}
