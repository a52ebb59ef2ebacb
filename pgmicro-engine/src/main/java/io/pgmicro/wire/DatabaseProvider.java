package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.system.ClusterDatabase;
import io.pgmicro.session.Database;
import java.util.List;
import java.util.Map;

/**
 * Maps the database name of a startup packet to the database its connection uses.
 * {@link #memory()} is a cluster of in-memory databases, each name its own, made on
 * first use or by CREATE DATABASE; {@link #of(Database)} serves one database under every
 * name (file mode: the file is the database, whatever name the client asks for), and
 * has no databases to create or drop.
 */
public interface DatabaseProvider extends AutoCloseable {
    /** The database a connection asking for {@code name} uses. */
    Database database(String name);

    /** The databases pg_database lists; empty when one database serves every name. */
    default List<ClusterDatabase> list() {
        return List.of();
    }

    /**
     * CREATE DATABASE: a new database named {@code name} (not yet listed), a copy of
     * {@code template} (a listed database).
     */
    default void create(String name, String template) {
        throw singleDatabase("CREATE DATABASE");
    }

    /** DROP DATABASE of a listed database no connection uses any more: forgets it and closes it. */
    default void drop(String name) {
        throw singleDatabase("DROP DATABASE");
    }

    /** The settings ALTER DATABASE ... SET gave {@code name}, applied to each new connection before its own. */
    default Map<String, String> settings(String name) {
        return Map.of();
    }

    /** ALTER DATABASE ... SET (a value) or RESET (null) of one setting of a listed database. */
    default void alterSetting(String name, String setting, String value) {
        throw singleDatabase("ALTER DATABASE");
    }

    /** ALTER DATABASE ... RESET ALL. */
    default void resetSettings(String name) {
        throw singleDatabase("ALTER DATABASE");
    }

    /** Closes the databases this provider opened itself. */
    @Override
    void close();

    private static PgException singleDatabase(String command) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, command
                + " is not supported when the server serves a single database file")
                .withHint("Start the server on :memory: to have a database for each name.");
    }

    /** Each name its own in-memory database, created when a client first asks for it or by CREATE DATABASE. */
    static DatabaseProvider memory() {
        return new MemoryCluster();
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
