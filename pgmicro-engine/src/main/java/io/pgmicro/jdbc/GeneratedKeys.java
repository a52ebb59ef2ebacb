package io.pgmicro.jdbc;

import io.pgmicro.PgException;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RawStmt;
import java.util.List;

/**
 * Asking for generated keys makes pgjdbc add a RETURNING clause to an INSERT, UPDATE or DELETE
 * that has none: {@code RETURNING *}, or the requested columns as quoted identifiers (so
 * {@code "ID"} does not match a column created as {@code id}, exactly as with pgjdbc). The
 * statement kind is read from PostgreSQL's own parse tree, not guessed from the text.
 */
final class GeneratedKeys {
    private GeneratedKeys() {
    }

    /**
     * The statement with a RETURNING clause added, or null when it is not a single INSERT,
     * UPDATE or DELETE without one (then it runs unchanged and has no generated keys).
     *
     * @param columns the requested column names, or null for all columns
     */
    static String withReturning(String sql, String[] columns) {
        List<RawStmt> statements;
        Parser.ParsedSql parsed;
        try {
            parsed = Parser.parse(sql);
            statements = parsed.statements();
        } catch (PgException syntaxError) {
            return null; // running it unchanged reports the error as the server would
        }
        if (statements.size() != 1 || !isDmlWithoutReturning(statements.get(0).getStmt())) {
            return null;
        }
        // A newline keeps a trailing line comment from swallowing the clause.
        return parsed.statementText(statements.get(0)).stripTrailing() + "\nRETURNING " + returningList(columns);
    }

    private static boolean isDmlWithoutReturning(Node node) {
        return switch (node.getNodeCase()) {
            case INSERT_STMT -> node.getInsertStmt().getReturningListCount() == 0;
            case UPDATE_STMT -> node.getUpdateStmt().getReturningListCount() == 0;
            case DELETE_STMT -> node.getDeleteStmt().getReturningListCount() == 0;
            default -> false;
        };
    }

    private static String returningList(String[] columns) {
        if (columns == null || columns.length == 0) {
            return "*";
        }
        StringBuilder list = new StringBuilder();
        for (String column : columns) {
            if (list.length() > 0) {
                list.append(", ");
            }
            list.append(SqlQuoting.identifier(column));
        }
        return list.toString();
    }
}
