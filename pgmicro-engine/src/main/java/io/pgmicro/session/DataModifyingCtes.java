package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.Typed;
import io.pgmicro.emit.DmlTranslator;
import io.pgmicro.emit.QueryTranslator;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.parse.ast.CommonTableExpr;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.WithClause;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * WITH x AS (INSERT/UPDATE/DELETE ... RETURNING ...) ...: SQLite has no data-modifying
 * CTEs, so each runs first, its RETURNING rows go to a temporary table, and the main
 * statement reads that table under the CTE's name. One difference from PostgreSQL
 * remains: there all parts see one snapshot, here the main statement sees the CTE's changes.
 */
final class DataModifyingCtes {
    private static int counter;

    private DataModifyingCtes() {
    }

    static boolean present(WithClause with) {
        if (with == null) {
            return false;
        }
        for (Node n : with.getCtesList()) {
            if (!n.getCommonTableExpr().getCtequery().hasSelectStmt()) {
                return true;
            }
        }
        return false;
    }

    /** Runs the data-modifying CTEs and makes them visible to {@code queries}; returns the temp tables to drop. */
    static List<String> run(WithClause with, AnalysisContext ctx, QueryTranslator queries, Connection conn,
                            List<Object> parameters) throws SQLException {
        QueryTranslator.checkRecursion(with);
        List<String> temps = new ArrayList<>();
        for (Node n : with.getCtesList()) {
            CommonTableExpr cte = n.getCommonTableExpr();
            Node query = cte.getCtequery();
            if (query.hasSelectStmt()) {
                continue;
            }
            DmlTranslator dml = new DmlTranslator(ctx, queries);
            DmlTranslator.DmlSql d = switch (query.getNodeCase()) {
                case INSERT_STMT -> dml.insert(query.getInsertStmt());
                case UPDATE_STMT -> dml.update(query.getUpdateStmt());
                case DELETE_STMT -> dml.delete(query.getDeleteStmt());
                default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "unsupported statement in WITH");
            };
            if (d.returning() == null) {
                QueryRunner.update(conn, d.sql(), parameters);
                queries.predefineWithoutReturning(cte.getCtename());
                continue;
            }
            List<Object[]> rows = QueryRunner.query(conn, d.sql(), parameters, d.returning().size());
            String temp = "_pgmicro_cte_" + next();
            List<String> cols = new ArrayList<>();
            for (int i = 1; i <= d.returning().size(); i++) {
                cols.add("\"c" + i + "\"");
            }
            QueryRunner.execute(conn, "CREATE TEMP TABLE \"" + temp + "\" (" + String.join(", ", cols) + ")");
            temps.add(temp);
            String insert = "INSERT INTO \"" + temp + "\" VALUES (" + String.join(", ", Collections.nCopies(cols.size(), "?")) + ")";
            for (Object[] row : rows) {
                QueryRunner.update(conn, insert, java.util.Arrays.asList(row));
            }
            List<Typed> columns = new ArrayList<>();
            for (int i = 0; i < d.returning().size(); i++) {
                Typed t = d.returning().get(i);
                String name = i < cte.getAliascolnamesCount() ? cte.getAliascolnames(i).getString().getSval() : t.name();
                columns.add(t.withName(name));
            }
            queries.predefine(cte.getCtename(), columns, temp);
        }
        return temps;
    }

    static void drop(Connection conn, List<String> temps) {
        for (String temp : temps) {
            try {
                QueryRunner.execute(conn, "DROP TABLE IF EXISTS temp.\"" + temp + "\"");
            } catch (SQLException e) {
                // a temp table left behind goes with the connection
            }
        }
    }

    private static synchronized int next() {
        return ++counter;
    }
}
