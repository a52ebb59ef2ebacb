package io.pgmicro.jdbc;

import io.pgmicro.types.Types;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;
import java.util.TreeSet;

/**
 * A {@link CallableStatement} as pgjdbc gives one: the call escapes become
 * {@code SELECT * FROM f(...) AS result} (see {@link CallEscape}), and the registered OUT
 * parameters are read, in the order of their indexes, from the columns of the first row the call
 * returns. Parameters by name are not supported, as in pgjdbc.
 */
final class PgMicroCallableStatement extends PgMicroPreparedStatement implements CallableStatement {
    private final TreeSet<Integer> outParameters = new TreeSet<>();
    private ResultSet outRow;

    private PgMicroCallableStatement(PgMicroConnection connection, CallEscape call, int resultSetType) {
        super(connection, call.sql(), resultSetType, null, call.returnsValue() ? 1 : 0);
    }

    static PgMicroCallableStatement of(PgMicroConnection connection, String sql, int resultSetType) {
        return new PgMicroCallableStatement(connection, CallEscape.of(sql), resultSetType);
    }

    @Override
    public boolean execute() throws SQLException {
        outRow = null;
        for (int index : outParameters) {
            bindNullWhereUnset(index, Types.VOID); // left out of the call by the server, as PostgreSQL does
        }
        boolean hasResultSet = super.execute();
        if (!outParameters.isEmpty()) {
            ResultSet rows = hasResultSet ? getResultSet() : null;
            if (rows == null || !rows.next()) {
                throw Errors.driver("A CallableStatement was executed with nothing returned.", Errors.NO_DATA);
            }
            outRow = rows;
        }
        return hasResultSet;
    }

    @Override
    public void registerOutParameter(int index, int sqlType) throws SQLException {
        checkOpen();
        outParameters.add(index);
    }

    @Override
    public void registerOutParameter(int index, int sqlType, int scale) throws SQLException {
        registerOutParameter(index, sqlType);
    }

    @Override
    public void registerOutParameter(int index, int sqlType, String typeName) throws SQLException {
        registerOutParameter(index, sqlType);
    }

    @Override
    public boolean wasNull() throws SQLException {
        if (outRow == null) {
            throw Errors.driver("wasNull cannot be call before fetching a result.", Errors.OBJECT_NOT_IN_STATE);
        }
        return outRow.wasNull();
    }

    /** The row the OUT parameters are read from, once the statement has run and the index was registered. */
    private ResultSet outRow(int index) throws SQLException {
        checkOpen();
        if (!outParameters.contains(index)) {
            throw Errors.driver("Parameter of index " + index + " was not registered as an OUT parameter.",
                    Errors.OBJECT_NOT_IN_STATE);
        }
        if (outRow == null) {
            throw Errors.driver("No function outputs were registered.", Errors.OBJECT_NOT_IN_STATE);
        }
        return outRow;
    }

    /** The result column of a registered OUT parameter: its position among the registered indexes. */
    private int outColumn(int index) {
        return outParameters.headSet(index).size() + 1;
    }

    private static SQLException byName() {
        return Errors.notSupported("CallableStatement parameters by name");
    }

    @Override
    public String getString(int index) throws SQLException {
        return outRow(index).getString(outColumn(index));
    }

    @Override
    public boolean getBoolean(int index) throws SQLException {
        return outRow(index).getBoolean(outColumn(index));
    }

    @Override
    public byte getByte(int index) throws SQLException {
        return outRow(index).getByte(outColumn(index));
    }

    @Override
    public short getShort(int index) throws SQLException {
        return outRow(index).getShort(outColumn(index));
    }

    @Override
    public int getInt(int index) throws SQLException {
        return outRow(index).getInt(outColumn(index));
    }

    @Override
    public long getLong(int index) throws SQLException {
        return outRow(index).getLong(outColumn(index));
    }

    @Override
    public float getFloat(int index) throws SQLException {
        return outRow(index).getFloat(outColumn(index));
    }

    @Override
    public double getDouble(int index) throws SQLException {
        return outRow(index).getDouble(outColumn(index));
    }

    @Override
    public byte[] getBytes(int index) throws SQLException {
        return outRow(index).getBytes(outColumn(index));
    }

    @Override
    public Date getDate(int index) throws SQLException {
        return outRow(index).getDate(outColumn(index));
    }

    @Override
    public Time getTime(int index) throws SQLException {
        return outRow(index).getTime(outColumn(index));
    }

    @Override
    public Timestamp getTimestamp(int index) throws SQLException {
        return outRow(index).getTimestamp(outColumn(index));
    }

    @Override
    public Object getObject(int index) throws SQLException {
        return outRow(index).getObject(outColumn(index));
    }

    @Override
    public BigDecimal getBigDecimal(int index) throws SQLException {
        return outRow(index).getBigDecimal(outColumn(index));
    }

    @Override
    public Object getObject(int index, Map<String, Class<?>> map) throws SQLException {
        return outRow(index).getObject(outColumn(index), map);
    }

