package io.pgmicro.exec.triggers;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.RoutineDef;
import io.pgmicro.catalog.TriggerDef;
import io.pgmicro.emit.DmlTranslator;
import io.pgmicro.emit.RowTargets;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.exec.SqliteErrors;
import io.pgmicro.exec.plpgsql.Row;
import io.pgmicro.exec.routines.Outcome;
import io.pgmicro.exec.routines.Routines;
import io.pgmicro.exec.routines.Value;
import io.pgmicro.types.PgType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An INSERT, UPDATE or DELETE on a table with triggers. SQLite's own triggers cannot
 * change the row being written (PostgreSQL's BEFORE ROW triggers can, or skip it), so
 * pgmicro runs such a statement itself, one row at a time: it reads the rows the
 * statement would write, passes each through the BEFORE ROW triggers, writes what they
 * return, and fires the AFTER ROW triggers once every row is written, then the AFTER
 * STATEMENT ones. All of it runs inside one savepoint, so a trigger's error undoes the
 * whole statement. Tables without triggers never come here.
 */
public final class TriggeredDml {
    private final Routines routines;
    private final DmlTranslator.DmlSql d;
    private final RowTargets targets;
    private final List<Object> parameters;
    private final RelationDef table;
    private final List<TriggerDef> triggers;
    private final TriggerConditions conditions;

    public TriggeredDml(Routines routines, DmlTranslator.DmlSql d, RowTargets targets, List<Object> parameters) {
        this.routines = routines;
        this.d = d;
        this.targets = targets;
        this.parameters = parameters == null ? List.of() : parameters;
        this.table = d.table();
        this.triggers = firing(routines, d);
        this.conditions = new TriggerConditions(routines);
    }

    /** Whether the statement's table has an enabled trigger for its event. */
    public static boolean applies(Routines routines, DmlTranslator.DmlSql d) {
        return d.table() != null && !firing(routines, d).isEmpty();
    }

    /** The table's triggers that fire on the statement's event in the session's replication role. */
    private static List<TriggerDef> firing(Routines routines, DmlTranslator.DmlSql d) {
        String role = routines.runtime().setting("session_replication_role");
        return routines.runtime().catalog().triggersOf(d.table().oid()).stream()
                .filter(t -> t.firesOn(d.verb(), role)).toList();
    }

    public Outcome run() {
        if (targets == null && triggers.stream().anyMatch(TriggerDef::forEachRow)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "pgmicro does not support RETURNING with FROM or USING on a table with row triggers yet");
        }
        return inSavepoint(routines, table, d.verb(), this::fireAround);
    }

    /** Runs a statement and its triggers inside one savepoint, so that a trigger's error undoes all of it. */
    static Outcome inSavepoint(Routines routines, RelationDef table, String verb, java.util.function.Supplier<Outcome> body) {
        java.sql.Connection conn = routines.runtime().connection();
        String savepoint = "_pgmicro_triggers";
        try {
            QueryRunner.execute(conn, "SAVEPOINT " + savepoint);
            Outcome o = body.get();
            QueryRunner.execute(conn, "RELEASE " + savepoint);
            return o;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, routines.runtime().catalog(), table, verb);
        } catch (RuntimeException e) {
            try {
                QueryRunner.execute(conn, "ROLLBACK TO " + savepoint);
                QueryRunner.execute(conn, "RELEASE " + savepoint);
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    private Outcome fireAround() {
        statementTriggers('B');
        boolean rowTriggers = triggers.stream().anyMatch(TriggerDef::forEachRow);
        Outcome o = rowTriggers ? rowByRow() : whole();
        statementTriggers('A');
        return o;
    }

    private Outcome whole() {
        try {
            if (d.returning() != null) {
                List<Object[]> rows = QueryRunner.query(connection(), d.sql(), parameters, d.returning().size());
                return new Outcome(d.returning(), rows, rows.size());
            }
            return new Outcome(List.of(), List.of(), QueryRunner.update(connection(), d.sql(), parameters));
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, routines.runtime().catalog(), table, d.verb());
        }
    }

    private void statementTriggers(char timing) {
        for (TriggerDef t : triggers) {
            if (!t.forEachRow() && t.timing() == timing && updateOfMatches(t)) {
                routines.fire(function(t), event(t, null, null));
            }
        }
    }

    /** UPDATE OF columns fires only when SET names one of them. */
    private boolean updateOfMatches(TriggerDef t) {
        return !d.verb().equals("UPDATE") || t.updateColumns().isEmpty()
                || t.updateColumns().stream().anyMatch(targets.assigned()::contains);
    }

    private record Change(Row oldRow, Row newRow, long rowid) {
    }

    private Outcome rowByRow() {
        List<Change> changes = plannedChanges();
        List<Object[]> returned = new ArrayList<>();
        List<Change> written = new ArrayList<>();
        for (Change c : changes) {
            Change change = c;
            boolean skipped = false;
            for (TriggerDef t : triggers) {
                if (t.forEachRow() && t.timing() == 'B' && updateOfMatches(t)
                        && conditions.holds(t, change.oldRow(), change.newRow())) {
                    Row result = routines.fire(function(t), event(t, change.oldRow(), change.newRow()));
                    if (result == null) {
                        skipped = true;
                        break;
                    }
                    if (!d.verb().equals("DELETE")) {
                        change = new Change(change.oldRow(), conform(routines, table, result), change.rowid());
                    }
                }
            }
            if (skipped) {
                continue;
            }
            if (write(change, returned)) {
                written.add(change);
            }
        }
        for (Change c : written) {
            for (TriggerDef t : triggers) {
                if (t.forEachRow() && t.timing() == 'A' && updateOfMatches(t) && conditions.holds(t, c.oldRow(), c.newRow())) {
                    if (t.constraint() && routines.constraintModes().deferred(t.oid(), t.deferrable(), t.deferred())) {
                        routines.deferredTriggers().add(t, event(t, c.oldRow(), c.newRow()));
                    } else {
                        routines.fire(function(t), event(t, c.oldRow(), c.newRow()));
                    }
                }
            }
        }
        return new Outcome(d.returning() != null ? d.returning() : List.of(), returned, written.size());
    }

    /** The rows the statement would change, read before any is written (as PostgreSQL's snapshot sees them). */
    private List<Change> plannedChanges() {
        List<Change> out = new ArrayList<>();
        try {
            switch (d.verb()) {
                case "INSERT" -> {
                    for (Object[] values : QueryRunner.query(connection(), targets.rowsQuery(), parameters, targets.columns().size())) {
                        out.add(new Change(null, row(targets.columns(), values, 0), 0));
                    }
                }
                case "UPDATE" -> {
                    for (Object[] values : QueryRunner.query(connection(), targets.rowsQuery(), parameters,
                            targets.columns().size() + 1)) {
                        long rowid = ((Number) values[0]).longValue();
                        out.add(new Change(storedRow(rowid), row(targets.columns(), values, 1), rowid));
                    }
                }
                default -> {
                    for (Object[] values : QueryRunner.query(connection(), targets.rowsQuery(), parameters, 1)) {
                        long rowid = ((Number) values[0]).longValue();
                        out.add(new Change(storedRow(rowid), null, rowid));
                    }
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, routines.runtime().catalog(), table, d.verb());
        }
        return out;
    }

    private boolean write(Change c, List<Object[]> returned) {
        // the statement's own parameters keep their numbers; the row's values follow them
        List<Object> values = new ArrayList<>(parameters);
        int first = values.size() + 1;
        if (c.newRow() != null) {
            for (String column : targets.columns()) {
                values.add(c.newRow().field(column).storage());
            }
        }
        if (!d.verb().equals("INSERT")) {
            values.add(c.rowid());
        }
        String sql = targets.writeOne(table.sqliteName(), first);
        try {
            if (d.returning() != null) {
                List<Object[]> rows = QueryRunner.query(connection(), sql, values, d.returning().size());
                returned.addAll(rows);
                return !rows.isEmpty();
            }
            return QueryRunner.update(connection(), sql, values) > 0;
        } catch (SQLException e) {
            PgException error = SqliteErrors.translate(e, routines.runtime().catalog(), table, d.verb());
            if (c.newRow() == null) {
                throw error;
            }
            List<String> literals = new ArrayList<>();
            for (String column : targets.columns()) {
                literals.add(io.pgmicro.emit.SqlText.literal(c.newRow().field(column).storage()));
            }
            throw routines.explained(error, table, new DmlTranslator.InsertedRows(targets.columns(), List.of(literals),
                    d.verb().equals("UPDATE") ? targets.assigned() : null), List.of());
        }
    }

    private Row storedRow(long rowid) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (AttributeDef a : table.attributes()) {
            names.add(a.name());
            columns.add(io.pgmicro.emit.SqlText.ident(a.name()));
        }
        List<Object[]> rows = QueryRunner.query(connection(), "SELECT " + String.join(", ", columns) + " FROM "
                + io.pgmicro.emit.SqlText.ident(table.sqliteName()) + " WHERE rowid = ?1", List.of(rowid), names.size());
        return row(names, rows.get(0), 0);
    }

    /** A row of the table from storage values, each with its column's type. */
    private Row row(List<String> names, Object[] values, int offset) {
        List<Value> typed = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            AttributeDef a = table.attribute(names.get(i));
            typed.add(new Value(type(a), a.typmod(), values[offset + i]));
        }
        return new Row(names, typed);
    }

    /** A trigger's returned row, with each column's value as the column's type. */
    static Row conform(Routines routines, RelationDef table, Row returned) {
        List<String> names = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        for (AttributeDef a : table.attributes()) {
            Value v = returned.field(a.name());
            if (v == null) {
                throw new PgException(SqlState.DATATYPE_MISMATCH,
                        "returned row structure does not match the structure of the triggering table");
            }
            names.add(a.name());
            values.add(routines.assign(v, routines.runtime().catalog().type(a.typeOid()), a.typmod()));
        }
        return new Row(names, values);
    }

    private PgType type(AttributeDef a) {
        return routines.runtime().catalog().type(a.typeOid());
    }

    private RoutineDef function(TriggerDef t) {
        return function(routines, t);
    }

    static RoutineDef function(Routines routines, TriggerDef t) {
        RoutineDef f = routines.runtime().catalog().routine(t.functionOid());
        if (f == null) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function of trigger \"" + t.name() + "\" does not exist");
        }
        return f;
    }

    private TriggerEvent event(TriggerDef t, Row oldRow, Row newRow) {
        return new TriggerEvent(newRow, oldRow, t.name(), t.timing() == 'B' ? "BEFORE" : "AFTER",
                t.forEachRow() ? "ROW" : "STATEMENT", d.verb(), table.oid(), table.name(), table.schema(), t.arguments());
    }

    private java.sql.Connection connection() {
        return routines.runtime().connection();
    }
}
