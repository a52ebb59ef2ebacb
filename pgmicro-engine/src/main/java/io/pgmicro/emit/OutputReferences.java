package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.Typed;
import io.pgmicro.parse.ast.Node;
import java.util.List;

/**
 * ORDER BY and GROUP BY may name an output column or give its position
 * (ORDER BY 2, ORDER BY total); this finds such references.
 */
final class OutputReferences {
    private OutputReferences() {
    }

    /** The output column the key refers to, or null if the key is an expression over the input. */
    static Typed find(Node key, List<Typed> outputs, String clause) {
        if (key.hasAConst() && key.getAConst().hasIval()) {
            int position = key.getAConst().getIval().getIval();
            if (position < 1 || position > outputs.size()) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, clause + " position " + position
                        + " is not in select list").atLocation(key.getAConst().getLocation());
            }
            return outputs.get(position - 1);
        }
        if (key.hasColumnRef() && key.getColumnRef().getFieldsCount() == 1 && key.getColumnRef().getFields(0).hasString()) {
            String name = key.getColumnRef().getFields(0).getString().getSval();
            Typed found = null;
            for (Typed t : outputs) {
                if (t.name().equals(name)) {
                    if (found != null && !found.sql().equals(t.sql())) {
                        throw new PgException(SqlState.AMBIGUOUS_COLUMN, clause + " \"" + name + "\" is ambiguous")
                                .atLocation(key.getColumnRef().getLocation());
                    }
                    found = t;
                }
            }
            return found;
        }
        return null;
    }
}
