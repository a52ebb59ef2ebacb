package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;

/**
 * pg_proc: the built-in functions (see {@link BuiltinProcedures}). User-defined functions,
 * once the catalog stores them, are added here as more {@link Procedure} rows of their
 * schema's namespace, and {@link CatalogObjectNames} finds them the same way.
 */
final class PgProcRows implements SystemTable.RowSource {
    /** pg_language.oid of "internal", the language of PostgreSQL's built-in functions. */
    private static final int INTERNAL_LANGUAGE = 12;
    /** The prorows PostgreSQL gives a set-returning function without an estimate. */
    private static final int SET_ROWS_ESTIMATE = 1000;

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
    }
}
