package io.pgmicro.cli;

import io.pgmicro.session.ResultSink;

/**
 * What the CLI needs from a database session. The real one is a
 * {@link io.pgmicro.session.Session}; tests of the CLI's own formatting can supply
 * results without an engine.
 */
interface SqlBackend {

    /** Runs SQL text (one or more statements), delivering each result; throws PgException on the first error. */
    void execute(String sql, ResultSink sink);

    /** 'I' idle, 'T' in a transaction block, 'E' in a failed transaction block. */
    char transactionStatus();

    /** The database's name, as current_database() reports it; psql's prompt shows it. */
    String databaseName();
}
