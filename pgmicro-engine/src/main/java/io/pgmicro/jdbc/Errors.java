package io.pgmicro.jdbc;

import io.pgmicro.PgException;
import io.pgmicro.session.Notice;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;

/**
 * The SQLExceptions this driver throws. Server errors carry the PgException's SQLSTATE and a
 * message laid out as pgjdbc lays out a server ErrorResponse ("ERROR: ..." then indented
 * Detail, Hint, Position and Where lines), so logs and assertions read the same on both.
 * Errors the driver raises itself use the SQLSTATEs and wording pgjdbc uses for them.
 */
final class Errors {
    static final String INVALID_PARAMETER_VALUE = "22023";
    static final String NUMERIC_VALUE_OUT_OF_RANGE = "22003";
    static final String CANNOT_COERCE = "42846";
    static final String CONNECTION_DOES_NOT_EXIST = "08003";
    static final String NO_ACTIVE_SQL_TRANSACTION = "25P01";
    static final String WRONG_OBJECT_TYPE = "42809";
    static final String INVALID_CURSOR_STATE = "24000";
    static final String UNDEFINED_COLUMN = "42703";
    static final String NO_DATA = "02000";
    static final String TOO_MANY_RESULTS = "0100E";
    static final String INVALID_PARAMETER_TYPE = "07006";
    static final String OBJECT_NOT_IN_STATE = "55000";
    static final String ACTIVE_SQL_TRANSACTION = "25001";
    static final String UNDEFINED_OBJECT = "42704";
    static final String INVALID_SAVEPOINT = "3B001";

    private Errors() {
    }

    static SQLException server(PgException e) {
        StringBuilder message = new StringBuilder(e.severity()).append(": ").append(e.getMessage());
        appendField(message, "Detail", e.detail());
        appendField(message, "Hint", e.hint());
        if (e.position() > 0) {
            appendField(message, "Position", Integer.toString(e.position()));
        }
        appendField(message, "Where", e.where());
        return new SQLException(message.toString(), e.sqlState(), e);
    }

    static SQLException driver(String message, String sqlState) {
        return new SQLException(message, sqlState);
    }

    static SQLFeatureNotSupportedException notSupported(String what) {
        return new SQLFeatureNotSupportedException("pgmicro does not support " + what + " yet.", "0A000");
    }

    static SQLException closed(String what) {
        return new SQLException("This " + what + " has been closed.", CONNECTION_DOES_NOT_EXIST);
    }

    static SQLWarning warning(Notice notice) {
        return new SQLWarning(notice.message(), notice.sqlState());
    }

    private static void appendField(StringBuilder message, String label, String value) {
        if (value != null && !value.isEmpty()) {
            message.append("\n  ").append(label).append(": ").append(value);
        }
    }
}
