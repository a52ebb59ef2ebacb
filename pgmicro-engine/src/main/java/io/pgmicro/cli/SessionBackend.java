package io.pgmicro.cli;

import io.pgmicro.session.Database;
import io.pgmicro.session.ResultSink;
import io.pgmicro.session.Session;

/** The CLI's connection to a database: one session, as psql has one connection. */
final class SessionBackend implements SqlBackend {
    private final Session session;

    SessionBackend(Session session) {
        this.session = session;
    }

    /**
     * @param dialect the session's pgmicro.dialect setting (sqlite or postgresql), or null for the default
     */
    static SessionBackend open(String location, String dialect) {
        Session session = Database.open(location).newSession();
        if (dialect != null) {
            session.setSetting("pgmicro.dialect", dialect);
        }
        return new SessionBackend(session);
    }

    @Override
    public void execute(String sql, ResultSink sink) {
        session.execute(sql, sink);
    }

    @Override
    public char transactionStatus() {
        return session.transactionStatus();
    }

    @Override
    public String databaseName() {
        return session.database().name();
    }
}
