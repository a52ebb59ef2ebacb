package io.pgmicro;

/**
 * A PostgreSQL error: SQLSTATE, message, and the optional fields PostgreSQL sends
 * with it. Every stage of the pipeline reports failures with this one type, worded
 * as PostgreSQL words them, so that clients and frameworks keying on SQLSTATE see
 * what they would see against PostgreSQL.
 */
public class PgException extends RuntimeException {
    private final String sqlState;
    private final String severity;
    private String detail;
    private String hint;
    private int position;
    private String where;

    public PgException(String sqlState, String message) {
        this("ERROR", sqlState, message);
    }

    public PgException(String severity, String sqlState, String message) {
        super(message, null, false, false);
        this.severity = severity;
        this.sqlState = sqlState;
    }

    public static PgException of(String sqlState, String format, Object... args) {
        return new PgException(sqlState, String.format(format, args));
    }

    public PgException withDetail(String detail) {
        this.detail = detail;
        return this;
    }

    public PgException withHint(String hint) {
        this.hint = hint;
        return this;
    }

    /** Sets the 1-based character position in the statement text; 0 means none. */
    public PgException withPosition(int position) {
        this.position = position;
        return this;
    }

    /** Sets the position from a 0-based parse-tree location, unless one is already set. */
    public PgException atLocation(int location) {
        if (position == 0 && location >= 0) {
            position = location + 1;
        }
        return this;
    }

    public PgException withWhere(String where) {
        this.where = where;
        return this;
    }

    public String sqlState() {
        return sqlState;
    }

    public String severity() {
        return severity;
    }

    public String detail() {
        return detail;
    }

    public String hint() {
        return hint;
    }

    public int position() {
        return position;
    }

    public String where() {
        return where;
    }
}
