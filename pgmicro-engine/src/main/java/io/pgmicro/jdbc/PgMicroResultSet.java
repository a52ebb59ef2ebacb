package io.pgmicro.jdbc;

import io.pgmicro.session.Column;
import io.pgmicro.types.PgType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Rows already computed by the engine, read through JDBC. Column labels are matched without
 * regard to case, the first match winning, as in pgjdbc; getters convert as pgjdbc's do
 * (see {@link ValueReader}). Forward-only unless created TYPE_SCROLL_INSENSITIVE.
 */
public final class PgMicroResultSet extends ReadOnlyResultSet {
    private final PgMicroStatement statement;
    private final List<Column> columns;
    private final List<Object[]> rows;
    private final ValueReader reader;
    private final int type;
    private Map<String, Integer> columnsByLabel;
    private int row = -1;
    private boolean wasNull;
    private boolean closed;
    private int fetchSize;

    PgMicroResultSet(PgMicroStatement statement, List<Column> columns, List<Object[]> rows, ValueReader reader, int type) {
        this.statement = statement;
        this.columns = columns;
        this.rows = rows;
        this.reader = reader;
        this.type = type;
    }

    // ---- cursor ----

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (row < rows.size()) {
            row++;
        }
        return row < rows.size();
    }

    @Override
    public boolean previous() throws SQLException {
        checkScrollable();
        if (row >= 0) {
            row--;
        }
        return row >= 0;
    }

    @Override
    public boolean absolute(int position) throws SQLException {
        checkScrollable();
        int target = position >= 0 ? position - 1 : rows.size() + position;
        row = Math.max(-1, Math.min(target, rows.size()));
        return row >= 0 && row < rows.size();
    }

    @Override
    public boolean relative(int offset) throws SQLException {
        checkScrollable();
        row = Math.max(-1, Math.min(row + offset, rows.size()));
        return row >= 0 && row < rows.size();
    }

    @Override
    public boolean first() throws SQLException {
        return absolute(1);
    }

    @Override
    public boolean last() throws SQLException {
        return absolute(-1);
    }

    @Override
    public void beforeFirst() throws SQLException {
        checkScrollable();
        row = -1;
    }

    @Override
    public void afterLast() throws SQLException {
        checkScrollable();
        row = rows.size();
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return row < 0 && !rows.isEmpty();
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return row >= rows.size() && !rows.isEmpty();
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return row == 0 && !rows.isEmpty();
    }

    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        return !rows.isEmpty() && row == rows.size() - 1;
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return row >= 0 && row < rows.size() ? row + 1 : 0;
    }

    private void checkScrollable() throws SQLException {
        checkOpen();
        if (type == TYPE_FORWARD_ONLY) {
            throw Errors.driver("Operation requires a scrollable ResultSet, but this ResultSet is FORWARD_ONLY.",
                    Errors.INVALID_CURSOR_STATE);
        }
    }

    // ---- reading a column of the current row ----

    /** The storage value at a 1-based column of the current row; records whether it was NULL. */
    private Object value(int column) throws SQLException {
        checkOpen();
        checkColumn(column);
        if (row < 0 || row >= rows.size()) {
            throw Errors.driver("ResultSet not positioned properly, perhaps you need to call next.",
                    Errors.INVALID_CURSOR_STATE);
        }
        Object value = rows.get(row)[column - 1];
        wasNull = value == null;
        return value;
    }

    private PgType typeOf(int column) {
        return columns.get(column - 1).type();
    }

    private void checkColumn(int column) throws SQLException {
        if (column < 1 || column > columns.size()) {
            throw Errors.driver("The column index is out of range: " + column + ", number of columns: "
                    + columns.size() + ".", Errors.INVALID_PARAMETER_VALUE);
        }
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    @Override
    public int findColumn(String label) throws SQLException {
        checkOpen();
        if (columnsByLabel == null) {
            columnsByLabel = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                columnsByLabel.putIfAbsent(columns.get(i).name().toLowerCase(Locale.ROOT), i + 1);
            }
        }
        Integer index = label == null ? null : columnsByLabel.get(label.toLowerCase(Locale.ROOT));
        if (index == null) {
            throw Errors.driver("The column name " + label + " was not found in this ResultSet.", Errors.UNDEFINED_COLUMN);
        }
        return index;
    }

    @Override
    public String getString(int column) throws SQLException {
        Object value = value(column);
        return value == null ? null : reader.text(value, typeOf(column));
    }

    @Override
    public boolean getBoolean(int column) throws SQLException {
        Object value = value(column);
        return value != null && reader.bool(value, typeOf(column));
    }

    @Override
    public byte getByte(int column) throws SQLException {
        Object value = value(column);
        return value == null ? 0 : (byte) reader.integral(value, typeOf(column), "byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    @Override
    public short getShort(int column) throws SQLException {
        Object value = value(column);
        return value == null ? 0 : (short) reader.integral(value, typeOf(column), "short", Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Override
    public int getInt(int column) throws SQLException {
        Object value = value(column);
        return value == null ? 0 : (int) reader.integral(value, typeOf(column), "int", Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public long getLong(int column) throws SQLException {
        Object value = value(column);
        return value == null ? 0 : reader.integral(value, typeOf(column), "long", Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public float getFloat(int column) throws SQLException {
        Object value = value(column);
        return value == null ? 0 : (float) reader.floating(value, typeOf(column), "float");
    }

    @Override
    public double getDouble(int column) throws SQLException {
        Object value = value(column);
        return value == null ? 0 : reader.floating(value, typeOf(column), "double");
    }

    @Override
    public BigDecimal getBigDecimal(int column) throws SQLException {
        Object value = value(column);
        return value == null ? null : reader.decimal(value, typeOf(column));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int column, int scale) throws SQLException {
        BigDecimal value = getBigDecimal(column);
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_EVEN);
    }

    @Override
    public byte[] getBytes(int column) throws SQLException {
        Object value = value(column);
        return value == null ? null : reader.bytes(value, typeOf(column));
    }

    @Override
    public Date getDate(int column) throws SQLException {
        return getDate(column, (Calendar) null);
    }

    @Override
    public Date getDate(int column, Calendar calendar) throws SQLException {
        Object value = value(column);
        return value == null ? null : reader.date(value, typeOf(column), zone(calendar));
    }

    @Override
    public Time getTime(int column) throws SQLException {
        return getTime(column, (Calendar) null);
    }

    @Override
    public Time getTime(int column, Calendar calendar) throws SQLException {
        Object value = value(column);
        return value == null ? null : reader.time(value, typeOf(column), zone(calendar));
    }

    @Override
    public Timestamp getTimestamp(int column) throws SQLException {
        return getTimestamp(column, (Calendar) null);
    }

    @Override
    public Timestamp getTimestamp(int column, Calendar calendar) throws SQLException {
        Object value = value(column);
        return value == null ? null : reader.timestamp(value, typeOf(column), zone(calendar));
    }

    private static ZoneId zone(Calendar calendar) {
        return calendar == null ? ZoneId.systemDefault() : calendar.getTimeZone().toZoneId();
    }

    @Override
    public Object getObject(int column) throws SQLException {
        Object value = value(column);
        return value == null ? null : reader.object(value, typeOf(column));
    }

    @Override
    public Object getObject(int column, Map<String, Class<?>> map) throws SQLException {
        if (map == null || map.isEmpty()) {
            return getObject(column);
        }
        throw Errors.notSupported("custom type maps");
    }

    /** The conversions pgjdbc's getObject(int, Class) offers, refused where pgjdbc refuses them. */
    @Override
    public <T> T getObject(int column, Class<T> target) throws SQLException {
        if (target == null) {
            throw Errors.driver("Invalid class null", Errors.INVALID_PARAMETER_VALUE);
        }
        Object value = value(column);
        if (value == null) {
            return null;
        }
        PgType pgType = typeOf(column);
        int sqlType = JdbcTypeInfo.sqlType(pgType);
        Object converted;
        if (target == String.class) {
            converted = isCharacter(sqlType) ? getString(column) : null;
        } else if (target == BigDecimal.class) {
            converted = getBigDecimal(column);
        } else if (target == BigInteger.class) {
            converted = BigInteger.valueOf(getLong(column));
        } else if (target == Boolean.class) {
            converted = getBoolean(column);
        } else if (target == Short.class) {
            converted = getShort(column);
        } else if (target == Integer.class) {
            converted = getInt(column);
        } else if (target == Long.class) {
            converted = getLong(column);
        } else if (target == Float.class) {
            converted = getFloat(column);
        } else if (target == Double.class) {
            converted = getDouble(column);
        } else if (target == byte[].class) {
            converted = getBytes(column);
        } else if (target == Date.class) {
            converted = getDate(column);
        } else if (target == Time.class) {
            converted = getTime(column);
        } else if (target == Timestamp.class) {
            converted = getTimestamp(column);
        } else if (target == UUID.class) {
            converted = sqlType == java.sql.Types.OTHER || isCharacter(sqlType) ? UUID.fromString(getString(column)) : null;
        } else if (target == Array.class) {
            converted = pgType.isArray() ? getArray(column) : null;
        } else if (target == LocalDate.class) {
            converted = sqlType == java.sql.Types.DATE || sqlType == java.sql.Types.TIMESTAMP
                    ? reader.localDateTime(value, pgType, ZoneId.systemDefault()).toLocalDate() : null;
        } else if (target == LocalTime.class) {
            converted = sqlType == java.sql.Types.TIME ? reader.localDateTime(value, pgType, ZoneId.systemDefault()).toLocalTime() : null;
        } else if (target == LocalDateTime.class) {
            if (pgType.oid() == io.pgmicro.types.Types.TIMESTAMPTZ.oid()) {
                throw Errors.driver("Cannot convert the column of type TIMESTAMPTZ to requested type java.time.LocalDateTime.",
                        Errors.INVALID_PARAMETER_VALUE);
            }
            converted = sqlType == java.sql.Types.TIMESTAMP || sqlType == java.sql.Types.DATE
                    ? reader.localDateTime(value, pgType, ZoneId.systemDefault()) : null;
        } else if (target == OffsetDateTime.class) {
            converted = sqlType == java.sql.Types.TIMESTAMP ? reader.offsetDateTime(value, pgType) : null;
        } else if (target == Object.class) {
            converted = getObject(column);
        } else {
            converted = null;
        }
        if (converted == null) {
            throw Errors.driver("conversion to " + target + " from " + pgType.name() + " not supported",
                    Errors.INVALID_PARAMETER_VALUE);
        }
        return target.cast(converted);
    }

    private static boolean isCharacter(int sqlType) {
        return sqlType == java.sql.Types.CHAR || sqlType == java.sql.Types.VARCHAR;
    }

    @Override
    public Array getArray(int column) throws SQLException {
        Object value = value(column);
        if (value == null) {
            return null;
        }
        PgType pgType = typeOf(column);
        if (!pgType.isArray()) {
            throw Errors.driver("conversion to interface java.sql.Array from " + pgType.name() + " not supported",
                    Errors.INVALID_PARAMETER_VALUE);
        }
        return reader.array(value, pgType);
    }

    @Override
    public InputStream getBinaryStream(int column) throws SQLException {
        byte[] bytes = getBytes(column);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public InputStream getAsciiStream(int column) throws SQLException {
        String text = getString(column);
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int column) throws SQLException {
        String text = getString(column);
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Reader getCharacterStream(int column) throws SQLException {
        String text = getString(column);
        return text == null ? null : new StringReader(text);
    }

    @Override
    public String getNString(int column) throws SQLException {
        return getString(column);
    }

    @Override
    public Reader getNCharacterStream(int column) throws SQLException {
        return getCharacterStream(column);
    }

    @Override
    public URL getURL(int column) throws SQLException {
        String text = getString(column);
        try {
            return text == null ? null : new URL(text);
        } catch (MalformedURLException e) {
            throw Errors.driver("Bad value for type URL : " + text, Errors.INVALID_PARAMETER_VALUE);
        }
    }

    @Override
    public Ref getRef(int column) throws SQLException {
        throw Errors.notSupported("Ref");
    }

    @Override
    public Blob getBlob(int column) throws SQLException {
        throw Errors.notSupported("Blob");
    }

    @Override
    public Clob getClob(int column) throws SQLException {
        throw Errors.notSupported("Clob");
    }

    @Override
    public NClob getNClob(int column) throws SQLException {
        throw Errors.notSupported("NClob");
    }

    @Override
    public SQLXML getSQLXML(int column) throws SQLException {
        throw Errors.notSupported("SQLXML");
    }

    @Override
    public RowId getRowId(int column) throws SQLException {
        throw Errors.notSupported("RowId");
    }

    // ---- by label ----

    @Override
    public String getString(String label) throws SQLException {
        return getString(findColumn(label));
    }

    @Override
    public boolean getBoolean(String label) throws SQLException {
        return getBoolean(findColumn(label));
    }

    @Override
    public byte getByte(String label) throws SQLException {
        return getByte(findColumn(label));
    }

    @Override
    public short getShort(String label) throws SQLException {
        return getShort(findColumn(label));
    }

    @Override
    public int getInt(String label) throws SQLException {
        return getInt(findColumn(label));
    }

    @Override
    public long getLong(String label) throws SQLException {
        return getLong(findColumn(label));
    }

    @Override
    public float getFloat(String label) throws SQLException {
        return getFloat(findColumn(label));
    }

    @Override
    public double getDouble(String label) throws SQLException {
        return getDouble(findColumn(label));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String label, int scale) throws SQLException {
        return getBigDecimal(findColumn(label), scale);
    }

    @Override
    public BigDecimal getBigDecimal(String label) throws SQLException {
        return getBigDecimal(findColumn(label));
    }

    @Override
    public byte[] getBytes(String label) throws SQLException {
        return getBytes(findColumn(label));
    }

    @Override
    public Date getDate(String label) throws SQLException {
        return getDate(findColumn(label));
    }

    @Override
    public Date getDate(String label, Calendar calendar) throws SQLException {
        return getDate(findColumn(label), calendar);
    }

    @Override
    public Time getTime(String label) throws SQLException {
        return getTime(findColumn(label));
    }

    @Override
    public Time getTime(String label, Calendar calendar) throws SQLException {
        return getTime(findColumn(label), calendar);
    }

    @Override
    public Timestamp getTimestamp(String label) throws SQLException {
        return getTimestamp(findColumn(label));
    }

    @Override
    public Timestamp getTimestamp(String label, Calendar calendar) throws SQLException {
        return getTimestamp(findColumn(label), calendar);
    }

    @Override
    public InputStream getAsciiStream(String label) throws SQLException {
        return getAsciiStream(findColumn(label));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(String label) throws SQLException {
        return getUnicodeStream(findColumn(label));
    }

    @Override
    public InputStream getBinaryStream(String label) throws SQLException {
        return getBinaryStream(findColumn(label));
    }

    @Override
    public Reader getCharacterStream(String label) throws SQLException {
        return getCharacterStream(findColumn(label));
    }

    @Override
    public Object getObject(String label) throws SQLException {
        return getObject(findColumn(label));
    }

    @Override
    public Object getObject(String label, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(label), map);
    }

    @Override
    public <T> T getObject(String label, Class<T> target) throws SQLException {
        return getObject(findColumn(label), target);
    }

    @Override
    public Array getArray(String label) throws SQLException {
        return getArray(findColumn(label));
    }

    @Override
    public String getNString(String label) throws SQLException {
        return getNString(findColumn(label));
    }

    @Override
    public Reader getNCharacterStream(String label) throws SQLException {
        return getNCharacterStream(findColumn(label));
    }

    @Override
    public URL getURL(String label) throws SQLException {
        return getURL(findColumn(label));
    }

    @Override
    public Ref getRef(String label) throws SQLException {
        return getRef(findColumn(label));
    }

    @Override
    public Blob getBlob(String label) throws SQLException {
        return getBlob(findColumn(label));
    }

    @Override
    public Clob getClob(String label) throws SQLException {
        return getClob(findColumn(label));
    }

    @Override
    public NClob getNClob(String label) throws SQLException {
        return getNClob(findColumn(label));
    }

    @Override
    public SQLXML getSQLXML(String label) throws SQLException {
        return getSQLXML(findColumn(label));
    }

    @Override
    public RowId getRowId(String label) throws SQLException {
        return getRowId(findColumn(label));
    }

    // ---- the result set itself ----

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return new PgMicroResultSetMetaData(columns);
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public String getCursorName() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD && type == TYPE_FORWARD_ONLY) {
            throw Errors.driver("Invalid fetch direction constant: " + direction + ".", Errors.INVALID_PARAMETER_VALUE);
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return FETCH_FORWARD;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getType() throws SQLException {
        checkOpen();
        return type;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public void close() throws SQLException {
        if (!closed) {
            closed = true;
            if (statement != null) {
                statement.resultSetClosed();
            }
        }
    }

    /** Closing as part of closing the statement, which must not call back into it. */
    void closeQuietly() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw Errors.driver("This ResultSet is closed.", Errors.OBJECT_NOT_IN_STATE);
        }
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw Errors.driver("Cannot unwrap to " + iface.getName(), Errors.INVALID_PARAMETER_VALUE);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
