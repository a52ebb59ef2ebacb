package io.pgmicro.wire;

import io.pgmicro.parse.ast.Node;

/** What the wire layer needs to know about a statement before it runs it. */
enum StatementKind {
    /** BEGIN or START TRANSACTION. */
    BEGIN,
    /** COMMIT, ROLLBACK and the other statements that end a transaction block. */
    END,
    /** SAVEPOINT, RELEASE, ROLLBACK TO: transaction control that keeps the block open. */
    SAVEPOINT,
    /** COPY FROM STDIN or TO STDOUT, which the wire layer runs itself (COPY with a file is OTHER). */
    COPY,
    /** CREATE, DROP and ALTER DATABASE, which the wire layer runs on the server's cluster (DatabaseCommands). */
    DATABASE,
    OTHER;

    static StatementKind of(Node stmt) {
        if (stmt.hasCopyStmt() && stmt.getCopyStmt().getFilename().isEmpty() && !stmt.getCopyStmt().getIsProgram()) {
            return COPY;
        }
        if (DatabaseCommands.handles(stmt)) {
            return DATABASE;
        }
        if (!stmt.hasTransactionStmt()) {
            return OTHER;
        }
        return switch (stmt.getTransactionStmt().getKind()) {
            case TRANS_STMT_BEGIN, TRANS_STMT_START -> BEGIN;
            case TRANS_STMT_SAVEPOINT, TRANS_STMT_RELEASE, TRANS_STMT_ROLLBACK_TO -> SAVEPOINT;
            default -> END;
        };
    }

    boolean isTransactionControl() {
        return this == BEGIN || this == END || this == SAVEPOINT;
    }
}
