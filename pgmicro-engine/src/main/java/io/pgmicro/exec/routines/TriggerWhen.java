package io.pgmicro.exec.routines;

import com.google.protobuf.Message;
import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.ColumnRef;
import io.pgmicro.parse.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The checks PostgreSQL makes of a trigger's WHEN condition when the trigger is created. */
final class TriggerWhen {
    private static final Set<String> SYSTEM_COLUMNS = Set.of("tableoid", "ctid", "xmin", "cmin", "xmax", "cmax");

    private TriggerWhen() {
    }

    /**
     * Rejects a reference to OLD or NEW that the trigger's event cannot have, at the first
     * such reference (PostgreSQL reports them in the order they appear).
     */
    static void check(Node when, boolean forEachRow, boolean before, List<String> events) {
        List<ColumnRef> refs = new ArrayList<>();
        collect(when, refs);
        refs.sort(Comparator.comparingInt(ColumnRef::getLocation));
        for (ColumnRef ref : refs) {
            if (ref.getFieldsCount() < 2 || !ref.getFields(0).hasString()) {
                continue;
            }
            String record = ref.getFields(0).getString().getSval();
            if (!record.equals("old") && !record.equals("new")) {
                continue;
            }
            if (!forEachRow) {
                throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                        "statement trigger's WHEN condition cannot reference column values").atLocation(ref.getLocation());
            }
            if (record.equals("old") && events.contains("INSERT")) {
                throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                        "INSERT trigger's WHEN condition cannot reference OLD values").atLocation(ref.getLocation());
            }
            if (record.equals("new") && events.contains("DELETE")) {
                throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                        "DELETE trigger's WHEN condition cannot reference NEW values").atLocation(ref.getLocation());
            }
            String field = ref.getFields(1).hasString() ? ref.getFields(1).getString().getSval() : "";
            if (record.equals("new") && before && SYSTEM_COLUMNS.contains(field)) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "BEFORE trigger's WHEN condition cannot reference NEW system columns").atLocation(ref.getLocation());
            }
        }
    }

    private static void collect(Message m, List<ColumnRef> out) {
        if (m instanceof ColumnRef ref) {
            out.add(ref);
            return;
        }
        for (var entry : m.getAllFields().entrySet()) {
            Object v = entry.getValue();
            if (v instanceof Message child) {
                collect(child, out);
            } else if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Message child) {
                        collect(child, out);
                    }
                }
            }
        }
    }
}
