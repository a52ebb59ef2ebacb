package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.exec.LazyFunctionsConnection;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.exec.SequenceRegistry;
import io.pgmicro.exec.SqliteErrors;
import io.pgmicro.exec.functions.EngineFunctions;
import io.pgmicro.exec.functions.RoutineDispatch;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RawStmt;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection to a database: one SQLite connection, the session's settings, and its
 * transaction state with PostgreSQL's rules (an error inside a transaction block
 * fails every later statement with 25P02 until ROLLBACK).
 */
public final class Session implements AutoCloseable {
    /** ReadyForQuery's transaction status letters. */
    public static final char IDLE = 'I';
    public static final char IN_TRANSACTION = 'T';
    public static final char FAILED = 'E';

    private final Database db;
    private final Connection conn;
    private final int backendPid;
    private final SessionState state;
    private final StatementRunner runner;

    Session(Database db, LazyFunctionsConnection conn, int backendPid) {
        this.db = db;
        this.conn = conn;
        this.backendPid = backendPid;
        this.state = new SessionState(db, conn, backendPid);
        this.runner = new StatementRunner(db, conn, state, new PreparedStatementCommands(this, state, conn));
        try {
            conn.installFunctionsWith(EngineFunctions.onDemand(conn, state.functionContext(), state.sequenceAccess())::install);
            RoutineDispatch.register(conn, runner.routines()::callFromSql, runner.routines()::triggerDepth);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: cannot register functions: " + e.getMessage());
        }
    }

    /**
     * Runs one or more statements as PostgreSQL's simple query protocol does, handing
     * each result to the sink as its statement completes. The first error ends the
     * run and is thrown.
     */
    public void execute(String sql, ResultSink sink) {
        execute(sql, sql, sink);
    }

    /**
     * Runs statements that are part of a longer query string the client sent (the wire
     * server runs a multi-statement message one statement at a time); the whole string
     * is what pg_prepared_statements shows for a PREPARE among them.
     */
    public void execute(String sql, String clientQuery, ResultSink sink) {
        if ("sqlite".equals(state.settings().get("pgmicro.dialect"))) {
            executeSqlite(sql, sink);
            return;
        }
        Parser.ParsedSql parsed;
        try {
            parsed = Parser.parse(sql);
        } catch (PgException e) {
            state.failIfInTransaction();
            throw e;
        }
        state.querySource(clientQuery);
        for (RawStmt raw : parsed.statements()) {
            sink.result(run(raw.getStmt(), parsed.statementText(raw), null, null, sink));
        }
    }

    /**
     * Runs one parsed statement. A COPY with a file runs here, since it is made of
     * statements of its own (a SELECT, or an INSERT per row); the rest go to the runner.
     */
    Result run(Node stmt, String text, List<PgType> parameterTypes, List<Object> parameters, ResultSink sink) {
        if (FileCopy.applies(stmt)) {
            state.refuseIfFailed();
            return FileCopy.run(this, stmt);
        }
        return runner.run(stmt, text, parameterTypes, parameters, sink);
    }

    /** In the SQLite dialect, statements go to SQLite as written; only SET/SHOW/RESET of settings are PostgreSQL's. */
    private void executeSqlite(String sql, ResultSink sink) {
        for (String statement : Parser.split(sql)) {
            Node pg = settingStatement(statement);
            if (pg != null) {
                sink.result(runner.run(pg, statement, null, null, sink));
            } else {
                sink.result(new SqliteDialect(conn, state).run(statement));
            }
        }
    }

    private static Node settingStatement(String statement) {
        try {
            Parser.ParsedSql parsed = Parser.parse(statement);
            if (parsed.statements().size() == 1) {
                Node n = parsed.statements().get(0).getStmt();
                if (n.hasVariableSetStmt() || n.hasVariableShowStmt()) {
                    return n;
                }
            }
        } catch (PgException e) {
            // not PostgreSQL syntax: SQLite's own statement
        }
        return null;
    }

    /** The catalog this session sees (including its own uncommitted DDL). */
    public CatalogSnapshot catalog() {
        return state.catalog();
    }

    /** Runs statements and returns their results; the first error is thrown. */
    public List<Result> execute(String sql) {
        List<Result> results = new ArrayList<>();
        execute(sql, results::add);
        return results;
    }

