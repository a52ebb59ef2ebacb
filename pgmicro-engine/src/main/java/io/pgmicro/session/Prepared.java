package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.emit.DmlTranslator;
import io.pgmicro.emit.QueryTranslator;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement prepared for repeated execution with $n parameters: its parameter types
 * (declared or inferred) and result columns are known before it runs.
 */
public final class Prepared {
    private final Session session;
    private final Node stmt;
    private final String text;
    private final List<PgType> parameterTypes;
    private final List<Column> columns;

    Prepared(Session session, Node stmt, String text, List<PgType> declared) {
        this.session = session;
        this.stmt = stmt;
        this.text = text;
        List<PgType> params = declared == null ? List.of() : declared;
        List<Column> cols = null;
        if (stmt != null) {
            AnalysisContext ctx = sessionState().analysis(text, declared);
            switch (stmt.getNodeCase()) {
                case SELECT_STMT -> {
                    QueryTranslator.QuerySql q = new QueryTranslator(ctx).select(stmt.getSelectStmt(), null);
                    cols = StatementRunner.columns(q.columns(), q.origins());
                    params = ctx.resolvedParameterTypes();
                }
                case INSERT_STMT, UPDATE_STMT, DELETE_STMT -> {
                    DmlTranslator dml = new DmlTranslator(ctx);
                    DmlTranslator.DmlSql d = switch (stmt.getNodeCase()) {
                        case INSERT_STMT -> dml.insert(stmt.getInsertStmt());
                        case UPDATE_STMT -> dml.update(stmt.getUpdateStmt());
                        default -> dml.delete(stmt.getDeleteStmt());
                    };
                    cols = d.returning() == null ? null : StatementRunner.columns(d.returning(), d.origins());
                    params = ctx.resolvedParameterTypes();
                }
                case FETCH_STMT -> {
                    // FETCH returns the rows of its cursor, as open when the statement is described
                    if (!stmt.getFetchStmt().getIsmove()) {
                        cols = sessionState().cursors().columnsOf(stmt.getFetchStmt().getPortalname());
                    }
                }
                default -> {
                    // utility statements take no parameters and are analyzed when they run
                }
            }
        }
        this.parameterTypes = params;
        this.columns = cols;
    }

    private SessionState sessionState() {
        return session.state();
    }

    /** The type of each $n, as declared or as inferred from the statement. */
    public List<PgType> parameterTypes() {
        return parameterTypes;
    }

    /** The result columns, or null for a statement that returns no rows. */
    public List<Column> columns() {
        return columns;
    }

    /** Whether this is the empty statement (no SQL at all). */
    public boolean isEmpty() {
        return stmt == null;
    }

    /** Runs the statement with storage values for its parameters. */
    public Result execute(List<Object> parameters) {
        return execute(parameters, new ResultSink() {
            @Override
            public void result(Result result) {
            }
        });
    }

    /** Runs the statement, handing the notices it raises (e.g. from DDL) to the sink. */
    public Result execute(List<Object> parameters, ResultSink notices) {
        if (stmt == null) {
            return Result.command("");
        }
        List<Object> values = parameters == null ? List.of() : parameters;
        if (values.size() != parameterTypes.size()) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message supplies " + values.size()
                    + " parameters, but prepared statement requires " + parameterTypes.size());
        }
        List<Object> bound = new ArrayList<>(values);
        session.state().querySource(text);
        return session.run(stmt, text, parameterTypes, bound, notices);
    }

    /** The parsed statement (null for the empty one), which EXECUTE runs. */
    Node statement() {
        return stmt;
    }

    /** The text the statement was prepared from, which its error positions refer to. */
    String text() {
        return text;
    }
}
