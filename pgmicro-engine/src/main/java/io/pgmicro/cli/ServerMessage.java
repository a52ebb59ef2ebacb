package io.pgmicro.cli;

import io.pgmicro.PgException;
import io.pgmicro.session.Notice;

/**
 * An error or notice laid out as libpq lays it out for psql. At the default verbosity:
 * {@code SEVERITY:  message}, then the statement line with a caret under the error
 * position, then {@code DETAIL:}, {@code HINT:} and (for errors only) {@code CONTEXT:}
 * lines. VERBOSITY terse keeps the first line, with the position as "at character N";
 * sqlstate prints the SQLSTATE instead of the message; verbose puts the SQLSTATE before
 * the message (the LOCATION line, a place in PostgreSQL's C sources, has no counterpart).
 */
record ServerMessage(String severity, String sqlState, String message, String detail, String hint, String context,
                     int position) {

    static ServerMessage of(PgException e) {
        return new ServerMessage(e.severity(), e.sqlState(), e.getMessage(), e.detail(), e.hint(), e.where(),
                e.position());
    }

    /** psql shows CONTEXT for errors only (its default SHOW_CONTEXT = errors). */
    static ServerMessage of(Notice notice) {
        return new ServerMessage(notice.severity(), notice.sqlState(), notice.message(), notice.detail(), notice.hint(),
                null, 0);
    }

    /** The message text at the default verbosity. */
    String format(String statement) {
        return format(statement, Variables.DEFAULT_VERBOSITY);
    }

    /**
     * The message text, every line ending in a newline.
     *
     * @param statement the statement text the position refers to, or null
     * @param verbosity psql's VERBOSITY: default, verbose, terse or sqlstate
     */
    String format(String statement, String verbosity) {
        StringBuilder out = new StringBuilder();
        out.append(severity).append(":  ");
        if (verbosity.equals("sqlstate") && sqlState != null) {
            return out.append(sqlState).append('\n').toString();
        }
        if (verbosity.equals("verbose") && sqlState != null) {
            out.append(sqlState).append(": ");
        }
        out.append(message);
        if (verbosity.equals("terse") || verbosity.equals("sqlstate")) {
            return out.append(position > 0 ? " at character " + position : "").append('\n').toString();
        }
        out.append('\n');
        if (statement != null && position > 0) {
            ErrorPosition.append(out, statement, position);
        }
        if (detail != null) {
            out.append("DETAIL:  ").append(detail).append('\n');
        }
        if (hint != null) {
            out.append("HINT:  ").append(hint).append('\n');
        }
        if (context != null) {
            out.append("CONTEXT:  ").append(context).append('\n');
        }
        return out.toString();
    }
}
