package io.pgmicro.exec;

import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.SqlText;
import io.pgmicro.exec.ddl.SqliteSchema;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The key of a unique constraint or unique index, as a unique violation's DETAIL shows
 * it: plain columns or expressions ({@code Key (lower(address))=(ann@x.org)}), and for a
 * partial index the condition a row must meet to take part.
 *
 * @param labels  how each key part is shown: its column name or expression text
 * @param sql     each key part as a SQLite expression over the table's bare column names
 * @param types   each key part's type, for printing its value
 * @param columns the columns the key may depend on (all of them when it has an expression)
 * @param where   a partial index's condition in SQLite, or null
 */
record UniqueKey(List<String> labels, List<String> sql, List<PgType> types, List<String> columns, String where) {

    /** The key behind the named constraint or index, or null when the table has neither. */
    static UniqueKey of(RelationDef table, String name, AnalysisContext analysis) {
        for (IndexDef index : table.indexes()) {
            if (index.name().equals(name)) {
                return ofIndex(table, index, analysis);
            }
        }
        for (ConstraintDef c : table.constraints()) {
            if (c.name().equals(name)) {
                return ofColumns(table, c.columns(), analysis);
            }
        }
        return null;
    }

    private static UniqueKey ofColumns(RelationDef table, List<String> columns, AnalysisContext analysis) {
        List<String> sql = new ArrayList<>();
        List<PgType> types = new ArrayList<>();
        for (String column : columns) {
            AttributeDef a = table.attribute(column);
            if (a == null) {
                return null;
            }
            sql.add(SqlText.ident(column));
            types.add(analysis.catalog().type(a.typeOid()));
        }
        return new UniqueKey(columns, sql, types, columns, null);
    }

    private static UniqueKey ofIndex(RelationDef table, IndexDef index, AnalysisContext analysis) {
        if (!index.expressionKeys().contains(true) && index.whereExpr() == null) {
            return ofColumns(table, index.keys(), analysis);
        }
        List<String> sql = new ArrayList<>();
        List<PgType> types = new ArrayList<>();
        for (int i = 0; i < index.keys().size(); i++) {
            String key = index.keys().get(i);
            if (index.expressionKeys().get(i)) {
                Typed t = SqliteSchema.expression(key, table, analysis.catalog(), analysis);
                sql.add("(" + t.sql() + ")");
                types.add(t.type());
            } else {
                sql.add(SqlText.ident(key));
                types.add(analysis.catalog().type(table.attribute(key).typeOid()));
            }
        }
        List<String> columns = new ArrayList<>();
        if (index.expressionKeys().contains(true)) {
            table.attributes().forEach(a -> columns.add(a.name()));
        } else {
            columns.addAll(index.keys());
        }
        String where = index.whereExpr() == null ? null
                : SqliteSchema.condition(index.whereExpr(), table, analysis.catalog(), analysis);
        return new UniqueKey(index.keys(), sql, types, columns, where);
    }

    /**
     * The key of one proposed row (a subquery naming the table's columns), or null when
     * the row cannot collide: a key part is NULL, or the row is outside a partial index.
     */
    List<Object> valuesOf(Connection conn, String row, List<Object> parameters) throws SQLException {
        List<String> select = new ArrayList<>(sql);
        select.add(where == null ? "1" : "CASE WHEN " + where + " THEN 1 ELSE 0 END");
        Object[] result = QueryRunner.query(conn, "SELECT " + String.join(", ", select) + " FROM " + row, parameters,
                select.size()).get(0);
        List<Object> values = new ArrayList<>(Arrays.asList(result).subList(0, sql.size()));
        boolean inIndex = ((Number) result[sql.size()]).longValue() == 1;
        return !inIndex || values.contains(null) ? null : values;
    }

    /** Whether a stored row already has this key (within the partial index's rows). */
    boolean existsIn(Connection conn, RelationDef table, List<Object> values) throws SQLException {
        List<String> conditions = new ArrayList<>();
        for (String part : sql) {
            conditions.add(part + " = ?");
        }
        if (where != null) {
            conditions.add("(" + where + ")");
        }
        return !QueryRunner.query(conn, "SELECT 1 FROM " + SqlText.ident(table.sqliteName()) + " WHERE "
                + String.join(" AND ", conditions) + " LIMIT 1", values, 1).isEmpty();
    }

    String text(List<Object> values, FormatContext format) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            parts.add(types.get(i).output(values.get(i), format));
        }
        return String.join(", ", parts);
    }
}
