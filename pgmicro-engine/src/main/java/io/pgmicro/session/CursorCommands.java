package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.ClosePortalStmt;
import io.pgmicro.parse.ast.DeclareCursorStmt;
import io.pgmicro.parse.ast.FetchStmt;
import io.pgmicro.parse.ast.SelectStmt;
import java.util.function.Supplier;

/**
 * SQL DECLARE CURSOR, FETCH, MOVE and CLOSE. A cursor's query runs when it is declared and
 * its rows are kept in the session: the cursor sees the data as of its DECLARE, as a
 * PostgreSQL cursor sees its snapshot, and FETCH serves rows from that list.
 */
final class CursorCommands {
    // the option bits of DeclareCursorStmt, as PostgreSQL's parser sets them
    private static final int BINARY = 0x1;
    private static final int SCROLL = 0x2;
    private static final int NO_SCROLL = 0x4;
    private static final int INSENSITIVE = 0x8;
    private static final int HOLD = 0x20;

    private final SessionState state;

    CursorCommands(SessionState state) {
        this.state = state;
    }

    /** A cursor's query may only read. */
    static void refuseModifyingCtes(SelectStmt query) {
        if (query.hasWithClause() && DataModifyingCtes.present(query.getWithClause())) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "DECLARE CURSOR must not contain data-modifying statements in WITH");
        }
    }

    /**
     * DECLARE name ... CURSOR FOR query, its query already analyzed; {@code runQuery} runs
     * it and gives its rows.
     */
    Result declare(DeclareCursorStmt stmt, Supplier<Result> runQuery) {
        int options = stmt.getOptions();
        SelectStmt query = stmt.getQuery().getSelectStmt();
        boolean locking = query.getLockingClauseCount() > 0;
        if (locking) {
            refuseLocking(options, query.getLockingClause(0).getLockingClause().getStrength());
        }
        if ((options & BINARY) != 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support BINARY cursors yet");
        }
        boolean holdable = (options & HOLD) != 0;
        if (!holdable && !state.inBlock()) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                    "DECLARE CURSOR can only be used in transaction blocks");
        }
        String name = stmt.getPortalname();
        state.cursors().refuseIfOpen(name);
        Result rows = runQuery.get();
        // rows kept in a list can always be read backwards; PostgreSQL likewise scrolls a
        // cursor declared neither SCROLL nor NO SCROLL whose plan allows it, but never one FOR UPDATE
        boolean noScroll = (options & NO_SCROLL) != 0 || ((options & SCROLL) == 0 && locking);
        state.cursors().add(name, new Cursor(rows.columns(), rows.rows(), noScroll), state.querySource(), holdable,
                !noScroll, state.savepoints().size(), state.inBlock());
        return Result.command("DECLARE CURSOR");
    }

    private static void refuseLocking(int options, io.pgmicro.parse.ast.LockClauseStrength strength) {
        String clause = switch (strength) {
            case LCS_FORKEYSHARE -> "FOR KEY SHARE";
            case LCS_FORSHARE -> "FOR SHARE";
            case LCS_FORNOKEYUPDATE -> "FOR NO KEY UPDATE";
            default -> "FOR UPDATE";
        };
        if ((options & SCROLL) != 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DECLARE SCROLL CURSOR ... " + clause
                    + " is not supported").withDetail("Scrollable cursors must be READ ONLY.");
        }
        if ((options & HOLD) != 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DECLARE CURSOR WITH HOLD ... " + clause
                    + " is not supported").withDetail("Holdable cursors must be READ ONLY.");
        }
        if ((options & INSENSITIVE) != 0) {
            throw new PgException(SqlState.INVALID_CURSOR_DEFINITION, "DECLARE INSENSITIVE CURSOR ... " + clause
                    + " is not valid").withDetail("Insensitive cursors must be READ ONLY.");
        }
    }

    /** FETCH or MOVE. */
    Result fetch(FetchStmt stmt) {
        Cursor cursor = state.cursors().get(stmt.getPortalname());
        Cursor.Fetched fetched = cursor.fetch(stmt.getDirection(), stmt.getHowMany(), stmt.getIsmove());
        if (stmt.getIsmove()) {
            return Result.command("MOVE " + fetched.count());
        }
        return new Result("FETCH " + fetched.count(), cursor.columns(), fetched.rows(), state.formatContext());
    }

    /** CLOSE name | ALL. */
    Result close(ClosePortalStmt stmt) {
        if (stmt.getPortalname().isEmpty()) {
            state.cursors().closeAll();
            return Result.command("CLOSE CURSOR ALL");
        }
        state.cursors().close(stmt.getPortalname());
        return Result.command("CLOSE CURSOR");
    }
}
