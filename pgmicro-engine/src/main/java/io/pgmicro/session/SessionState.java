package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.SequenceNames;
import io.pgmicro.catalog.system.SessionInfo;
import io.pgmicro.exec.functions.AdvisoryLocks;
import io.pgmicro.exec.functions.CatalogAccess;
import io.pgmicro.exec.functions.FunctionContext;
import io.pgmicro.exec.functions.SequenceAccess;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a session remembers between statements: settings, transaction status and
 * savepoints, the catalog it sees (its own while it has uncommitted DDL), the
 * transaction's start time, and the values currval() reports.
 */
final class SessionState {
    private final Database db;
    private final Connection conn;
    private Settings settings = new Settings();
    /** Settings as they were when the transaction block began, restored by ROLLBACK. */
    private Settings settingsAtBegin;
    /** SET LOCAL values end with the transaction; these are the values to go back to. */
    private Settings settingsBeforeLocal;
    private char status = Session.IDLE;
    private boolean implicitBlock;
    private Speculation speculation;
    /** While a speculating block's statements run (on its copy, or replayed): the values its nextval calls get. */
    private SequenceDraws.Cursor sequenceDraws;
    private final List<String> savepoints = new ArrayList<>();
    /** The catalog including this session's uncommitted DDL, or null when it has none. */
    private CatalogSnapshot privateCatalog;
    private Instant transactionStart = Instant.now();
    private Instant statementStart = Instant.now();
    private final Map<Integer, Long> currvals = new HashMap<>();
    private Long lastval;
    /** Whether the current block has written: from then on SQLite's write lock keeps its view current. */
    private boolean wroteInBlock;
    private final SqlPreparedStatements sqlPreparedStatements = new SqlPreparedStatements();
    private final Cursors cursors = new Cursors();
    /** The query string the client sent, which pg_prepared_statements shows for a PREPARE in it. */
    private String querySource = "";

    SqlPreparedStatements sqlPreparedStatements() {
        return sqlPreparedStatements;
    }

    Cursors cursors() {
        return cursors;
    }

    String querySource() {
        return querySource;
    }

    void querySource(String text) {
        querySource = text;
    }

    boolean wroteInBlock() {
        return wroteInBlock;
    }

    void markWritten() {
        if (inBlock()) {
            holdWriteLock();
        }
    }

    /** The block rolled its SQLite transaction back to before its first write. */
    void releaseWriteLock() {
        wroteInBlock = false;
        db.blockWriteEnded(backendPid);
    }

    /** The block holds SQLite's write lock from now on, until it ends. */
    void holdWriteLock() {
        wroteInBlock = true;
        db.blockWriteStarted(backendPid);
    }

    /**
     * A block that has not written yet and would now have to wait for another block's write
     * lock: explicit blocks only, since an implicit one must be durable when it returns.
     */
    boolean mustSpeculateToWrite() {
        return status == Session.IN_TRANSACTION && !implicitBlock && !wroteInBlock
                && db.writeLockedByOtherBlock(backendPid);
    }

    /** The block's statements run on a private copy until it catches up (null when they do not). */
    Speculation speculation() {
        return speculation;
    }

    void speculation(Speculation value) {
        speculation = value;
    }

    void sequenceDraws(SequenceDraws.Cursor value) {
        sequenceDraws = value;
    }

    /** The block was opened by the wire protocol around one message or Sync, not by the client's BEGIN. */
    void implicitBlock(boolean value) {
        implicitBlock = value;
    }

    /**
     * A private copy's session goes on with the block of {@code real}: same settings, start time
     * (now()), read-only mode, currval values and savepoints.
     */
    void continueBlockOf(SessionState real) {
        begin();
        settings = real.settings.copy();
        settingsAtBegin = real.settingsAtBegin;
        settingsBeforeLocal = real.settingsBeforeLocal;
        transactionStart = real.transactionStart;
        readOnlyBlock = real.readOnlyBlock;
        currvals.putAll(real.currvals);
        lastval = real.lastval;
        savepoints.addAll(real.savepoints);
    }

