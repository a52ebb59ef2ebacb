package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.TypeDisplay;
import io.pgmicro.analyze.Typed;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's choice of one type for UNION, CASE, COALESCE, VALUES, IN and ARRAY[]
 * (select_common_type): unknowns alone become text; otherwise the first known type
 * gives way to a later one it converts to implicitly, preferring the category's
 * preferred type; mixing categories is an error.
 */
final class TypeUnifier {
    private TypeUnifier() {
    }

    record Unified(PgType type, int typmod, List<Typed> values) {
    }

    static PgType commonType(List<Typed> values, String context) {
        PgType chosen = null;
        Typed chosenFrom = null;
        for (Typed v : values) {
            if (v.isUnknown()) {
                continue;
            }
            PgType t = v.type();
            if (chosen == null) {
                chosen = t;
                chosenFrom = v;
                continue;
            }
            if (t.equals(chosen)) {
                continue;
            }
            if (t.category() != chosen.category()) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, context + " types " + TypeDisplay.name(chosen)
                        + " and " + TypeDisplay.name(t) + " cannot be matched").atLocation(v.location());
            }
            boolean toNew = Coercion.canCoerce(chosen, t, Coercion.Context.IMPLICIT);
            boolean toOld = Coercion.canCoerce(t, chosen, Coercion.Context.IMPLICIT);
            if (!chosen.preferred() && toNew && !toOld) {
                chosen = t;
                chosenFrom = v;
            }
        }
        return chosen == null ? Types.TEXT : chosen;
    }

    static Unified unify(List<Typed> values, String context, ExprTranslator exprs) {
        PgType type = commonType(values, context);
        List<Typed> out = new ArrayList<>();
        int typmod = -2;
        for (Typed v : values) {
            if (!v.isUnknown() && !v.type().equals(type) && !Coercion.canCoerce(v.type(), type, Coercion.Context.IMPLICIT)) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, context + " could not convert type "
                        + TypeDisplay.name(v.type()) + " to " + TypeDisplay.name(type)).atLocation(v.location());
            }
            Typed c = exprs.coerce(v, type, -1, Coercion.Context.IMPLICIT, null);
            out.add(c);
            if (!v.isUnknown()) {
                typmod = typmod == -2 ? v.typmod() : (typmod == v.typmod() ? typmod : -1);
            }
        }
        return new Unified(type, typmod == -2 ? -1 : typmod, out);
    }
}
