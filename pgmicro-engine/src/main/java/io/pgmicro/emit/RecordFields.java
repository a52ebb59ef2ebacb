package io.pgmicro.emit;

import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.Typed;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;

/**
 * Reading fields out of a record value. A record is stored as its record_out text, so a
 * field is its text at that position, converted back to the field's type.
 */
final class RecordFields {
    private RecordFields() {
    }

    /** Field {@code index} of a record whose SQL is {@code recordSql}, as a value of the field's type. */
    static Typed field(ExprTranslator exprs, String recordSql, PgType.Field field, int index) {
        Typed text = Typed.of("pg_record_field(" + recordSql + ", " + index + ")", Types.TEXT);
        if (field.type().equals(Types.UNKNOWN)) {
            // a ROW(...) field written as an untyped literal: its text, which a cast reads with the target's input
            return text.withName(field.name());
        }
        return exprs.castSql(text, field.type(), field.typmod(), Coercion.Context.EXPLICIT).withName(field.name());
    }
}
