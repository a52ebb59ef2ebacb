package io.pgmicro.catalog.system;

/**
 * A cell of a system relation whose value is known only when the query runs (the
 * current database's name, a setting's current value): SQLite text placed in the
 * emitted VALUES list as it is.
 */
public record RuntimeValue(String sql) {
    static RuntimeValue currentDatabase() {
        return new RuntimeValue("pg_current_database()");
    }
}
