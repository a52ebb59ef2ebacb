package io.pgmicro.jdbc;

import io.pgmicro.session.Column;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows a DatabaseMetaData method answers with, built in Java after the catalog queries
 * and handed out as an ordinary read-only result set. Columns are declared as
 * "LABEL type, ..." with the labels JDBC names and the PostgreSQL types pgjdbc gives them, so
 * that ResultSetMetaData looks the same on both drivers.
 */
final class MetadataRows {
    private final List<Column> columns = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    MetadataRows(String declaration) {
        for (String column : declaration.split(",")) {
            String[] labelAndType = column.trim().split(" ");
            PgType type = Types.byName(labelAndType[1]);
            columns.add(new Column(labelAndType[0], type, -1));
        }
    }

    /** One row, values in column order as Java values (String, Integer, Short, Boolean, Float, null). */
    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        Object[] storage = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            storage[i] = storageValue(values[i]);
        }
        rows.add(storage);
    }

    /** Orders the rows by the given columns (1-based), NULLs first as in the text sort pgjdbc's queries use. */
    void sortBy(int... columnNumbers) {
        Comparator<Object[]> order = null;
        for (int number : columnNumbers) {
            Comparator<Object[]> next = Comparator.comparing(row -> (Comparable) row[number - 1],
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            order = order == null ? next : order.thenComparing(next);
        }
        if (order != null) {
            rows.sort(order);
        }
    }

    ResultSet toResultSet(PgMicroConnection connection) {
        return new PgMicroResultSet(null, columns, rows, new ValueReader(connection.formatContext()),
                ResultSet.TYPE_SCROLL_INSENSITIVE);
    }

    /** Storage values as the types package lays them down: integers and booleans as Long, reals as Double. */
    private static Object storageValue(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }
}
