package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.ScopeColumn;
import io.pgmicro.analyze.Typed;
import io.pgmicro.emit.DmlTranslator;
import io.pgmicro.emit.QueryTranslator;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.exec.SqliteErrors;
import io.pgmicro.exec.ConstraintViolationDetail;
import io.pgmicro.exec.ForeignKeyViolation;
import io.pgmicro.exec.ddl.DdlContext;
import io.pgmicro.exec.ddl.DdlExecutor;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.types.PgType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one parsed statement in a session: queries and DML through the translator and
 * SQLite, DDL through the DDL executor, transaction control and settings here; and
 * keeps the session's transaction state right when a statement fails.
 */
final class StatementRunner {
    private final Database db;
    private final Connection conn;
    private final SessionState state;
    private final TransactionCommands transactions;
    private final SettingCommands settings;
    private final SessionRoutines routineRuntime;
    private final io.pgmicro.exec.routines.Routines routines;
    private final PreparedStatementCommands prepared;
    private final CursorCommands cursors;
    private final io.pgmicro.exec.constraints.DeferredChecks deferredChecks;

    StatementRunner(Database db, Connection conn, SessionState state, PreparedStatementCommands prepared) {
        this.prepared = prepared;
        this.db = db;
        this.conn = conn;
        this.state = state;
        this.routineRuntime = new SessionRoutines(conn, state);
        this.routines = new io.pgmicro.exec.routines.Routines(routineRuntime);
        this.deferredChecks = new io.pgmicro.exec.constraints.DeferredChecks(routines);
        this.transactions = new TransactionCommands(conn, state, db, deferredChecks);
        this.settings = new SettingCommands(state, transactions);
        this.cursors = new CursorCommands(state);
    }

    /** The session's user-defined routines, which its SQLite connection calls back into. */
    io.pgmicro.exec.routines.Routines routines() {
        return routines;
    }

    /**
     * @param parameterTypes declared $n types (null for none)
     * @param parameters     storage values of $n (null when the statement has none)
     */
    Result run(Node stmt, String text, List<PgType> parameterTypes, List<Object> parameters, ResultSink client) {
        Result speculated = speculateWhileLocked(stmt, text, parameterTypes, parameters, client);
        if (speculated != null) {
            return speculated;
        }
        state.statementStarted();
        ResultSink sink = new NoticeFilter(client, state.settings());
        routineRuntime.statementStarted(sink);
        if (stmt.hasTransactionStmt()) {
            return transactions.run(stmt.getTransactionStmt(), sink);
        }
        state.refuseIfFailed();
        StatementTimeout timeout = StatementTimeout.start(state.settings(), conn);
        try {
            freshSnapshot();
            if (stmt.hasExecuteStmt()) {
                PreparedStatementCommands.Bound bound = prepared.bind(stmt.getExecuteStmt(), text);
                stmt = bound.prepared().statement();
                text = bound.prepared().text();
                parameterTypes = bound.prepared().parameterTypes();
                parameters = bound.parameters();
            }
            Result result = dispatch(stmt, text, parameterTypes, parameters, sink);
            if (!stmt.hasSelectStmt() && !stmt.hasVariableShowStmt() && !stmt.hasVariableSetStmt()
                    && !stmt.hasPrepareStmt() && !stmt.hasDeallocateStmt() && !stmt.hasDeclareCursorStmt()
                    && !stmt.hasFetchStmt() && !stmt.hasClosePortalStmt()) {
                state.markWritten();
            }
            return result;
        } catch (PgException e) {
            failed();
            throw timeout.fired() && SqlState.QUERY_CANCELED.equals(e.sqlState())
                    ? new PgException(SqlState.QUERY_CANCELED, "canceling statement due to statement timeout") : e;
        } catch (RuntimeException e) {
            failed();
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro internal error: " + e);
        } finally {
            timeout.stop();
        }
    }

