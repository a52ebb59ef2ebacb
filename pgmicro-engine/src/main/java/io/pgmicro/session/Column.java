package io.pgmicro.session;

import io.pgmicro.types.PgType;

/**
 * One column of a statement's result, as a RowDescription describes it.
 *
 * @param tableOid the OID of the table the column comes from, 0 if it is computed
 * @param attnum   its attribute number in that table, 0 if it is computed
 */
public record Column(String name, PgType type, int typmod, int tableOid, short attnum) {
    public Column(String name, PgType type, int typmod) {
        this(name, type, typmod, 0, (short) 0);
    }
}
