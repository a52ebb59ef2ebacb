package io.pgmicro.exec.functions;

import java.sql.Connection;
import java.util.function.Function;

/**
 * Registers {@code pg_routine_call(oid, args...)}, the one SQLite function through which
 * every call of a user-defined routine runs: the emitter writes calls to it, and the
 * session's routine executor answers them.
 */
public final class RoutineDispatch {
    private RoutineDispatch() {
    }

    public static void register(Connection conn, Function<Object[], Object> routines) {
        new Registrar(conn).reentrant("pg_routine_call", -1, routines::apply);
    }
}
