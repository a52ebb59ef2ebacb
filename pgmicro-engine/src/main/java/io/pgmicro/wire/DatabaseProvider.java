package io.pgmicro.wire;

import io.pgmicro.session.Database;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps the database name of a startup packet to the database its connection uses.
 * {@link #memory()} gives each name its own in-memory database, made on first use;
 * {@link #of(Database)} serves one database under every name (file mode: the file is
 * the database, whatever name the client asks for).
 */
public interface DatabaseProvider extends AutoCloseable {
    Database database(String name);

    /** Closes the databases this provider opened itself. */
    @Override
    void close();

    /** Each name its own in-memory database, created when a client first asks for it. */
    static DatabaseProvider memory() {
        Map<String, Database> databases = new ConcurrentHashMap<>();
        return new DatabaseProvider() {
            @Override
            public Database database(String name) {
                return databases.computeIfAbsent(name, Database::openMemory);
            }

            @Override
            public void close() {
                databases.values().forEach(Database::close);
                databases.clear();
            }
        };
    }

    /** The given database under every name; the caller keeps ownership and closes it. */
    static DatabaseProvider of(Database database) {
        return new DatabaseProvider() {
            @Override
            public Database database(String name) {
                return database;
            }

            @Override
            public void close() {
            }
        };
    }

    /** ":memory:" for {@link #memory()}, otherwise the database file at this path, opened now and closed with the provider. */
    static DatabaseProvider open(String location) {
        if (location == null || location.isEmpty() || location.equals(":memory:")) {
            return memory();
        }
        Database database = Database.open(location);
        return new DatabaseProvider() {
            @Override
            public Database database(String name) {
                return database;
            }

            @Override
            public void close() {
                database.close();
            }
        };
    }
}