    @Override
    public Ref getRef(int index) throws SQLException {
        return outRow(index).getRef(outColumn(index));
    }

    @Override
    public Blob getBlob(int index) throws SQLException {
        return outRow(index).getBlob(outColumn(index));
    }

    @Override
    public Clob getClob(int index) throws SQLException {
        return outRow(index).getClob(outColumn(index));
    }

    @Override
    public Array getArray(int index) throws SQLException {
        return outRow(index).getArray(outColumn(index));
    }

    @Override
    public Date getDate(int index, Calendar calendar) throws SQLException {
        return outRow(index).getDate(outColumn(index), calendar);
    }

    @Override
    public Time getTime(int index, Calendar calendar) throws SQLException {
        return outRow(index).getTime(outColumn(index), calendar);
    }

    @Override
    public Timestamp getTimestamp(int index, Calendar calendar) throws SQLException {
        return outRow(index).getTimestamp(outColumn(index), calendar);
    }

    @Override
    public URL getURL(int index) throws SQLException {
        return outRow(index).getURL(outColumn(index));
    }

    @Override
    public RowId getRowId(int index) throws SQLException {
        return outRow(index).getRowId(outColumn(index));
    }

    @Override
    public NClob getNClob(int index) throws SQLException {
        return outRow(index).getNClob(outColumn(index));
    }

    @Override
    public SQLXML getSQLXML(int index) throws SQLException {
        return outRow(index).getSQLXML(outColumn(index));
    }

    @Override
    public String getNString(int index) throws SQLException {
        return outRow(index).getNString(outColumn(index));
    }

    @Override
    public Reader getNCharacterStream(int index) throws SQLException {
        return outRow(index).getNCharacterStream(outColumn(index));
    }

