package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.FetchDirection;
import java.util.ArrayList;
import java.util.List;

/**
 * One open SQL cursor: the rows of its query, computed when it was declared, and a
 * position among them. Positions follow PostgreSQL's portals: {@code position} counts the
 * rows between the start and the current row (0 before the first), and the cursor may
 * sit before the first row ({@code atStart}) or after the last ({@code atEnd}). FETCH and
 * MOVE are reduced to runs of forward or backward steps, as PostgreSQL reduces them, so
 * the rows returned and the counts in the command tags are the same.
 */
final class Cursor {
    /** FETCH ALL / BACKWARD ALL, as the parser gives it. */
    static final long ALL = Long.MAX_VALUE;

    /** What one FETCH or MOVE produced: the rows (empty for MOVE) and the count of its command tag. */
    record Fetched(List<Object[]> rows, long count) {
    }

    private final List<Column> columns;
    private final List<Object[]> rows;
    private final boolean noScroll;
    private int position;
    private boolean atStart = true;
    private boolean atEnd;

    Cursor(List<Column> columns, List<Object[]> rows, boolean noScroll) {
        this.columns = columns;
        this.rows = rows;
        this.noScroll = noScroll;
    }

    List<Column> columns() {
        return columns;
    }

    /** FETCH (or, with {@code move}, MOVE) in a direction with PostgreSQL's meaning of the count. */
    Fetched fetch(FetchDirection direction, long count, boolean move) {
        List<Object[]> out = move ? null : new ArrayList<>();
        boolean forward;
        switch (direction) {
            case FETCH_FORWARD, FETCH_BACKWARD -> {
                forward = direction == FetchDirection.FETCH_FORWARD;
                if (count < 0) {
                    forward = !forward;
                    count = -count;
                }
            }
            case FETCH_ABSOLUTE -> {
                return absolute(count, out);
            }
            case FETCH_RELATIVE -> {
                if (count > 0) {
                    step(true, count - 1, null);
                    return done(out, step(true, 1, out));
                }
                if (count < 0) {
                    step(false, -count - 1, null);
                    return done(out, step(false, 1, out));
                }
                forward = true;
            }
            default -> throw new PgException(SqlState.SYNTAX_ERROR, "unknown FETCH direction");
        }
        if (count == 0) {
            // zero means the current row again, if the cursor is on one
            boolean onRow = !atStart && !atEnd;
            if (move) {
                return new Fetched(List.of(), onRow ? 1 : 0);
            }
            if (onRow) {
                step(false, 1, null);
                return done(out, step(true, 1, out));
            }
            return done(out, 0);
        }
        if (!forward && count == ALL && move) {
            long skipped = position > 0 && !atEnd ? position - 1 : position;
            rewind();
            return new Fetched(List.of(), skipped);
        }
        return done(out, step(forward, count, out));
    }

    private Fetched absolute(long count, List<Object[]> out) {
        if (count > 0) {
            // from the start, or from here when that is closer, as PostgreSQL moves
            if (count - 1 <= position / 2) {
                rewind();
                step(true, count - 1, null);
            } else {
                long pos = atEnd ? position + 1L : position;
                if (count <= pos) {
                    step(false, pos - count + 1, null);
                } else if (count > pos + 1) {
                    step(true, count - pos - 1, null);
                }
            }
            return done(out, step(true, 1, out));
        }
        if (count < 0) {
            step(true, ALL, null);
            step(false, -count - 1, null);
            return done(out, step(false, 1, out));
        }
        rewind();
        return done(out, 0);
    }

    private static Fetched done(List<Object[]> out, long count) {
        return new Fetched(out == null ? List.of() : out, count);
    }

    private void rewind() {
        if (atStart && !atEnd) {
            return;
        }
        refuseIfNoScroll();
        atStart = true;
        atEnd = false;
        position = 0;
    }

    /** Moves up to {@code count} rows one way, adding them to {@code out} when it is not null; returns how many. */
    private long step(boolean forward, long count, List<Object[]> out) {
        if (!forward) {
            refuseIfNoScroll();
        }
        if (count <= 0 || (forward ? atEnd : atStart)) {
            return 0;
        }
        long taken = 0;
        if (forward) {
            // the row after the current one is rows[position] (atEnd aside)
            while (taken < count && position + taken < rows.size()) {
                if (out != null) {
                    out.add(rows.get((int) (position + taken)));
                }
                taken++;
            }
            if (taken > 0) {
                atStart = false;
            }
            if (taken < count) {
                atEnd = true;
            }
            position += (int) taken;
        } else {
            // the current row is rows[position - 1], or, after the end, the one before is the last
            int next = atEnd ? position - 1 : position - 2;
            while (taken < count && next - taken >= 0) {
                if (out != null) {
                    out.add(rows.get((int) (next - taken)));
                }
                taken++;
            }
            if (taken > 0 && atEnd) {
                atEnd = false;
                position++;
            }
            if (taken < count) {
                atStart = true;
                position = 0;
            } else {
                position -= (int) taken;
            }
        }
        return taken;
    }

    private void refuseIfNoScroll() {
        if (noScroll) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cursor can only scan forward")
                    .withHint("Declare it with SCROLL option to enable backward scan.");
        }
    }
}
