package io.pgmicro.clients;

import io.pgmicro.wire.DatabaseProvider;
import io.pgmicro.wire.PgServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * How a client reaches pgmicro: in the same JVM through jdbc:pgmicro:, or through the wire
 * server with pgjdbc, exactly as it would reach PostgreSQL. Each test gets a fresh, empty
 * database.
 */
enum ClientTarget {
    IN_PROCESS {
        @Override
        String url(String database) {
            return "jdbc:pgmicro:mem:" + database;
        }
    },
    WIRE {
        @Override
        String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + server().port() + "/" + database;
        }
    };

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PgServer server;

    abstract String url(String database);

    /** A new empty database, named after the client that uses it. */
    ClientDatabase newDatabase(String client) throws SQLException {
        return new ClientDatabase(url(client + DATABASES.incrementAndGet()));
    }

    /** One wire server for the whole run, stopped with the JVM; each database name is its own in-memory database. */
    private static synchronized PgServer server() {
        if (server == null) {
            server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0);
            PgServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return server;
    }

    /** A database a client works on: its URL, a DataSource for it, and a connection that keeps it alive until closed. */
    static final class ClientDatabase implements AutoCloseable {
        static final String USER = "postgres";

        private final String url;
        private final Connection anchor;
        private final Runnable dropped;

        private ClientDatabase(String url) throws SQLException {
            this(url, () -> { });
        }

        private ClientDatabase(String url, Runnable dropped) throws SQLException {
            this.url = url;
            this.anchor = DriverManager.getConnection(url, USER, "");
            this.dropped = dropped;
        }

        /**
         * A new empty database on the real PostgreSQL (see {@link PostgresServer}), dropped again
         * when closed, for tests that run the same steps on both to compare.
         */
        static ClientDatabase onPostgres(String client) throws SQLException {
            String name = "pgmicro_" + client + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
            try (Connection c = DriverManager.getConnection(PostgresServer.URL); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            String url = PostgresServer.URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            return new ClientDatabase(url, () -> {
                try (Connection c = DriverManager.getConnection(PostgresServer.URL); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not drop " + name + " on PostgreSQL", e);
                }
            });
        }

        String url() {
            return url;
        }

        DataSource dataSource() {
            return new DriverManagerDataSource(url, USER, "");
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, USER, "");
        }

        @Override
        public void close() throws SQLException {
            anchor.close();
            dropped.run();
        }
    }
}