    @Override
    public Reader getCharacterStream(int index) throws SQLException {
        return outRow(index).getCharacterStream(outColumn(index));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int index, int scale) throws SQLException {
        BigDecimal value = getBigDecimal(index);
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public <T> T getObject(int index, Class<T> type) throws SQLException {
        return outRow(index).getObject(outColumn(index), type);
    }

    @Override
    public String getString(String name) throws SQLException {
        throw byName();
    }

    @Override
    public boolean getBoolean(String name) throws SQLException {
        throw byName();
    }

    @Override
    public byte getByte(String name) throws SQLException {
        throw byName();
    }

    @Override
    public short getShort(String name) throws SQLException {
        throw byName();
    }

    @Override
    public int getInt(String name) throws SQLException {
        throw byName();
    }

    @Override
    public long getLong(String name) throws SQLException {
        throw byName();
    }

    @Override
    public float getFloat(String name) throws SQLException {
        throw byName();
    }

    @Override
    public double getDouble(String name) throws SQLException {
        throw byName();
    }

    @Override
    public byte[] getBytes(String name) throws SQLException {
        throw byName();
    }

    @Override
    public Date getDate(String name) throws SQLException {
        throw byName();
    }

    @Override
    public Time getTime(String name) throws SQLException {
        throw byName();
    }

    @Override
    public Timestamp getTimestamp(String name) throws SQLException {
        throw byName();
    }

    @Override
    public Object getObject(String name) throws SQLException {
        throw byName();
    }

    @Override
    public BigDecimal getBigDecimal(String name) throws SQLException {
        throw byName();
    }

    @Override
    public Object getObject(String name, Map<String, Class<?>> map) throws SQLException {
        throw byName();
    }

    @Override
    public Ref getRef(String name) throws SQLException {
        throw byName();
    }

    @Override
    public Blob getBlob(String name) throws SQLException {
        throw byName();
    }

    @Override
    public Clob getClob(String name) throws SQLException {
        throw byName();
    }

    @Override
    public Array getArray(String name) throws SQLException {
        throw byName();
    }

    @Override
    public Date getDate(String name, Calendar calendar) throws SQLException {
        throw byName();
    }

    @Override
    public Time getTime(String name, Calendar calendar) throws SQLException {
        throw byName();
    }

    @Override
    public Timestamp getTimestamp(String name, Calendar calendar) throws SQLException {
        throw byName();
    }

    @Override
    public URL getURL(String name) throws SQLException {
        throw byName();
    }

    @Override
    public RowId getRowId(String name) throws SQLException {
        throw byName();
    }

    @Override
    public NClob getNClob(String name) throws SQLException {
        throw byName();
    }

    @Override
    public SQLXML getSQLXML(String name) throws SQLException {
        throw byName();
    }

    @Override
    public String getNString(String name) throws SQLException {
        throw byName();
    }

    @Override
    public Reader getNCharacterStream(String name) throws SQLException {
        throw byName();
    }

    @Override
    public Reader getCharacterStream(String name) throws SQLException {
        throw byName();
    }

    @Override
    public <T> T getObject(String name, Class<T> type) throws SQLException {
        throw byName();
    }

    @Override
    public void setNull(String name, int sqlType) throws SQLException {
        throw byName();
    }

    @Override
    public void setBoolean(String name, boolean x) throws SQLException {
        throw byName();
    }

    @Override
    public void setByte(String name, byte x) throws SQLException {
        throw byName();
    }

    @Override
    public void setShort(String name, short x) throws SQLException {
        throw byName();
    }

    @Override
    public void setInt(String name, int x) throws SQLException {
        throw byName();
    }

    @Override
    public void setLong(String name, long x) throws SQLException {
        throw byName();
    }

    @Override
    public void setFloat(String name, float x) throws SQLException {
        throw byName();
    }

    @Override
    public void setDouble(String name, double x) throws SQLException {
        throw byName();
    }

    @Override
    public void setBigDecimal(String name, BigDecimal x) throws SQLException {
        throw byName();
    }

    @Override
    public void setString(String name, String x) throws SQLException {
        throw byName();
    }

    @Override
    public void setBytes(String name, byte[] x) throws SQLException {
        throw byName();
    }

    @Override
    public void setDate(String name, Date x) throws SQLException {
        throw byName();
    }

    @Override
    public void setTime(String name, Time x) throws SQLException {
        throw byName();
    }

    @Override
    public void setTimestamp(String name, Timestamp x) throws SQLException {
        throw byName();
    }

    @Override
    public void setAsciiStream(String name, InputStream x, int length) throws SQLException {
        throw byName();
    }

    @Override
    public void setBinaryStream(String name, InputStream x, int length) throws SQLException {
        throw byName();
    }

    @Override
    public void setObject(String name, Object x, int targetSqlType, int scale) throws SQLException {
        throw byName();
    }

    @Override
    public void setObject(String name, Object x, int targetSqlType) throws SQLException {
        throw byName();
    }

    @Override
    public void setObject(String name, Object x) throws SQLException {
        throw byName();
    }

    @Override
    public void setCharacterStream(String name, Reader reader, int length) throws SQLException {
        throw byName();
    }

    @Override
    public void setDate(String name, Date x, Calendar calendar) throws SQLException {
        throw byName();
    }

    @Override
    public void setTime(String name, Time x, Calendar calendar) throws SQLException {
        throw byName();
    }

    @Override
    public void setTimestamp(String name, Timestamp x, Calendar calendar) throws SQLException {
        throw byName();
    }

    @Override
    public void setNull(String name, int sqlType, String typeName) throws SQLException {
        throw byName();
    }

    @Override
    public void setURL(String name, URL x) throws SQLException {
        throw byName();
    }

    @Override
    public void setRowId(String name, RowId x) throws SQLException {
        throw byName();
    }

    @Override
    public void setNString(String name, String x) throws SQLException {
        throw byName();
    }

    @Override
    public void setNCharacterStream(String name, Reader x, long length) throws SQLException {
        throw byName();
    }

    @Override
    public void setNClob(String name, NClob x) throws SQLException {
        throw byName();
    }

    @Override
    public void setClob(String name, Reader reader, long length) throws SQLException {
        throw byName();
    }

    @Override
    public void setBlob(String name, InputStream x, long length) throws SQLException {
        throw byName();
    }

    @Override
    public void setNClob(String name, Reader reader, long length) throws SQLException {
        throw byName();
    }

    @Override
    public void setSQLXML(String name, SQLXML x) throws SQLException {
        throw byName();
    }

    @Override
    public void setBlob(String name, Blob x) throws SQLException {
        throw byName();
    }

    @Override
    public void setClob(String name, Clob x) throws SQLException {
        throw byName();
    }

    @Override
    public void setAsciiStream(String name, InputStream x, long length) throws SQLException {
        throw byName();
    }

    @Override
    public void setBinaryStream(String name, InputStream x, long length) throws SQLException {
        throw byName();
    }

    @Override
    public void setCharacterStream(String name, Reader reader, long length) throws SQLException {
        throw byName();
    }

    @Override
    public void setAsciiStream(String name, InputStream x) throws SQLException {
        throw byName();
    }

    @Override
    public void setBinaryStream(String name, InputStream x) throws SQLException {
        throw byName();
    }

    @Override
    public void setCharacterStream(String name, Reader reader) throws SQLException {
        throw byName();
    }

    @Override
    public void setNCharacterStream(String name, Reader x) throws SQLException {
        throw byName();
    }

    @Override
    public void setClob(String name, Reader reader) throws SQLException {
        throw byName();
    }

    @Override
    public void setBlob(String name, InputStream x) throws SQLException {
        throw byName();
    }

    @Override
    public void setNClob(String name, Reader reader) throws SQLException {
        throw byName();
    }

    @Override
    public void registerOutParameter(String name, int sqlType) throws SQLException {
        throw byName();
    }

    @Override
    public void registerOutParameter(String name, int sqlType, int scale) throws SQLException {
        throw byName();
    }

    @Override
    public void registerOutParameter(String name, int sqlType, String typeName) throws SQLException {
        throw byName();
    }
}
