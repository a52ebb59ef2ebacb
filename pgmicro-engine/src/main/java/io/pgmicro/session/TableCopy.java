package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.CopyStmt;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What every COPY does, whatever carries its data (the client's CopyData messages, or a
 * file on the server): COPY TO runs a SELECT and writes its rows in COPY's text or CSV
 * format, COPY FROM reads rows in that format and runs a prepared INSERT for each.
 */
public final class TableCopy {
    /** Receives the lines of COPY TO, the header line first when there is one. */
    public interface LineSink {
        /** Called once, before any line, with the number of columns. */
        void begin(int columns) throws IOException;

        void line(String line) throws IOException;
    }

    private final Session session;
    private final CopyStmt stmt;
    private final CopyOptions options;

    public TableCopy(Session session, CopyStmt stmt) {
        if (stmt.hasWhereClause()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support COPY FROM ... WHERE");
        }
        this.session = session;
        this.stmt = stmt;
        this.options = CopyOptions.of(stmt.getOptionsList(), stmt.getIsFrom());
        if (stmt.hasRelation()) {
            // checked here, so that a missing table is reported without a position in SQL the user never wrote
            NamedRelation.require(session.state().analysis("", null), stmt.getRelation());
        }
    }

    public boolean isFrom() {
        return stmt.getIsFrom();
    }

    /** Runs COPY TO, handing its lines to the sink, and returns its command tag. */
    public String copyOut(LineSink sink) throws IOException {
        String select = stmt.hasQuery() ? Parser.deparse(stmt.getQuery())
                : "SELECT " + columnList() + " FROM " + tableName(stmt.getRelation());
        List<Result> results = session.execute(select);
        Result result = results.get(results.size() - 1);
        List<String> names = new ArrayList<>();
        for (Column c : result.columns()) {
            names.add(c.name());
        }
        CopyRowWriter writer = new CopyRowWriter(options, names);
        sink.begin(names.size());
        if (options.header()) {
            sink.line(writer.header(names));
        }
        List<String> values = new ArrayList<>(names.size());
        for (int r = 0; r < result.rows().size(); r++) {
            values.clear();
            for (int c = 0; c < names.size(); c++) {
                values.add(result.text(r, c));
            }
            sink.line(writer.row(values));
        }
        return "COPY " + result.rows().size();
    }

    /** Starts COPY FROM: prepares the INSERT; the returned loader takes the data. */
    public Loader copyIn() {
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
        return new Loader(new CopyRowReader(options, relation.getRelname(), columns), inserter);
    }

    /** Takes the data of one COPY FROM in pieces of any size, and inserts each complete row. */
    public static final class Loader {
        private final CopyRowReader reader;
        private final RowInserter inserter;

        private Loader(CopyRowReader reader, RowInserter inserter) {
            this.reader = reader;
            this.inserter = inserter;
        }

        public int columnCount() {
            return inserter.columns.size();
        }

        public void feed(CharSequence text) {
            reader.feed(text, inserter);
        }

        /** The end of the data; returns the command tag. */
        public String finish() {
            reader.finish(inserter);
            return "COPY " + inserter.count;
        }
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
}
