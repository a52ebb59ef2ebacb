package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.TypeDisplay;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.analyze.Typed;
import io.pgmicro.emit.ExprTranslator;
import io.pgmicro.emit.QueryTranslator;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.exec.SqliteErrors;
import io.pgmicro.parse.ast.DeallocateStmt;
import io.pgmicro.parse.ast.ExecuteStmt;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.PrepareStmt;
import io.pgmicro.types.PgType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** SQL PREPARE, EXECUTE and DEALLOCATE over the session's named statements. */
final class PreparedStatementCommands {
    /** An EXECUTE made ready to run: the prepared statement and the storage values of its parameters. */
    record Bound(Prepared prepared, List<Object> parameters) {
    }

    private final Session session;
    private final SessionState state;
    private final Connection conn;

    PreparedStatementCommands(Session session, SessionState state, Connection conn) {
        this.session = session;
        this.state = state;
        this.conn = conn;
    }

    /**
     * PREPARE name [(type, ...)] AS statement: the statement is analyzed now, so its
     * errors surface here, and parameters declared unknown or not at all get the types
     * their use implies.
     */
    Result prepare(PrepareStmt stmt, String text) {
        AnalysisContext ctx = state.analysis(text, null);
        List<PgType> declared = new ArrayList<>();
        for (Node n : stmt.getArgtypesList()) {
            declared.add(TypeNameResolver.resolve(n.getTypeName(), ctx).type());
        }
        Prepared prepared = new Prepared(session, stmt.getQuery(), text, declared);
        state.sqlPreparedStatements().add(stmt.getName(), prepared, state.querySource(), Instant.now(), true);
        return Result.command("PREPARE");
    }

    /** DEALLOCATE [PREPARE] name | ALL. */
    Result deallocate(DeallocateStmt stmt) {
        if (stmt.getName().isEmpty()) {
            state.sqlPreparedStatements().clear();
            return Result.command("DEALLOCATE ALL");
        }
        state.sqlPreparedStatements().remove(stmt.getName());
        return Result.command("DEALLOCATE");
    }

    /**
     * EXECUTE name [(value, ...)]: finds the statement and evaluates the values, each
     * coerced to its parameter's type as an assignment would be.
     */
    Bound bind(ExecuteStmt stmt, String text) {
        SqlPreparedStatements.Entry entry = state.sqlPreparedStatements().get(stmt.getName());
        if (entry.prepared() == null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro cannot EXECUTE prepared statement \""
                    + stmt.getName() + "\": it was prepared by the protocol and runs only through Bind and Execute");
        }
        List<PgType> types = entry.prepared().parameterTypes();
        if (stmt.getParamsCount() != types.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "wrong number of parameters for prepared statement \""
                    + stmt.getName() + "\"").withDetail("Expected " + types.size() + " parameters but got "
                    + stmt.getParamsCount() + ".");
        }
        if (types.isEmpty()) {
            entry.executed();
            return new Bound(entry.prepared(), List.of());
        }
        AnalysisContext ctx = state.analysis(text, null);
        ExprTranslator exprs = new ExprTranslator(ctx, new QueryTranslator(ctx));
        List<String> values = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            PgType target = types.get(i);
            Typed value = exprs.expr(stmt.getParams(i), new Scope(null));
            if (!value.isUnknown() && !value.type().equals(target)
                    && !Coercion.canCoerce(value.type(), target, Coercion.Context.ASSIGNMENT)) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "parameter $" + (i + 1) + " of type "
                        + TypeDisplay.name(value.type()) + " cannot be coerced to the expected type "
                        + TypeDisplay.name(target)).withHint("You will need to rewrite or cast the expression.")
                        .atLocation(value.location());
            }
            values.add(exprs.coerce(value, target, -1, Coercion.Context.ASSIGNMENT, null).sql());
        }
        try {
            Object[] row = QueryRunner.query(conn, "SELECT " + String.join(", ", values), null, values.size()).get(0);
            entry.executed();
            return new Bound(entry.prepared(), Arrays.asList(row));
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, ctx.catalog(), null, null);
        }
    }
}
