package io.pgmicro.catalog.system;

/**
 * One database of the cluster a server serves, as pg_database lists it. A session
 * outside a server (the Session API, the JDBC driver, the CLI) belongs to no cluster and
 * sees only its own database.
 *
 * @param oid              pg_database.oid: PostgreSQL's own for template1 (1), template0 (4) and postgres (5)
 * @param template         datistemplate
 * @param allowConnections datallowconn (false for template0, as in PostgreSQL)
 */
public record ClusterDatabase(int oid, String name, boolean template, boolean allowConnections) {
}
