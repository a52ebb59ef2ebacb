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
                            .set("adnum", a.attnum()).set("adbin", source(expr, a, r, catalog, session));
                }
            }
        }
    }

    static String source(String expr, AttributeDef column, RelationDef table, CatalogSnapshot catalog,
            SessionInfo session) {
        Node node = ExpressionPrinter.parse(expr);
        if (node.hasAConst() && node.getAConst().hasSval()) {
            return expr + "::" + TypeNames.format(catalog.type(column.typeOid()), -1);
        }
        RelationDef sequence = serialSequence(node, table, catalog);
        if (sequence != null) {
            // PostgreSQL keeps the sequence's OID and names it relative to the reader's search_path.
            return "nextval('" + Visibility.relationName(catalog, session.searchPath(), sequence).replace("'", "''")
                    + "'::regclass)";
        }
        return expr;
    }

    /**
     * The sequence of a serial column's default, nextval('name'::regclass): DDL writes the
     * name bare, meaning the sequence it made in the table's schema. Null for other defaults.
     */
    private static RelationDef serialSequence(Node node, RelationDef table, CatalogSnapshot catalog) {
        if (!node.hasFuncCall() || node.getFuncCall().getArgsCount() != 1) {
            return null;
        }
        var name = node.getFuncCall().getFuncnameList();
        Node arg = node.getFuncCall().getArgs(0);
        if (!name.get(name.size() - 1).getString().getSval().equals("nextval") || !arg.hasTypeCast()
                || !arg.getTypeCast().getArg().hasAConst() || !arg.getTypeCast().getArg().getAConst().hasSval()) {
            return null;
        }
        String text = arg.getTypeCast().getArg().getAConst().getSval().getSval();
        String bare = text.startsWith("\"") && text.endsWith("\"") && text.length() > 1
                ? text.substring(1, text.length() - 1).replace("\"\"", "\"") : text;
        RelationDef sequence = catalog.relation(table.schema(), bare);
        return sequence != null && sequence.kind() == 'S' ? sequence : null;
    }
}
