package io.pgmicro.exec.triggers;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.RoutineDef;
import io.pgmicro.catalog.TriggerDef;
import io.pgmicro.exec.plpgsql.Row;
import io.pgmicro.exec.routines.Outcome;
import io.pgmicro.exec.routines.RoutineStatement;
import io.pgmicro.exec.routines.Routines;
import io.pgmicro.exec.routines.Value;
import io.pgmicro.exec.routines.Variables;
import io.pgmicro.parse.ast.Alias;
import io.pgmicro.parse.ast.ColumnRef;
import io.pgmicro.parse.ast.DeleteStmt;
import io.pgmicro.parse.ast.InsertStmt;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.ParamRef;
import io.pgmicro.parse.ast.RangeSubselect;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.parse.ast.ResTarget;
import io.pgmicro.parse.ast.SelectStmt;
import io.pgmicro.parse.ast.UpdateStmt;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * INSERT, UPDATE or DELETE on a view with an INSTEAD OF trigger for it. Nothing is
 * written to the view: the statement selects the rows it would change (for INSERT, the
 * rows it inserts; for UPDATE, each row of the view with its new values; for DELETE, the
 * rows it deletes), hands each to the INSTEAD OF ROW triggers, and counts the rows for
 * which they return non-NULL. The view's BEFORE and AFTER STATEMENT triggers fire
 * around that, and RETURNING is computed from the rows the triggers returned.
 */
public final class InsteadOfDml {
    private final Routines routines;
    private final RelationDef view;
    private final String verb;
    private final List<TriggerDef> triggers;
    private final String text;
    private final List<Value> parameters;

    private InsteadOfDml(Routines routines, RelationDef view, String verb, List<TriggerDef> triggers, String text,
                         List<Value> parameters) {
        this.routines = routines;
        this.view = view;
        this.verb = verb;
        this.triggers = triggers;
        this.text = text;
        this.parameters = parameters;
    }

    /**
     * The statement, run through the view's INSTEAD OF triggers; null when its target is not
     * a view with an INSTEAD OF trigger for the statement's event.
     */
    public static Outcome runIfApplicable(Routines routines, Node stmt, String text, List<PgType> parameterTypes,
                                          List<Object> parameters) {
        RangeVar target = switch (stmt.getNodeCase()) {
            case INSERT_STMT -> stmt.getInsertStmt().getRelation();
            case UPDATE_STMT -> stmt.getUpdateStmt().getRelation();
            case DELETE_STMT -> stmt.getDeleteStmt().getRelation();
            default -> null;
        };
        if (target == null || stmt.getNodeCase() == Node.NodeCase.INSERT_STMT && stmt.getInsertStmt().hasWithClause()
                || stmt.getNodeCase() == Node.NodeCase.UPDATE_STMT && stmt.getUpdateStmt().hasWithClause()
                || stmt.getNodeCase() == Node.NodeCase.DELETE_STMT && stmt.getDeleteStmt().hasWithClause()) {
            return null;
        }
        var runtime = routines.runtime();
        if (runtime.catalog().triggers().stream().noneMatch(t -> t.timing() == 'I')) {
            // the common case: no view has INSTEAD OF triggers, so ordinary DML pays no look-up
            return null;
        }
        RelationDef view = runtime.catalog().findRelation(target.getSchemaname(), target.getRelname(),
                runtime.analysis(List.of(), text).searchPath());
        if (view == null || view.kind() != 'v') {
            return null;
        }
        String verb = switch (stmt.getNodeCase()) {
            case INSERT_STMT -> "INSERT";
            case UPDATE_STMT -> "UPDATE";
            default -> "DELETE";
        };
        String role = runtime.setting("session_replication_role");
        List<TriggerDef> firing = runtime.catalog().triggersOf(view.oid()).stream().filter(t -> t.firesOn(verb, role)).toList();
        if (firing.stream().noneMatch(t -> t.timing() == 'I')) {
            return null;
        }
        List<Value> values = new ArrayList<>();
        for (int i = 0; parameters != null && i < parameters.size(); i++) {
            PgType type = parameterTypes != null && i < parameterTypes.size() && parameterTypes.get(i) != null
                    ? parameterTypes.get(i) : Types.TEXT;
            values.add(new Value(type, -1, parameters.get(i)));
        }
        InsteadOfDml dml = new InsteadOfDml(routines, view, verb, firing, text, values);
        return TriggeredDml.inSavepoint(routines, view, verb, () -> dml.run(stmt));
    }