    /** READ ONLY of the current transaction block (BEGIN READ ONLY, SET TRANSACTION READ ONLY). */
    private boolean readOnlyBlock;

    private final int backendPid;

    SessionState(Database db, Connection conn, int backendPid) {
        this.db = db;
        this.conn = conn;
        this.backendPid = backendPid;
    }

    Settings settings() {
        return settings;
    }

    /** As the client sees it: while the block speculates, its private copy's session knows. */
    char transactionStatus() {
        return speculation != null ? speculation.transactionStatus() : status;
    }

    boolean inBlock() {
        return status != Session.IDLE;
    }

    /** Whether the statement now running may not write: a READ ONLY block, or default_transaction_read_only outside one. */
    boolean readOnly() {
        return inBlock() ? readOnlyBlock : "on".equals(settings.get("default_transaction_read_only"));
    }

    void setReadOnlyBlock(boolean value) {
        readOnlyBlock = value;
    }

    void begin() {
        wroteInBlock = false;
        readOnlyBlock = "on".equals(settings.get("default_transaction_read_only"));
        status = Session.IN_TRANSACTION;
        settingsAtBegin = settings.copy();
        transactionStart = Instant.now();
    }

    /** Ends the transaction block; {@code committed} keeps SET changes, a rollback restores them. */
    void end(boolean committed) {
        db.advisoryLocks().transactionEnded(backendPid);
        db.blockWriteEnded(backendPid);
        status = Session.IDLE;
        implicitBlock = false;
        wroteInBlock = false;
        savepoints.clear();
        cursors.transactionEnded(committed);
        if (!committed && settingsAtBegin != null) {
            settings = settingsAtBegin;
        } else if (settingsBeforeLocal != null) {
            settings = mergeAfterLocal();
        }
        settingsAtBegin = null;
        settingsBeforeLocal = null;
        if (committed && privateCatalog != null) {
            db.publishCatalog(privateCatalog);
        }
        privateCatalog = null;
    }

    private Settings mergeAfterLocal() {
        return settingsBeforeLocal;
    }

    /** SET LOCAL: remembers the value to return to at the end of the transaction. */
    void beforeSetLocal() {
        if (settingsBeforeLocal == null) {
            settingsBeforeLocal = settings.copy();
        }
    }

    void fail() {
        if (status == Session.IN_TRANSACTION) {
            status = Session.FAILED;
        }
    }

    void failIfInTransaction() {
        fail();
    }

