package io.pgmicro.junit5;

import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Makes a test failure name the database the test ran on, so a report read later (on CI, say)
 * says where to look. The failure keeps its kind as far as possible: an assertion failure stays
 * one with the same expected and actual values, so IDEs still show their diff.
 */
final class FailureContext {
    private FailureContext() {
    }

    static Throwable addTo(Throwable failure, String databaseName) {
        if (failure instanceof TestAbortedException) {
            return failure; // an assumption that did not hold: not a failure
        }
        if (failure instanceof PgMicroSqlException sql && sql.databaseName().equals(databaseName)) {
            return failure; // already names the database and the statement
        }
        String prefix = "in pgmicro database \"" + databaseName + "\": ";
        if (!(failure instanceof AssertionError assertion)) {
            return new TestFailedInDatabase(prefix + failure, failure); // the original, with its stack, is the cause
        }
        AssertionError named;
        if (assertion instanceof AssertionFailedError values && values.isExpectedDefined() && values.isActualDefined()) {
            named = new AssertionFailedError(withPrefix(prefix, values), values.getExpected().getEphemeralValue(),
                    values.getActual().getEphemeralValue(), values.getCause());
        } else if (assertion instanceof AssertionFailedError) {
            named = new AssertionFailedError(withPrefix(prefix, assertion), assertion.getCause());
        } else {
            named = new AssertionError(withPrefix(prefix, assertion), assertion.getCause());
        }
        named.setStackTrace(failure.getStackTrace());
        for (Throwable suppressed : failure.getSuppressed()) {
            named.addSuppressed(suppressed);
        }
        return named;
    }

    private static String withPrefix(String prefix, Throwable failure) {
        return failure.getMessage() == null ? prefix + "assertion failed" : prefix + failure.getMessage();
    }

    /** An exception other than an assertion failure, thrown by a test on a pgmicro database. */
    static final class TestFailedInDatabase extends RuntimeException {
        TestFailedInDatabase(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
