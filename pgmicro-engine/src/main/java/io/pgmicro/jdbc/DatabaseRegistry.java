package io.pgmicro.jdbc;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.session.Database;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The databases this JVM's connections have open, so that every connection to
 * {@code jdbc:pgmicro:mem:NAME} (or to one file) works on the same Database. Each open
 * connection holds a lease; the database is closed, and a named in-memory one forgotten
 * with its data, when the last lease is given back. A private in-memory database belongs to
 * its one connection and is never shared.
 */
public final class DatabaseRegistry {
    static final DatabaseRegistry JVM = new DatabaseRegistry();
    /** What current_database() reports in a private in-memory database, as in PostgreSQL's default database. */
    private static final String PRIVATE_NAME = "postgres";

    private final Map<String, Shared> open = new HashMap<>();

    /** A connection's hold on a database; give it back exactly once, when the connection closes. */
    public interface Lease {
        Database database();

        void release();
    }

    private static final class Shared {
        final Database database;
        int leases;

        Shared(Database database) {
            this.database = database;
        }
    }

    Lease acquire(ConnectionUrl url) {
        List<String> initScripts = InitScripts.of(url);
        if (url.kind() == ConnectionUrl.Kind.FILE && !initScripts.isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "the " + InitScripts.PROPERTY
                    + " property is for in-memory databases: a database file keeps its schema between connections");
        }
        if (url.kind() == ConnectionUrl.Kind.PRIVATE_MEMORY) {
            Database database = newMemory(PRIVATE_NAME, initScripts);
            return lease(database, database::close);
        }
        String key = url.kind() + ":" + url.name();
        synchronized (this) {
            Shared shared = open.get(key);
            if (shared == null) {
                // A named in-memory database reports its name as current_database().
                shared = new Shared(url.kind() == ConnectionUrl.Kind.FILE
                        ? Database.open(url.name()) : newMemory(url.name(), initScripts));
                open.put(key, shared);
            }
            shared.leases++;
            Shared held = shared;
            return lease(held.database, () -> giveBack(key, held));
        }
    }

    private static Database newMemory(String name, List<String> initScripts) {
        return initScripts.isEmpty() ? Database.openMemory(name) : InitScripts.newDatabase(initScripts, name);
    }

    /**
     * Holds the database that {@code jdbcUrl} names open, as a connection to it does, until the
     * lease is given back: for code outside the driver that serves or inspects the same database
     * the application's connections use (a wire server for a {@code jdbc:pgmicro:} DataSource).
     *
     * @throws SQLException for a malformed URL, or a private in-memory one, which no one else could reach
     */
    public static Lease hold(String jdbcUrl) throws SQLException {
        ConnectionUrl url = ConnectionUrl.parse(jdbcUrl, null);
        if (url.kind() == ConnectionUrl.Kind.PRIVATE_MEMORY) {
            throw new SQLException("\"" + jdbcUrl + "\" is a private in-memory database, which belongs to one connection:"
                    + " name it (jdbc:pgmicro:mem:NAME) to share it", "08001");
        }
        try {
            return JVM.acquire(url);
        } catch (PgException e) {
            throw Errors.server(e);
        }
    }

    /** A database made reachable by {@link #register}; closing it gives back its lease. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Makes {@code database}, opened by the caller (a test fixture's copy of a template, say),
     * reachable as {@code jdbc:pgmicro:mem:NAME}. The registration holds a lease as a connection
     * does, so the database is closed once it and every connection made through the URL are.
     *
     * @throws IllegalStateException when a database of that name is already open
     */
    public static Registration register(String name, Database database) {
        String key = ConnectionUrl.Kind.NAMED_MEMORY + ":" + name;
        synchronized (JVM) {
            if (JVM.open.containsKey(key)) {
                throw new IllegalStateException("a database named \"" + name + "\" is already open");
            }
            Shared shared = new Shared(database);
            shared.leases = 1;
            JVM.open.put(key, shared);
            Lease lease = lease(database, () -> JVM.giveBack(key, shared));
            return lease::release;
        }
    }

    /** How many connections hold the named database; 0 when it is not open. */
    synchronized int leases(ConnectionUrl url) {
        Shared shared = open.get(url.kind() + ":" + url.name());
        return shared == null ? 0 : shared.leases;
    }

    private synchronized void giveBack(String key, Shared shared) {
        if (--shared.leases == 0) {
            open.remove(key);
            shared.database.close();
        }
    }

    private static Lease lease(Database database, Runnable release) {
        return new Lease() {
            private boolean released;

            @Override
            public Database database() {
                return database;
            }

            @Override
            public synchronized void release() {
                if (!released) {
                    released = true;
                    release.run();
                }
            }
        };
    }
}
