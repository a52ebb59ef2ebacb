package io.pgmicro.exec.functions;

import io.pgmicro.types.FormatContext;
import java.time.Instant;

/**
 * What the session knows that PostgreSQL's functions depend on. It is consulted on every
 * call, so an implementation returns the values current at that moment (the
 * transaction's start for {@link #transactionTimestamp()}, the session's TimeZone ...).
 */
public interface FunctionContext {
    /** The start of the current transaction: now(), current_timestamp, transaction_timestamp(). */
    Instant transactionTimestamp();

    /** The start of the current statement: statement_timestamp(). */
    Instant statementTimestamp();

    /** The session's TimeZone, DateStyle, IntervalStyle and extra_float_digits. */
    FormatContext formatContext();

    String currentUser();

    String sessionUser();

    String currentDatabase();

    /** The first existing schema of the search_path, or null when there is none. */
    String currentSchema();
}
