package io.pgmicro.jdbc;

import io.pgmicro.session.Column;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.ArrayValue;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL array: read from a result, or made by
 * {@link java.sql.Connection#createArrayOf} to bind as a parameter. Elements are kept as
 * storage values of the element type, in row-major order, with the array's shape;
 * getArray() gives them as the typed Java array pgjdbc gives (Integer[] for int4[],
 * String[] for text[], Integer[][] for a two-dimensional int4[] ...).
 */
public final class PgMicroArray implements Array {
    private final PgType element;
    private final Object[] storage;
    private final ArrayValue shape;
    private final ValueReader reader;

    /** @param shape the array's dimensions and lower bounds (its element texts are not used) */
    PgMicroArray(PgType element, Object[] storage, ArrayValue shape, ValueReader reader) {
        this.element = element;
        this.storage = storage;
        this.shape = shape;
        this.reader = reader;
    }

    static PgMicroArray of(PgType element, Object[] values, PgMicroConnection connection) throws SQLException {
        FormatContext format = connection.formatContext();
        Object[] storage = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            try {
                storage[i] = ParameterEncoder.storage(values[i], element, format);
            } catch (io.pgmicro.PgException e) {
                throw Errors.server(e);
            }
        }
        return new PgMicroArray(element, storage, ArrayValue.of(java.util.Collections.nCopies(storage.length, null)),
                new ValueReader(format));
    }

    /** The array's PostgreSQL text form, e.g. {1,2,NULL}. */
    String literal(FormatContext format) {
        List<String> texts = new ArrayList<>(storage.length);
        for (Object value : storage) {
            texts.add(value == null ? null : element.output(value, format));
        }
        return shape.withElements(texts).toString();
    }

    PgType arrayType() {
        return Types.arrayOf(element);
    }

    @Override
    public String getBaseTypeName() {
        return element.name();
    }

    @Override
    public int getBaseType() {
        return JdbcTypeInfo.sqlType(element);
    }

    @Override
    public Object getArray() throws SQLException {
        return shape.ndims() > 1 ? nested(0, 0, shape.length(0)) : elements(0, storage.length);
    }

    @Override
    public Object getArray(Map<String, Class<?>> map) throws SQLException {
        return getArray();
    }

    /** @param index 1-based, as JDBC counts array elements */
    @Override
    public Object getArray(long index, int count) throws SQLException {
        checkRange(index, count);
        return shape.ndims() > 1 ? nested(0, (int) index - 1, count) : elements((int) index - 1, count);
    }

    /** count items of dimension d from item first on: sub-arrays nested as pgjdbc nests them (Integer[][] ...). */
    private Object nested(int d, int first, int count) throws SQLException {
        if (d == shape.ndims() - 1) {
            return elements(first, count);
        }
        int[] lengths = new int[shape.ndims() - d];
        lengths[0] = count;
        for (int k = 1; k < lengths.length; k++) {
            lengths[k] = shape.length(d + k);
        }
        Object[] out = (Object[]) java.lang.reflect.Array.newInstance(elementClass(), lengths);
        for (int i = 0; i < count; i++) {
            out[i] = nested(d + 1, (first + i) * shape.length(d + 1), shape.length(d + 1));
        }
        return out;
    }

    @Override
    public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
        return getArray(index, count);
    }

    private Class<?> elementClass() {
        try {
            return Class.forName(JdbcTypeInfo.className(element));
        } catch (ClassNotFoundException e) {
            return Object.class;
        }
    }

    private Object[] elements(int from, int count) throws SQLException {
        Object[] values = (Object[]) java.lang.reflect.Array.newInstance(elementClass(), count);
        for (int i = 0; i < count; i++) {
            values[i] = reader.object(storage[from + i], element);
        }
        return values;
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        return getResultSet(1, storage.length);
    }

    @Override
    public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
        return getResultSet();
    }

    /** Rows of (INDEX, VALUE), as pgjdbc names the two columns. */
    @Override
    public ResultSet getResultSet(long index, int count) throws SQLException {
        if (shape.ndims() > 1) {
            throw new java.sql.SQLFeatureNotSupportedException("pgmicro gives the result set of one-dimensional arrays only",
                    "0A000");
        }
        checkRange(index, count);
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {index + i, storage[(int) index - 1 + i]});
        }
        List<Column> columns = List.of(new Column("INDEX", Types.INT4, -1), new Column("VALUE", element, -1));
        return new PgMicroResultSet(null, columns, rows, reader, ResultSet.TYPE_SCROLL_INSENSITIVE);
    }

    @Override
    public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
        return getResultSet(index, count);
    }

    private void checkRange(long index, int count) throws SQLException {
        int items = shape.ndims() > 1 ? shape.length(0) : storage.length;
        if (index < 1 || count < 0 || index - 1 + count > items) {
            throw Errors.driver("The array index is out of range: " + (index - 1 + count) + ", number of elements: "
                    + items + ".", Errors.INVALID_PARAMETER_VALUE);
        }
    }

    @Override
    public void free() {
    }

    @Override
    public String toString() {
        return literal(reader.format());
    }
}
