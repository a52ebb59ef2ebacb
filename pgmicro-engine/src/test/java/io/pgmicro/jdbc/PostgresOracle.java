package io.pgmicro.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The real PostgreSQL the contract tests compare against, when one is running. */
final class PostgresOracle {
    static final String URL = System.getProperty("pgmicro.oracle.url",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    static final String SKIP_MESSAGE = "PostgreSQL is not reachable at " + URL
            + " (set -Dpgmicro.oracle.url to point elsewhere); the pgjdbc half of this test is skipped";

    private static Boolean reachable;

    private PostgresOracle() {
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
}
