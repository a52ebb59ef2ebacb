package io.pgmicro.exec.functions;

import java.sql.Connection;

/** INTERIM (replaced by the function library branch). */
public final class PgFunctions {
    private PgFunctions() {
    }

    public static void register(Connection conn, FunctionContext ctx) {
    }
}