    /**
     * READ COMMITTED: each statement of a block sees what others committed before it. In
     * WAL mode a SQLite transaction keeps the snapshot of its first read, so a block that
     * has only read so far starts its SQLite transaction again (savepoints included). Once
     * the block has written it holds SQLite's write lock, and no one else can commit.
     */
    private void freshSnapshot() {
        if (state.transactionStatus() != Session.IN_TRANSACTION || state.wroteInBlock()) {
            return;
        }
        try {
            restartTransaction("BEGIN", state.savepoints());
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, state.catalog(), null, null);
        }
    }

    /** Ends the block's SQLite transaction and begins it again, with its savepoints. */
    private void restartTransaction(String begin, List<String> savepoints) throws SQLException {
        try {
            QueryRunner.execute(conn, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite had ended it already (a failed BEGIN IMMEDIATE)
        }
        QueryRunner.execute(conn, begin);
        for (String savepoint : savepoints) {
            QueryRunner.execute(conn, "SAVEPOINT " + io.pgmicro.emit.SqlText.ident(savepoint));
        }
    }

    /**
     * A statement of a block that speculates, or whose first write would wait for another
     * block's write lock (see {@link Speculation}): runs it on the block's private copy and
     * returns its result; or returns null when it runs here — it has nothing to do with
     * speculation, or the block has caught up with the real database, or it ends the block.
     */
    private Result speculateWhileLocked(Node stmt, String text, List<PgType> parameterTypes, List<Object> parameters,
                                        ResultSink client) {
        Speculation speculation = state.speculation();
        if (speculation == null) {
            if (!Speculation.beginsWith(stmt) || !state.mustSpeculateToWrite()) {
                return null;
            }
            try {
                speculation = Speculation.start(db, state);
            } catch (PgException e) {
                state.fail();
                throw e;
            }
            state.speculation(speculation);
            return speculation.run(stmt, text, parameterTypes, parameters, client);
        }
        if (stmt.hasTransactionStmt() && endsBlock(stmt.getTransactionStmt().getKind())) {
            endSpeculation(speculation, stmt.getTransactionStmt().getKind()
                    == io.pgmicro.parse.ast.TransactionStmtKind.TRANS_STMT_COMMIT);
            return null;
        }
        if (speculation.transactionStatus() == Session.FAILED) {
            // refused, or a ROLLBACK TO that recovers the copy's block
            return speculation.run(stmt, text, parameterTypes, parameters, client);
        }
        if (Speculation.mayRun(stmt) && db.writeLockedByOtherBlock(state.backendPid())) {
            boolean current;
            try {
                current = speculation.refreshIfStale();
            } catch (PgException e) {
                throw lost(speculation, e);
            }
            if (!current) {
                throw lost(speculation, Speculation.serializationFailure());
            }
            return speculation.run(stmt, text, parameterTypes, parameters, client);
        }
        catchUp(speculation);
        return null;
    }

    /** COMMIT and ROLLBACK (two-phase commit is refused, after a catch-up like any statement the copy may not run). */
    private static boolean endsBlock(io.pgmicro.parse.ast.TransactionStmtKind kind) {
        return kind == io.pgmicro.parse.ast.TransactionStmtKind.TRANS_STMT_COMMIT
                || kind == io.pgmicro.parse.ast.TransactionStmtKind.TRANS_STMT_ROLLBACK;
    }

    /**
     * COMMIT catches up first (a COMMIT that cannot fails and ends the block); ROLLBACK, or the
     * COMMIT of a failed block, drops the copy. Then the statement runs on the real block.
     */
    private void endSpeculation(Speculation speculation, boolean commit) {
        boolean failed = speculation.transactionStatus() == Session.FAILED;
        if (commit && !failed) {
            try {
                catchUp(speculation);
            } catch (PgException e) {
                transactions.rollbackQuietly();
                throw e;
            }
            return;
        }
        state.speculation(null);
        speculation.discard();
        if (failed) {
            state.fail();
        }
    }

    /**
     * Takes the write lock, waiting as any writer does, and runs the speculated statements again
     * on the real database. If they give the client's answers again the block goes on here;
     * otherwise it is lost (40001).
     */
    private void catchUp(Speculation speculation) {
        state.speculation(null);
        try {
            restartTransaction("BEGIN IMMEDIATE", speculation.savepointsAtStart());
            state.holdWriteLock();
            // the copy wrote the positions its nextval calls reached into itself, not here
            db.sequences().markAllDirty();
            db.sequences().persist(conn);
            state.sequenceDraws(speculation.sequenceDraws());
            if (!speculation.replayInto(this::run)) {
                throw Speculation.serializationFailure();
            }
        } catch (SQLException e) {
            throw lost(speculation, SqliteErrors.translate(e, state.catalog(), null, null));
        } catch (PgException e) {
            throw lost(speculation, e);
        } finally {
            state.sequenceDraws(null);
            speculation.discard();
        }
    }

    /**
     * The work of a speculation is lost: the block is back where it stood when it began to
     * speculate, with the savepoints it had then, failed, holding no write lock.
     */
    private PgException lost(Speculation speculation, PgException e) {
        state.speculation(null);
        speculation.discard();
        state.releaseWriteLock();
        try {
            restartTransaction("BEGIN", speculation.savepointsAtStart());
        } catch (SQLException restartFailure) {
            e.addSuppressed(restartFailure);
        }
        state.savepoints().clear();
        state.savepoints().addAll(speculation.savepointsAtStart());
        state.fail();
        return e;
    }

    /** A failed statement fails the block; outside a block nothing of it may stay open in SQLite. */
    private void failed() {
        if (state.inBlock()) {
            state.fail();
            return;
        }
        try {
            QueryRunner.execute(conn, "ROLLBACK");
        } catch (SQLException e) {
            // usual case: SQLite had already ended the statement's implicit transaction
        }
    }

    private Result dispatch(Node stmt, String text, List<PgType> parameterTypes, List<Object> parameters, ResultSink sink) {
        io.pgmicro.parse.ast.WithClause with = withClauseOf(stmt);
        if (DataModifyingCtes.present(with)) {
            return withModifyingCtes(stmt, with, text, parameterTypes, parameters);
        }
        switch (stmt.getNodeCase()) {
            case SELECT_STMT: {
                if (stmt.getSelectStmt().hasIntoClause()) {
                    refuseIfReadOnly("SELECT INTO");
                    return ddl(selectInto(stmt.getSelectStmt()), text, parameterTypes, parameters, sink);
                }
                AnalysisContext ctx = state.analysis(text, parameterTypes);
                QueryTranslator.QuerySql q = new QueryTranslator(ctx).select(stmt.getSelectStmt(), null);
                return query(q.sql(), columns(q.columns(), q.origins()), parameters, "SELECT", null, ctx);
            }
            case INSERT_STMT:
            case UPDATE_STMT:
            case DELETE_STMT: {
                refuseIfReadOnly(stmt.getNodeCase() == Node.NodeCase.INSERT_STMT ? "INSERT"
                        : stmt.getNodeCase() == Node.NodeCase.UPDATE_STMT ? "UPDATE" : "DELETE");
                return deferredChecks.statement(state.inBlock(), () -> modifyTable(stmt, text, parameterTypes, parameters));
            }
            case CONSTRAINTS_SET_STMT:
                deferredChecks.setConstraints(stmt.getConstraintsSetStmt(), state.inBlock());
                return Result.command("SET CONSTRAINTS");
            case DO_STMT:
                atomically(() -> new io.pgmicro.exec.routines.RoutineCommands(routines).doBlock(stmt.getDoStmt()));
                return Result.command("DO");
            case CALL_STMT:
                atomically(() -> new io.pgmicro.exec.routines.RoutineCommands(routines).call(stmt.getCallStmt()));
                return Result.command("CALL");
            case VARIABLE_SET_STMT:
                return settings.set(stmt.getVariableSetStmt());
            case VARIABLE_SHOW_STMT:
                return settings.show(stmt.getVariableShowStmt());
            case EXPLAIN_STMT:
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support EXPLAIN yet");
            case VACUUM_STMT:
                return new VacuumCommand(conn, state).run(stmt.getVacuumStmt(), state.analysis(text, null), sink);
            case GRANT_STMT:
                return GrantCommand.run(stmt.getGrantStmt(), state.analysis(text, null));
            case PREPARE_STMT:
                return prepared.prepare(stmt.getPrepareStmt(), text);
            case DEALLOCATE_STMT:
                return prepared.deallocate(stmt.getDeallocateStmt());
            case DECLARE_CURSOR_STMT: {
                io.pgmicro.parse.ast.SelectStmt select = stmt.getDeclareCursorStmt().getQuery().getSelectStmt();
                CursorCommands.refuseModifyingCtes(select);
                AnalysisContext ctx = state.analysis(text, parameterTypes);
                QueryTranslator.QuerySql q = new QueryTranslator(ctx).select(select, null);
                return cursors.declare(stmt.getDeclareCursorStmt(),
                        () -> query(q.sql(), columns(q.columns(), q.origins()), parameters, "SELECT", null, ctx));
            }
            case FETCH_STMT:
                return cursors.fetch(stmt.getFetchStmt());
            case CLOSE_PORTAL_STMT:
                return cursors.close(stmt.getClosePortalStmt());
            default:
                refuseIfReadOnly(statementName(stmt));
                if (stmt.hasCreateTableAsStmt() && stmt.getCreateTableAsStmt().getQuery().hasExecuteStmt()) {
                    return createTableAsExecute(stmt.getCreateTableAsStmt(), text, sink);
                }
                return ddl(stmt, text, null, null, sink);
        }
    }

    /** INSERT, UPDATE or DELETE: through a view's INSTEAD OF triggers, over a hierarchy, around triggers, or plain. */
    private Result modifyTable(Node stmt, String text, List<PgType> parameterTypes, List<Object> parameters) {
        io.pgmicro.exec.routines.Outcome instead = io.pgmicro.exec.triggers.InsteadOfDml.runIfApplicable(routines,
                stmt, text, parameterTypes, parameters);
        if (instead != null) {
            return insteadOf(stmt, instead);
        }
        AnalysisContext ctx = state.analysis(text, parameterTypes);
        List<HierarchyDml.Member> members = HierarchyDml.perMember(stmt, ctx);
        if (members != null) {
            return modifyHierarchy(members, parameters, ctx);
        }
        DmlTranslator dml = new DmlTranslator(ctx);
        DmlTranslator.DmlSql d = switch (stmt.getNodeCase()) {
            case INSERT_STMT -> dml.insert(stmt.getInsertStmt());
            case UPDATE_STMT -> dml.update(stmt.getUpdateStmt());
            default -> dml.delete(stmt.getDeleteStmt());
        };
        deferredChecks.changed(d.table(), d.verb());
        if (io.pgmicro.exec.triggers.TriggeredDml.applies(routines, d)) {
            return triggered(d, dml.rowTargets(), parameters);
        }
        return modify(d, parameters, ctx);
    }

    /** SELECT ... INTO t is CREATE TABLE t AS SELECT ..., as PostgreSQL's analyzer turns it. */
    private static Node selectInto(io.pgmicro.parse.ast.SelectStmt select) {
        var createTableAs = io.pgmicro.parse.ast.CreateTableAsStmt.newBuilder()
                .setQuery(Node.newBuilder().setSelectStmt(select.toBuilder().clearIntoClause()))
                .setInto(select.getIntoClause())
                .setObjtype(io.pgmicro.parse.ast.ObjectType.OBJECT_TABLE)
                .setIsSelectInto(true);
        return Node.newBuilder().setCreateTableAsStmt(createTableAs).build();
    }

    private void refuseIfReadOnly(String command) {
        if (state.readOnly()) {
            throw new PgException(SqlState.READ_ONLY_SQL_TRANSACTION, "cannot execute " + command
                    + " in a read-only transaction");
        }
    }

    private static io.pgmicro.parse.ast.WithClause withClauseOf(Node stmt) {
        return switch (stmt.getNodeCase()) {
            case SELECT_STMT -> stmt.getSelectStmt().hasWithClause() ? stmt.getSelectStmt().getWithClause() : null;
            case INSERT_STMT -> stmt.getInsertStmt().hasWithClause() ? stmt.getInsertStmt().getWithClause() : null;
            case UPDATE_STMT -> stmt.getUpdateStmt().hasWithClause() ? stmt.getUpdateStmt().getWithClause() : null;
            case DELETE_STMT -> stmt.getDeleteStmt().hasWithClause() ? stmt.getDeleteStmt().getWithClause() : null;
            default -> null;
        };
    }

    /** A statement with data-modifying CTEs: they run first, all of it inside one savepoint. */
    private Result withModifyingCtes(Node stmt, io.pgmicro.parse.ast.WithClause with, String text,
                                     List<PgType> parameterTypes, List<Object> parameters) {
        refuseIfReadOnly("INSERT");
        AnalysisContext ctx = state.analysis(text, parameterTypes);
        QueryTranslator queries = new QueryTranslator(ctx);
        boolean ownTransaction = !state.inBlock();
        List<String> temps = List.of();
        try {
            QueryRunner.execute(conn, ownTransaction ? "BEGIN IMMEDIATE" : "SAVEPOINT _pgmicro_cte");
            Result result;
            try {
                temps = DataModifyingCtes.run(with, ctx, queries, conn, parameters);
                if (stmt.hasSelectStmt()) {
                    QueryTranslator.QuerySql q = queries.select(stmt.getSelectStmt(), null);
                    result = query(q.sql(), columns(q.columns(), q.origins()), parameters, "SELECT", null, ctx);
                } else {
                    DmlTranslator dml = new DmlTranslator(ctx, queries);
                    DmlTranslator.DmlSql d = switch (stmt.getNodeCase()) {
                        case INSERT_STMT -> dml.insert(stmt.getInsertStmt());
                        case UPDATE_STMT -> dml.update(stmt.getUpdateStmt());
                        default -> dml.delete(stmt.getDeleteStmt());
                    };
                    result = modify(d, parameters, ctx);
                }
                persistSequences();
                deferredChecks.statementEnded(!ownTransaction);
            } catch (SQLException | RuntimeException e) {
                DataModifyingCtes.drop(conn, temps);
                QueryRunner.execute(conn, ownTransaction ? "ROLLBACK" : "ROLLBACK TO _pgmicro_cte");
                if (!ownTransaction) {
                    QueryRunner.execute(conn, "RELEASE _pgmicro_cte");
                }
                if (e instanceof SQLException sql) {
                    throw SqliteErrors.translate(sql, ctx.catalog(), null, null);
                }
                throw (RuntimeException) e;
            }
            DataModifyingCtes.drop(conn, temps);
            QueryRunner.execute(conn, ownTransaction ? "COMMIT" : "RELEASE _pgmicro_cte");
            return result;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, ctx.catalog(), null, null);
        }
    }

    /** Result columns as RowDescription describes them. */
    static List<Column> columns(List<Typed> typed, List<ScopeColumn> origins) {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Typed t = typed.get(i);
            ScopeColumn origin = origins == null || i >= origins.size() ? null : origins.get(i);
            out.add(new Column(t.name(), t.type(), t.typmod(), origin == null ? 0 : origin.tableOid(),
                    (short) (origin == null ? 0 : origin.attnum())));
        }
        return out;
    }

    private Result query(String sql, List<Column> columns, List<Object> parameters, String verb,
                         io.pgmicro.catalog.RelationDef table, AnalysisContext ctx) {
        try {
            List<Object[]> rows = QueryRunner.query(conn, sql, parameters, columns.size());
            persistSequences();
            String tag = verb.equals("INSERT") ? "INSERT 0 " + rows.size() : verb + " " + rows.size();
            return new Result(tag, columns, rows, state.formatContext());
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, ctx.catalog(), table, verb);
        }
    }

    /**
     * DO and CALL run many SQLite statements; outside a block they share one transaction,
     * so an error undoes all of them, as PostgreSQL's single statement would.
     */
    private void atomically(Runnable work) {
        boolean ownTransaction = !state.inBlock();
        try {
            if (ownTransaction) {
                QueryRunner.execute(conn, "BEGIN IMMEDIATE");
            }
            try {
                work.run();
                persistSequences();
                deferredChecks.statementEnded(!ownTransaction);
            } catch (RuntimeException e) {
                if (ownTransaction) {
                    QueryRunner.execute(conn, "ROLLBACK");
                }
                throw e;
            }
            if (ownTransaction) {
                QueryRunner.execute(conn, "COMMIT");
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, state.catalog(), null, null);
        }
    }

    /** DML on a table with triggers: run row by row around them (see TriggeredDml). */
    private Result triggered(DmlTranslator.DmlSql d, io.pgmicro.emit.RowTargets targets, List<Object> parameters) {
        io.pgmicro.exec.routines.Outcome o = routines.modify(d, targets, parameters);
        try {
            persistSequences();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, state.catalog(), d.table(), d.verb());
        }
        String tag = d.verb().equals("INSERT") ? "INSERT 0 " + o.count() : d.verb() + " " + o.count();
        if (d.returning() == null) {
            return Result.command(tag);
        }
        return new Result(tag, columns(d.returning(), d.origins()), o.rows(), state.formatContext());
    }

    /** DML on a view that its INSTEAD OF triggers carried out (see InsteadOfDml). */
    private Result insteadOf(Node stmt, io.pgmicro.exec.routines.Outcome o) {
        String tag = switch (stmt.getNodeCase()) {
            case INSERT_STMT -> "INSERT 0 " + o.count();
            case UPDATE_STMT -> "UPDATE " + o.count();
            default -> "DELETE " + o.count();
        };
        if (o.columns().isEmpty()) {
            return Result.command(tag);
        }
        return new Result(tag, columns(o.columns(), null), o.rows(), state.formatContext());
    }

    /** UPDATE or DELETE over an inheritance hierarchy: each member table in turn, all or nothing. */
    private Result modifyHierarchy(List<HierarchyDml.Member> members, List<Object> parameters, AnalysisContext ctx) {
        long count = 0;
        List<Object[]> rows = new ArrayList<>();
        List<Column> columns = null;
        String verb = null;
        try {
            QueryRunner.execute(conn, "SAVEPOINT _pgmicro_hierarchy");
            try {
                for (HierarchyDml.Member m : members) {
                    DmlTranslator dml = new DmlTranslator(ctx).showingColumnsOf(m.table());
                    DmlTranslator.DmlSql d = m.stmt().hasUpdateStmt() ? dml.update(m.stmt().getUpdateStmt())
                            : dml.delete(m.stmt().getDeleteStmt());
                    Result r = io.pgmicro.exec.triggers.TriggeredDml.applies(routines, d)
                            ? triggered(d, dml.rowTargets(), parameters) : modify(d, parameters, ctx);
                    String tag = r.commandTag();
                    count += Long.parseLong(tag.substring(tag.lastIndexOf(' ') + 1));
                    verb = d.verb();
                    if (r.returnsRows()) {
                        columns = r.columns();
                        rows.addAll(r.rows());
                    }
                }
            } catch (RuntimeException e) {
                QueryRunner.execute(conn, "ROLLBACK TO _pgmicro_hierarchy");
                QueryRunner.execute(conn, "RELEASE _pgmicro_hierarchy");
                throw e;
            }
            QueryRunner.execute(conn, "RELEASE _pgmicro_hierarchy");
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, ctx.catalog(), null, null);
        }
        return columns == null ? Result.command(verb + " " + count)
                : new Result(verb + " " + count, columns, rows, state.formatContext());
    }

    private Result modify(DmlTranslator.DmlSql d, List<Object> parameters, AnalysisContext ctx) {
        try {
            if (d.returning() != null) {
                return query(d.sql(), columns(d.returning(), d.origins()), parameters, d.verb(), d.table(), ctx);
            }
            long count;
            try {
                count = QueryRunner.update(conn, d.sql(), parameters);
                persistSequences();
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, ctx.catalog(), d.table(), d.verb());
            }
            String tag = d.verb().equals("INSERT") ? "INSERT 0 " + count : d.verb() + " " + count;
            return Result.command(tag);
        } catch (PgException e) {
            PgException explained = ForeignKeyViolation.explain(e, conn, ctx.catalog(), d.table(), () -> {
                if (d.returning() != null) {
                    QueryRunner.query(conn, d.sql(), parameters, d.returning().size());
                } else {
                    QueryRunner.update(conn, d.sql(), parameters);
                }
            }, state.formatContext());
            DmlTranslator.InsertedRows rows = d.inserted() != null ? d.inserted() : updatedRows(d, parameters);
            throw ConstraintViolationDetail.explain(explained, conn, ctx, d.table(), rows, parameters,
                    state.formatContext());
        }
    }

    /**
     * The new rows of a failed UPDATE, as constant row expressions, so the violation can be
     * explained like an INSERT's (keys it does not assign cannot collide and are left out).
     */
    private DmlTranslator.InsertedRows updatedRows(DmlTranslator.DmlSql d, List<Object> parameters) {
        if (d.updated() == null) {
            return null;
        }
        try {
            List<Object[]> values = QueryRunner.query(conn, d.updated().select(), parameters, d.updated().columns().size());
            List<List<String>> rows = new ArrayList<>();
            for (Object[] row : values) {
                List<String> literals = new ArrayList<>();
                for (Object v : row) {
                    literals.add(io.pgmicro.emit.SqlText.literal(v));
                }
                rows.add(literals);
            }
            return new DmlTranslator.InsertedRows(d.updated().columns(), rows, d.updated().assigned());
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /** Sequence positions are written after each statement, so a file keeps them across restarts. */
    private void persistSequences() throws SQLException {
        if (db.sequences().persist(conn)) {
            state.markWritten();
        }
    }

    /**
     * CREATE TABLE ... AS EXECUTE name(...): the prepared query, with the values of its
     * parameters, fills the table, as CREATE TABLE AS that query would.
     */
    private Result createTableAsExecute(io.pgmicro.parse.ast.CreateTableAsStmt stmt, String text, ResultSink sink) {
        PreparedStatementCommands.Bound bound = prepared.bind(stmt.getQuery().getExecuteStmt(), text);
        Node query = bound.prepared().statement();
        if (!query.hasSelectStmt()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "prepared statement is not a SELECT");
        }
        Node createTableAs = Node.newBuilder().setCreateTableAsStmt(stmt.toBuilder().setQuery(query)).build();
        return ddl(createTableAs, bound.prepared().text(), bound.prepared().parameterTypes(), bound.parameters(), sink);
    }

    /**
     * DDL runs inside a savepoint (or a transaction of its own), so a failure leaves nothing half done.
     * Only CREATE TABLE AS has parameters ($n in its query, null elsewhere).
     */
    private Result ddl(Node stmt, String text, List<PgType> parameterTypes, List<Object> parameters, ResultSink sink) {
        AnalysisContext ctx = state.analysis(text, parameterTypes);
        boolean ownTransaction = !state.inBlock();
        try {
            QueryRunner.execute(conn, ownTransaction ? "BEGIN IMMEDIATE" : "SAVEPOINT _pgmicro_ddl");
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, ctx.catalog(), null, null);
        }
        try {
            DdlContext ddlContext = new DdlContext(conn, ctx, db.sequences(), sink::notice, parameters, !ownTransaction);
            String tag = new io.pgmicro.exec.routines.RoutineDdl(ddlContext).run(stmt);
            if (tag == null) {
                tag = new DdlExecutor(ddlContext).run(stmt);
            }
            if (tag == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro does not support " + statementName(stmt) + " yet");
            }
            db.sequences().persist(conn);
            QueryRunner.execute(conn, ownTransaction ? "COMMIT" : "RELEASE _pgmicro_ddl");
            state.catalogChanged();
            return Result.command(tag);
        } catch (SQLException | RuntimeException e) {
            try {
                QueryRunner.execute(conn, ownTransaction ? "ROLLBACK" : "ROLLBACK TO _pgmicro_ddl");
                if (!ownTransaction) {
                    QueryRunner.execute(conn, "RELEASE _pgmicro_ddl");
                }
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            state.reloadCatalog();
            if (e instanceof PgException pg) {
                throw pg;
            }
            if (e instanceof SQLException sql) {
                throw SqliteErrors.translate(sql, ctx.catalog(), null, null);
            }
            throw (RuntimeException) e;
        }
    }

    private static String statementName(Node stmt) {
        return switch (stmt.getNodeCase()) {
            case CREATE_STMT -> "CREATE TABLE";
            case CREATE_TABLE_AS_STMT -> "CREATE TABLE AS";
            case INDEX_STMT -> "CREATE INDEX";
            case VIEW_STMT -> "CREATE VIEW";
            case CREATE_SEQ_STMT -> "CREATE SEQUENCE";
            case ALTER_TABLE_STMT -> "ALTER TABLE";
            case DROP_STMT -> "DROP " + stmt.getDropStmt().getRemoveType().name().replace("OBJECT_", "");
            case TRUNCATE_STMT -> "TRUNCATE TABLE";
            default -> stmt.getNodeCase().name().replace("_STMT", "").replace('_', ' ');
        };
    }
}
