package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.SequenceNames;
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
    private final List<String> savepoints = new ArrayList<>();
    /** The catalog including this session's uncommitted DDL, or null when it has none. */
    private CatalogSnapshot privateCatalog;
    private Instant transactionStart = Instant.now();
    private Instant statementStart = Instant.now();
    private final Map<Integer, Long> currvals = new HashMap<>();
    /** READ ONLY of the current transaction block (BEGIN READ ONLY, SET TRANSACTION READ ONLY). */
    private boolean readOnlyBlock;

    SessionState(Database db, Connection conn) {
        this.db = db;
        this.conn = conn;
    }

    Settings settings() {
        return settings;
    }

    char transactionStatus() {
        return status;
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
        readOnlyBlock = "on".equals(settings.get("default_transaction_read_only"));
        status = Session.IN_TRANSACTION;
        settingsAtBegin = settings.copy();
        transactionStart = Instant.now();
    }

    /** Ends the transaction block; {@code committed} keeps SET changes, a rollback restores them. */
    void end(boolean committed) {
        status = Session.IDLE;
        savepoints.clear();
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
                Integer.parseInt(settings.get("extra_float_digits")));
    }

    AnalysisContext analysis(String text, List<PgType> parameterTypes) {
        return new AnalysisContext(catalog(), settings.searchPath(), formatContext(), parameterTypes, text);
    }

    FunctionContext functionContext() {
        return new FunctionContext() {
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
                    if (catalog().hasSchema(s)) {
                        return s;
                    }
                }
                return null;
            }
        };
    }

    SequenceAccess sequenceAccess() {
        return new SequenceAccess() {
            @Override
            public long nextval(int oid) {
                long v = db.sequences().next(sequence(oid), catalog());
                currvals.put(oid, v);
                return v;
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
