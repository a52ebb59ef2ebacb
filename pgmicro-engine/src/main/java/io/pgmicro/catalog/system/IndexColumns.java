package io.pgmicro.catalog.system;

import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.FunctionSignature;
import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/** How PostgreSQL names and numbers the columns of an index (pg_attribute rows, pg_index.indkey). */
final class IndexColumns {
    private IndexColumns() {
    }

    /** An expression column is named after its function ("upper"), otherwise "expr". */
    static String expressionColumnName(String expression) {
        Node node = ExpressionPrinter.parse(expression);
        if (node.hasFuncCall()) {
            var names = node.getFuncCall().getFuncnameList();
            return names.get(names.size() - 1).getString().getSval();
        }
        return "expr";
    }

    /** The type of an expression column: the function's declared result where it has one, else text. */
    static PgType expressionType(String expression, RelationDef table, CatalogSnapshot catalog) {
        Node node = ExpressionPrinter.parse(expression);
        if (node.hasFuncCall()) {
            var names = node.getFuncCall().getFuncnameList();
            List<FunctionSignature> candidates = BuiltinFunctions.byName(names.get(names.size() - 1).getString().getSval());
            if (!candidates.isEmpty() && !candidates.get(0).returnType().equals(Types.ANYELEMENT)) {
                return candidates.get(0).returnType();
            }
        }
        return Types.TEXT;
    }

    /** pg_index.indkey: the attribute numbers of the key columns, 0 for expressions, e.g. "1 3". */
    static String indkey(IndexDef index, RelationDef table) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < index.keys().size(); k++) {
            parts.add(String.valueOf(index.expressionKeys().get(k) ? 0 : UserObjects.attnum(table, index.keys().get(k))));
        }
        return String.join(" ", parts);
    }

    /** pg_index.indoption: per key, 1 for DESC plus 2 for NULLS FIRST (the default with DESC). */
    static String indoption(IndexDef index) {
        List<String> parts = new ArrayList<>();
        for (Boolean desc : index.descending()) {
            parts.add(Boolean.TRUE.equals(desc) ? "3" : "0");
        }
        return String.join(" ", parts);
    }

    /** pg_index.indcollation: the default collation for keys of a string type, 0 otherwise. */
    static String indcollation(IndexDef index, RelationDef table, CatalogSnapshot catalog) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < index.keys().size(); k++) {
            PgType type = index.expressionKeys().get(k) ? expressionType(index.keys().get(k), table, catalog)
                    : catalog.type(table.attribute(index.keys().get(k)).typeOid());
            parts.add(String.valueOf(TypeFacts.collation(type, catalog)));
        }
        return String.join(" ", parts);
    }
}
