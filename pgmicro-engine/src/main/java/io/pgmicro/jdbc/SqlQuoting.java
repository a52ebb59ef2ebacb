package io.pgmicro.jdbc;

/** Quoting of names and values in the few commands the driver composes itself. */
final class SqlQuoting {
    private SqlQuoting() {
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
