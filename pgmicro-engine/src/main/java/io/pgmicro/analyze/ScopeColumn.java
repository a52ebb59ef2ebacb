package io.pgmicro.analyze;

import io.pgmicro.types.PgType;

/**
 * A column visible to expressions: its PostgreSQL name and type, and the SQLite text
 * that refers to it in the emitted query.
 *
 * @param tableOid for a table column, the table's OID (for RowDescription); otherwise 0
 * @param attnum   for a table column, its attribute number; otherwise 0
 */
public record ScopeColumn(String name, PgType type, int typmod, String sql, int tableOid, int attnum) {
}
