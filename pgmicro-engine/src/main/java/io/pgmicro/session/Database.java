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
    /**
     * An idle connection of the database's own: it takes snapshots, and while it is open SQLite
     * keeps the WAL and its index between sessions instead of removing them when the last session
     * closes and building them again for the next. A copy of a snapshot opens it only when its
     * second session opens, so that a test's one connection to a fresh copy opens SQLite (and
     * reads its schema) once, not twice. Guarded by this.
     */
    private Connection keeper;
    /** Sessions opened so far; a copy of a snapshot opens its keeper beside its second one. */
    private int sessionsOpened;
    /** Replaced, not cleared, by {@link #reset}, so no position read before a restore survives it. */
    private volatile SequenceRegistry sequences = new SequenceRegistry();
    private volatile CatalogSnapshot catalog;
    private volatile boolean closed;
    /** Shared with this database's private copies (see {@link #privateCopy}): advisory locks are not transactional. */
    private io.pgmicro.exec.functions.AdvisoryLocks advisoryLocks = new io.pgmicro.exec.functions.AdvisoryLocks();
    /**
     * The backend pid of the session whose transaction block has written and so holds SQLite's
     * write lock until the block ends, or 0. A second block that wants to write meanwhile
     * speculates (see {@link Speculation}) instead of waiting for a lock the client may never
     * let go of. Guarded by this.
     */
    private int blockWriter;
    /** The databases pg_database lists: none but this one's own row until a server makes it one of its cluster. */
    private volatile Supplier<List<ClusterDatabase>> cluster = List::of;

    /** Opens a new or existing database: its catalog tables are created if missing, then read. */
    private Database(String url, String name, boolean memory, Path scratch) {
        this(url, name, memory, scratch, (CatalogSnapshot) null);
        try {
            Connection conn = keeper();
            CatalogStore.initialize(conn);
            this.catalog = CatalogStore.load(conn);
        } catch (SQLException e) {
            close();
            throw openFailure(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A database whose catalog is known already; no SQLite connection opens until it is needed. */
    private Database(String url, String name, boolean memory, Path scratch, CatalogSnapshot catalog) {
        this.url = url;
        this.name = name;
        this.memory = memory;
        this.scratch = scratch;
        this.catalog = catalog;
        if (scratch != null) {
            ScratchFiles.opened(scratch);
        }
    }

    private PgException openFailure(Exception e) {
        return new PgException(SqlState.CONNECTION_FAILURE, "could not open database \"" + name + "\": " + e.getMessage());
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
        return newSession(BACKEND_IDS.incrementAndGet());
    }

    private Session newSession(int backendPid) {
        synchronized (this) {
            if (closed) {
                throw new PgException(SqlState.CONNECTION_FAILURE, "database \"" + name + "\" is closed");
            }
            if (++sessionsOpened == 2 && keeper == null) {
                // More than one connection over its life: from now on sessions come and go beside the keeper.
                try {
                    keeper();
                } catch (SQLException e) {
                    throw openFailure(e);
                }
            }
        }
        try {
            return new Session(this, SqliteConnections.open(url, true), backendPid);
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

    // ---- one writing transaction block at a time, and the private copies the others speculate on ----

    /** The block of session {@code backendPid} has written: it holds SQLite's write lock until it ends. */
    synchronized void blockWriteStarted(int backendPid) {
        blockWriter = backendPid;
    }

    /** The block of session {@code backendPid} ended (or let go of the write lock). */
    synchronized void blockWriteEnded(int backendPid) {
        if (blockWriter == backendPid) {
            blockWriter = 0;
        }
    }

    /** Whether a transaction block of a session other than {@code backendPid} holds the write lock. */
    synchronized boolean writeLockedByOtherBlock(int backendPid) {
        return blockWriter != 0 && blockWriter != backendPid;
    }

    /**
     * A number that changes whenever a session commits a change (SQLite's data_version, as
     * the idle keeper connection sees it): while it stays the same, the committed state has
     * not moved.
     */
    long commitVersion() {
        try {
            Connection conn = keeper();
            synchronized (conn) {
                try (java.sql.Statement st = conn.createStatement();
                     java.sql.ResultSet rs = st.executeQuery("PRAGMA data_version")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "could not read the commit version of database \""
                    + name + "\": " + e.getMessage());
        }
    }

    /**
     * A private in-memory copy of this database's committed state, with one session whose
     * backend pid is {@code backendPid}. The copy shares what is not transactional in
     * PostgreSQL either — sequence positions and advisory locks — with this database, so a
     * value nextval hands out there is used up here, and a lock taken there is held here.
     */
    Session privateCopy(int backendPid) {
        Database copy = DatabaseSnapshot.of(this).newDatabase(name);
        copy.sequences = sequences;
        copy.advisoryLocks = advisoryLocks;
        copy.cluster = cluster;
        try {
            return copy.newSession(backendPid);
        } catch (RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    // ---- for DatabaseSnapshot: copies and restores of whole databases ----

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
        return new Database("jdbc:sqlite:" + file, name, true, file, catalog);
    }

    /** The name by which a second SQLite handle opens this database. */
    String sqliteUri() {
        return url.substring("jdbc:sqlite:".length());
    }

    /** The database's own idle connection, in autocommit mode; opened on first use. */
    synchronized Connection keeper() throws SQLException {
        if (keeper == null) {
            if (closed) {
                throw new SQLException("database \"" + name + "\" is closed");
            }
            Connection conn = SqliteConnections.open(url, true);
            conn.setAutoCommit(true);
            keeper = conn;
        }
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
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (keeper != null) {
                keeper.close();
            }
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "error closing database \"" + name + "\": " + e.getMessage());
        } finally {
            if (scratch != null) {
                ScratchFiles.closed(scratch);
            }
        }
    }
}
