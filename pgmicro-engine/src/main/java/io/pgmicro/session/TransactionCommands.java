package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.emit.SqlText;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.exec.SqliteErrors;
import io.pgmicro.parse.ast.TransactionStmt;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** BEGIN, COMMIT, ROLLBACK and savepoints, mapped onto SQLite's transactions with PostgreSQL's rules and messages. */
final class TransactionCommands {
    private final Connection conn;
    private final SessionState state;
    private final Database db;
    private final io.pgmicro.exec.constraints.DeferredChecks deferredChecks;

    TransactionCommands(Connection conn, SessionState state, Database db,
                        io.pgmicro.exec.constraints.DeferredChecks deferredChecks) {
        this.conn = conn;
        this.state = state;
        this.db = db;
        this.deferredChecks = deferredChecks;
    }

    Result run(TransactionStmt stmt, ResultSink sink) {
        return switch (stmt.getKind()) {
            case TRANS_STMT_BEGIN, TRANS_STMT_START -> {
                Result r = begin(sink);
                applyModes(stmt.getOptionsList());
                yield r;
            }
            case TRANS_STMT_COMMIT, TRANS_STMT_ROLLBACK -> {
                String verb = stmt.getKind() == io.pgmicro.parse.ast.TransactionStmtKind.TRANS_STMT_COMMIT ? "COMMIT" : "ROLLBACK";
                if (stmt.getChain() && !state.inBlock()) {
                    throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION, verb + " AND CHAIN can only be used in transaction blocks");
                }
                boolean readOnly = state.readOnly();
                Result r;
                try {
                    r = verb.equals("COMMIT") ? commit(sink) : rollback(sink);
                } finally {
                    deferredChecks.transactionEnded();
                }
                if (stmt.getChain()) {
                    // AND CHAIN starts a new block with the same modes
                    sql("BEGIN");
                    state.begin();
                    state.setReadOnlyBlock(readOnly);
                }
                yield r;
            }
            case TRANS_STMT_SAVEPOINT -> savepoint(stmt.getSavepointName());
            case TRANS_STMT_RELEASE -> release(stmt.getSavepointName());
            case TRANS_STMT_ROLLBACK_TO -> rollbackTo(stmt.getSavepointName());
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support two-phase commit");
        };
    }

    /** BEGIN's and SET TRANSACTION's modes: READ ONLY / READ WRITE matter; isolation levels are accepted. */
    void applyModes(List<io.pgmicro.parse.ast.Node> options) {
        for (io.pgmicro.parse.ast.Node n : options) {
            var d = n.getDefElem();
            if (d.getDefname().equals("transaction_read_only")) {
                var c = d.getArg().getAConst();
                boolean readOnly = c.hasIval() ? c.getIval().getIval() != 0 : c.getBoolval().getBoolval();
                state.setReadOnlyBlock(readOnly);
            }
        }
    }

    private Result begin(ResultSink sink) {
        if (state.transactionStatus() == Session.FAILED) {
            throw aborted();
        }
        if (state.inBlock()) {
            sink.notice(new Notice("WARNING", SqlState.ACTIVE_SQL_TRANSACTION, "there is already a transaction in progress",
                    null, null));
            return Result.command("BEGIN");
        }
        sql("BEGIN");
        state.begin();
        return Result.command("BEGIN");
    }

    private Result commit(ResultSink sink) {
        if (!state.inBlock()) {
            sink.notice(new Notice("WARNING", SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress",
                    null, null));
            return Result.command("COMMIT");
        }
        if (state.transactionStatus() == Session.FAILED) {
            sqlRollback();
            state.end(false);
            return Result.command("ROLLBACK");
        }
        try {
            deferredChecks.beforeCommit();
        } catch (RuntimeException e) {
            // a deferred constraint failed: the transaction is rolled back, as PostgreSQL's COMMIT does
            sqlRollback();
            state.end(false);
            throw e;
        }
        try {
            QueryRunner.execute(conn, "COMMIT");
        } catch (SQLException e) {
            // a failed COMMIT leaves nothing committed; the block is over either way
            sqlRollback();
            state.end(false);
            throw SqliteErrors.translate(e, state.catalog(), null, null);
        }
        state.end(true);
        return Result.command("COMMIT");
    }

    private Result rollback(ResultSink sink) {
        if (!state.inBlock()) {
            sink.notice(new Notice("WARNING", SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress",
                    null, null));
            return Result.command("ROLLBACK");
        }
        sqlRollback();
        state.end(false);
        // sequence positions are not transactional: write them again after the rollback undid them
        db.sequences().markAllDirty();
        try {
            db.sequences().persist(conn);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, state.catalog(), null, null);
        }
        return Result.command("ROLLBACK");
    }

    /** Ends the block with a rollback, as a failed COMMIT does. */
    void rollbackQuietly() {
        sqlRollback();
        state.end(false);
    }

    private Result savepoint(String name) {
        if (!state.inBlock()) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION, "SAVEPOINT can only be used in transaction blocks");
        }
        if (state.transactionStatus() == Session.FAILED) {
            throw aborted();
        }
        sql("SAVEPOINT " + SqlText.ident(name));
        state.savepoints().add(name);
        return Result.command("SAVEPOINT");
    }

    private Result release(String name) {
        if (!state.inBlock()) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION, "RELEASE SAVEPOINT can only be used in transaction blocks");
        }
        if (state.transactionStatus() == Session.FAILED) {
            throw aborted();
        }
        int index = find(name);
        sql("RELEASE " + SqlText.ident(name));
        List<String> savepoints = state.savepoints();
        savepoints.subList(index, savepoints.size()).clear();
        return Result.command("RELEASE");
    }

    private Result rollbackTo(String name) {
        if (!state.inBlock()) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION, "ROLLBACK TO SAVEPOINT can only be used in transaction blocks");
        }
        int index = find(name);
        sql("ROLLBACK TO " + SqlText.ident(name));
        List<String> savepoints = state.savepoints();
        savepoints.subList(index + 1, savepoints.size()).clear();
        state.cursors().rolledBackTo(index + 1);
        state.recover();
        state.reloadCatalog();
        return Result.command("ROLLBACK");
    }

    private int find(String name) {
        int index = state.savepoints().lastIndexOf(name);
        if (index < 0) {
            if (state.transactionStatus() == Session.FAILED) {
                // PostgreSQL keeps the block failed when the savepoint is unknown
                throw new PgException(SqlState.INVALID_SAVEPOINT_SPECIFICATION, "savepoint \"" + name + "\" does not exist");
            }
            state.fail();
            throw new PgException(SqlState.INVALID_SAVEPOINT_SPECIFICATION, "savepoint \"" + name + "\" does not exist");
        }
        return index;
    }

    private void sql(String text) {
        try {
            QueryRunner.execute(conn, text);
        } catch (SQLException e) {
            state.fail();
            throw SqliteErrors.translate(e, state.catalog(), null, null);
        }
    }

    private void sqlRollback() {
        try {
            QueryRunner.execute(conn, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite may already have rolled back (e.g. after a busy error); nothing is left to undo
        }
    }

    private static PgException aborted() {
        return new PgException(SqlState.IN_FAILED_SQL_TRANSACTION,
                "current transaction is aborted, commands ignored until end of transaction block");
    }
}
