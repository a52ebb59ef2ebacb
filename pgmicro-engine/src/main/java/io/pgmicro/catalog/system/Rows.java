package io.pgmicro.catalog.system;

import io.pgmicro.types.ArrayText;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the rows of one system relation. Cells are set by column name, so a row
 * producer lists only the columns it knows; the others are NULL. Java values become
 * storage values here: booleans 0/1, ints longs, chars one-letter strings, lists
 * PostgreSQL array text; bytes (bytea) stay bytes.
 */
public final class Rows {
    private final SystemTable table;
    private final List<Object[]> rows = new ArrayList<>();

    Rows(SystemTable table) {
        this.table = table;
    }

    /** Starts a new row. */
    public Row add() {
        Object[] cells = new Object[table.columns().size()];
        rows.add(cells);
        return new Row(cells);
    }

    List<Object[]> list() {
        return rows;
    }

    /** One row being filled. */
    public final class Row {
        private final Object[] cells;

        private Row(Object[] cells) {
            this.cells = cells;
        }

        public Row set(String column, Object value) {
            cells[table.columnIndex(column)] = storage(value);
            return this;
        }
    }

    static Object storage(Object value) {
        if (value == null || value instanceof Long || value instanceof String || value instanceof Double
                || value instanceof RuntimeValue || value instanceof byte[]) {
            return value;
        }
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Character c) {
            return String.valueOf(c);
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(item == null ? null : item.toString());
            }
            return ArrayText.format(items);
        }
        throw new IllegalArgumentException("not a storage value: " + value.getClass());
    }
}
