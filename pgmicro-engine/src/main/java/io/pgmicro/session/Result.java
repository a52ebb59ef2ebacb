package io.pgmicro.session;

import io.pgmicro.types.FormatContext;
import java.util.List;

/**
 * What one statement produced: its command tag (as PostgreSQL sends it in
 * CommandComplete, e.g. "INSERT 0 3", "SELECT 2", "CREATE TABLE"), and for
 * statements that return rows, their columns and rows of storage values
 * (see {@link io.pgmicro.types}).
 */
public final class Result {
    private final String commandTag;
    private final List<Column> columns;
    private final List<Object[]> rows;
    private final FormatContext format;

    public Result(String commandTag, List<Column> columns, List<Object[]> rows, FormatContext format) {
        this.commandTag = commandTag;
        this.columns = columns;
        this.rows = rows;
        this.format = format;
    }

    public static Result command(String commandTag) {
        return new Result(commandTag, null, List.of(), FormatContext.DEFAULT);
    }

    public String commandTag() {
        return commandTag;
    }

    /** True when the statement returns rows (a SELECT, VALUES, ... RETURNING, SHOW), even zero of them. */
    public boolean returnsRows() {
        return columns != null;
    }

    /** The result columns, or null when the statement returns no rows. */
    public List<Column> columns() {
        return columns;
    }

    public List<Object[]> rows() {
        return rows;
    }

    /** The storage value at a row and a 0-based column. */
    public Object value(int row, int column) {
        return rows.get(row)[column];
    }

    /** The value in PostgreSQL's text output format, or null for SQL NULL. */
    public String text(int row, int column) {
        return columns.get(column).type().output(rows.get(row)[column], format);
    }

    /** The format settings of the session at the time the statement ran. */
    public FormatContext format() {
        return format;
    }
}