    /**
     * Prepares one statement with $n parameters, as the extended protocol's Parse does.
     *
     * @param parameterTypes declared parameter types; null or {@code unknown} entries are inferred
     */
    public Prepared prepare(String sql, List<PgType> parameterTypes) {
        Parser.ParsedSql parsed = Parser.parse(sql);
        if (parsed.statements().size() > 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, "cannot insert multiple commands into a prepared statement");
        }
        Node stmt = parsed.statements().isEmpty() ? null : parsed.statements().get(0).getStmt();
        return new Prepared(this, stmt, sql, parameterTypes);
    }

    /**
     * Lists a statement the protocol's Parse prepared under a name in pg_prepared_statements
     * (from_sql false), in the namespace SQL PREPARE uses: a name already taken by either is
     * 42P05, and DEALLOCATE removes it.
     *
     * @param prepared null for a statement the session does not run itself (COPY, CREATE DATABASE)
     */
    public void addProtocolStatement(String name, Prepared prepared, String sql) {
        state.sqlPreparedStatements().add(name, prepared, sql, java.time.Instant.now(), false);
    }

    /** Whether a prepared statement of this name exists, however it was prepared. */
    public boolean hasPreparedStatement(String name) {
        return state.sqlPreparedStatements().contains(name);
    }

    /** The protocol's Close of a named statement. */
    public void closeProtocolStatement(String name) {
        state.sqlPreparedStatements().close(name);
    }

    /** Counts an execution of a named statement for pg_prepared_statements' plan counters. */
    public void preparedStatementExecuted(String name) {
        if (state.sqlPreparedStatements().contains(name)) {
            state.sqlPreparedStatements().get(name).executed();
        }
    }

    /** 'I' idle, 'T' in a transaction block, 'E' in a failed transaction block. */
    public char transactionStatus() {
        return state.transactionStatus();
    }

    public FormatContext formatContext() {
        return state.formatContext();
    }

    /** A run-time parameter's current value (SHOW), or null if unknown. */
    public String setting(String name) {
        return state.settings().get(name);
    }

    /**
     * Sets a run-time parameter for the session from its start (startup parameters, driver
     * connection properties): as in PostgreSQL, RESET returns to this value.
     */
    public void setSetting(String name, String value) {
        state.settings().setSessionDefault(name, value);
    }

    SessionState state() {
        return state;
    }

    public int backendPid() {
        return backendPid;
    }

    public Database database() {
        return db;
    }

    /**
     * Opens the implicit transaction block of the wire protocol (one multi-statement Query
     * message, or everything up to a Sync). Unlike a client's BEGIN, its statements never
     * speculate (see {@link Speculation}): they must be durable when the message is answered.
     */
    public void beginImplicitBlock() {
        execute("BEGIN");
        state.implicitBlock(true);
    }

    /** A BEGIN inside the implicit block made it the client's own explicit block. */
    public void makeBlockExplicit() {
        state.implicitBlock(false);
    }

    /** Stops the statement running in this session, from another thread (CancelRequest). */
    public void cancel() {
        Speculation speculation = state.speculation();
        if (speculation != null) {
            speculation.cancel();
        }
        try {
            conn.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().interrupt();
        } catch (SQLException e) {
            // the statement is gone already
        }
    }

    /** Temporary tables, views and sequences end with their session, as in PostgreSQL. */
    private void dropTemporaryObjects() {
        String temp = state.tempSchema();
        if (state.catalog().hasSchema(temp)) {
            execute("DROP SCHEMA " + io.pgmicro.emit.SqlText.ident(temp) + " CASCADE");
        }
    }

    /**
     * For a session of a private copy (see {@link Database#privateCopy}): goes on with the
     * transaction block of {@code real}, inside a SQLite transaction with the same savepoints.
     */
    void continueBlockOf(SessionState real) {
        try {
            QueryRunner.execute(conn, "BEGIN");
            for (String savepoint : real.savepoints()) {
                QueryRunner.execute(conn, "SAVEPOINT " + io.pgmicro.emit.SqlText.ident(savepoint));
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, state.catalog(), null, null);
        }
        state.continueBlockOf(real);
    }

    /**
     * Closes a session of a private copy, and the copy with it. The advisory locks and temporary
     * objects it saw are the real session's, and stay.
     */
    void discardCopy() {
        try {
            conn.close();
        } catch (SQLException e) {
            // nothing of a private copy is kept
        } finally {
            db.close();
        }
    }

    @Override
    public void close() {
        Speculation speculation = state.speculation();
        if (speculation != null) {
            state.speculation(null);
            speculation.discard();
        }
        db.advisoryLocks().unlockAll(backendPid);
        db.blockWriteEnded(backendPid);
        try {
            if (!conn.isClosed()) {
                if (state.transactionStatus() != IDLE) {
                    QueryRunner.execute(conn, "ROLLBACK");
                }
                dropTemporaryObjects();
                conn.close();
            }
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: error closing session: " + e.getMessage());
        }
    }
}
