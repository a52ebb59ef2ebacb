package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.exec.SequenceRegistry;
import io.pgmicro.exec.SqliteConnections;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One pgmicro database: a SQLite file or an in-memory SQLite database, with the state
 * its sessions share (the published catalog and sequence positions). Open sessions
 * with {@link #newSession()}; each has its own SQLite connection and transaction.
 */
public final class Database implements AutoCloseable {
    private static final AtomicInteger BACKEND_IDS = new AtomicInteger(1000);

    private final String url;
    private final String name;
    private final boolean memory;
    /** Keeps an in-memory database alive while sessions come and go. */
    private final Connection keeper;
    /** Replaced, not cleared, by {@link #reset}, so no position read before a restore survives it. */
    private volatile SequenceRegistry sequences = new SequenceRegistry();
    private volatile CatalogSnapshot catalog;
    private volatile boolean closed;

    private Database(String url, String name, boolean memory) {
        this(url, name, memory, (keeper, sqliteUri) -> {
            CatalogStore.initialize(keeper);
            return CatalogStore.load(keeper);
        });
    }

    private Database(String url, String name, boolean memory, Contents contents) {
        this.url = url;
        this.name = name;
        this.memory = memory;
        try {
            this.keeper = SqliteConnections.open(url, !memory);
            keeper.setAutoCommit(true);
            this.catalog = contents.fill(keeper, sqliteUri());
        } catch (SQLException e) {
            throw new PgException(SqlState.CONNECTION_FAILURE, "could not open database \"" + name + "\": " + e.getMessage());
        }
    }

    /**
     * Opens a database: {@code ":memory:"} for a new private in-memory one, otherwise a
     * file path (created if missing).
     */
    public static Database open(String location) {
        if (location == null || location.isEmpty() || location.equals(":memory:")) {
            return openMemory("postgres");
        }
        Path path = Path.of(location).toAbsolutePath();
        String fileName = path.getFileName().toString();
        String dbName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        return new Database("jdbc:sqlite:" + path, dbName, false);
    }

    /** A new in-memory database whose current_database() is {@code name}. */
    public static Database openMemory(String name) {
        return new Database(memoryUrl(), name, true);
    }

    private static String memoryUrl() {
        // the memdb VFS lets several connections share one in-memory database with normal locking
        return "jdbc:sqlite:file:/pgmicro-" + UUID.randomUUID() + "?vfs=memdb";
    }

    public Session newSession() {
        if (closed) {
            throw new PgException(SqlState.CONNECTION_FAILURE, "database \"" + name + "\" is closed");
        }
        try {
            return new Session(this, SqliteConnections.open(url, !memory), BACKEND_IDS.incrementAndGet());
        } catch (SQLException e) {
            throw new PgException(SqlState.CONNECTION_FAILURE, "could not connect to database \"" + name + "\": " + e.getMessage());
        }
    }

    /** The database name, as current_database() reports it. */
    public String name() {
        return name;
    }

    public boolean isMemory() {
        return memory;
    }

    CatalogSnapshot catalog() {
        return catalog;
    }

    void publishCatalog(CatalogSnapshot snapshot) {
        this.catalog = snapshot;
    }

    SequenceRegistry sequences() {
        return sequences;
    }

    // ---- for DatabaseSnapshot: copying a database with SQLite's own page copying ----

    /** What a database opened by {@link #openMemory(String, Contents)} starts with. */
    interface Contents {
        /**
         * Writes the SQLite content of a new database, which {@code keeper} holds open and
         * {@code sqliteUri} names, and returns the catalog that content holds.
         */
        CatalogSnapshot fill(Connection keeper, String sqliteUri) throws SQLException;
    }

    /** A new in-memory database whose content {@code contents} writes, instead of an empty catalog. */
    static Database openMemory(String name, Contents contents) {
        return new Database(memoryUrl(), name, true, contents);
    }

    /** The SQLite URI of this database, as a second SQLite handle opens it. */
    String sqliteUri() {
        return url.substring("jdbc:sqlite:".length());
    }

    /** The connection that keeps this database open; idle and in autocommit mode. */
    Connection keeper() {
        return keeper;
    }

    /**
     * After the SQLite content was replaced underneath the sessions: publishes the catalog of the
     * new content and forgets every sequence position read from the old one.
     */
    void reset(CatalogSnapshot contentCatalog) {
        this.sequences = new SequenceRegistry();
        this.catalog = contentCatalog;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "error closing database \"" + name + "\": " + e.getMessage());
        }
    }
}
