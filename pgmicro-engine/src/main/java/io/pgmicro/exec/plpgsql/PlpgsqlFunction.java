package io.pgmicro.exec.plpgsql;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.RoutineDef;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.exec.SqliteErrors;
import io.pgmicro.exec.routines.Outcome;
import io.pgmicro.exec.routines.RecordResults;
import io.pgmicro.exec.routines.RoutineStatement;
import io.pgmicro.exec.routines.Routines;
import io.pgmicro.exec.routines.Value;
import io.pgmicro.exec.routines.Variables;
import io.pgmicro.exec.triggers.TriggerEvent;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.types.ArrayAssignment;
import io.pgmicro.types.ArrayText;
import io.pgmicro.types.ArrayValue;
import io.pgmicro.types.PgType;
import io.pgmicro.types.TypeNames;
import io.pgmicro.types.Types;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A compiled PL/pgSQL function and its interpreter. Statements are walked as the
 * PL/pgSQL grammar gave them; every expression and SQL statement inside is PostgreSQL
 * SQL, translated by the ordinary pipeline with the function's variables bound as
 * parameters, and run on the session's connection.
 */
public final class PlpgsqlFunction {
    private final RoutineDef definition;
    private final JsonNode action;
    private final List<Datum> datums;
    private final Map<JsonNode, RoutineStatement> statements = new IdentityHashMap<>();
    /** The table of the last event this trigger function ran for. */
    private int firedOn;
    private final Variables variables = new FrameVariables();
    /** The block and loop labels of the body, which may qualify variable names (outer.x). */
    private final java.util.Set<String> labels;
    private Routines routines;
    private Frame frame;
    private int savepoints;

    /** The dno of each declared parameter, in order. */
    private final int[] parameterSlots;
    /** ALIAS FOR declarations: the alias and the name (or $n) it stands for. */
    private final Map<String, String> aliases;

    PlpgsqlFunction(RoutineDef definition, JsonNode action, List<Datum> datums, int[] parameterSlots,
                    Map<String, String> aliases) {
        this.definition = definition;
        this.action = action;
        this.datums = datums;
        this.parameterSlots = parameterSlots;
        this.aliases = aliases;
        this.labels = new java.util.HashSet<>(action.findValuesAsText("label"));
    }

    /** Calls the function; returns its result (one value, or the rows of a set-returning one). */
    public List<Object> call(Routines r, List<Value> args) {
        return run(r, args, null, () -> {
            if (definition.returnsSet()) {
                return frame.returnedRows;
            }
            List<Object> out = new ArrayList<>();
            if (frame.returned instanceof Row row) {
                out.add(row.asRecord(routines.runtime().format()).storage());
            } else {
                out.add(frame.returned instanceof Value v ? v.storage() : null);
            }
            return out;
        });
    }

    /** Runs a trigger function for one event; returns the row it returned (null: NULL). */
    public Row fire(Routines r, TriggerEvent event) {
        if (event.tableOid() != firedOn) {
            // statements were bound to NEW's and OLD's fields (NEW.*): another table has other fields
            statements.clear();
            firedOn = event.tableOid();
        }
        List<Object> out = run(r, List.of(), event, () -> {
            List<Object> one = new ArrayList<>();
            one.add(frame.returned instanceof Row row ? row : null);
            return one;
        });
        return (Row) out.get(0);
    }

    private List<Object> run(Routines r, List<Value> args, TriggerEvent event, Supplier<List<Object>> result) {
        Routines savedRoutines = routines;
        Frame saved = frame;
        routines = r;
        frame = new Frame(datums.size(), event);
        try {
            initialize(args);
            Signal s = block(action.get("PLpgSQL_stmt_block"));
            boolean returnsValue = definition.returnTypeOid() != Types.VOID.oid() && !definition.isProcedure()
                    && !definition.returnsSet();
            if ((s == null || !s.isReturn()) && returnsValue) {
                throw new PgException("2F005", "control reached end of function without RETURN")
                        .withWhere("PL/pgSQL function " + displayName());
            }
            return result.get();
        } finally {
            frame = saved;
            routines = savedRoutines;
        }
    }

    private String displayName() {
        if (definition.name().equals("inline_code_block")) {
            return "inline_code_block";
        }
        List<String> types = new ArrayList<>();
        for (RoutineDef.Parameter p : definition.inputs()) {
            types.add(io.pgmicro.exec.routines.RoutineTypes.display(routines.runtime().catalog().type(p.typeOid())));
        }
        return definition.name() + "(" + String.join(",", types) + ")";
    }

