package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.CopyStmt;
import io.pgmicro.parse.ast.Node;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * COPY to or from a file on the server, as PostgreSQL runs it for superusers (every
 * pgmicro session is one): the same rows as COPY FROM STDIN / TO STDOUT, read from or
 * written to the file in UTF-8. Outside a transaction block the whole COPY is one
 * transaction, as in PostgreSQL.
 */
final class FileCopy {
    private static final int CHUNK = 1 << 16;

    private final Session session;
    private final CopyStmt stmt;

    private FileCopy(Session session, CopyStmt stmt) {
        this.session = session;
        this.stmt = stmt;
    }

    /** Whether this statement is a COPY with a file (or a program) instead of the client's data. */
    static boolean applies(Node stmt) {
        return stmt.hasCopyStmt() && (stmt.getCopyStmt().getIsProgram() || !stmt.getCopyStmt().getFilename().isEmpty());
    }

    static Result run(Session session, Node stmt) {
        FileCopy copy = new FileCopy(session, stmt.getCopyStmt());
        boolean ownTransaction = session.transactionStatus() == Session.IDLE;
        try {
            if (ownTransaction) {
                session.execute("BEGIN");
            }
            Result result = Result.command(copy.run());
            if (ownTransaction) {
                session.execute("COMMIT");
            }
            return result;
        } catch (PgException e) {
            if (ownTransaction && session.transactionStatus() != Session.IDLE) {
                session.execute("ROLLBACK");
            } else if (!ownTransaction) {
                session.state().failIfInTransaction();
            }
            throw e;
        }
    }

    private String run() {
        if (stmt.getIsProgram()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support COPY to or from a program");
        }
        TableCopy copy = new TableCopy(session, stmt);
        Path path = Path.of(stmt.getFilename());
        return copy.isFrom() ? copyFrom(copy, path) : copyTo(copy, path);
    }

    private String copyFrom(TableCopy copy, Path path) {
        refuseDirectory(path);
        TableCopy.Loader loader = copy.copyIn();
        Reader in;
        try {
            in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw openError(e, true);
        }
        try (in) {
            CharBuffer chunk = CharBuffer.allocate(CHUNK);
            while (in.read(chunk) >= 0) {
                chunk.flip();
                loader.feed(chunk);
                chunk.clear();
            }
        } catch (MalformedInputException e) {
            throw new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE, "invalid byte sequence for encoding \"UTF8\"");
        } catch (IOException e) {
            throw new PgException(SqlState.IO_ERROR, "could not read from COPY file: " + e.getMessage());
        }
        return loader.finish();
    }

    private String copyTo(TableCopy copy, Path path) {
        if (!path.isAbsolute()) {
            throw new PgException(SqlState.INVALID_NAME, "relative path not allowed for COPY to file");
        }
        refuseDirectory(path);
        Writer out;
        try {
            out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw openError(e, false);
        }
        try (out) {
            return copy.copyOut(new TableCopy.LineSink() {
                @Override
                public void begin(int columns) {
                }

                @Override
                public void line(String line) throws IOException {
                    out.write(line);
                }
            });
        } catch (IOException e) {
            throw new PgException(SqlState.IO_ERROR, "could not write to COPY file: " + e.getMessage());
        }
    }

    private static void refuseDirectory(Path path) {
        if (Files.isDirectory(path)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + path + "\" is a directory");
        }
    }

    /** A file that cannot be opened, in PostgreSQL's words, with its hint about psql's client-side \copy. */
    private PgException openError(IOException e, boolean from) {
        String reason = e instanceof NoSuchFileException ? "No such file or directory"
                : e instanceof AccessDeniedException ? "Permission denied"
                : e.getMessage();
        String state = e instanceof NoSuchFileException ? SqlState.UNDEFINED_FILE
                : e instanceof AccessDeniedException ? SqlState.INSUFFICIENT_PRIVILEGE
                : SqlState.IO_ERROR;
        String message = "could not open file \"" + stmt.getFilename() + "\" for " + (from ? "reading" : "writing")
                + ": " + reason;
        return new PgException(state, message).withHint(from
                ? "COPY FROM instructs the PostgreSQL server process to read a file. You may want a client-side facility such as psql's \\copy."
                : "COPY TO instructs the PostgreSQL server process to write a file. You may want a client-side facility such as psql's \\copy.");
    }
}
