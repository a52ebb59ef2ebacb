package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.session.Column;
import io.pgmicro.session.Prepared;
import io.pgmicro.session.Result;
import io.pgmicro.session.Session;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The extended query protocol: Parse, Bind, Describe, Execute and Close over named and
 * unnamed prepared statements and portals. Errors are thrown to the message loop, which
 * reports them and skips to Sync; {@link #sync()} ends the implicit transaction.
 */
final class ExtendedQuery {
    static final String DUPLICATE_PREPARED_STATEMENT = "42P05";
    static final String DUPLICATE_CURSOR = "42P03";

    private final Session session;
    private final BackendMessages out;
    private final MessageReader in;
    private final ImplicitTransaction implicit;
    private final ResultSender notices;
    private final DatabaseCommands databaseCommands;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, Portal> portals = new HashMap<>();

    /** A parsed statement: its text, what kind it is, and the session's Prepared (null for COPY and the database commands). */
    private record PreparedStatement(String name, String sql, Node stmt, StatementKind kind, Prepared prepared) {
        boolean isEmpty() {
            return stmt == null;
        }

        boolean isShow() {
            return stmt != null && stmt.hasVariableShowStmt();
        }

        List<PgType> parameterTypes() {
            return prepared == null ? List.of() : prepared.parameterTypes();
        }
    }

    /** A bound statement: its parameters, result formats, and once run its result and how far it was sent. */
    private static final class Portal {
        final PreparedStatement statement;
        final List<Object> parameters;
        final int[] formatCodes;
        Result result;
        int sent;

        Portal(PreparedStatement statement, List<Object> parameters, int[] formatCodes) {
            this.statement = statement;
            this.parameters = parameters;
            this.formatCodes = formatCodes;
        }
    }

    ExtendedQuery(Session session, BackendMessages out, MessageReader in, ImplicitTransaction implicit,
                  DatabaseCommands databaseCommands) {
        this.databaseCommands = databaseCommands;
        this.session = session;
        this.out = out;
        this.in = in;
        this.implicit = implicit;
        this.notices = new ResultSender(out);
    }

    void parse(MessageBody body) throws IOException {
        String name = body.cstring();
        String sql = body.cstring();
        int count = body.int16();
        List<PgType> declared = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // 0 leaves the type to be inferred; so does a type this registry does not know (e.g. an enum)
            declared.add(Types.byOid(body.int32()));
        }
        body.end();
        // named statements live in the session, with PREPARE's: a name either took is in use
        if (!name.isEmpty() && session.hasPreparedStatement(name)) {
            throw new PgException(DUPLICATE_PREPARED_STATEMENT, "prepared statement \"" + name + "\" already exists");
        }
        Parser.ParsedSql parsed = Parser.parse(sql);
        if (parsed.statements().size() > 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, "cannot insert multiple commands into a prepared statement");
        }
        Node stmt = parsed.statements().isEmpty() ? null : parsed.statements().get(0).getStmt();
        StatementKind kind = stmt == null ? StatementKind.OTHER : StatementKind.of(stmt);
        rejectInFailedTransaction(kind);
        Prepared prepared = kind == StatementKind.COPY || kind == StatementKind.DATABASE ? null
                : session.prepare(sql, declared);
        if (!name.isEmpty()) {
            session.addProtocolStatement(name, prepared, sql);
        }
        statements.put(name, new PreparedStatement(name, sql, stmt, kind, prepared));
        out.parseComplete();
    }

    void bind(MessageBody body) throws IOException {
        String portalName = body.cstring();
        String statementName = body.cstring();
        int[] parameterFormats = formatCodes(body);
        int count = body.int16();
        byte[][] values = new byte[count][];
        for (int i = 0; i < count; i++) {
            int length = body.int32();
            values[i] = length == -1 ? null : body.bytes(length);
        }
        int[] resultFormats = formatCodes(body);
        body.end();

        PreparedStatement statement = statement(statementName);
        rejectInFailedTransaction(statement.kind());
        if (!portalName.isEmpty() && portals.containsKey(portalName)) {
            throw new PgException(DUPLICATE_CURSOR, "cursor \"" + portalName + "\" already exists");
        }
        int[] formats = ResultFormats.expand(parameterFormats, count);
        if (formats == null) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION,
                    "bind message has " + parameterFormats.length + " parameter formats but " + count + " parameters");
        }
        List<PgType> types = statement.parameterTypes();
        if (count != types.size()) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message supplies " + count
                    + " parameters, but prepared statement \"" + statementName + "\" requires " + types.size());
        }
        List<Object> parameters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parameters.add(parameter(types.get(i), values[i], formats[i], i + 1, portalName));
        }
        List<Column> columns = statement.prepared() == null ? null : statement.prepared().columns();
        if (columns != null && ResultFormats.expand(resultFormats, columns.size()) == null) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message has " + resultFormats.length
                    + " result formats but query has " + columns.size() + " columns");
        }
        portals.put(portalName, new Portal(statement, parameters, resultFormats));
        out.bindComplete();
    }

    void describe(MessageBody body) throws IOException {
        int target = body.byte1();
        String name = body.cstring();
        body.end();
        if (target == 'S') {
            PreparedStatement statement = statement(name);
            out.parameterDescription(statement.parameterTypes());
            List<Column> columns = statement.isShow() ? runShow(statement).columns() : columns(statement);
            describeRows(columns, null);
        } else if (target == 'P') {
            Portal portal = portal(name);
            List<Column> columns = columns(portal.statement);
            if (portal.statement.isShow()) {
                // SHOW's column is known only once it runs, and running it changes nothing
                portal.result = runShow(portal.statement);
                columns = portal.result.columns();
            }
            describeRows(columns, portal.formatCodes);
        } else {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "invalid DESCRIBE message subtype " + target);
        }
    }

    void execute(MessageBody body) throws IOException {
        String name = body.cstring();
        int maxRows = body.int32();
        body.end();
        Portal portal = portal(name);
        PreparedStatement statement = portal.statement;
        if (statement.isEmpty()) {
            out.emptyQueryResponse();
            return;
        }
        if (portal.result == null && statement.kind() == StatementKind.DATABASE) {
            boolean inBlock = session.transactionStatus() != Session.IDLE;
            portal.result = Result.command(databaseCommands.run(statement.stmt(), inBlock, notices));
        }
        if (portal.result == null) {
            Result substitute = implicit.beforeStatement(statement.kind());
            if (substitute != null) {
                portal.result = substitute;
            } else if (statement.kind() == StatementKind.COPY) {
                CopyCommand copy = new CopyCommand(session, statement.stmt().getCopyStmt());
                portal.result = Result.command(copy.isFrom() ? copy.copyIn(out, in) : copy.copyOut(out));
            } else {
                portal.result = statement.prepared().execute(portal.parameters, notices);
            }
            if (!statement.name().isEmpty()) {
                session.preparedStatementExecuted(statement.name());
            }
        }
        sendRows(portal, maxRows);
    }

    void close(MessageBody body) throws IOException {
        int target = body.byte1();
        String name = body.cstring();
        body.end();
        if (target == 'S') {
            statements.remove(name);
            if (!name.isEmpty()) {
                session.closeProtocolStatement(name);
            }
        } else if (target == 'P') {
            portals.remove(name);
        } else {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "invalid CLOSE message subtype " + target);
        }
        out.closeComplete();
    }

    /** Sync: the implicit transaction ends; portals end with the transaction they belong to. */
    void sync() throws IOException {
        try {
            implicit.end();
        } catch (PgException e) {
            out.errorResponse(e);
        }
        if (session.transactionStatus() == Session.IDLE) {
            portals.clear();
        }
    }

    private void sendRows(Portal portal, int maxRows) throws IOException {
        Result result = portal.result;
        if (!result.returnsRows()) {
            out.commandComplete(result.commandTag());
            return;
        }
        int total = result.rows().size();
        int from = portal.sent;
        int to = maxRows > 0 ? (int) Math.min(total, (long) from + maxRows) : total;
        int[] formats = ResultFormats.expand(portal.formatCodes, result.columns().size());
        if (formats == null) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message has " + portal.formatCodes.length
                    + " result formats but query has " + result.columns().size() + " columns");
        }
        RowEncoder.send(result, from, to, formats, out);
        portal.sent = to;
        // like PostgreSQL, a run that filled its row limit is suspended even when no rows are left
        if (maxRows > 0 && to - from == maxRows) {
            out.portalSuspended();
        } else {
            // a query's tag counts the rows this Execute returned, as PostgreSQL's does for a portal run in parts
            String tag = result.commandTag();
            out.commandComplete(tag.startsWith("SELECT ") ? "SELECT " + (to - from) : tag);
        }
    }

    private void describeRows(List<Column> columns, int[] formatCodes) throws IOException {
        if (columns == null) {
            out.noData();
            return;
        }
        int[] formats = formatCodes == null ? new int[columns.size()] : ResultFormats.expand(formatCodes, columns.size());
        if (formats == null) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message has " + formatCodes.length
                    + " result formats but query has " + columns.size() + " columns");
        }
        out.rowDescription(columns, formats);
    }

    private static List<Column> columns(PreparedStatement statement) {
        return statement.prepared() == null ? null : statement.prepared().columns();
    }

    private Result runShow(PreparedStatement statement) {
        return statement.prepared().execute(List.of(), notices);
    }

    private Object parameter(PgType type, byte[] value, int format, int number, String portalName) {
        if (value == null) {
            return null;
        }
        PgType target = type == null ? Types.TEXT : type;
        if (format == BackendMessages.BINARY) {
            return BinaryValues.decode(target, value, session.formatContext(), number);
        }
        if (format != BackendMessages.TEXT) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "unsupported format code: " + format);
        }
        String text = Utf8.decode(value);
        try {
            return target.input(text, -1, session.formatContext());
        } catch (PgException e) {
            // the value itself is elided, as log_parameter_max_length_on_error = 0 (the default) has PostgreSQL do
            throw e.withWhere((portalName.isEmpty() ? "unnamed portal" : "portal \"" + portalName + "\"")
                    + " parameter $" + number + " = '...'");
        }
    }

    private static int[] formatCodes(MessageBody body) {
        int count = body.int16();
        int[] codes = new int[Math.max(count, 0)];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = body.int16();
            if (codes[i] != BackendMessages.TEXT && codes[i] != BackendMessages.BINARY) {
                throw new PgException(SqlState.PROTOCOL_VIOLATION, "unsupported format code: " + codes[i]);
            }
        }
        return codes;
    }

    /** PostgreSQL refuses all but COMMIT and ROLLBACK in a failed transaction block, already at Parse and Bind. */
    private void rejectInFailedTransaction(StatementKind kind) {
        if (session.transactionStatus() == Session.FAILED && kind != StatementKind.END && kind != StatementKind.SAVEPOINT) {
            throw new PgException(SqlState.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction block");
        }
    }

    private PreparedStatement statement(String name) {
        if (!name.isEmpty() && !session.hasPreparedStatement(name)) {
            // DEALLOCATE removed it; a statement SQL PREPARE made is not bound through the protocol (yet)
            statements.remove(name);
        }
        PreparedStatement statement = statements.get(name);
        if (statement == null) {
            throw new PgException(SqlState.INVALID_SQL_STATEMENT_NAME, name.isEmpty()
                    ? "unnamed prepared statement does not exist" : "prepared statement \"" + name + "\" does not exist");
        }
        return statement;
    }

    private Portal portal(String name) {
        Portal portal = portals.get(name);
        if (portal == null) {
            throw new PgException(SqlState.INVALID_CURSOR_NAME, "portal \"" + name + "\" does not exist");
        }
        return portal;
    }
}
