package io.pgmicro.emit;

import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.types.PgType;

/**
 * The value a column gets when an INSERT leaves it out or says DEFAULT: its DEFAULT
 * expression (stored as PostgreSQL text and translated here, so now(), nextval() and
 * gen_random_uuid() run per row), its domain's DEFAULT, or NULL.
 */
final class DefaultValues {
    private final AnalysisContext ctx;
    private final ExprTranslator exprs;
    private final RelationDef table;

    DefaultValues(AnalysisContext ctx, ExprTranslator exprs, RelationDef table) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.table = table;
    }

    String sql(AttributeDef column) {
        if (column.isIdentity()) {
            for (RelationDef r : ctx.catalog().relations()) {
                if (r.kind() == 'S' && r.sequence().ownedByTable() == table.oid()
                        && column.name().equals(r.sequence().ownedByColumn())) {
                    return "pg_nextval(" + r.oid() + ")";
                }
            }
        }
        String expr = column.defaultExpr();
        // a column of a domain without its own DEFAULT takes the nearest domain's
        for (var domain : ctx.catalog().domainChain(column.domainOid())) {
            if (expr != null) {
                break;
            }
            expr = domain.defaultExpr();
        }
        if (expr == null) {
            return "NULL";
        }
        Typed value = exprs.expr(DmlTranslator.parseExpression(expr), new Scope(null));
        PgType type = ctx.catalog().type(column.typeOid());
        return exprs.coerce(value, type, column.typmod(), Coercion.Context.ASSIGNMENT,
                "column \"" + column.name() + "\"").sql();
    }
}
