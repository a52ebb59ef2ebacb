package io.pgmicro.exec.functions;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * version(), the session's user names, and the random functions. current_database() and
 * current_schema() are the engine's (EngineFunctions registers them).
 */
final class SessionFunctions {
    /**
     * What version() answers. Tools parse the leading "PostgreSQL 15.x" to decide which
     * server features to use, so it must stay in PostgreSQL's shape.
     */
    static final String VERSION = "PostgreSQL 15.1 (pgmicro 0.1.0) on x86_64-pc-linux-gnu, compiled by pgmicro, 64-bit";

    private SessionFunctions() {
    }

    static void register(Registrar r, FunctionContext ctx) {
        r.lenient("pg_version", 0, a -> VERSION);
        r.varying("pg_current_user", 0, a -> ctx.currentUser());
        r.varying("pg_session_user", 0, a -> ctx.sessionUser());
        r.varying("pg_gen_random_uuid", 0, a -> UUID.randomUUID().toString());
        r.varying("pg_random", 0, a -> ThreadLocalRandom.current().nextDouble());
    }
}
