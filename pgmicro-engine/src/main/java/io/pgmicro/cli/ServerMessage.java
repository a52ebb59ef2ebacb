package io.pgmicro.cli;

import io.pgmicro.PgException;
import io.pgmicro.session.Notice;

/**
 * An error or notice laid out as libpq lays it out for psql at its default
 * verbosity: {@code SEVERITY:  message}, then the statement line with a caret under
 * the error position, then {@code DETAIL:}, {@code HINT:} and (for errors only)
 * {@code CONTEXT:} lines.
 */
record ServerMessage(String severity, String message, String detail, String hint, String context, int position) {

    static ServerMessage of(PgException e) {
        return new ServerMessage(e.severity(), e.getMessage(), e.detail(), e.hint(), e.where(), e.position());
    }

    /** psql shows CONTEXT for errors only (its default SHOW_CONTEXT = errors). */
    static ServerMessage of(Notice notice) {
        return new ServerMessage(notice.severity(), notice.message(), notice.detail(), notice.hint(), null, 0);
    }

    /**
     * The message text, every line ending in a newline.
     *
     * @param statement the statement text the position refers to, or null
     */
    String format(String statement) {
        StringBuilder out = new StringBuilder();
        out.append(severity).append(":  ").append(message).append('\n');
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
