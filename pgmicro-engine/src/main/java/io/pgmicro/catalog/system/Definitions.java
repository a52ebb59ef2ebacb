package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import java.util.ArrayList;
import java.util.List;

/** The definitions pg_get_constraintdef and pg_get_indexdef print, rebuilt from the catalog. */
final class Definitions {
    private Definitions() {
    }

    static String constraint(CatalogSnapshot catalog, List<String> searchPath, RelationDef table, ConstraintDef c,
                             boolean pretty) {
        String definition = switch (c.type()) {
            case 'p' -> "PRIMARY KEY (" + columns(c.columns()) + ")";
            case 'u' -> "UNIQUE (" + columns(c.columns()) + ")";
            case 'c' -> "CHECK (" + ExpressionPrinter.print(c.checkExpr(), table, catalog, pretty) + ")";
            case 'f' -> foreignKey(catalog, searchPath, c);
            default -> throw new IllegalStateException("constraint type " + c.type());
        };
        return definition + deferral(c);
    }

    /** What pg_get_constraintdef adds after a deferrable constraint (and psql's \\d after its index). */
    static String deferral(ConstraintDef c) {
        return !c.deferrable() ? "" : c.deferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    }

    private static String foreignKey(CatalogSnapshot catalog, List<String> searchPath, ConstraintDef c) {
        RelationDef target = catalog.relation(c.refTableOid());
        StringBuilder sb = new StringBuilder("FOREIGN KEY (").append(columns(c.columns())).append(") REFERENCES ")
                .append(Visibility.relationName(catalog, searchPath, target)).append('(').append(columns(c.refColumns()))
                .append(')');
        String update = action(c.onUpdate());
        String delete = action(c.onDelete());
        if (update != null) {
            sb.append(" ON UPDATE ").append(update);
        }
        if (delete != null) {
            sb.append(" ON DELETE ").append(delete);
        }
        return sb.toString();
    }

    private static String action(char code) {
        return switch (code) {
            case 'r' -> "RESTRICT";
            case 'c' -> "CASCADE";
            case 'n' -> "SET NULL";
            case 'd' -> "SET DEFAULT";
            default -> null;
        };
    }

    /**
     * pg_get_indexdef(index, column, pretty): the CREATE INDEX statement for column 0,
     * otherwise the text of that key column. The plain form always qualifies the table;
     * the pretty one only when the table is not visible.
     */
    static String index(CatalogSnapshot catalog, List<String> searchPath, RelationDef table, IndexDef index, int column,
                        boolean pretty) {
        if (column > 0) {
            return column <= index.keys().size() ? key(catalog, table, index, column - 1, pretty) : "";
        }
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < index.keys().size(); k++) {
            String text = key(catalog, table, index, k, pretty);
            boolean function = index.expressionKeys().get(k) && ExpressionPrinter.parse(index.keys().get(k)).hasFuncCall();
            keys.add((index.expressionKeys().get(k) && !function ? "(" + text + ")" : text)
                    + (Boolean.TRUE.equals(index.descending().get(k)) ? " DESC" : ""));
        }
        String tableName = pretty ? Visibility.relationName(catalog, searchPath, table)
                : ExpressionPrinter.quoteIdent(table.schema()) + "." + ExpressionPrinter.quoteIdent(table.name());
        String sql = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + ExpressionPrinter.quoteIdent(index.name())
                + " ON " + tableName + " USING btree (" + String.join(", ", keys) + ")";
        if (index.whereExpr() != null) {
            sql += " WHERE " + ExpressionPrinter.print(index.whereExpr(), table, catalog, pretty);
        }
        return sql;
    }

    private static String key(CatalogSnapshot catalog, RelationDef table, IndexDef index, int k, boolean pretty) {
        String key = index.keys().get(k);
        return index.expressionKeys().get(k) ? ExpressionPrinter.print(key, table, catalog, pretty)
                : ExpressionPrinter.quoteIdent(key);
    }

    static String columns(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String n : names) {
            quoted.add(ExpressionPrinter.quoteIdent(n));
        }
        return String.join(", ", quoted);
    }
}
