package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.CatalogStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * The committed content of a database at one moment — schema, pgmicro's catalog tables, data
 * and sequence positions — as the bytes of its SQLite image. From it, {@link #newDatabase}
 * opens any number of independent in-memory copies (each starts as the image written to its
 * scratch file, before SQLite opens it) and {@link #restoreInto} puts an existing, open database
 * back to it with SQLite's backup API. Neither replays SQL, which is what lets a test fixture
 * hand every test a fresh database in well under a millisecond. A snapshot holds no
 * connection and may be shared between threads.
 */
public final class DatabaseSnapshot {
    /** A restore waits up to a second for sessions to end their transaction blocks. */
    private static final int BUSY_SLEEP_MS = 20;
    private static final int BUSY_RETRIES = 50;
    /** Copy every page in one backup step: the source is private, so nothing can change under it. */
    private static final int ALL_PAGES = -1;
    /** Bytes 18 and 19 of a SQLite header: file format versions, 2 for WAL and 1 for rollback journal. */
    private static final int WRITE_VERSION_OFFSET = 18;
    private static final int READ_VERSION_OFFSET = 19;
    private static final byte ROLLBACK_JOURNAL_FORMAT = 1;
    private static final byte WAL_FORMAT = 2;
    private static final int SQLITE_OK = 0;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    private final byte[] image;
    private final CatalogSnapshot catalog;

    private DatabaseSnapshot(byte[] image, CatalogSnapshot catalog) {
        this.image = image;
        this.catalog = catalog;
    }

    /**
     * Takes the committed content of {@code database}. Work that sessions have not committed yet
     * is not part of it.
     */
    public static DatabaseSnapshot of(Database database) {
        byte[] image = serializeCommitted(database);
        // A WAL database's image says so in its header. The image is read through private in-memory
        // connections, which have no WAL, so it is marked as a rollback-journal image; a copy
        // written to a scratch file is marked WAL again (writeWalImage).
        image[WRITE_VERSION_OFFSET] = ROLLBACK_JOURNAL_FORMAT;
        image[READ_VERSION_OFFSET] = ROLLBACK_JOURNAL_FORMAT;
        // The catalog is read from the image itself, so it matches the bytes exactly, sequence
        // positions included, whatever the source's sessions have cached since.
        try (Connection scratch = openImage(image)) {
            return new DatabaseSnapshot(image, CatalogStore.load(scratch));
        } catch (SQLException e) {
            throw failure("could not read a snapshot of database \"" + database.name() + "\"", e);
        }
    }

    /** The size of the SQLite image in bytes. */
    public int sizeInBytes() {
        return image.length;
    }

    /** Opens a new in-memory database with this content; current_database() reports {@code name}. */
    public Database newDatabase(String name) {
        return Database.openMemory(name, this::writeWalImage, catalog);
    }

    /**
     * Writes the image with its header saying WAL, so that SQLite opens the copy in WAL mode as
     * it is instead of converting it (a write transaction) on the first connection.
     */
    private void writeWalImage(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer[] parts = {
                ByteBuffer.wrap(image, 0, WRITE_VERSION_OFFSET),
                ByteBuffer.wrap(new byte[] {WAL_FORMAT, WAL_FORMAT}),
                ByteBuffer.wrap(image, READ_VERSION_OFFSET + 1, image.length - READ_VERSION_OFFSET - 1),
            };
            long remaining = image.length;
            while (remaining > 0) {
                remaining -= channel.write(parts);
            }
        }
    }

    /**
     * Replaces the content of {@code database} with this snapshot. Every session of the database
     * sees the new content from its next statement on; statements it prepared before keep
     * describing the old schema. Waits up to a second for sessions inside a transaction
     * block to end it, then fails with 55006 (object_in_use).
     */
    public void restoreInto(Database database) {
        int rc;
        try {
            rc = copyInto(database.sqliteUri());
        } catch (SQLException e) {
            throw failure("could not restore database \"" + database.name() + "\"", e);
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            throw new PgException(SqlState.OBJECT_IN_USE, "database \"" + database.name() + "\" is being accessed by other users")
                    .withDetail("A session of it is inside a transaction block.");
        }
        if (rc != SQLITE_OK) {
            throw new PgException(SqlState.INTERNAL_ERROR, "could not restore database \"" + database.name()
                    + "\": SQLite backup ended with result code " + rc);
        }
        database.reset(catalog);
    }

    private static byte[] serializeCommitted(Database database) {
        Connection keeper;
        try {
            keeper = database.keeper();
        } catch (SQLException e) {
            throw failure("could not take a snapshot of database \"" + database.name() + "\"", e);
        }
        synchronized (keeper) {
            try {
                // A read transaction holds off writers, so the image is one committed state and
                // never a half-written commit of a concurrent session.
                keeper.setAutoCommit(false);
                try {
                    try (Statement st = keeper.createStatement();
                         ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                        rs.next();
                    }
                    return keeper.unwrap(SQLiteConnection.class).serialize("main");
                } finally {
                    keeper.commit();
                    keeper.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw failure("could not take a snapshot of database \"" + database.name() + "\"", e);
            }
        }
    }

    /**
     * Writes this image over the open SQLite database that {@code sqliteUri} names, page by page.
     * Returns SQLite's result code: OK, or BUSY/LOCKED when other connections held it too long.
     */
    private int copyInto(String sqliteUri) throws SQLException {
        try (Connection source = openImage(image)) {
            return source.unwrap(SQLiteConnection.class).getDatabase()
                    .backup("main", sqliteUri, null, BUSY_SLEEP_MS, BUSY_RETRIES, ALL_PAGES);
        }
    }

    /** A private in-memory SQLite connection whose database is a copy of {@code image}. */
    private static Connection openImage(byte[] image) throws SQLException {
        Connection conn = new SQLiteConfig().createConnection("jdbc:sqlite::memory:");
        try {
            conn.unwrap(SQLiteConnection.class).deserialize("main", image);
            return conn;
        } catch (SQLException e) {
            conn.close();
            throw e;
        }
    }

    private static PgException failure(String what, SQLException e) {
        return new PgException(SqlState.INTERNAL_ERROR, what + ": " + e.getMessage());
    }
}
