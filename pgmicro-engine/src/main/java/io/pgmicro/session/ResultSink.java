package io.pgmicro.session;

/** Receives the results of a multi-statement execution as each statement completes. */
public interface ResultSink {
    void result(Result result);

    default void notice(Notice notice) {
    }
}
