package io.pgmicro.exec.functions;

import io.pgmicro.types.FormatContext;
import java.time.Instant;
import java.time.ZoneId;

/** A session as the function tests see it: fixed clock, fixed names, a chosen TimeZone. */
record FixedFunctionContext(Instant transactionTimestamp, Instant statementTimestamp, FormatContext formatContext)
        implements FunctionContext {
    static final Instant TRANSACTION_START = Instant.parse("2024-05-06T07:08:09.123456Z");

    static FixedFunctionContext utc() {
        return in(ZoneId.of("UTC"));
    }

    static FixedFunctionContext in(ZoneId zone) {
        FormatContext format = new FormatContext(zone, "ISO, MDY", "postgres", 1);
        return new FixedFunctionContext(TRANSACTION_START, TRANSACTION_START.plusSeconds(1), format);
    }

    @Override
    public String currentUser() {
        return "alice";
    }

    @Override
    public String sessionUser() {
        return "alice";
    }

    @Override
    public String currentDatabase() {
        return "appdb";
    }

    @Override
    public String currentSchema() {
        return "public";
    }
}
