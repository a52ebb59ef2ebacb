package io.pgmicro.spring;

import java.util.Map;

/**
 * The Flyway setting pgmicro needs: the session-level advisory lock. With its PostgreSQL default,
 * a transactional lock, Flyway runs a migration on one connection and records it on another
 * before the first commits; pgmicro lets one connection write at a time (SQLite's single
 * writer), so the second write waits for a commit that comes only after it. The session-level
 * lock makes Flyway use one connection, and works the same on PostgreSQL.
 */
public final class PgMicroFlywayDefaults {
    /** Spring Boot's property for the lock; set by the application, it wins over pgmicro's default. */
    public static final String BOOT_PROPERTY = "spring.flyway.postgresql.transactional-lock";
    /** Flyway's own configuration key for it. */
    public static final Map<String, String> SESSION_LOCK = Map.of("flyway.postgresql.transactional.lock", "false");

    private PgMicroFlywayDefaults() {
    }
}
