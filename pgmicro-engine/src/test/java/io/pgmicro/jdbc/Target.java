package io.pgmicro.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A driver and database the contract tests run on: pgmicro through jdbc:pgmicro:, and the real
 * PostgreSQL through pgjdbc. The same assertions must hold on both, which is what shows that
 * a behaviour is PostgreSQL's and not an accident of this driver. Each test gets a database of
 * its own: a fresh named in-memory database on pgmicro, a fresh schema on PostgreSQL.
 */
enum Target {
    PGMICRO {
        @Override
        TestDatabase newDatabase() throws SQLException {
            return new TestDatabase("jdbc:pgmicro:mem:contract" + COUNTER.incrementAndGet(), null);
        }
    },
    POSTGRESQL {
        @Override
        TestDatabase newDatabase() throws SQLException {
            Assumptions.assumeTrue(PostgresOracle.reachable(), PostgresOracle.SKIP_MESSAGE);
            String schema = "jdbc_contract_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
            try (Connection admin = DriverManager.getConnection(PostgresOracle.URL);
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            return new TestDatabase(PostgresOracle.URL + "&currentSchema=" + schema, schema);
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    abstract TestDatabase newDatabase() throws SQLException;

    /** One isolated database: connect to it as often as needed, close it when done. */
    static final class TestDatabase implements AutoCloseable {
        private final String url;
        private final String schema;
        private final Connection anchor;

        private TestDatabase(String url, String schema) throws SQLException {
            this.url = url;
            this.schema = schema;
            // Keeps a named in-memory database alive between the test's own connections.
            this.anchor = DriverManager.getConnection(url);
        }

        String url() {
            return url;
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        /** The schema the test's connections create in: their own on PostgreSQL, public on pgmicro. */
        String currentSchema() {
            return schema == null ? "public" : schema;
        }

        /** Runs statements on a connection of its own, for setting up a test. */
        void run(String... sql) throws SQLException {
            try (Statement statement = anchor.createStatement()) {
                for (String s : sql) {
                    statement.execute(s);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            try (anchor; Statement statement = anchor.createStatement()) {
                if (schema != null) {
                    statement.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }
}
