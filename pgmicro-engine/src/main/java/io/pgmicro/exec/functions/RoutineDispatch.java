package io.pgmicro.exec.functions;

import java.sql.Connection;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Registers {@code pg_routine_call(oid, args...)}, the one SQLite function through which
 * every call of a user-defined routine runs: the emitter writes calls to it, and the
 * session's routine executor answers them; and {@code pg_trigger_depth()}, which only that
 * executor knows.
 */
public final class RoutineDispatch {
    private RoutineDispatch() {
    }

    /**
     * @param triggerDepth how many trigger functions are running now, nested: pg_trigger_depth()
     */
    public static void register(Connection conn, Function<Object[], Object> routines, IntSupplier triggerDepth) {
        Registrar registrar = new Registrar(conn);
        registrar.reentrant("pg_routine_call", -1, routines::apply);
        registrar.varying("pg_trigger_depth", 0, args -> (long) triggerDepth.getAsInt());
    }
}
