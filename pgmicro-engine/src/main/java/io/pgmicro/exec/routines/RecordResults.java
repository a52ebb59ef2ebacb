package io.pgmicro.exec.routines;

import io.pgmicro.catalog.RoutineDef;
import io.pgmicro.catalog.UserFunctionSignatures;
import io.pgmicro.types.PgType;
import io.pgmicro.types.RecordText;
import io.pgmicro.types.Types;
import java.util.List;

/**
 * The value of a function whose result is a record (several OUT or TABLE columns, RETURNS
 * record): one row of columns becomes one record value, stored as record_out writes it, which
 * FROM expands back into columns and (f(...)).x reads one field of.
 */
public final class RecordResults {
    private RecordResults() {
    }

    /** Whether calls of this function give a record made of several columns (record, or a composite type). */
    public static boolean returnsRecord(Routines routines, RoutineDef def) {
        if (def.isProcedure()) {
            return false;
        }
        PgType type = routines.runtime().catalog().type(def.returnTypeOid());
        return def.returnTypeOid() == Types.RECORD.oid() || type != null && type.category() == 'C';
    }

    /** The record's fields when the function declares them (its OUT columns), else empty. */
    public static List<PgType.Field> fields(Routines routines, RoutineDef def) {
        PgType type = UserFunctionSignatures.resultType(routines.runtime().catalog(), def);
        return type == null ? List.of() : type.fields();
    }

    /**
     * One row as a record value; each column first takes its field's type (an assignment,
     * as PostgreSQL converts a function's result columns). The caller has checked that a
     * declared layout has as many fields as there are columns.
     */
    public static String of(Routines routines, List<PgType.Field> fields, List<Value> columns) {
        Object[] texts = new Object[columns.size()];
        for (int i = 0; i < texts.length; i++) {
            Value v = columns.get(i);
            if (!fields.isEmpty()) {
                v = routines.assign(v, fields.get(i).type(), fields.get(i).typmod());
            }
            texts[i] = v.isNull() ? null : v.type().output(v.storage(), routines.runtime().format());
        }
        return RecordText.format(texts);
    }
}
