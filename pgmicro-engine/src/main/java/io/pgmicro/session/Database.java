package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.catalog.system.ClusterDatabase;
import io.pgmicro.exec.SequenceRegistry;
import io.pgmicro.exec.SqliteConnections;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
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
    /** For an in-memory database: the scratch file in shared memory that holds it, removed on close. */
    private final Path scratch;
    /** Keeps an in-memory database alive while sessions come and go. */
    private final Connection keeper;
    /** Replaced, not cleared, by {@link #reset}, so no position read before a restore survives it. */
    private volatile SequenceRegistry sequences = new SequenceRegistry();
    private volatile CatalogSnapshot catalog;
    private volatile boolean closed;
    private final io.pgmicro.exec.functions.AdvisoryLocks advisoryLocks = new io.pgmicro.exec.functions.AdvisoryLocks();
    /** The databases pg_database lists: none but this one's own row until a server makes it one of its cluster. */
    private volatile Supplier<List<ClusterDatabase>> cluster = List::of;

    private Database(String url, String name, boolean memory, Path scratch) {
        this(url, name, memory, scratch, keeper -> {
            CatalogStore.initialize(keeper);
            return CatalogStore.load(keeper);
        });
    }

    private Database(String url, String name, boolean memory, Path scratch, CatalogSource catalogSource) {
        this.url = url;
        this.name = name;
        this.memory = memory;
        this.scratch = scratch;
        if (scratch != null) {
            ScratchFiles.opened(scratch);
        }
        try {
            this.keeper = SqliteConnections.open(url, true);
            keeper.setAutoCommit(true);
            this.catalog = catalogSource.catalog(keeper);
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
        return new Database("jdbc:sqlite:" + path, dbName, false, null);
    }

    /** A new in-memory database whose current_database() is {@code name}. */
    public static Database openMemory(String name) {
        Path file = newScratchFile();
        return new Database("jdbc:sqlite:" + file, name, true, file);
    }

    private static Path newScratchFile() {
        // A WAL-mode file in shared memory rather than SQLite's memdb: in WAL mode readers go on
        // reading the last committed state while a writer works, as PostgreSQL's readers do;
        // with memdb a reader waits for the writer's transaction to end.
        return scratchDirectory().resolve("pgmicro-" + UUID.randomUUID() + ".db");
    }

    private static Path scratchDirectory() {
        Path shm = Path.of("/dev/shm");
        if (java.nio.file.Files.isDirectory(shm) && java.nio.file.Files.isWritable(shm)) {
            return shm;
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    public Session newSession() {
        if (closed) {
            throw new PgException(SqlState.CONNECTION_FAILURE, "database \"" + name + "\" is closed");
        }
        try {
            return new Session(this, SqliteConnections.open(url, true), BACKEND_IDS.incrementAndGet());
        } catch (SQLException e) {
            throw new PgException(SqlState.CONNECTION_FAILURE, "could not connect to database \"" + name + "\": " + e.getMessage());
        }
    }

    /** The database name, as current_database() reports it. */
    public String name() {
        return name;
    }

    /** Makes this database one of a server's cluster, whose databases its pg_database lists from now on. */
    public void joinCluster(Supplier<List<ClusterDatabase>> databases) {
        this.cluster = databases;
    }

    List<ClusterDatabase> clusterDatabases() {
        return cluster.get();
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

    // ---- for DatabaseSnapshot: copies and restores of whole databases ----

    /** How a database being opened gets its catalog, through the connection that keeps it open. */
    private interface CatalogSource {
        CatalogSnapshot catalog(Connection keeper) throws SQLException;
    }

    /** Writes a database image into a new file. */
    interface ImageWriter {
        void writeTo(Path file) throws java.io.IOException;
    }

    /**
     * A new in-memory database whose content {@code image} writes, a database image whose catalog
     * is {@code catalog}. The image becomes the scratch file before any SQLite handle opens it,
     * so copying it is a plain write.
     */
    static Database openMemory(String name, ImageWriter image, CatalogSnapshot catalog) {
        Path file = newScratchFile();
        try {
            image.writeTo(file);
        } catch (java.io.IOException e) {
            throw new PgException(SqlState.CONNECTION_FAILURE, "could not create database \"" + name + "\": " + e.getMessage());
        }
        return new Database("jdbc:sqlite:" + file, name, true, file, keeper -> catalog);
    }

    /** The name by which a second SQLite handle opens this database. */
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

    io.pgmicro.exec.functions.AdvisoryLocks advisoryLocks() {
        return advisoryLocks;
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
        } finally {
            if (scratch != null) {
                ScratchFiles.closed(scratch);
            }
        }
    }
}
