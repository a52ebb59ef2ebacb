package io.pgmicro.catalog.system;

import io.pgmicro.catalog.RoutineDef;
import java.util.ArrayList;
import java.util.List;

/**
 * How PostgreSQL prints a user function's or procedure's signature
 * (pg_get_function_result, pg_get_function_arguments) and lists its parameters in
 * pg_proc (proargtypes, proallargtypes, proargmodes, proargnames).
 */
final class RoutineSignatures {
    private RoutineSignatures() {
    }

    /** pg_get_function_result: none for a procedure, TABLE(...) for RETURNS TABLE, else [SETOF] the type. */
    static String result(RoutineDef r, CatalogLookups lookups) {
        if (r.isProcedure()) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        for (RoutineDef.Parameter p : r.parameters()) {
            if (p.mode() == 't') {
                columns.add(named(p, lookups));
            }
        }
        if (!columns.isEmpty()) {
            return "TABLE(" + String.join(", ", columns) + ")";
        }
        return (r.returnsSet() ? "SETOF " : "") + lookups.formatType(r.returnTypeOid(), null);
    }

    /**
     * pg_get_function_arguments: every parameter but the TABLE columns, with its mode
     * (a procedure's IN ones too, as PostgreSQL marks them) and its DEFAULT.
     */
    static String arguments(RoutineDef r, CatalogLookups lookups) {
        return arguments(r, lookups, true);
    }

    /** pg_get_function_identity_arguments: the same list without the defaults. */
    static String identityArguments(RoutineDef r, CatalogLookups lookups) {
        return arguments(r, lookups, false);
    }

    private static String arguments(RoutineDef r, CatalogLookups lookups, boolean withDefaults) {
        List<String> out = new ArrayList<>();
        for (RoutineDef.Parameter p : r.parameters()) {
            String mode = switch (p.mode()) {
                case 'o' -> "OUT ";
                case 'b' -> "INOUT ";
                case 'v' -> "VARIADIC ";
                case 'i' -> r.isProcedure() ? "IN " : "";
                default -> null;
            };
            if (mode != null) {
                out.add(mode + named(p, lookups)
                        + (!withDefaults || p.defaultValue() == null ? "" : " DEFAULT " + defaultText(p, lookups)));
            }
        }
        return String.join(", ", out);
    }

    /** A DEFAULT as PostgreSQL stores it: a string literal coerced to the parameter's type ('q'::text). */
    private static String defaultText(RoutineDef.Parameter p, CatalogLookups lookups) {
        io.pgmicro.parse.ast.Node node = ExpressionPrinter.parse(p.defaultValue());
        boolean stringLiteral = node.hasAConst() && node.getAConst().hasSval();
        return stringLiteral ? p.defaultValue() + "::" + lookups.formatType(p.typeOid(), -1L) : p.defaultValue();
    }

    private static String named(RoutineDef.Parameter p, CatalogLookups lookups) {
        String type = lookups.formatType(p.typeOid(), null);
        return p.name().isEmpty() ? type : ExpressionPrinter.quoteIdent(p.name()) + " " + type;
    }

    /** proargtypes: the input parameters' types, as oidvector text. */
    static String inputTypes(RoutineDef r) {
        List<String> oids = new ArrayList<>();
        r.inputTypeOids().forEach(t -> oids.add(Integer.toString(t)));
        return String.join(" ", oids);
    }

    /** Whether proallargtypes and proargmodes are filled: only when some parameter is not IN. */
    static boolean hasOutputs(RoutineDef r) {
        return r.parameters().stream().anyMatch(p -> p.mode() != 'i');
    }

    static List<Integer> allTypes(RoutineDef r) {
        return r.parameters().stream().map(RoutineDef.Parameter::typeOid).toList();
    }

    static List<String> modes(RoutineDef r) {
        return r.parameters().stream().map(p -> String.valueOf(p.mode())).toList();
    }

    /** proargnames: null when no parameter is named. */
    static List<String> names(RoutineDef r) {
        if (r.parameters().stream().allMatch(p -> p.name().isEmpty())) {
            return null;
        }
        return r.parameters().stream().map(RoutineDef.Parameter::name).toList();
    }

    /** provariadic: the element type of the VARIADIC parameter, 0 if none. */
    static int variadicElement(RoutineDef r, io.pgmicro.catalog.CatalogSnapshot catalog) {
        for (RoutineDef.Parameter p : r.parameters()) {
            if (p.mode() == 'v') {
                io.pgmicro.types.PgType t = catalog.type(p.typeOid());
                return t == null ? 0 : t.elementOid();
            }
        }
        return 0;
    }
}
