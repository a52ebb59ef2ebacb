package io.pgmicro.exec;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.DmlTranslator;
import io.pgmicro.emit.SqlText;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Explains constraint violations of INSERT ... VALUES with PostgreSQL's DETAIL: the key
 * behind a unique violation ("Key (email)=(a@b.c) already exists."), and the failing row
 * of NOT NULL and CHECK violations (see {@link FailingRow}). SQLite names only the
 * columns; the statement has been rolled back by then, so the new rows' values are
 * computed again (only when that has no side effects) and looked up.
 */
public final class ConstraintViolationDetail {
    private ConstraintViolationDetail() {
    }

    public static PgException explain(PgException error, Connection conn, io.pgmicro.analyze.AnalysisContext analysis,
                                      RelationDef table, DmlTranslator.InsertedRows inserted, List<Object> parameters,
                                      FormatContext format) {
        if (table == null || inserted == null || error.detail() != null) {
            return error;
        }
        CatalogSnapshot catalog = analysis.catalog();
        if (SqlState.NOT_NULL_VIOLATION.equals(error.sqlState()) || SqlState.CHECK_VIOLATION.equals(error.sqlState())) {
            return FailingRow.explain(error, conn, analysis, table, inserted, parameters, format);
        }
        if (!SqlState.UNIQUE_VIOLATION.equals(error.sqlState())) {
            return error;
        }
        List<String> keyColumns = keyColumns(table, constraintName(error));
        if (keyColumns == null) {
            return error;
        }
        if (inserted.assigned() != null && keyColumns.stream().noneMatch(inserted.assigned()::contains)) {
            return error;
        }
        List<Integer> positions = new ArrayList<>();
        for (String column : keyColumns) {
            int p = inserted.columns().indexOf(column);
            if (p < 0) {
                return error;
            }
            positions.add(p);
        }
        try {
            List<List<Object>> seen = new ArrayList<>();
            for (List<String> row : inserted.rows()) {
                List<String> exprs = new ArrayList<>();
                for (int p : positions) {
                    String expr = row.get(p);
                    if (expr.contains("pg_nextval(")) {
                        return error;
                    }
                    exprs.add(expr);
                }
                List<Object> key = new ArrayList<>(java.util.Arrays.asList(QueryRunner.query(conn,
                        "SELECT " + String.join(", ", exprs), parameters, exprs.size()).get(0)));
                if (key.contains(null)) {
                    continue;
                }
                if (containsKey(seen, key) || exists(conn, table, keyColumns, key)) {
                    return error.withDetail("Key (" + String.join(", ", keyColumns) + ")=(" + text(key, keyColumns, table,
                            catalog, format) + ") already exists.");
                }
                seen.add(key);
            }
        } catch (SQLException | PgException e) {
            // the explanation is a courtesy; the violation itself stands
        }
        return error;
    }

    static String constraintName(PgException error) {
        // the constraint is the last quoted name of the message
        String m = error.getMessage();
        int end = m.lastIndexOf('"');
        int start = end > 0 ? m.lastIndexOf('"', end - 1) : -1;
        return start >= 0 ? m.substring(start + 1, end) : null;
    }

    /** The plain key columns of the named constraint or unique index; null for expression or partial indexes. */
    private static List<String> keyColumns(RelationDef table, String name) {
        for (IndexDef index : table.indexes()) {
            if (index.name().equals(name)) {
                if (index.whereExpr() != null || index.expressionKeys().contains(true)) {
                    return null;
                }
                return index.keys();
            }
        }
        for (ConstraintDef c : table.constraints()) {
            if (c.name().equals(name)) {
                return c.columns();
            }
        }
        return null;
    }

    private static boolean containsKey(List<List<Object>> seen, List<Object> key) {
        for (List<Object> k : seen) {
            boolean same = true;
            for (int i = 0; i < k.size(); i++) {
                same &= equal(k.get(i), key.get(i));
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }

    private static boolean exists(Connection conn, RelationDef table, List<String> columns, List<Object> key) throws SQLException {
        List<String> conditions = new ArrayList<>();
        for (String c : columns) {
            conditions.add(SqlText.ident(c) + " = ?");
        }
        return !QueryRunner.query(conn, "SELECT 1 FROM " + SqlText.ident(table.sqliteName()) + " WHERE "
                + String.join(" AND ", conditions) + " LIMIT 1", key, 1).isEmpty();
    }

    private static String text(List<Object> key, List<String> columns, RelationDef table, CatalogSnapshot catalog,
                               FormatContext format) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            PgType type = catalog.type(table.attribute(columns.get(i)).typeOid());
            parts.add(type.output(key.get(i), format));
        }
        return String.join(", ", parts);
    }
}
