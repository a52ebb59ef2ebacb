package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.system.CursorInfo;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The session's open cursors, by name. A cursor without HOLD lives until its transaction
 * ends; one WITH HOLD outlives the COMMIT of the transaction that declared it (its rows are
 * already materialized), but not a ROLLBACK of it. ROLLBACK TO a savepoint closes the
 * cursors declared after the savepoint, as PostgreSQL drops their portals.
 */
final class Cursors {
    private static final class Entry {
        final Cursor cursor;
        final CursorInfo info;
        /** How many savepoints were open when it was declared. */
        final int savepointDepth;
        /** Whether the transaction that declared it has committed (so a ROLLBACK leaves it open). */
        boolean committed;

        Entry(Cursor cursor, CursorInfo info, int savepointDepth, boolean committed) {
            this.cursor = cursor;
            this.info = info;
            this.savepointDepth = savepointDepth;
            this.committed = committed;
        }
    }

    private final Map<String, Entry> byName = new LinkedHashMap<>();

    /** DECLARE does not replace a cursor: a name in use is an error. */
    void refuseIfOpen(String name) {
        if (byName.containsKey(name)) {
            throw new PgException(SqlState.DUPLICATE_CURSOR, "cursor \"" + name + "\" already exists");
        }
    }

    /**
     * Opens a cursor.
     *
     * @param inBlock whether it is declared in a transaction block (else its transaction has already ended)
     */
    void add(String name, Cursor cursor, String sourceText, boolean holdable, boolean scrollable,
             int savepointDepth, boolean inBlock) {
        refuseIfOpen(name);
        String time = (String) Types.TIMESTAMPTZ.input(Instant.now().toString(), -1, FormatContext.DEFAULT);
        byName.put(name, new Entry(cursor, new CursorInfo(name, sourceText, holdable, false, scrollable, time),
                savepointDepth, !inBlock));
    }

    /** The open cursor of this name, for FETCH and MOVE. */
    Cursor get(String name) {
        Entry entry = byName.get(name);
        if (entry == null) {
            throw notFound(name);
        }
        return entry.cursor;
    }

    /** The result columns of the open cursor of this name, or null when none is open (Describe of a FETCH). */
    List<Column> columnsOf(String name) {
        Entry entry = byName.get(name);
        return entry == null ? null : entry.cursor.columns();
    }

    /** CLOSE name. */
    void close(String name) {
        if (byName.remove(name) == null) {
            throw notFound(name);
        }
    }

    /** CLOSE ALL. */
    void closeAll() {
        byName.clear();
    }

    /** At COMMIT only the holdable cursors stay; at ROLLBACK only those an earlier COMMIT kept. */
    void transactionEnded(boolean committed) {
        byName.values().removeIf(e -> committed ? !e.info.holdable() : !e.committed);
        if (committed) {
            byName.values().forEach(e -> e.committed = true);
        }
    }

    /** ROLLBACK TO the savepoint that was the {@code depth}-th one open: later cursors close. */
    void rolledBackTo(int depth) {
        byName.values().removeIf(e -> !e.committed && e.savepointDepth >= depth);
    }

    List<CursorInfo> infos() {
        List<CursorInfo> out = new ArrayList<>();
        byName.values().forEach(e -> out.add(e.info));
        return out;
    }

    private static PgException notFound(String name) {
        return new PgException(SqlState.INVALID_CURSOR_NAME, "cursor \"" + name + "\" does not exist");
    }
}