    /** Inside a failed block only transaction control runs. */
    void refuseIfFailed() {
        if (status == Session.FAILED) {
            throw new PgException(SqlState.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction block");
        }
    }

    void recover() {
        status = Session.IN_TRANSACTION;
    }

    List<String> savepoints() {
        return savepoints;
    }

    void statementStarted() {
        statementStart = Instant.now();
        if (status == Session.IDLE) {
            transactionStart = statementStart;
        }
    }

    /** The catalog this session sees now. */
    CatalogSnapshot catalog() {
        return privateCatalog != null ? privateCatalog : db.catalog();
    }

    /** After DDL: reload the catalog; publish it at once outside a block, keep it private inside one. */
    void catalogChanged() {
        CatalogSnapshot fresh = CatalogStore.load(conn);
        if (status == Session.IDLE) {
            db.publishCatalog(fresh);
            privateCatalog = null;
        } else {
            privateCatalog = fresh;
        }
    }

    /** After a failed DDL statement or a rollback: forget what the catalog looked like inside it. */
    void reloadCatalog() {
        if (privateCatalog != null) {
            privateCatalog = CatalogStore.load(conn);
        }
    }

    FormatContext formatContext() {
        return new FormatContext(settings.timeZone(), settings.get("DateStyle"), settings.get("IntervalStyle"),
                Integer.parseInt(settings.get("extra_float_digits")))
                .withNames(new CatalogObjectNames(catalog(), settings.searchPath()));
    }

    AnalysisContext analysis(String text, List<PgType> parameterTypes) {
        return new AnalysisContext(catalog(), settings.searchPath(), formatContext(), parameterTypes, text,
                db.clusterDatabases(), tempSchema()).withPreparedStatements(sqlPreparedStatements.infos())
                .withCursors(cursors.infos());
    }

    /** The schema of this session's temporary tables, views and sequences (PostgreSQL's pg_temp_N). */
    String tempSchema() {
        return "pg_temp_" + backendPid;
    }

    FunctionContext functionContext() {
        return new SessionFunctions();
    }

    /** The session as PostgreSQL's functions see it: times, settings, catalog, locks. */
    private final class SessionFunctions implements FunctionContext, CatalogAccess {
        @Override
        public Instant transactionTimestamp() {
            return transactionStart;
        }

        @Override
        public Instant statementTimestamp() {
            return statementStart;
        }

        @Override
        public FormatContext formatContext() {
            return SessionState.this.formatContext();
        }

        @Override
        public String currentUser() {
            return "postgres";
        }

        @Override
        public String sessionUser() {
            return "postgres";
        }

        @Override
        public String currentDatabase() {
            return db.name();
        }

        @Override
        public String currentSchema() {
            for (String s : settings.searchPath()) {
                if (SessionState.this.catalog().hasSchema(s)) {
                    return s;
                }
            }
            return null;
        }

        @Override
        public CatalogSnapshot catalog() {
            return SessionState.this.catalog();
        }

        @Override
        public SessionInfo session() {
            return sessionInfo();
        }

        @Override
        public AdvisoryLocks advisoryLocks() {
            return db.advisoryLocks();
        }

        @Override
        public int backendPid() {
            return backendPid;
        }
    }

    /** The settings as the catalog functions read and change them (current_setting, set_config). */
    SessionInfo sessionInfo() {
        return new SessionInfo() {
            @Override
            public List<String> searchPath() {
                return settings.searchPath();
            }

            @Override
            public String setting(String name) {
                String value = settings.get(name);
                return value != null ? value : io.pgmicro.catalog.system.FixedSettings.value(name);
            }

            @Override
            public void setSetting(String name, String value, boolean local) {
                if (local) {
                    if (!inBlock()) {
                        return;
                    }
                    beforeSetLocal();
                }
                settings.set(name, value);
            }
        };
    }

    int backendPid() {
        return backendPid;
    }

    SequenceAccess sequenceAccess() {
        return new SequenceAccess() {
            @Override
            public long nextval(int oid) {
                SequenceDraws.Cursor draws = sequenceDraws;
                long v = draws != null ? draws.next(oid, () -> db.sequences().next(sequence(oid), catalog()))
                        : db.sequences().next(sequence(oid), catalog());
                currvals.put(oid, v);
                lastval = v;
                return v;
            }

            @Override
            public long lastval() {
                if (lastval == null) {
                    throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "lastval is not yet defined in this session");
                }
                return lastval;
            }

            @Override
            public long currval(int oid) {
                Long v = currvals.get(oid);
                if (v == null) {
                    throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "currval of sequence \""
                            + sequence(oid).name() + "\" is not yet defined in this session");
                }
                return v;
            }

            @Override
            public long setval(int oid, long value, boolean called) {
                db.sequences().set(sequence(oid), catalog(), value, called);
                if (called) {
                    currvals.put(oid, value);
                }
                return value;
            }

            @Override
            public long[] peek(int oid) {
                return db.sequences().peek(sequence(oid), catalog());
            }

            @Override
            public int regclass(String text) {
                return SequenceNames.resolve(text, analysis(text, List.of()), -1).oid();
            }
        };
    }

    private RelationDef sequence(int oid) {
        RelationDef r = catalog().relation(oid);
        if (r == null || r.kind() != 'S') {
            throw new PgException(SqlState.UNDEFINED_TABLE, "could not open relation with OID " + oid);
        }
        return r;
    }
}