    private void initialize(List<Value> args) {
        List<RoutineDef.Parameter> parameters = definition.parameters();
        java.util.Set<Integer> parameterDnos = new java.util.HashSet<>();
        int input = 0;
        for (int i = 0; i < parameters.size(); i++) {
            int dno = parameterSlots[i];
            Datum d = datums.get(dno);
            parameterDnos.add(dno);
            frame.slots[dno] = parameters.get(i).isInput() ? routines.assign(args.get(input++), d.type(), d.typmod()) : d.nullValue();
        }
        if (frame.event != null) {
            for (int i = 0; i < datums.size(); i++) {
                Datum d = datums.get(i);
                if (d.kind() == 'r' && d.name().equals("new")) {
                    frame.slots[i] = frame.event.newRow();
                } else if (d.kind() == 'r' && d.name().equals("old")) {
                    frame.slots[i] = frame.event.oldRow();
                }
            }
        }
        for (int i = 0; i < datums.size(); i++) {
            Datum d = datums.get(i);
            if (parameterDnos.contains(i)) {
                continue;
            }
            if (d.kind() == 'v') {
                if (d.name().equals("found")) {
                    frame.slots[i] = new Value(Types.BOOL, -1, 0L);
                } else if (d.defaultExpr() != null) {
                    frame.slots[i] = routines.assign(expression(d.defaultExpr()), d.type(), d.typmod());
                } else {
                    if (d.notNull()) {
                        throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "variable \"" + d.name()
                                + "\" must have a default value, since it's declared NOT NULL");
                    }
                    frame.slots[i] = d.nullValue();
                }
            } else if (d.kind() == 'r' && frame.slots[i] == null) {
                frame.slots[i] = d.rowType();
            }
        }
    }

    // ---- statements ---------------------------------------------------------------------------------

    private Signal list(JsonNode stmts) {
        for (JsonNode s : stmts) {
            Signal signal = statement(s);
            if (signal != null) {
                return signal;
            }
        }
        return null;
    }

    private Signal statement(JsonNode stmt) {
        String kind = stmt.fieldNames().next();
        JsonNode s = stmt.get(kind);
        try {
            return switch (kind) {
                case "PLpgSQL_stmt_block" -> block(s);
                case "PLpgSQL_stmt_assign" -> {
                    String text = query(s.get("expr"));
                    Value value = expression(AssignmentText.valueOf(text), s.get("expr"));
                    List<String[]> subscripts = AssignmentText.targetSubscripts(text);
                    int varno = s.path("varno").asInt();
                    assign(varno, subscripts.isEmpty() ? value : throughSubscripts(varno, subscripts, value));
                    yield null;
                }
                case "PLpgSQL_stmt_if" -> ifStatement(s);
                case "PLpgSQL_stmt_case" -> caseStatement(s);
                case "PLpgSQL_stmt_loop" -> loop(s, () -> true, null);
                case "PLpgSQL_stmt_while" -> loop(s, () -> condition(s.get("cond")), null);
                case "PLpgSQL_stmt_fori" -> forInteger(s);
                case "PLpgSQL_stmt_fors" -> forRows(s, run(s.get("query")));
                case "PLpgSQL_stmt_dynfors" -> forRows(s, dynamic(s.get("query"), s.path("params")));
                case "PLpgSQL_stmt_exit" -> exit(s);
                case "PLpgSQL_stmt_return" -> returnStatement(s);
                case "PLpgSQL_stmt_return_next" -> {
                    boolean outRow = !s.has("expr") || query(s.get("expr")).equals(OutParameterReturns.MARKER);
                    frame.returnedRows.add(outRow ? outParameters().storage() : result(evaluate(s.get("expr"))).storage());
                    yield null;
                }
                case "PLpgSQL_stmt_return_query" -> {
                    Outcome o = s.has("query") ? sqlStatement(s, s.get("query"), kind)
                            : dynamic(s.get("dynquery"), s.path("params"));
                    try {
                        returnQueryRows(o);
                    } catch (PgException e) {
                        // PostgreSQL checks the query's columns as it starts it: the query is the context
                        annotate(e, s, kind, s.has("query") ? query(s.get("query")) : null);
                        throw e;
                    }
                    setFound(o.count());
                    yield null;
                }
                case "PLpgSQL_stmt_raise" -> {
                    var notice = RaiseStatement.run(s, this::evaluate, this::text, frame.handling);
                    routines.runtime().notice(notice);
                    yield null;
                }
                case "PLpgSQL_stmt_assert" -> {
                    if (!condition(s.get("cond"))) {
                        String message = s.has("message") ? text(evaluate(s.get("message"))) : "assertion failed";
                        throw new PgException(SqlState.ASSERT_FAILURE, message);
                    }
                    yield null;
                }
                case "PLpgSQL_stmt_execsql" -> {
                    Outcome o = sqlStatement(s, s.get("sqlstmt"), kind);
                    into(s, o);
                    yield null;
                }
                case "PLpgSQL_stmt_dynexecute" -> {
                    Outcome o = dynamic(s.get("query"), s.path("params"));
                    into(s, o);
                    yield null;
                }
                case "PLpgSQL_stmt_perform" -> {
                    setFound(sqlStatement(s, s.get("expr"), kind).count());
                    yield null;
                }
                case "PLpgSQL_stmt_getdiag" -> {
                    diagnostics(s);
                    yield null;
                }
                default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support PL/pgSQL "
                        + kind.substring("PLpgSQL_stmt_".length()).toUpperCase() + " statements yet");
            };
        } catch (PgException e) {
            annotate(e, s, kind, null);
            throw e;
        }
    }

    /** Adds this statement's CONTEXT line (after the SQL statement's, if it failed) to an error leaving it. */
    private void annotate(PgException e, JsonNode s, String kind, String sqlText) {
        if (!frame.annotated.add(e)) {
            return;
        }
        String line = "PL/pgSQL function " + displayName() + " line " + s.path("lineno").asInt() + " at " + label(kind, s);
        if (sqlText != null) {
            line = "SQL statement \"" + sqlText + "\"\n" + line;
        }
        e.withWhere(e.where() == null ? line : e.where() + "\n" + line);
    }

    /** A SQL statement of the body; an error while it runs names it in the CONTEXT. */
    private Outcome sqlStatement(JsonNode s, JsonNode sql, String kind) {
        try {
            return run(sql);
        } catch (PgException e) {
            annotate(e, s, kind, query(sql));
            throw e;
        }
    }

    /** How PostgreSQL's CONTEXT line names a statement. */
    private static String label(String kind, JsonNode s) {
        return switch (kind) {
            case "PLpgSQL_stmt_assign" -> "assignment";
            case "PLpgSQL_stmt_execsql" -> "SQL statement";
            case "PLpgSQL_stmt_dynexecute" -> "EXECUTE";
            case "PLpgSQL_stmt_fori" -> "FOR with integer loop variable";
            case "PLpgSQL_stmt_fors" -> "FOR over SELECT rows";
            case "PLpgSQL_stmt_dynfors" -> "FOR over EXECUTE statement";
            case "PLpgSQL_stmt_return_next" -> "RETURN NEXT";
            case "PLpgSQL_stmt_return_query" -> "RETURN QUERY";
            case "PLpgSQL_stmt_getdiag" -> "GET DIAGNOSTICS";
            case "PLpgSQL_stmt_block" -> "statement block";
            default -> kind.substring("PLpgSQL_stmt_".length()).toUpperCase();
        };
    }

    private Signal block(JsonNode b) {
        String label = b.has("label") ? b.get("label").asText() : null;
        Signal s;
        if (!b.has("exceptions")) {
            s = list(b.path("body"));
        } else {
            s = guarded(b);
        }
        if (s != null && !s.isReturn() && s.kind() == 'x' && s.label() != null && s.label().equals(label)) {
            return null;
        }
        return s;
    }

    /** A block with EXCEPTION handlers runs inside a savepoint, rolled back when a handler catches. */
    private Signal guarded(JsonNode b) {
        String savepoint = "_pgmicro_block_" + (++savepoints);
        sql("SAVEPOINT " + savepoint);
        try {
            Signal s = list(b.path("body"));
            sql("RELEASE " + savepoint);
            return s;
        } catch (PgException e) {
            sql("ROLLBACK TO " + savepoint);
            sql("RELEASE " + savepoint);
            for (JsonNode handler : b.path("exceptions").path("PLpgSQL_exception_block").path("exc_list")) {
                JsonNode h = handler.get("PLpgSQL_exception");
                for (JsonNode c : h.path("conditions")) {
                    String condition = c.path("PLpgSQL_condition").path("condname").asText();
                    if (Conditions.catches(condition, e.sqlState())) {
                        return handle(e, h.path("action"));
                    }
                }
            }
            throw e;
        }
    }

    private Signal handle(PgException e, JsonNode action) {
        PgException outer = frame.handling;
        frame.handling = e;
        for (int i = 0; i < datums.size(); i++) {
            Datum d = datums.get(i);
            if (d.kind() == 'v' && d.name().equals("sqlstate")) {
                frame.slots[i] = new Value(Types.TEXT, -1, e.sqlState());
            } else if (d.kind() == 'v' && d.name().equals("sqlerrm")) {
                frame.slots[i] = new Value(Types.TEXT, -1, e.getMessage());
            }
        }
        try {
            return list(action);
        } finally {
            frame.handling = outer;
        }
    }

    private void sql(String text) {
        try {
            QueryRunner.execute(routines.runtime().connection(), text);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, routines.runtime().catalog(), null, null);
        }
    }

    private Signal ifStatement(JsonNode s) {
        if (condition(s.get("cond"))) {
            return list(s.path("then_body"));
        }
        for (JsonNode elsif : s.path("elsif_list")) {
            JsonNode e = elsif.get("PLpgSQL_if_elsif");
            if (condition(e.get("cond"))) {
                return list(e.path("stmts"));
            }
        }
        return list(s.path("else_body"));
    }

    private Signal caseStatement(JsonNode s) {
        if (s.has("t_expr")) {
            int dno = s.path("t_varno").asInt();
            Value v = evaluate(s.get("t_expr"));
            frame.slots[dno] = v;
        }
        for (JsonNode w : s.path("case_when_list")) {
            JsonNode when = w.get("PLpgSQL_case_when");
            if (condition(when.get("expr"))) {
                return list(when.path("stmts"));
            }
        }
        if (s.path("have_else").asBoolean(false)) {
            return list(s.path("else_stmts"));
        }
        throw new PgException(SqlState.CASE_NOT_FOUND, "case not found").withHint("CASE statement is missing ELSE part.");
    }

    private Signal loop(JsonNode s, Supplier<Boolean> again, Runnable step) {
        String label = s.has("label") ? s.get("label").asText() : null;
        while (again.get()) {
            Signal signal = list(s.path("body"));
            if (signal != null) {
                if (signal.isReturn() || !signal.targets(label)) {
                    return signal;
                }
                if (signal.kind() == 'x') {
                    return null;
                }
            }
            if (step != null) {
                step.run();
            }
        }
        return null;
    }

    private Signal forInteger(JsonNode s) {
        int dno = dnoOf(s.get("var").get("PLpgSQL_var").path("refname").asText());
        long lower = integer(evaluate(s.get("lower")), "lower");
        long upper = integer(evaluate(s.get("upper")), "upper");
        long step = s.has("step") ? integer(evaluate(s.get("step")), "BY") : 1;
        if (step <= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "BY value of FOR loop must be greater than zero");
        }
        boolean reverse = s.path("reverse").asBoolean(false);
        long[] i = {lower};
        long count = 0;
        frame.slots[dno] = new Value(Types.INT4, -1, i[0]);
        Signal result = loop(s, () -> reverse ? i[0] >= upper : i[0] <= upper, () -> {
            i[0] = reverse ? i[0] - step : i[0] + step;
            frame.slots[dno] = new Value(Types.INT4, -1, i[0]);
        });
        count = reverse ? lower - i[0] : i[0] - lower;
        setFound(count);
        return result;
    }

    private static long integer(Value v, String which) {
        if (v.isNull()) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, (which.equals("BY") ? "BY" : which) + " bound of FOR loop cannot be null");
        }
        if (v.storage() instanceof Number n) {
            return n.longValue();
        }
        return new java.math.BigDecimal(v.storage().toString()).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    }

    private Signal forRows(JsonNode s, Outcome rows) {
        String label = s.has("label") ? s.get("label").asText() : null;
        JsonNode target = s.get("var");
        for (Object[] row : rows.rows()) {
            assignRow(target, rows.columns(), row);
            Signal signal = list(s.path("body"));
            if (signal != null) {
                if (signal.isReturn() || !signal.targets(label)) {
                    setFound(1);
                    return signal;
                }
                if (signal.kind() == 'x') {
                    break;
                }
            }
        }
        setFound(rows.rows().size());
        return null;
    }

    private Signal exit(JsonNode s) {
        if (s.has("cond") && !condition(s.get("cond"))) {
            return null;
        }
        return new Signal(s.path("is_exit").asBoolean(false) ? 'x' : 'c', s.has("label") ? s.get("label").asText() : null);
    }

    private Signal returnStatement(JsonNode s) {
        if (!s.has("expr")) {
            boolean implicit = !s.has("lineno");
            if (implicit && definition.returnTypeOid() != Types.VOID.oid() && !definition.isProcedure()
                    && !definition.returnsSet() && definition.outputs().isEmpty()) {
                // the compiler ends every body with a RETURN; reaching it is an error where a value is due
                PgException e = new PgException("2F005", "control reached end of function without RETURN")
                        .withWhere("PL/pgSQL function " + displayName());
                frame.annotated.add(e);
                throw e;
            }
            if (definition.outputs().size() == 1 || !definition.outputs().isEmpty() && !definition.isProcedure()) {
                frame.returned = outParameters();
            }
            return Signal.RETURN;
        }
        Node tree = selectTarget(query(s.get("expr")));
        Integer record = tree != null ? wholeRecord(tree) : null;
        if (record != null) {
            frame.returned = frame.slots[record];
        } else if (frame.event != null) {
            Value v = evaluate(s.get("expr"));
            if (!v.isNull()) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "returned row structure does not match the structure of the triggering table");
            }
            frame.returned = null;
        } else {
            frame.returned = result(evaluate(s.get("expr")));
        }
        return Signal.RETURN;
    }

    /** The OUT parameters' values as the function's result: the one value, or a record of them all. */
    private Value outParameters() {
        List<RoutineDef.Parameter> parameters = definition.parameters();
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).isOutput()) {
                values.add((Value) frame.slots[parameterSlots[i]]);
            }
        }
        if (values.size() == 1) {
            return values.get(0);
        }
        return new Value(Types.RECORD, -1, RecordResults.of(routines, RecordResults.fields(routines, definition), values));
    }

    /** RETURN QUERY: each row is a result row, all its columns together where the function returns records. */
    private void returnQueryRows(Outcome o) {
        List<PgType.Field> fields = RecordResults.returnsRecord(routines, definition)
                ? RecordResults.fields(routines, definition) : null;
        int expected = fields == null ? 1 : fields.size();
        if ((fields == null || !fields.isEmpty()) && o.columns().size() != expected) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "structure of query does not match function result type")
                    .withDetail("Number of returned columns (" + o.columns().size()
                            + ") does not match expected column count (" + expected + ").");
        }
        for (Object[] row : o.rows()) {
            if (fields == null) {
                frame.returnedRows.add(result(new Value(o.columns().get(0).type(), -1, row[0])).storage());
                continue;
            }
            List<Value> values = new ArrayList<>();
            for (int i = 0; i < o.columns().size(); i++) {
                Typed c = o.columns().get(i);
                values.add(new Value(c.isUnknown() ? Types.TEXT : c.type(), c.typmod(), row[i]));
            }
            frame.returnedRows.add(RecordResults.of(routines, fields, values));
        }
    }

    /** The value as the function's result type. */
    private Value result(Value v) {
        PgType type = routines.runtime().catalog().type(definition.returnTypeOid());
        if (type.oid() == Types.VOID.oid()) {
            return v;
        }
        return routines.assign(v, type, definition.returnTypmod());
    }

    /** The expression of {@code SELECT <expr>} when it is one bare column reference, else null. */
    private static Node selectTarget(String expr) {
        try {
            var parsed = Parser.parse("SELECT " + expr);
            if (parsed.statements().size() != 1) {
                return null;
            }
            var select = parsed.statements().get(0).getStmt().getSelectStmt();
            return select.getTargetListCount() == 1 && select.getFromClauseCount() == 0
                    ? select.getTargetList(0).getResTarget().getVal() : null;
        } catch (PgException e) {
            return null;
        }
    }

    /** The dno of a record variable that the expression names as a whole (RETURN NEW), else null. */
    private Integer wholeRecord(Node expr) {
        if (!expr.hasColumnRef() || expr.getColumnRef().getFieldsCount() != 1
                || !expr.getColumnRef().getFields(0).hasString()) {
            return null;
        }
        Integer dno = lookup(expr.getColumnRef().getFields(0).getString().getSval());
        return dno != null && datums.get(dno).kind() == 'r' ? dno : null;
    }

    private void into(JsonNode s, Outcome o) {
        setFound(o.count());
        if (!s.path("into").asBoolean(false)) {
            return;
        }
        boolean strict = s.path("strict").asBoolean(false);
        if (strict && o.rows().isEmpty()) {
            throw new PgException(SqlState.NO_DATA_FOUND, "query returned no rows");
        }
        if (strict && o.rows().size() > 1) {
            throw new PgException(SqlState.TOO_MANY_ROWS, "query returned more than one row")
                    .withHint("Make sure the query returns a single row, or use LIMIT 1.");
        }
        assignRow(s.get("target"), o.columns(), o.rows().isEmpty() ? null : o.rows().get(0));
    }

    private void diagnostics(JsonNode s) {
        for (JsonNode item : s.path("diag_items")) {
            JsonNode d = item.get("PLpgSQL_diag_item");
            String kind = d.path("kind").asText();
            int target = d.path("target").asInt();
            Value v = switch (kind) {
                case "ROW_COUNT" -> new Value(Types.INT8, -1, frame.rowCount);
                case "RETURNED_SQLSTATE" -> new Value(Types.TEXT, -1, handling().sqlState());
                case "MESSAGE_TEXT" -> new Value(Types.TEXT, -1, handling().getMessage());
                case "PG_EXCEPTION_DETAIL" -> new Value(Types.TEXT, -1, handling().detail());
                case "PG_EXCEPTION_HINT" -> new Value(Types.TEXT, -1, handling().hint());
                case "PG_EXCEPTION_CONTEXT" -> new Value(Types.TEXT, -1, handling().where());
                default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro does not support GET DIAGNOSTICS " + kind + " yet");
            };
            assign(target, v);
        }
    }

    private PgException handling() {
        if (frame.handling == null) {
            throw new PgException("0Z002", "GET STACKED DIAGNOSTICS cannot be used outside an exception handler");
        }
        return frame.handling;
    }

    private void setFound(long count) {
        frame.rowCount = count;
        Integer found = lookup("found");
        if (found != null) {
            frame.slots[found] = new Value(Types.BOOL, -1, count > 0 ? 1L : 0L);
        }
    }

    // ---- assignment ---------------------------------------------------------------------------------

    private void assign(int dno, Value value) {
        Datum d = datums.get(dno);
        switch (d.kind()) {
            case 'v' -> {
                if (d.constant()) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "variable \"" + d.name() + "\" is declared CONSTANT");
                }
                Value v = routines.assign(value, d.type(), d.typmod());
                if (v.isNull() && d.notNull()) {
                    throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "null value cannot be assigned to variable \""
                            + d.name() + "\" declared NOT NULL");
                }
                frame.slots[dno] = v;
            }
            case 'f' -> {
                Row row = record(d.parent());
                Value old = row.field(d.name());
                if (old == null) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "record \"" + datums.get(d.parent()).name()
                            + "\" has no field \"" + d.name() + "\"");
                }
                frame.slots[d.parent()] = row.with(d.name(), routines.assign(value, old.type(), old.typmod()));
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "pgmicro does not support assigning a value to record \"" + d.name() + "\" yet");
        }
    }

    /**
     * {@code a[i] := v}, {@code a[lo:hi] := v}: the variable's array with the element or slice
     * replaced, as an UPDATE's subscripted SET does it.
     */
    private Value throughSubscripts(int dno, List<String[]> subscripts, Value value) {
        Datum d = datums.get(dno);
        if (d.kind() != 'v' || !d.type().isArray()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "cannot subscript type " + TypeNames.of(d.type())
                    + " because it does not support subscripting");
        }
        boolean slice = subscripts.stream().anyMatch(b -> b.length == 2);
        List<Integer> bounds = new ArrayList<>();
        for (String[] subscript : subscripts) {
            if (slice && subscript.length == 1) {
                bounds.add(1);
            }
            for (String bound : subscript) {
                if (bound == null) {
                    bounds.add(null);
                    continue;
                }
                Value i = routines.assign(expression(bound), Types.INT4, -1);
                if (i.isNull()) {
                    throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "array subscript in assignment must not be null");
                }
                bounds.add(((Number) i.storage()).intValue());
            }
        }
        Value current = (Value) frame.slots[dno];
        ArrayValue array = current == null || current.isNull() ? ArrayValue.EMPTY : ArrayValue.parse(current.storage().toString());
        Integer[] given = bounds.toArray(new Integer[0]);
        ArrayValue changed;
        if (slice) {
            Value source = routines.assign(value, d.type(), d.typmod());
            if (source.isNull()) {
                return current;
            }
            changed = ArrayAssignment.setSlice(array, given, ArrayValue.parse(source.storage().toString()));
        } else {
            PgType element = Types.elementOf(d.type());
            Value item = routines.assign(value, element, d.typmod());
            changed = ArrayAssignment.setElement(array, given, ArrayText.elementStorageText(element, item.storage()));
        }
        return new Value(d.type(), d.typmod(), changed.toString());
    }

    /** Assigns a query's row (null: no row) to an INTO or FOR target: one record, or a list of variables. */
    private void assignRow(JsonNode target, List<Typed> columns, Object[] row) {
        List<Integer> fields = new ArrayList<>();
        if (target.has("PLpgSQL_row")) {
            for (JsonNode f : target.get("PLpgSQL_row").path("fields")) {
                fields.add(f.path("varno").asInt());
            }
        } else if (target.has("PLpgSQL_rec")) {
            fields.add(target.get("PLpgSQL_rec").path("dno").asInt());
        } else {
            fields.add(dnoOf(target.fieldNames().hasNext() ? target.elements().next().path("refname").asText() : ""));
        }
        if (fields.size() == 1 && datums.get(fields.get(0)).kind() == 'r') {
            List<String> names = new ArrayList<>();
            List<Value> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                names.add(columns.get(i).name());
                values.add(new Value(columns.get(i).type(), columns.get(i).typmod(), row == null ? null : row[i]));
            }
            frame.slots[fields.get(0)] = new Row(names, values);
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            Value v = i < columns.size()
                    ? new Value(columns.get(i).type(), columns.get(i).typmod(), row == null ? null : row[i])
                    : new Value(Types.TEXT, -1, null);
            assign(fields.get(i), v);
        }
    }

    /** A field of NEW in a DELETE trigger or of OLD in an INSERT one: the row is NULL, so each of its columns is. */
    private Value nullEventField(String field) {
        var table = routines.runtime().catalog().relation(frame.event.tableOid());
        var column = table == null ? null : table.attribute(field);
        return column == null ? null
                : new Value(routines.runtime().catalog().type(column.typeOid()), column.typmod(), null);
    }

    private Row record(int dno) {
        Object r = frame.slots[dno];
        if (r == null) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "record \"" + datums.get(dno).name()
                    + "\" is not assigned yet")
                    .withDetail("The tuple structure of a not-yet-assigned record is indeterminate.");
        }
        return (Row) r;
    }

    // ---- expressions and SQL ------------------------------------------------------------------------

    private static String query(JsonNode expr) {
        return expr.path("PLpgSQL_expr").path("query").asText();
    }

    private Value evaluate(JsonNode expr) {
        return expression(query(expr), expr);
    }

    private boolean condition(JsonNode expr) {
        Value v = routines.assign(evaluate(expr), Types.BOOL, -1);
        return v.storage() != null && ((Number) v.storage()).longValue() != 0;
    }

    /** An expression not tied to a tree node (a DEFAULT): compiled each time it is needed. */
    private Value expression(String text) {
        return single(RoutineStatement.prepare(selectOf(text), "SELECT " + text, variables).run(routines), text);
    }

    private Value expression(String text, JsonNode key) {
        RoutineStatement s = statements.computeIfAbsent(key, k -> RoutineStatement.prepare(selectOf(text),
                "SELECT " + text, variables));
        return single(s.run(routines), text);
    }

    private static Node selectOf(String text) {
        var parsed = Parser.parse("SELECT " + text);
        if (parsed.statements().size() != 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, "syntax error in expression \"" + text + "\"");
        }
        return parsed.statements().get(0).getStmt();
    }

    private static Value single(Outcome o, String text) {
        if (o.columns().size() != 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, "query \"SELECT " + text + "\" returned " + o.columns().size()
                    + " columns");
        }
        if (o.rows().size() > 1) {
            throw new PgException(SqlState.CARDINALITY_VIOLATION, "query \"SELECT " + text + "\" returned more than one row");
        }
        Typed c = o.columns().get(0);
        return new Value(c.type(), c.typmod(), o.rows().isEmpty() ? null : o.rows().get(0)[0]);
    }

    /** Runs a SQL statement of the body (its text as PL/pgSQL left it, INTO removed). */
    private Outcome run(JsonNode expr) {
        RoutineStatement s = statements.computeIfAbsent(expr, k -> {
            String text = query(expr);
            var parsed = Parser.parse(text);
            if (parsed.statements().size() != 1) {
                throw new PgException(SqlState.SYNTAX_ERROR, "cannot run several statements in one PL/pgSQL statement");
            }
            return RoutineStatement.prepare(parsed.statements().get(0).getStmt(), text, variables);
        });
        return s.run(routines);
    }

    /** EXECUTE: the text is parsed now; USING values are its $1, $2 ... */
    private Outcome dynamic(JsonNode queryExpr, JsonNode params) {
        Value text = evaluate(queryExpr);
        if (text.isNull()) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "query string argument of EXECUTE is null");
        }
        String sql = text(text);
        List<Value> using = new ArrayList<>();
        for (JsonNode p : params) {
            using.add(evaluate(p));
        }
        var parsed = Parser.parse(sql);
        if (parsed.statements().size() != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro runs one statement per EXECUTE");
        }
        Variables positional = new Variables() {
            @Override
            public Supplier<Value> named(List<String> names) {
                return null;
            }

            @Override
            public Supplier<Value> positional(int n) {
                return n >= 1 && n <= using.size() ? () -> using.get(n - 1) : null;
            }
        };
        return RoutineStatement.prepare(parsed.statements().get(0).getStmt(), sql, positional).run(routines);
    }

    /** A value's text, as RAISE and EXECUTE read it. */
    private String text(Value v) {
        return v.isNull() ? null : v.type().output(v.storage(), routines.runtime().format());
    }

    private Integer lookup(String name) {
        String target = aliases.get(name);
        if (target != null && !target.equals(name)) {
            if (target.startsWith("$")) {
                int n = Integer.parseInt(target.substring(1));
                return n >= 1 && n <= parameterSlots.length ? parameterSlots[n - 1] : null;
            }
            return lookup(target);
        }
        for (int i = datums.size() - 1; i >= 0; i--) {
            Datum d = datums.get(i);
            if ((d.kind() == 'v' || d.kind() == 'r') && d.name().equals(name)) {
                return i;
            }
        }
        return null;
    }

    private int dnoOf(String name) {
        Integer dno = lookup(name);
        if (dno == null) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: PL/pgSQL variable \"" + name + "\" not found");
        }
        return dno;
    }

    /** The function's variables as its SQL sees them, read from the call running now. */
    private final class FrameVariables implements Variables {
        @Override
        public Supplier<Value> named(List<String> names) {
            List<String> n = names;
            if (n.size() > 1 && (n.get(0).equals(definition.name()) || isLabel(n.get(0))) && lookup(n.get(1)) != null) {
                n = n.subList(1, n.size());
            }
            Integer dno = lookup(n.get(0));
            if (dno == null) {
                return n.size() == 1 ? triggerVariable(n.get(0)) : null;
            }
            Datum d = datums.get(dno);
            if (n.size() == 1 && d.kind() == 'v') {
                int slot = dno;
                return () -> (Value) frame.slots[slot];
            }
            if (d.kind() == 'r' && (n.size() == 1 || n.size() == 2 && n.get(1).equals("*"))) {
                int slot = dno;
                // NEW in a DELETE trigger and OLD in an INSERT one are NULL as a whole
                boolean eventRow = frame.event != null && (d.name().equals("new") || d.name().equals("old"));
                return () -> eventRow && frame.slots[slot] == null ? new Value(Types.RECORD, -1, null)
                        : record(slot).asRecord(routines.runtime().format());
            }
            if (n.size() == 2 && d.kind() == 'r') {
                int slot = dno;
                String field = n.get(1);
                boolean eventRow = frame.event != null && (d.name().equals("new") || d.name().equals("old"));
                return () -> {
                    Value v = eventRow && frame.slots[slot] == null ? nullEventField(field) : record(slot).field(field);
                    if (v == null) {
                        throw new PgException(SqlState.UNDEFINED_COLUMN, "record \"" + d.name() + "\" has no field \""
                                + field + "\"");
                    }
                    return v;
                };
            }
            return null;
        }

        @Override
        public Supplier<Value> positional(int n) {
            if (n < 1 || n > parameterSlots.length) {
                return null;
            }
            int slot = parameterSlots[n - 1];
            return () -> (Value) frame.slots[slot];
        }

        @Override
        public List<String> fields(String record) {
            Integer dno = lookup(record);
            if (dno == null || datums.get(dno).kind() != 'r' || !(frame.slots[dno] instanceof Row row)) {
                return null;
            }
            return row.names();
        }

        @Override
        public boolean zeroBased(List<String> names) {
            return names.size() == 1 && names.get(0).equals("tg_argv") && lookup("tg_argv") == null
                    && definition.returnTypeOid() == Types.TRIGGER.oid();
        }

        private boolean isLabel(String name) {
            return labels.contains(name);
        }

        private Supplier<Value> triggerVariable(String name) {
            if (definition.returnTypeOid() != Types.TRIGGER.oid()) {
                return null;
            }
            return switch (name) {
                case "tg_op" -> () -> text(frame.event.op());
                case "tg_name" -> () -> new Value(Types.NAME, -1, frame.event.name());
                case "tg_when" -> () -> text(frame.event.when());
                case "tg_level" -> () -> text(frame.event.level());
                case "tg_table_name", "tg_relname" -> () -> new Value(Types.NAME, -1, frame.event.tableName());
                case "tg_table_schema" -> () -> new Value(Types.NAME, -1, frame.event.tableSchema());
                case "tg_relid" -> () -> new Value(Types.OID, -1, (long) frame.event.tableOid());
                case "tg_nargs" -> () -> new Value(Types.INT4, -1, (long) frame.event.arguments().size());
                case "tg_argv" -> () -> new Value(Types.arrayOf(Types.TEXT), -1,
                        Types.arrayOf(Types.TEXT).input(io.pgmicro.types.ArrayText.format(frame.event.arguments()), -1,
                                routines.runtime().format()));
                default -> null;
            };
        }

        private Value text(String s) {
            return new Value(Types.TEXT, -1, s);
        }
    }
}
