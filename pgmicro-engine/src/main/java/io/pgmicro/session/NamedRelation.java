package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.system.SystemCatalog;
import io.pgmicro.parse.ast.RangeVar;

/**
 * The relation a utility statement names (VACUUM, ANALYZE, GRANT), looked up as
 * PostgreSQL does: a user relation along the search path, or a system relation.
 *
 * @param user the user relation, or null when the name is a system relation's
 */
record NamedRelation(RelationDef user) {
    static NamedRelation require(AnalysisContext ctx, RangeVar rv) {
        if (SystemCatalog.find(ctx.catalog(), rv.getSchemaname(), rv.getRelname(), ctx.searchPath()) != null) {
            return new NamedRelation(null);
        }
        RelationDef rel = ctx.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ctx.searchPath());
        if (rel == null) {
            String name = rv.getSchemaname().isEmpty() ? rv.getRelname() : rv.getSchemaname() + "." + rv.getRelname();
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + name + "\" does not exist");
        }
        return new NamedRelation(rel);
    }
}
