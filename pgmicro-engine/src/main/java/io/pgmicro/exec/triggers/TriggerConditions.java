package io.pgmicro.exec.triggers;

import io.pgmicro.catalog.TriggerDef;
import io.pgmicro.exec.plpgsql.Row;
import io.pgmicro.exec.routines.Outcome;
import io.pgmicro.exec.routines.RoutineStatement;
import io.pgmicro.exec.routines.Routines;
import io.pgmicro.exec.routines.Value;
import io.pgmicro.exec.routines.Variables;
import io.pgmicro.parse.Parser;
import io.pgmicro.types.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Triggers' WHEN conditions, evaluated with NEW and OLD of the row at hand. */
final class TriggerConditions {
    private final Routines routines;
    private final Map<Integer, RoutineStatement> compiled = new HashMap<>();
    private Row oldRow;
    private Row newRow;

    TriggerConditions(Routines routines) {
        this.routines = routines;
    }

    boolean holds(TriggerDef t, Row oldValues, Row newValues) {
        if (t.when() == null) {
            return true;
        }
        oldRow = oldValues;
        newRow = newValues;
        RoutineStatement s = compiled.computeIfAbsent(t.oid(), k -> {
            String text = "SELECT " + t.when();
            return RoutineStatement.prepare(Parser.parse(text).statements().get(0).getStmt(), text, rows());
        });
        Outcome o = s.run(routines);
        Value v = routines.assign(new Value(o.columns().get(0).type(), -1, o.rows().get(0)[0]), Types.BOOL, -1);
        return v.storage() != null && ((Number) v.storage()).longValue() != 0;
    }

    private Variables rows() {
        return new Variables() {
            @Override
            public Supplier<Value> named(List<String> names) {
                if (names.size() != 2 || !(names.get(0).equals("new") || names.get(0).equals("old"))) {
                    return null;
                }
                boolean isNew = names.get(0).equals("new");
                String field = names.get(1);
                if (field.equals("*")) {
                    return () -> (isNew ? newRow : oldRow).asRecord(routines.runtime().format());
                }
                return () -> {
                    Row r = isNew ? newRow : oldRow;
                    Value v = r == null ? null : r.field(field);
                    return v != null ? v : new Value(Types.TEXT, -1, null);
                };
            }

            @Override
            public List<String> fields(String record) {
                Row r = record.equals("new") ? newRow : record.equals("old") ? oldRow : null;
                return r == null ? null : r.names();
            }

            @Override
            public Supplier<Value> positional(int n) {
                return null;
            }
        };
    }
}
