package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.RawStmt;
import io.pgmicro.session.Result;
import io.pgmicro.session.Session;
import java.io.IOException;

/**
 * The simple query protocol: one Query message with any number of statements, each
 * answered as it completes, the first error ending the message; then ReadyForQuery
 * (sent by the caller). Statements of a multi-statement message share one implicit
 * transaction, as in PostgreSQL; COPY and the database commands are run here, the rest by
 * the session.
 */
final class SimpleQuery {
    private final Session session;
    private final BackendMessages out;
    private final MessageReader in;
    private final ImplicitTransaction implicit;
    private final ResultSender sender;
    private final DatabaseCommands databaseCommands;

    SimpleQuery(Session session, BackendMessages out, MessageReader in, ImplicitTransaction implicit,
                DatabaseCommands databaseCommands) {
        this.databaseCommands = databaseCommands;
        this.session = session;
        this.out = out;
        this.in = in;
        this.implicit = implicit;
        this.sender = new ResultSender(out);
    }

    void run(String sql) throws IOException {
        try {
            if ("sqlite".equals(session.setting("pgmicro.dialect"))) {
                // SQLite's own statements: the session splits and runs them as written
                session.execute(sql, sender);
                return;
            }
            Parser.ParsedSql parsed = Parser.parse(sql);
            if (parsed.statements().isEmpty()) {
                out.emptyQueryResponse();
                return;
            }
            boolean block = parsed.statements().size() > 1;
            for (RawStmt raw : parsed.statements()) {
                StatementKind kind = StatementKind.of(raw.getStmt());
                try {
                    runStatement(raw, parsed.statementText(raw), sql, kind, block);
                } catch (PgException e) {
                    if (e.position() > 0) {
                        // the session saw only this statement; the client sent the whole message
                        e.withPosition(e.position() + parsed.charOffset(raw.getStmtLocation()));
                    }
                    throw e;
                }
            }
            implicit.end();
        } catch (PgException e) {
            implicit.failed();
            endAfterError();
            out.errorResponse(e);
        }
    }

    private void runStatement(RawStmt raw, String text, String message, StatementKind kind, boolean block) throws IOException {
        if (kind == StatementKind.DATABASE) {
            boolean inBlock = block || session.transactionStatus() != Session.IDLE;
            out.commandComplete(databaseCommands.run(raw.getStmt(), inBlock, sender));
            return;
        }
        Result substitute = block || kind == StatementKind.COPY ? implicit.beforeStatement(kind) : null;
        if (substitute != null) {
            sender.send(substitute);
        } else if (kind == StatementKind.COPY) {
            CopyCommand copy = new CopyCommand(session, raw.getStmt().getCopyStmt());
            out.commandComplete(copy.isFrom() ? copy.copyIn(out, in) : copy.copyOut(out));
            if (!block) {
                implicit.end();
            }
        } else {
            session.execute(text, message, sender);
        }
    }

    /** Rolls back the implicit block of a failed message; a failure to do so is the session's to report next time. */
    private void endAfterError() {
        try {
            implicit.end();
        } catch (PgException ignored) {
            // the ErrorResponse already being sent is the one the client needs
        }
    }
}