    private record Change(Row oldRow, Row newRow) {
    }

    private Outcome run(Node stmt) {
        List<Change> changes;
        List<Node> returning;
        String alias;
        switch (stmt.getNodeCase()) {
            case INSERT_STMT -> {
                InsertStmt s = stmt.getInsertStmt();
                changes = inserted(s);
                returning = s.getReturningListList();
                alias = aliasOf(s.getRelation());
            }
            case UPDATE_STMT -> {
                UpdateStmt s = stmt.getUpdateStmt();
                changes = updated(s);
                returning = s.getReturningListList();
                alias = aliasOf(s.getRelation());
                if (!returning.isEmpty() && s.getFromClauseCount() > 0) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "pgmicro does not support RETURNING with FROM on a view with INSTEAD OF triggers yet");
                }
            }
            default -> {
                DeleteStmt s = stmt.getDeleteStmt();
                changes = deleted(s);
                returning = s.getReturningListList();
                alias = aliasOf(s.getRelation());
                if (!returning.isEmpty() && s.getUsingClauseCount() > 0) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "pgmicro does not support RETURNING with USING on a view with INSTEAD OF triggers yet");
                }
            }
        }
        statementTriggers('B');
        List<Row> done = new ArrayList<>();
        for (Change c : changes) {
            Row result = insteadOf(c);
            if (result != null) {
                done.add(result);
            }
        }
        statementTriggers('A');
        if (returning.isEmpty()) {
            return new Outcome(List.of(), List.of(), done.size());
        }
        return returning(returning, alias, done);
    }

    /** Fires the INSTEAD OF triggers for one row; returns the row they leave (null: the row was skipped). */
    private Row insteadOf(Change c) {
        Row current = verb.equals("DELETE") ? c.oldRow() : c.newRow();
        for (TriggerDef t : triggers) {
            if (t.timing() != 'I' || !t.forEachRow()) {
                continue;
            }
            Row newRow = verb.equals("DELETE") ? null : current;
            Row result = routines.fire(function(t), event(t, c.oldRow(), newRow));
            if (result == null) {
                return null;
            }
            if (!verb.equals("DELETE")) {
                current = TriggeredDml.conform(routines, view, result);
            }
        }
        return current;
    }

    private void statementTriggers(char timing) {
        for (TriggerDef t : triggers) {
            if (!t.forEachRow() && t.timing() == timing) {
                routines.fire(function(t), event(t, null, null));
            }
        }
    }

    // ---- the rows the statement changes ----------------------------------------------------------

    /** INSERT: the rows of its VALUES or query, placed in the view's columns (those not named are NULL). */
    private List<Change> inserted(InsertStmt s) {
        List<String> names = new ArrayList<>();
        for (Node n : s.getColsList()) {
            ResTarget col = n.getResTarget();
            if (col.getIndirectionCount() > 0) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro does not support subscripted or field targets on a view with INSTEAD OF triggers yet");
            }
            if (view.attribute(col.getName()) == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + col.getName() + "\" of relation \""
                        + view.name() + "\" does not exist").atLocation(col.getLocation());
            }
            names.add(col.getName());
        }
        if (names.isEmpty()) {
            for (AttributeDef a : view.attributes()) {
                names.add(a.name());
            }
        }
        List<Row> rows = new ArrayList<>();
        if (!s.hasSelectStmt()) {
            // DEFAULT VALUES: a view column without a default is NULL
            rows.add(row(List.of(), List.of(), new Object[0], 0));
        } else {
            Outcome o = query(s.getSelectStmt());
            if (o.columns().size() > names.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns");
            }
            if (o.columns().size() < names.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions");
            }
            for (Object[] values : o.rows()) {
                rows.add(row(names, o.columns(), values, 0));
            }
        }
        List<Change> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new Change(null, r));
        }
        return out;
    }

    /** UPDATE: each row of the view that it matches, as OLD, and the same row with SET applied, as NEW. */
    private List<Change> updated(UpdateStmt s) {
        List<Node> newValues = new ArrayList<>();
        for (AttributeDef a : view.attributes()) {
            newValues.add(null);
        }
        for (Node n : s.getTargetListList()) {
            ResTarget set = n.getResTarget();
            if (set.getIndirectionCount() > 0 || set.getVal().hasMultiAssignRef()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro does not support this SET form on a view with INSTEAD OF triggers yet");
            }
            int i = columnIndex(set.getName());
            if (i < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + set.getName() + "\" of relation \""
                        + view.name() + "\" does not exist").atLocation(set.getLocation());
            }
            if (newValues.get(i) != null) {
                throw new PgException(SqlState.SYNTAX_ERROR, "multiple assignments to same column \"" + set.getName() + "\"")
                        .atLocation(set.getLocation());
            }
            newValues.set(i, set.getVal());
        }
        String alias = aliasOf(s.getRelation());
        SelectStmt.Builder select = SelectStmt.newBuilder();
        for (AttributeDef a : view.attributes()) {
            select.addTargetList(target(column(alias, a.name())));
        }
        for (int i = 0; i < view.attributes().size(); i++) {
            Node value = newValues.get(i);
            select.addTargetList(target(value != null ? value : column(alias, view.attributes().get(i).name())));
        }
        select.addFromClause(Node.newBuilder().setRangeVar(s.getRelation())).addAllFromClause(s.getFromClauseList());
        if (s.hasWhereClause()) {
            select.setWhereClause(s.getWhereClause());
        }
        Outcome o = query(Node.newBuilder().setSelectStmt(select).build());
        List<String> names = columnNames();
        List<Change> out = new ArrayList<>();
        for (Object[] values : o.rows()) {
            out.add(new Change(row(names, o.columns(), values, 0), row(names, o.columns(), values, names.size())));
        }
        return out;
    }

    /** DELETE: each row of the view that it matches. */
    private List<Change> deleted(DeleteStmt s) {
        String alias = aliasOf(s.getRelation());
        SelectStmt.Builder select = SelectStmt.newBuilder();
        for (AttributeDef a : view.attributes()) {
            select.addTargetList(target(column(alias, a.name())));
        }
        select.addFromClause(Node.newBuilder().setRangeVar(s.getRelation())).addAllFromClause(s.getUsingClauseList());
        if (s.hasWhereClause()) {
            select.setWhereClause(s.getWhereClause());
        }
        Outcome o = query(Node.newBuilder().setSelectStmt(select).build());
        List<Change> out = new ArrayList<>();
        for (Object[] values : o.rows()) {
            out.add(new Change(row(columnNames(), o.columns(), values, 0), null));
        }
        return out;
    }

    /**
     * RETURNING, evaluated over the rows the triggers returned: each row is offered as
     * {@code (VALUES ($k+1, ...)) AS view(columns)} after the statement's own parameters.
     */
    private Outcome returning(List<Node> list, String alias, List<Row> rows) {
        int first = parameters.size() + 1;
        var values = io.pgmicro.parse.ast.List.newBuilder();
        Alias.Builder named = Alias.newBuilder().setAliasname(alias);
        for (int i = 0; i < view.attributes().size(); i++) {
            values.addItems(Node.newBuilder().setParamRef(ParamRef.newBuilder().setNumber(first + i).setLocation(-1)));
            named.addColnames(Node.newBuilder().setString(io.pgmicro.parse.ast.String.newBuilder()
                    .setSval(view.attributes().get(i).name())));
        }
        SelectStmt rowSource = SelectStmt.newBuilder().addValuesLists(Node.newBuilder().setList(values)).build();
        SelectStmt select = SelectStmt.newBuilder().addAllTargetList(list)
                .addFromClause(Node.newBuilder().setRangeSubselect(RangeSubselect.newBuilder()
                        .setSubquery(Node.newBuilder().setSelectStmt(rowSource)).setAlias(named)))
                .build();
        Row[] current = new Row[1];
        RoutineStatement statement = RoutineStatement.prepare(Node.newBuilder().setSelectStmt(select).build(), text,
                new Variables() {
                    @Override
                    public Supplier<Value> named(List<String> names) {
                        return null;
                    }

                    @Override
                    public Supplier<Value> positional(int n) {
                        if (n >= 1 && n < first) {
                            return () -> parameters.get(n - 1);
                        }
                        int field = n - first;
                        return field >= 0 && field < view.attributes().size() ? () -> current[0].values().get(field) : null;
                    }
                });
        List<Object[]> out = new ArrayList<>();
        List<Typed> columns = null;
        for (Row r : rows) {
            current[0] = r;
            Outcome o = statement.run(routines);
            columns = o.columns();
            out.addAll(o.rows());
        }
        if (columns == null) {
            // no row came back: the columns still have their types, from a row of NULLs
            current[0] = row(List.of(), List.of(), new Object[0], 0);
            columns = statement.run(routines).columns();
        }
        return new Outcome(columns, out, rows.size());
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** Runs a query of the statement (its $n are the statement's parameters). */
    private Outcome query(Node select) {
        RoutineStatement statement = RoutineStatement.prepare(select, text, new Variables() {
            @Override
            public Supplier<Value> named(List<String> names) {
                return null;
            }

            @Override
            public Supplier<Value> positional(int n) {
                return n >= 1 && n <= parameters.size() ? () -> parameters.get(n - 1) : null;
            }
        });
        return statement.run(routines);
    }

    /**
     * A row of the view: the named columns from {@code values} (starting at {@code offset}),
     * converted to the columns' types; the view's other columns NULL.
     */
    private Row row(List<String> names, List<Typed> types, Object[] values, int offset) {
        List<Value> typed = new ArrayList<>();
        for (AttributeDef a : view.attributes()) {
            PgType type = routines.runtime().catalog().type(a.typeOid());
            int i = names.indexOf(a.name());
            Value v = i < 0 ? new Value(type, a.typmod(), null)
                    : new Value(types.get(offset + i).type(), types.get(offset + i).typmod(), values[offset + i]);
            typed.add(v.type().oid() == Types.UNKNOWN.oid() ? new Value(Types.TEXT, -1, v.storage())
                    : v);
        }
        List<Value> assigned = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            AttributeDef a = view.attributes().get(i);
            assigned.add(routines.assign(typed.get(i), routines.runtime().catalog().type(a.typeOid()), a.typmod()));
        }
        return new Row(columnNames(), assigned);
    }

    private List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (AttributeDef a : view.attributes()) {
            names.add(a.name());
        }
        return names;
    }

    private int columnIndex(String name) {
        return columnNames().indexOf(name);
    }

    private static String aliasOf(RangeVar rv) {
        return rv.hasAlias() ? rv.getAlias().getAliasname() : rv.getRelname();
    }

    private static Node column(String qualifier, String name) {
        return Node.newBuilder().setColumnRef(ColumnRef.newBuilder()
                .addFields(Node.newBuilder().setString(io.pgmicro.parse.ast.String.newBuilder().setSval(qualifier)))
                .addFields(Node.newBuilder().setString(io.pgmicro.parse.ast.String.newBuilder().setSval(name)))
                .setLocation(-1)).build();
    }

    private static Node target(Node value) {
        return Node.newBuilder().setResTarget(ResTarget.newBuilder().setVal(value).setLocation(-1)).build();
    }

    private RoutineDef function(TriggerDef t) {
        return TriggeredDml.function(routines, t);
    }

    private TriggerEvent event(TriggerDef t, Row oldRow, Row newRow) {
        String when = t.timing() == 'I' ? "INSTEAD OF" : t.timing() == 'B' ? "BEFORE" : "AFTER";
        return new TriggerEvent(newRow, oldRow, t.name(), when, t.forEachRow() ? "ROW" : "STATEMENT", verb, view.oid(),
                view.name(), view.schema(), t.arguments());
    }
}
