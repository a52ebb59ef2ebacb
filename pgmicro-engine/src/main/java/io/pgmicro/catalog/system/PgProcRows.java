package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RoutineDef;

/**
 * pg_proc: the built-in functions (see {@link BuiltinProcedures}), then the user's
 * functions and procedures in their schemas' namespaces.
 */
final class PgProcRows implements SystemTable.RowSource {
    /** pg_language.oid of "internal", the language of PostgreSQL's built-in functions. */
    private static final int INTERNAL_LANGUAGE = 12;
    /** The prorows PostgreSQL gives a set-returning function without an estimate. */
    private static final int SET_ROWS_ESTIMATE = 1000;
    /** The procost PostgreSQL gives a function in SQL or PL/pgSQL. */
    private static final int USER_FUNCTION_COST = 100;

    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (Procedure p : BuiltinProcedures.all()) {
            out.add().set("oid", p.oid()).set("proname", p.name()).set("pronamespace", p.namespace())
                    .set("proowner", ObjectIds.POSTGRES_ROLE).set("prolang", INTERNAL_LANGUAGE).set("procost", 1)
                    .set("prorows", p.returnsSet() ? SET_ROWS_ESTIMATE : 0).set("provariadic", p.variadic())
                    .set("prosupport", 0).set("prokind", p.kind()).set("prosecdef", false).set("proleakproof", false)
                    .set("proisstrict", p.strict()).set("proretset", p.returnsSet()).set("provolatile", p.volatility())
                    .set("proparallel", "s").set("pronargs", p.argTypes().size()).set("pronargdefaults", 0)
                    .set("prorettype", p.returnType()).set("proargtypes", p.argTypesText()).set("prosrc", p.name());
        }
        for (RoutineDef r : catalog.routines()) {
            Integer namespace = catalog.schemas().get(r.schema());
            boolean outputs = RoutineSignatures.hasOutputs(r);
            out.add().set("oid", r.oid()).set("proname", r.name()).set("pronamespace", namespace)
                    .set("proowner", ObjectIds.POSTGRES_ROLE)
                    .set("prolang", r.language().equals("plpgsql") ? ObjectIds.PLPGSQL_LANGUAGE : ObjectIds.SQL_LANGUAGE)
                    .set("procost", USER_FUNCTION_COST).set("prorows", r.returnsSet() ? SET_ROWS_ESTIMATE : 0)
                    .set("provariadic", RoutineSignatures.variadicElement(r, catalog)).set("prosupport", 0)
                    .set("prokind", r.kind()).set("prosecdef", false).set("proleakproof", false)
                    .set("proisstrict", r.strict()).set("proretset", r.returnsSet()).set("provolatile", r.volatility())
                    .set("proparallel", "u").set("pronargs", r.inputs().size())
                    .set("pronargdefaults", r.inputs().stream().filter(p -> p.defaultValue() != null).count())
                    .set("prorettype", r.returnTypeOid()).set("proargtypes", RoutineSignatures.inputTypes(r))
                    .set("proallargtypes", outputs ? RoutineSignatures.allTypes(r) : null)
                    .set("proargmodes", outputs ? RoutineSignatures.modes(r) : null)
                    .set("proargnames", RoutineSignatures.names(r)).set("prosrc", r.body());
        }
    }
}
