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
import io.pgmicro.types.StorageOrder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
        UniqueKey key = UniqueKey.of(table, constraintName(error), analysis);
        if (key == null) {
            return error;
        }
        if (inserted.assigned() != null && key.columns().stream().noneMatch(inserted.assigned()::contains)) {
            return error;
        }
        try {
            List<List<Object>> seen = new ArrayList<>();
            for (List<String> row : inserted.rows()) {
                List<Object> values = key.valuesOf(conn, rowSource(inserted.columns(), row), parameters);
                if (values == null) {
                    continue;
                }
                if (containsKey(seen, values, key.types()) || key.existsIn(conn, table, values)) {
                    return error.withDetail("Key (" + String.join(", ", key.labels()) + ")=(" + key.text(values, format)
                            + ") already exists.");
                }
                seen.add(values);
            }
        } catch (SQLException | PgException e) {
            // the explanation is a courtesy; the violation itself stands
        }
        return error;
    }

    /**
     * One proposed row as a subquery naming its columns, so key expressions can read it.
     * Sequence calls are left out: computing them again would move the sequence.
     */
    private static String rowSource(List<String> columns, List<String> row) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String value = row.get(i).contains("pg_nextval(") ? "NULL" : row.get(i);
            named.add(value + " AS " + SqlText.ident(columns.get(i)));
        }
        return "(SELECT " + String.join(", ", named) + ")";
    }

    static String constraintName(PgException error) {
        // the constraint is the last quoted name of the message
        String m = error.getMessage();
        int end = m.lastIndexOf('"');
        int start = end > 0 ? m.lastIndexOf('"', end - 1) : -1;
        return start >= 0 ? m.substring(start + 1, end) : null;
    }

    private static boolean containsKey(List<List<Object>> seen, List<Object> key, List<PgType> types) {
        for (List<Object> k : seen) {
            boolean same = true;
            for (int i = 0; i < k.size(); i++) {
                // equal as the unique index compares them (numeric 1.0 and 1.00 collide)
                same &= StorageOrder.compare(types.get(i), k.get(i), key.get(i)) == 0;
            }
            if (same) {
                return true;
            }
        }
        return false;
    }
}
