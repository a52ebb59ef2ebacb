package io.pgmicro.catalog.system;

/**
 * One database of the cluster a server serves, as pg_database lists it. A session
 * outside a server (the Session API, the JDBC driver, the CLI) belongs to no cluster and
 * sees only its own database.
 *
 * @param oid              pg_database.oid: PostgreSQL's own for template1 (1), template0 (4) and postgres (5)
 * @param template         datistemplate
 * @param allowConnections datallowconn (false for template0, as in PostgreSQL)
 * @param settings         what ALTER DATABASE ... SET gave it (pg_db_role_setting), by setting name
 */
public record ClusterDatabase(int oid, String name, boolean template, boolean allowConnections,
                              java.util.Map<String, String> settings) {
    public ClusterDatabase(int oid, String name, boolean template, boolean allowConnections) {
        this(oid, name, template, allowConnections, java.util.Map.of());
    }

    public ClusterDatabase {
        // in the order they were set, which is the order pg_db_role_setting lists them in
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
    }

    public ClusterDatabase withSettings(java.util.Map<String, String> newSettings) {
        return new ClusterDatabase(oid, name, template, allowConnections, newSettings);
    }
}
