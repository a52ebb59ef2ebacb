package io.pgmicro.exec.plpgsql;

import io.pgmicro.exec.routines.Value;
import io.pgmicro.types.PgType;
import java.util.List;

/**
 * One of a function's variables as PL/pgSQL's compiler numbers them (dno): a scalar
 * with its declared type, a record, or a field of a record (an assignment target).
 *
 * @param kind      'v' scalar, 'r' record, 'f' record field, 'w' row of targets (SELECT INTO a, b)
 * @param name      the name the body uses (for a field, the field name)
 * @param type      for scalars, the declared type
 * @param parent    for fields, the record's dno
 * @param fields    for rows of targets, their dnos
 * @param defaultExpr for DECLAREd scalars, the DEFAULT / := expression text, or null
 * @param rowType   for %ROWTYPE records, the column names and types of an all-NULL row to start with
 */
record Datum(char kind, String name, PgType type, int typmod, int parent, List<Integer> fields, String defaultExpr,
             boolean constant, boolean notNull, Row rowType) {
    Value nullValue() {
        return new Value(type, typmod, null);
    }
}
