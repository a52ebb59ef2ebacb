package io.pgmicro.exec;

import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** Opens SQLite connections configured the way pgmicro needs them. */
public final class SqliteConnections {
    /** How long a writer waits for another connection's write transaction before giving up. */
    private static final int BUSY_TIMEOUT_MS = 5000;
    private static final String SQLITE_PREFIX = "jdbc:sqlite:";

    private SqliteConnections() {
    }

    /**
     * @param wal use write-ahead logging, so readers see the last committed state while a
     *            writer works (PostgreSQL's readers never wait for writers); file databases only
     */
    public static LazyFunctionsConnection open(String url, boolean wal) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        if (wal) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        if (!url.startsWith(SQLITE_PREFIX)) {
            throw new IllegalArgumentException("not a SQLite JDBC URL: " + url);
        }
        LazyFunctionsConnection conn = new LazyFunctionsConnection(url, url.substring(SQLITE_PREFIX.length()), config.toProperties());
        try (Statement st = conn.createStatement()) {
            // PostgreSQL's LIKE is case-sensitive; SQLite's is not unless told
            st.execute("PRAGMA case_sensitive_like = ON");
            st.execute("PRAGMA recursive_triggers = ON");
        }
        return conn;
    }
}
