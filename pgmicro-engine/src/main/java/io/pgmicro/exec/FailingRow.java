package io.pgmicro.exec;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.RangeItem;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.ScopeColumn;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.DmlTranslator;
import io.pgmicro.emit.ExprTranslator;
import io.pgmicro.emit.QueryTranslator;
import io.pgmicro.parse.Parser;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * "Failing row contains (...)": the first new row of an INSERT ... VALUES that breaks a
 * NOT NULL or CHECK constraint, with every column's value. SQLite stops at that row, so
 * a nextval() in it returned the sequence's current last value, which is what it shows.
 */
final class FailingRow {
    private FailingRow() {
    }

    static PgException explain(PgException error, Connection conn, AnalysisContext analysis, RelationDef table,
                               DmlTranslator.InsertedRows inserted, List<Object> parameters, FormatContext format) {
        try {
            String test = failureTest(error, analysis, table);
            if (test == null) {
                return error;
            }
            for (List<String> row : inserted.rows()) {
                List<String> values = new ArrayList<>();
                for (AttributeDef a : table.attributes()) {
                    int p = inserted.columns().indexOf(a.name());
                    values.add(p < 0 ? "NULL" : withoutSideEffects(row.get(p)));
                }
                Scope scope = rowScope(table, analysis, values);
                String condition = new ExprTranslator(analysis, new QueryTranslator(analysis))
                        .condition(SqliteExpressions.parse(test), scope, "CHECK").sql();
                List<String> selected = new ArrayList<>(values);
                selected.add("coalesce(NOT (" + condition + "), 0)");
                Object[] result = QueryRunner.query(conn, "SELECT " + String.join(", ", selected), parameters, selected.size()).get(0);
                if (((Number) result[result.length - 1]).longValue() != 0) {
                    return error.withDetail("Failing row contains (" + rowText(table, analysis, result, format) + ").");
                }
            }
        } catch (SQLException | RuntimeException e) {
            // the explanation is a courtesy; the violation itself stands
        }
        return error;
    }

    /** The condition every new row must meet, as PostgreSQL text: "col IS NOT NULL" or the CHECK's expression. */
    private static String failureTest(PgException error, AnalysisContext analysis, RelationDef table) {
        String name = ConstraintViolationDetail.constraintName(error);
        if (name == null) {
            return null;
        }
        if (SqlState.NOT_NULL_VIOLATION.equals(error.sqlState())) {
            int start = error.getMessage().indexOf('"');
            int end = error.getMessage().indexOf('"', start + 1);
            String column = error.getMessage().substring(start + 1, end);
            return quoteIdent(column) + " IS NOT NULL";
        }
        for (ConstraintDef c : table.constraintsOfType('c')) {
            if (c.name().equals(name)) {
                return c.checkExpr();
            }
        }
        return null;
    }

    private static String withoutSideEffects(String sql) {
        return sql.replace("pg_nextval(", "pg_sequence_last_value(");
    }

    private static Scope rowScope(RelationDef table, AnalysisContext analysis, List<String> values) {
        List<ScopeColumn> cols = new ArrayList<>();
        for (int i = 0; i < table.attributes().size(); i++) {
            AttributeDef a = table.attributes().get(i);
            cols.add(new ScopeColumn(a.name(), analysis.catalog().type(a.typeOid()), a.typmod(), "(" + values.get(i) + ")",
                    table.oid(), a.attnum()));
        }
        Scope scope = new Scope(null);
        scope.add(RangeItem.simple(table.name(), cols));
        return scope;
    }

    private static String rowText(RelationDef table, AnalysisContext analysis, Object[] values, FormatContext format) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < table.attributes().size(); i++) {
            PgType type = analysis.catalog().type(table.attributes().get(i).typeOid());
            parts.add(values[i] == null ? "null" : type.output(values[i], format));
        }
        return String.join(", ", parts);
    }

    private static String quoteIdent(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Parses stored PostgreSQL expression text. */
    private static final class SqliteExpressions {
        static io.pgmicro.parse.ast.Node parse(String expr) {
            return Parser.parse("SELECT " + expr).statements().get(0).getStmt().getSelectStmt().getTargetList(0)
                    .getResTarget().getVal();
        }
    }
}
