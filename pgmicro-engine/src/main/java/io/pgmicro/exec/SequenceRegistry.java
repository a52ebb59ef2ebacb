package io.pgmicro.exec;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.SequenceOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The positions of a database's sequences. PostgreSQL's nextval is not transactional:
 * a value handed out stays used even if the transaction rolls back. So the position
 * lives here, shared by all sessions of the database, and is written to the file
 * after each statement (see {@link #persist}).
 */
public final class SequenceRegistry {
    private static final class Position {
        long lastValue;
        boolean called;
        boolean dirty;
        /** PostgreSQL's log_cnt as a client sees it: 32 after nextval (values logged ahead), 0 after setval or a restart. */
        long logCnt;
    }

    private final Map<Integer, Position> positions = new HashMap<>();

    /** nextval: advances the sequence and returns the new value. */
    public synchronized long next(RelationDef seq, CatalogSnapshot catalog) {
        Position p = position(seq, catalog);
        SequenceOptions o = seq.sequence();
        long value;
        if (!p.called) {
            value = p.lastValue;
        } else {
            long candidate;
            try {
                candidate = Math.addExact(p.lastValue, o.increment());
            } catch (ArithmeticException e) {
                candidate = o.increment() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
                if (!o.cycle()) {
                    throw limitReached(seq, o.increment() > 0);
                }
            }
            if (o.increment() > 0 && candidate > o.max() || o.increment() < 0 && candidate < o.min()) {
                if (!o.cycle()) {
                    throw limitReached(seq, o.increment() > 0);
                }
                candidate = o.increment() > 0 ? o.min() : o.max();
            }
            value = candidate;
        }
        p.lastValue = value;
        p.called = true;
        p.dirty = true;
        p.logCnt = 32;
        return value;
    }

    /** setval: sets the position; the next nextval returns value (+ increment if called). */
    public synchronized long set(RelationDef seq, CatalogSnapshot catalog, long value, boolean called) {
        SequenceOptions o = seq.sequence();
        if (value < o.min() || value > o.max()) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "setval: value " + value
                    + " is out of bounds for sequence \"" + seq.name() + "\" (" + o.min() + ".." + o.max() + ")");
        }
        Position p = position(seq, catalog);
        p.lastValue = value;
        p.called = called;
        p.dirty = true;
        p.logCnt = 0;
        return value;
    }

    /** The position as SELECT * FROM seq shows it: {last_value, is_called, log_cnt}. */
    public synchronized long[] peek(RelationDef seq, CatalogSnapshot catalog) {
        Position p = position(seq, catalog);
        return new long[] {p.lastValue, p.called ? 1 : 0, p.logCnt};
    }

    /** Forgets a dropped or reset sequence, so its position is read anew. */
    public synchronized void forget(int oid) {
        positions.remove(oid);
    }

    /** Writes changed positions to the database file through this connection. */
    /** @return whether anything was written */
    public synchronized boolean persist(Connection conn) throws SQLException {
        boolean wrote = false;
        for (Map.Entry<Integer, Position> e : positions.entrySet()) {
            Position p = e.getValue();
            if (p.dirty) {
                CatalogStore.writeSequence(conn, e.getKey(), p.lastValue, p.called);
                p.dirty = false;
                wrote = true;
            }
        }
        return wrote;
    }

    /** Marks every known position as changed, so the next persist writes it again (after a rollback). */
    public synchronized void markAllDirty() {
        for (Position p : positions.values()) {
            p.dirty = true;
        }
    }

    private Position position(RelationDef seq, CatalogSnapshot catalog) {
        Position p = positions.get(seq.oid());
        if (p == null) {
            p = new Position();
            long[] stored = catalog.storedSequencePosition(seq.oid());
            if (stored == null) {
                p.lastValue = seq.sequence().start();
                p.called = false;
            } else {
                p.lastValue = stored[0];
                p.called = stored[1] != 0;
            }
            positions.put(seq.oid(), p);
        }
        return p;
    }

    private static PgException limitReached(RelationDef seq, boolean max) {
        return new PgException(SqlState.SEQUENCE_GENERATOR_LIMIT_EXCEEDED, "nextval: reached " + (max ? "maximum" : "minimum")
                + " value of sequence \"" + seq.name() + "\" (" + (max ? seq.sequence().max() : seq.sequence().min()) + ")");
    }
}
