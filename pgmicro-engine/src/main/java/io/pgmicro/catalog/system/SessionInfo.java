package io.pgmicro.catalog.system;

import java.util.List;

/**
 * What system relations and catalog functions need from the session: its search_path
 * and its run-time settings. The session implements it (see CatalogFunctions for the
 * run-time side); {@link #of(List)} serves analysis, which knows only the path.
 */
public interface SessionInfo {
    /** The schemas of search_path as written, "$user" included. */
    List<String> searchPath();

    /** A setting's current value, or null when the parameter is unknown. */
    String setting(String name);

    /** set_config: changes a setting for the session or, with {@code local}, for the transaction. */
    void setSetting(String name, String value, boolean local);

    /** The databases of the server's cluster (pg_database); empty outside a server, where a session sees only its own. */
    default List<ClusterDatabase> clusterDatabases() {
        return List.of();
    }

    /** The session's prepared statements (pg_prepared_statements). */
    default List<PreparedStatementInfo> preparedStatements() {
        return List.of();
    }

    /** The session's open cursors (pg_cursors). */
    default List<CursorInfo> cursors() {
        return List.of();
    }

    static SessionInfo of(List<String> searchPath) {
        return of(searchPath, List.of(), List.of());
    }

    /** What analysis knows: the search path, the cluster's databases and the session's prepared statements. */
    static SessionInfo of(List<String> searchPath, List<ClusterDatabase> cluster, List<PreparedStatementInfo> prepared) {
        return of(searchPath, cluster, prepared, List.of());
    }

    /** ... and its open cursors. */
    static SessionInfo of(List<String> searchPath, List<ClusterDatabase> cluster, List<PreparedStatementInfo> prepared,
                          List<CursorInfo> cursors) {
        return new SessionInfo() {
            @Override
            public List<CursorInfo> cursors() {
                return cursors;
            }

            @Override
            public List<ClusterDatabase> clusterDatabases() {
                return cluster;
            }

            @Override
            public List<PreparedStatementInfo> preparedStatements() {
                return prepared;
            }

            @Override
            public List<String> searchPath() {
                return searchPath;
            }

            @Override
            public String setting(String name) {
                return name.equalsIgnoreCase("search_path") ? String.join(", ", searchPath) : FixedSettings.value(name);
            }

            @Override
            public void setSetting(String name, String value, boolean local) {
                throw new UnsupportedOperationException("settings are read-only during analysis");
            }
        };
    }
}
