package io.pgmicro.junit5;

import java.sql.SQLException;

/**
 * A statement run through {@link PgMicroDatabase} or a template script failed. The message names
 * the database and the statement, so a failing test says where it went wrong; the SQLException
 * the driver threw is the cause.
 */
public final class PgMicroSqlException extends RuntimeException {
    private final String databaseName;
    private final String statement;
    private final String sqlState;

    PgMicroSqlException(String databaseName, String statement, String source, SQLException cause) {
        super(describe(databaseName, statement, source, cause), cause);
        this.databaseName = databaseName;
        this.statement = statement;
        this.sqlState = cause.getSQLState();
    }

    private static String describe(String databaseName, String statement, String source, SQLException cause) {
        StringBuilder message = new StringBuilder("database \"").append(databaseName).append("\": ")
                .append(cause.getMessage());
        if (cause.getSQLState() != null) {
            message.append(" [SQLSTATE ").append(cause.getSQLState()).append(']');
        }
        message.append("\n  statement: ").append(statement);
        if (source != null) {
            message.append("\n  from: ").append(source);
        }
        return message.toString();
    }

    public String databaseName() {
        return databaseName;
    }

    /** The text of the statement that failed. */
    public String statement() {
        return statement;
    }

    /** PostgreSQL's SQLSTATE for the failure, e.g. {@code 23505}. */
    public String sqlState() {
        return sqlState;
    }
}
