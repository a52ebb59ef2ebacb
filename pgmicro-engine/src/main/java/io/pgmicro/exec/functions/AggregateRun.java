package io.pgmicro.exec.functions;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * One evaluation of an engine aggregate: the state over the rows taken so far. States that
 * cannot take rows back out keep the frame's rows and are recomputed when a window frame
 * slides. Shared by the plain and the window registration of an aggregate.
 */
final class AggregateRun {
    private final Supplier<AggregateState> factory;
    private final boolean skipNullRows;
    private AggregateState state;
    private final Deque<Object[]> frame;

    /**
     * @param skipNullRows true for PostgreSQL's strict transition functions: a row whose
     *                     arguments hold a NULL is not fed to the state at all
     */
    AggregateRun(Supplier<AggregateState> factory, boolean skipNullRows) {
        this.factory = factory;
        this.skipNullRows = skipNullRows;
        this.state = factory.get();
        this.frame = state instanceof AggregateState.Invertible ? null : new ArrayDeque<>();
    }

    void add(Object[] args) {
        if (skipNullRows && StorageValues.anyNull(args)) {
            return;
        }
        state.step(args);
        if (frame != null) {
            frame.addLast(args);
        }
    }

    /** Takes out the oldest row still in (a window frame's rows leave in the order they came). */
    void remove(Object[] args) {
        if (skipNullRows && StorageValues.anyNull(args)) {
            return;
        }
        if (state instanceof AggregateState.Invertible invertible) {
            invertible.inverse(args);
            return;
        }
        frame.removeFirst();
        state = factory.get();
        for (Object[] row : frame) {
            state.step(row);
        }
    }

    Object result() {
        return state.result();
    }
}
