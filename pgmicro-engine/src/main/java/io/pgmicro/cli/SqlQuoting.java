package io.pgmicro.cli;

/** Quoting of values interpolated into SQL, as psql's :'var' and :"var" do it. */
final class SqlQuoting {
    private SqlQuoting() {
    }

    /** A string literal; one holding backslashes becomes an E'' literal with them doubled, like PQescapeLiteral. */
    static String literal(String value) {
        boolean backslash = value.indexOf('\\') >= 0;
        String body = value.replace("'", "''");
        return backslash ? " E'" + body.replace("\\", "\\\\") + "'" : "'" + body + "'";
    }

    static String identifier(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
