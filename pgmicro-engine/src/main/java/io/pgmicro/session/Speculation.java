package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.TransactionStmtKind;
import io.pgmicro.types.PgType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A second writing transaction block, run ahead on a private copy of the committed state
 * while another block holds SQLite's single write lock.
 *
 * <p>Why: PostgreSQL lets two transactions write at once (row locks); SQLite has one writer. A
 * client that writes on a second connection while its first connection's block is still open
 * (Flyway's default transactional lock does so, on one thread) would wait for a lock that only
 * it can release. So a block that has not written yet, whose first write would have to wait for
 * another block's lock, <em>speculates</em>: its statements run on a private in-memory copy of
 * the last committed state, with the session's settings, start time and savepoints, and the
 * client gets their results as usual. Every statement run there is logged with its parameters
 * and what the client was told (its result, or its error).
 *
 * <p>Catch-up: at the block's next statement after the lock is free, at a statement that may not
 * run on the copy (DDL, SET, COPY, cursors, PREPARE/EXECUTE, CALL, DO ...), and at COMMIT, the
 * session takes the real write lock (waiting as any writer does: 5 s, then 40001), recreates the
 * savepoints it had when it began to speculate, and runs the logged statements again on the real
 * database. Every write (DML, with its RETURNING rows) and savepoint command must give the
 * client's answer again — same command tag, columns and rows, or the same error — and so must
 * every query that names a table the block wrote before it; other queries must only succeed or
 * fail as they did. Why the split: PostgreSQL makes a write wait only where it touches a row the
 * other transaction changed, and from then on the block sees that transaction's commit; a block
 * whose writes touched none of those rows sees, as here, the other's work not committed yet.
 * pgmicro cannot see rows, so tables stand in for them: what a query of a table the block wrote
 * showed must hold after the other block's commit too. So what the block commits is what it
 * would have committed had its writes waited for the other block to end, the writes of both are
 * kept, and no one saw either before its commit. At the first difference the
 * work of the speculation is lost: the block is back where it stood when it began to speculate
 * (its earlier savepoints still there), failed, and the statement fails with 40001, as
 * PostgreSQL reports a conflict it cannot serialize; clients retry on it. A COMMIT that cannot
 * catch up fails with 40001 and rolls the block back. ROLLBACK just drops the copy.
 *
 * <p>If another session commits while the block speculates and the lock is taken again (a third
 * writer), the copy is stale: before its next statement the block rebuilds it from the new
 * committed state and replays the log into it, with the same check (40001 on a difference).
 *
 * <p>Limits: tables are coarser than rows, so some interleavings that PostgreSQL serializes fail
 * here with 40001 (a query of a table the block wrote, when the other block changed that table
 * too), as does a value that differs from run to run (random(), clock_timestamp()) in what the
 * client was told. And a table counts as written or read only where the statement names it: a
 * write done by a trigger, or a table read through a view, does not count, nor does a query of
 * another table after a write that PostgreSQL would have made wait; such a query's rows are not
 * compared.
 * Sequences and advisory locks are shared with the real database (they are not transactional):
 * nextval on the copy uses a value up there, and a replay gets the same values again
 * ({@link SequenceDraws}); setval is run again by the replay. A session advisory lock taken by a
 * speculated statement is taken again by its replay, and so counts twice. Autocommit statements
 * and the implicit block of one wire message never speculate: they must be durable when they
 * return, so they wait for the lock.
 */
final class Speculation {
    /** What the client saw of a statement: its result, or its error. */
    private record Outcome(String tag, List<Column> columns, List<Object[]> rows, String sqlState, String message) {
        static Outcome of(Result r) {
            return new Outcome(r.commandTag(), r.columns(), r.rows(), null, null);
        }

        static Outcome of(PgException e) {
            return new Outcome(null, null, null, e.sqlState(), e.getMessage());
        }

        /** The same error, or success both times. */
        boolean sameEnd(Outcome o) {
            return Objects.equals(sqlState, o.sqlState) && Objects.equals(message, o.message);
        }

        /** The same error, or the same result: command tag, columns and rows. */
        boolean sameAs(Outcome o) {
            return sameEnd(o) && Objects.equals(tag, o.tag) && sameColumns(o.columns)
                    && (rows == null ? o.rows == null : o.rows != null && rows.size() == o.rows.size()
                            && Arrays.deepEquals(rows.toArray(), o.rows.toArray()));
        }

        private boolean sameColumns(List<Column> other) {
            if (columns == null || other == null) {
                return columns == other;
            }
            if (columns.size() != other.size()) {
                return false;
            }
            for (int i = 0; i < columns.size(); i++) {
                Column a = columns.get(i);
                Column b = other.get(i);
                if (!a.name().equals(b.name()) || a.type().oid() != b.type().oid() || a.typmod() != b.typmod()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * @param readOnly a query whose rows may differ on the replay: it names no table that the
     *                 block wrote before it (see the class comment)
     */
    private record Logged(Node stmt, String text, List<PgType> parameterTypes, List<Object> parameters, Outcome outcome,
                          boolean readOnly) {
        boolean replayedAsTold(Outcome again) {
            return readOnly ? again.sameEnd(outcome) : again.sameAs(outcome);
        }
    }

    /** Where statements run: the real session's runner, or a private copy's session. */
    interface Target {
        Result run(Node stmt, String text, List<PgType> parameterTypes, List<Object> parameters, ResultSink sink);
    }

    /** Replayed statements told the client already; their notices are not sent twice. */
    private static final ResultSink SILENT = result -> { };

    private final Database db;
    private final SessionState real;
    private final List<String> savepointsAtStart;
    private final List<Logged> log = new ArrayList<>();
    /** The relations the block's speculated statements wrote (or read while writing). */
    private final Set<String> written = new HashSet<>();
    private final SequenceDraws draws = new SequenceDraws();
    private Session copy;
    /** The database's commit version when the copy was taken: when it moves, the copy is stale. */
    private long copiedAt;

    private Speculation(Database db, SessionState real) {
        this.db = db;
        this.real = real;
        this.savepointsAtStart = List.copyOf(real.savepoints());
    }

    /** Whether a block's first write with this statement may begin a speculation. */
    static boolean beginsWith(Node stmt) {
        return stmt.hasInsertStmt() || stmt.hasUpdateStmt() || stmt.hasDeleteStmt();
    }

    /**
     * Whether the statement may run on the copy: what the replay can repeat exactly — queries,
     * DML and savepoints. Anything else needs the real database first.
     */
    static boolean mayRun(Node stmt) {
        if (stmt.hasSelectStmt()) {
            return !stmt.getSelectStmt().hasIntoClause();
        }
        if (stmt.hasTransactionStmt()) {
            TransactionStmtKind kind = stmt.getTransactionStmt().getKind();
            return kind == TransactionStmtKind.TRANS_STMT_SAVEPOINT || kind == TransactionStmtKind.TRANS_STMT_RELEASE
                    || kind == TransactionStmtKind.TRANS_STMT_ROLLBACK_TO || kind == TransactionStmtKind.TRANS_STMT_BEGIN
                    || kind == TransactionStmtKind.TRANS_STMT_START;
        }
        return beginsWith(stmt) || stmt.hasVariableShowStmt();
    }

    /** Begins to speculate for the block of {@code real}, on a copy of the committed state taken now. */
    static Speculation start(Database db, SessionState real) {
        Speculation s = new Speculation(db, real);
        s.copiedAt = db.commitVersion();
        s.copy = s.newCopy();
        return s;
    }

    private Session newCopy() {
        Session session = db.privateCopy(real.backendPid());
        try {
            session.continueBlockOf(real);
            session.state().sequenceDraws(draws.cursor());
            return session;
        } catch (RuntimeException e) {
            session.discardCopy();
            throw e;
        }
    }

    /** Runs a statement on the copy and logs it. */
    Result run(Node stmt, String text, List<PgType> parameterTypes, List<Object> parameters, ResultSink sink) {
        List<Object> values = parameters == null ? null : Collections.unmodifiableList(new ArrayList<>(parameters));
        RelationsNamed named = RelationsNamed.in(stmt);
        boolean query = stmt.hasVariableShowStmt() || stmt.hasSelectStmt() && !named.modifies();
        boolean readOnly = query && Collections.disjoint(named.names(), written);
        if (!query) {
            written.addAll(named.names());
        }
        try {
            Result r = copy.run(stmt, text, parameterTypes, values, sink);
            log.add(new Logged(stmt, text, parameterTypes, values, Outcome.of(r), readOnly));
            return r;
        } catch (PgException e) {
            log.add(new Logged(stmt, text, parameterTypes, values, Outcome.of(e), readOnly));
            throw e;
        }
    }

    /**
     * If someone committed since the copy was taken (the block's reads would be stale), a new copy
     * of the committed state, with the log replayed into it. False when the replay does not give
     * what the client was told; the copy is then the old one still.
     */
    boolean refreshIfStale() {
        long now = db.commitVersion();
        if (now == copiedAt) {
            return true;
        }
        Session fresh = newCopy();
        boolean same;
        try {
            same = replayInto(fresh::run);
        } catch (RuntimeException e) {
            fresh.discardCopy();
            throw e;
        }
        if (!same) {
            fresh.discardCopy();
            return false;
        }
        copy.discardCopy();
        copy = fresh;
        copiedAt = now;
        return true;
    }

    /**
     * Runs the logged statements again on {@code target}, in order. False at the first that does
     * not give what the client was told.
     */
    boolean replayInto(Target target) {
        for (Logged s : log) {
            Outcome again;
            try {
                again = Outcome.of(target.run(s.stmt(), s.text(), s.parameterTypes(), s.parameters(), SILENT));
            } catch (PgException e) {
                again = Outcome.of(e);
            }
            if (!s.replayedAsTold(again)) {
                return false;
            }
        }
        return true;
    }

    /** For a replay on the real session: the values nextval handed the block, again. */
    SequenceDraws.Cursor sequenceDraws() {
        return draws.cursor();
    }

    /** The block's status as the client sees it, which the copy's session knows. */
    char transactionStatus() {
        return copy.transactionStatus();
    }

    /** The savepoints the block had when it began to speculate, which a catch-up recreates. */
    List<String> savepointsAtStart() {
        return savepointsAtStart;
    }

    /** Stops the statement running on the copy (CancelRequest). */
    void cancel() {
        copy.cancel();
    }

    /** Drops the copy and the log. */
    void discard() {
        copy.discardCopy();
    }

    static PgException serializationFailure() {
        return new PgException(SqlState.SERIALIZATION_FAILURE, "could not serialize access due to concurrent update")
                .withDetail("The transaction ran ahead while another transaction held the write lock, and its"
                        + " statements give different results after that transaction's changes.")
                .withHint("Retry the transaction.");
    }
}
