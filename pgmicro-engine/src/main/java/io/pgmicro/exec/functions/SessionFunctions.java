package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.Random;
import java.util.UUID;

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
        // One generator per connection, so that setseed() makes this session's random() repeatable.
        Random random = new Random();
        r.varying("pg_random", 0, a -> random.nextDouble());
        r.varying("pg_setseed", 1, a -> {
            if (a[0] == null) {
                return null;
            }
            random.setSeed(seedOf(Args.float8(a[0])));
            return "";
        });
    }

    /** setseed takes a float8 in [-1, 1], as PostgreSQL's does; it is spread over the 64-bit seed space. */
    private static long seedOf(double seed) {
        if (!(seed >= -1 && seed <= 1)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "setseed parameter " + FloatText.format(seed)
                    + " is out of allowed range [-1,1]");
        }
        return (long) (seed * Long.MAX_VALUE);
    }
}
