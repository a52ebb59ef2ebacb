package io.pgmicro.clients;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The real PostgreSQL 15 the client tests compare with, when one is reachable (set
 * -Dpgmicro.oracle.url to point elsewhere). Without it the recorded expectations stand in.
 */
final class PostgresServer {
    static final String URL = System.getProperty("pgmicro.oracle.url",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private static Boolean reachable;

    private PostgresServer() {
    }

    static synchronized boolean reachable() {
        if (reachable == null) {
            DriverManager.setLoginTimeout(2);
            try (Connection ignored = DriverManager.getConnection(URL)) {
                reachable = true;
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    /** Whether this run writes the recorded expectations from PostgreSQL instead of checking them. */
    static boolean recording() {
        return Boolean.getBoolean("pgmicro.record");
    }
}
