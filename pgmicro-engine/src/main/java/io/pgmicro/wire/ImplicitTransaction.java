package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.session.Result;
import io.pgmicro.session.Session;

/**
 * PostgreSQL's implicit transaction block: everything between two Syncs of the extended
 * protocol, and all statements of one multi-statement Query message, commit or roll back
 * together (a failing row in a pgjdbc batch undoes the whole batch). The session knows
 * only explicit blocks, so the wire layer opens one with BEGIN before the first statement
 * that needs it and ends it at Sync or at the end of the Query message. A BEGIN inside
 * the implicit block turns it into an explicit one, as in PostgreSQL; COMMIT or ROLLBACK
 * inside it end it.
 */
final class ImplicitTransaction {
    private final Session session;
    private boolean open;
    private boolean failed;

    ImplicitTransaction(Session session) {
        this.session = session;
    }

    /**
     * Called before each statement of a block. Returns the result to report instead of
     * running the statement (a BEGIN that only makes the implicit block explicit), or null
     * to run it.
     */
    Result beforeStatement(StatementKind kind) {
        if (open) {
            if (kind == StatementKind.BEGIN) {
                open = false;
                session.makeBlockExplicit();
                return Result.command("BEGIN");
            }
            if (kind == StatementKind.END) {
                open = false;
            }
            return null;
        }
        if (!kind.isTransactionControl() && session.transactionStatus() == Session.IDLE) {
            session.beginImplicitBlock();
            open = true;
            failed = false;
        }
        return null;
    }

    /** Records an error of the block, which makes its end a rollback. */
    void failed() {
        failed = true;
    }

    /** Commits the implicit block, or rolls it back after an error; throws if COMMIT fails. */
    void end() {
        if (!open) {
            return;
        }
        open = false;
        if (failed || session.transactionStatus() == Session.FAILED) {
            session.execute("ROLLBACK");
            return;
        }
        try {
            session.execute("COMMIT");
        } catch (PgException e) {
            if (session.transactionStatus() != Session.IDLE) {
                session.execute("ROLLBACK");
            }
            throw e;
        }
    }
}
