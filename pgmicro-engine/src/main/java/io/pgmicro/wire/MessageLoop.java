package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.session.Session;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The life of a connection after startup: reads each frontend message and hands it to
 * the simple or extended query protocol. An error in an extended-protocol message is
 * reported once, and the messages after it are skipped until Sync, as PostgreSQL does.
 */
final class MessageLoop {
    private final Session session;
    private final MessageReader in;
    private final BackendMessages out;
    private final ReportedParameters reported;
    private final ImplicitTransaction implicit;
    private final SimpleQuery simple;
    private final ExtendedQuery extended;
    private boolean skipToSync;

    MessageLoop(Session session, MessageReader in, BackendMessages out, ReportedParameters reported,
                DatabaseCommands databaseCommands) {
        this.session = session;
        this.in = in;
        this.out = out;
        this.reported = reported;
        this.implicit = new ImplicitTransaction(session);
        this.simple = new SimpleQuery(session, out, in, implicit, databaseCommands);
        this.extended = new ExtendedQuery(session, out, in, implicit, databaseCommands);
    }

    /** Serves messages until Terminate or until the client goes away. */
    void run() throws IOException {
        readyForQuery();
        while (true) {
            MessageReader.FrontendMessage message = in.read();
            if (message == null || message.type() == 'X') {
                return;
            }
            try {
                dispatch(message.type(), message.body());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private void dispatch(char type, MessageBody body) throws IOException {
        if (type == 'd' || type == 'c' || type == 'f') {
            // what is left of a COPY that failed: the protocol says to ignore it
            return;
        }
        if (skipToSync && isExtended(type)) {
            return;
        }
        try {
            switch (type) {
                case 'Q' -> query(body);
                case 'S' -> sync(body);
                case 'H' -> out.flush();
                case 'P' -> extended.parse(body);
                case 'B' -> extended.bind(body);
                case 'D' -> extended.describe(body);
                case 'E' -> extended.execute(body);
                case 'C' -> extended.close(body);
                case 'F' -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro does not support the function call protocol");
                default -> throw new ProtocolViolation("invalid frontend message type " + (int) type);
            }
        } catch (ProtocolViolation | UncheckedIOException e) {
            throw e;
        } catch (PgException e) {
            failed(type, e);
        } catch (RuntimeException e) {
            // a bug of pgmicro's fails the message, not the connection
            failed(type, new PgException(SqlState.INTERNAL_ERROR, "pgmicro internal error: " + e));
        } catch (StackOverflowError e) {
            // a statement nested too deeply for the translator: without this the connection's thread
            // would die and leave the client waiting for an answer
            failed(type, new PgException(SqlState.STATEMENT_TOO_COMPLEX, "stack depth limit exceeded"));
        }
    }

    /** Only a malformed message gets here from Query and Sync; their answers end with ReadyForQuery. */
    private void failed(char type, PgException e) throws IOException {
        implicit.failed();
        out.errorResponse(e);
        if (isExtended(type)) {
            skipToSync = true;
        } else {
            readyForQuery();
        }
    }

    private void query(MessageBody body) throws IOException {
        String sql = body.cstring();
        body.end();
        skipToSync = false;
        simple.run(sql);
        readyForQuery();
    }

    private void sync(MessageBody body) throws IOException {
        body.end();
        skipToSync = false;
        extended.sync();
        readyForQuery();
    }

    private static boolean isExtended(char type) {
        return type == 'P' || type == 'B' || type == 'D' || type == 'E' || type == 'C' || type == 'F';
    }

    private void readyForQuery() throws IOException {
        reported.sendChanges(out);
        out.readyForQuery(session.transactionStatus());
    }
}
