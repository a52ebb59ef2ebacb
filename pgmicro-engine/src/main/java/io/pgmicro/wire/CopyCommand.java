package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.CopyStmt;
import io.pgmicro.session.Session;
import io.pgmicro.session.TableCopy;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * COPY ... FROM STDIN and COPY ... TO STDOUT: the copy protocol's messages around the
 * session's {@link TableCopy}, which does the rows. (COPY with a file name is the
 * session's own: it runs as any other statement.)
 */
final class CopyCommand {
    private final TableCopy copy;

    CopyCommand(Session session, CopyStmt stmt) {
        this.copy = new TableCopy(session, stmt);
    }

    boolean isFrom() {
        return copy.isFrom();
    }

    /** Runs COPY TO STDOUT and returns its command tag. */
    String copyOut(BackendMessages out) throws IOException {
        String tag = copy.copyOut(new TableCopy.LineSink() {
            @Override
            public void begin(int columns) throws IOException {
                out.copyOutResponse(columns);
            }

            @Override
            public void line(String line) throws IOException {
                out.copyData(line.getBytes(StandardCharsets.UTF_8));
            }
        });
        out.copyDone();
        return tag;
    }

    /**
     * Runs COPY FROM STDIN: answers CopyInResponse, then reads CopyData until CopyDone or
     * CopyFail. After an error the remaining copy messages are still read, so that the
     * connection stays in step, and the first error is thrown at the end.
     */
    String copyIn(BackendMessages out, MessageReader in) throws IOException {
        TableCopy.Loader loader = copy.copyIn();
        out.copyInResponse(loader.columnCount());
        out.flush();
        PgException error = null;
        ByteArrayOutputStream partial = new ByteArrayOutputStream();
        while (true) {
            MessageReader.FrontendMessage message = in.read();
            if (message == null) {
                throw new EOFException("client closed the connection during COPY FROM STDIN");
            }
            char type = message.type();
            if (type == 'd') {
                if (error == null) {
                    try {
                        loader.feed(completeLines(partial, message.body().rest()));
                    } catch (PgException e) {
                        error = e;
                    }
                }
            } else if (type == 'c') {
                break;
            } else if (type == 'f') {
                error = new PgException(SqlState.QUERY_CANCELED, "COPY from stdin failed: " + message.body().cstring());
                break;
            } else if (type != 'H' && type != 'S') {
                error = new PgException(SqlState.PROTOCOL_VIOLATION,
                        String.format("unexpected message type 0x%02X during COPY from stdin", (int) type));
                break;
            }
        }
        String tag = null;
        if (error == null) {
            try {
                loader.feed(Utf8.decode(partial.toByteArray()));
                tag = loader.finish();
            } catch (PgException e) {
                error = e;
            }
        }
        if (error != null) {
            throw error;
        }
        return tag;
    }

    /** Decodes the bytes up to the last line break; the rest waits for more data, since it may end inside a character. */
    private static String completeLines(ByteArrayOutputStream partial, byte[] data) {
        partial.writeBytes(data);
        byte[] all = partial.toByteArray();
        int end = all.length;
        while (end > 0 && all[end - 1] != '\n') {
            end--;
        }
        partial.reset();
        partial.write(all, end, all.length - end);
        byte[] complete = new byte[end];
        System.arraycopy(all, 0, complete, 0, end);
        return Utf8.decode(complete);
    }
}
