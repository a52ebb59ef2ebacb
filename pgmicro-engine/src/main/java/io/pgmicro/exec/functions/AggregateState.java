package io.pgmicro.exec.functions;

/** The running state of one aggregate over one group (or one window frame). */
interface AggregateState {
    void step(Object[] args);

    /** The aggregate's value over the rows stepped so far; must not change the state. */
    Object result();

    /** A state that can also take rows back out, so that a sliding window frame costs O(1) per row. */
    interface Invertible extends AggregateState {
        void inverse(Object[] args);
    }
}
