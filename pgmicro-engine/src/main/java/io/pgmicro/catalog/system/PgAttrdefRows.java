package io.pgmicro.catalog.system;

import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.types.TypeNames;

/**
 * pg_attrdef: column defaults and generation expressions. adbin holds the expression's
 * source text with the coercion to the column's type spelled out where PostgreSQL's
 * stored tree has one ('ok' for an enum column is {@code 'ok'::mood}).
 */
final class PgAttrdefRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            for (AttributeDef a : r.attributes()) {
                String expr = a.generatedExpr() != null ? a.generatedExpr() : a.defaultExpr();
                if (expr != null) {
                    out.add().set("oid", DerivedOids.attrdef(r.oid(), a.attnum())).set("adrelid", r.oid())
                            .set("adnum", a.attnum()).set("adbin", source(expr, a, catalog));
                }
            }
        }
    }

    static String source(String expr, AttributeDef column, CatalogSnapshot catalog) {
        Node node = ExpressionPrinter.parse(expr);
        if (node.hasAConst() && node.getAConst().hasSval()) {
            return expr + "::" + TypeNames.format(catalog.type(column.typeOid()), -1);
        }
        return expr;
    }
}
