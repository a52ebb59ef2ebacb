package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.CopyStmt;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.session.Column;
import io.pgmicro.session.Prepared;
import io.pgmicro.session.Result;
import io.pgmicro.session.Session;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * COPY ... FROM STDIN and COPY ... TO STDOUT, run by the wire layer over the session:
 * COPY TO becomes a SELECT whose rows are written in COPY's text or CSV format, COPY
 * FROM becomes a prepared INSERT run once per row read from the client's CopyData.
 */
final class CopyCommand {
    private final Session session;
    private final CopyStmt stmt;
    private final CopyOptions options;

    CopyCommand(Session session, CopyStmt stmt) {
        if (stmt.getIsProgram() || !stmt.getFilename().isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "pgmicro supports COPY only FROM STDIN and TO STDOUT");
        }
        if (stmt.hasWhereClause()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support COPY FROM ... WHERE");
        }
        this.session = session;
        this.stmt = stmt;
        this.options = CopyOptions.of(stmt.getOptionsList());
    }

    boolean isFrom() {
        return stmt.getIsFrom();
    }

    /** Runs COPY TO STDOUT and returns its command tag. */
    String copyOut(BackendMessages out) throws IOException {
        String select = stmt.hasQuery() ? Parser.deparse(stmt.getQuery())
                : "SELECT " + columnList() + " FROM " + tableName(stmt.getRelation());
        List<Result> results = session.execute(select);
        Result result = results.get(results.size() - 1);
        List<String> names = new ArrayList<>();
        for (Column c : result.columns()) {
            names.add(c.name());
        }
        CopyRowWriter writer = new CopyRowWriter(options, names);
        out.copyOutResponse(names.size());
        if (options.header()) {
            out.copyData(utf8(writer.header(names)));
        }
        List<String> values = new ArrayList<>(names.size());
        for (int r = 0; r < result.rows().size(); r++) {
            values.clear();
            for (int c = 0; c < names.size(); c++) {
                values.add(result.text(r, c));
            }
            out.copyData(utf8(writer.row(values)));
        }
        out.copyDone();
        return "COPY " + result.rows().size();
    }

    /**
     * Runs COPY FROM STDIN: answers CopyInResponse, then reads CopyData until CopyDone or
     * CopyFail. After an error the remaining copy messages are still read, so that the
     * connection stays in step, and the first error is thrown at the end.
     */
    String copyIn(BackendMessages out, MessageReader in) throws IOException {
        RangeVar relation = stmt.getRelation();
        List<String> columns = stmt.getAttlistCount() > 0 ? names(stmt.getAttlistList()) : tableColumns();
        StringBuilder insert = new StringBuilder("INSERT INTO ").append(tableName(relation)).append(" (");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            insert.append(i > 0 ? ", " : "").append(quote(columns.get(i)));
            values.append(i > 0 ? ", " : "").append('$').append(i + 1);
        }
        // an empty list of declared types: the parameters take the columns' types
        Prepared prepared = session.prepare(insert.append(") VALUES (").append(values).append(')').toString(), List.of());
        RowInserter inserter = new RowInserter(prepared, relation.getRelname(), columns, session.formatContext());
        CopyRowReader reader = new CopyRowReader(options, relation.getRelname(), columns);

        out.copyInResponse(columns.size());
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
                        reader.feed(completeLines(partial, message.body().rest()), inserter);
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
        if (error == null) {
            try {
                reader.feed(Utf8.decode(partial.toByteArray()), inserter);
                reader.finish(inserter);
            } catch (PgException e) {
                error = e;
            }
        }
        if (error != null) {
            throw error;
        }
        return "COPY " + inserter.count;
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

    /** Turns the text values of each row into parameters of the INSERT and runs it. */
    private static final class RowInserter implements CopyRowReader.RowHandler {
        private final Prepared insert;
        private final String relation;
        private final List<String> columns;
        private final FormatContext format;
        private long count;

        RowInserter(Prepared insert, String relation, List<String> columns, FormatContext format) {
            this.insert = insert;
            this.relation = relation;
            this.columns = columns;
            this.format = format;
        }

        @Override
        public void row(List<String> values, String line, int lineNumber) {
            List<PgType> types = insert.parameterTypes();
            List<Object> parameters = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                String text = values.get(i);
                try {
                    parameters.add(text == null ? null : types.get(i).input(text, -1, format));
                } catch (PgException e) {
                    throw e.withWhere("COPY " + relation + ", line " + lineNumber + ", column " + columns.get(i)
                            + ": \"" + text + "\"");
                }
            }
            try {
                insert.execute(parameters);
            } catch (PgException e) {
                throw e.withWhere("COPY " + relation + ", line " + lineNumber);
            }
            count++;
        }
    }

    private String columnList() {
        if (stmt.getAttlistCount() == 0) {
            return "*";
        }
        List<String> quoted = new ArrayList<>();
        for (String name : names(stmt.getAttlistList())) {
            quoted.add(quote(name));
        }
        return String.join(", ", quoted);
    }

    private List<String> tableColumns() {
        List<Column> columns = session.prepare("SELECT * FROM " + tableName(stmt.getRelation()), null).columns();
        List<String> names = new ArrayList<>();
        for (Column c : columns) {
            names.add(c.name());
        }
        return names;
    }

    private static List<String> names(List<Node> attlist) {
        List<String> names = new ArrayList<>();
        for (Node n : attlist) {
            names.add(n.getString().getSval());
        }
        return names;
    }

    private static String tableName(RangeVar relation) {
        return relation.getSchemaname().isEmpty() ? quote(relation.getRelname())
                : quote(relation.getSchemaname()) + "." + quote(relation.getRelname());
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
