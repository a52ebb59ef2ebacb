package io.pgmicro.session;

import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.exec.routines.RoutineRuntime;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import java.sql.Connection;
import java.util.List;

/** The session as its routines see it; NOTICEs go to the client of the statement running now. */
final class SessionRoutines implements RoutineRuntime {
    private final Connection conn;
    private final SessionState state;
    private ResultSink sink;

    SessionRoutines(Connection conn, SessionState state) {
        this.conn = conn;
        this.state = state;
    }

    /** Where the NOTICEs of the statement about to run go. */
    void statementStarted(ResultSink client) {
        this.sink = client;
    }

    @Override
    public Connection connection() {
        return conn;
    }

    @Override
    public CatalogSnapshot catalog() {
        return state.catalog();
    }

    @Override
    public AnalysisContext analysis(List<PgType> parameterTypes, String text) {
        return state.analysis(text, parameterTypes);
    }

    @Override
    public FormatContext format() {
        return state.formatContext();
    }

    @Override
    public String setting(String name) {
        return state.settings().get(name);
    }

    @Override
    public void notice(Notice notice) {
        if (sink != null) {
            sink.notice(notice);
        }
    }
}
