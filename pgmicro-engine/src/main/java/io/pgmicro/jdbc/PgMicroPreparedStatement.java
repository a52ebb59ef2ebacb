package io.pgmicro.jdbc;

import io.pgmicro.PgException;
import io.pgmicro.session.Prepared;
import io.pgmicro.session.Result;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * A statement with {@code ?} parameters. The SQL is rewritten once to {@code $n} markers
 * (plus a RETURNING clause when generated keys are asked for) and prepared by the session
 * with the parameter types pgjdbc would declare for the bound values; the plan is kept until
 * a different set of declared types is bound. Values are encoded for the types the server
 * resolved (see {@link ParameterEncoder}).
 */
public class PgMicroPreparedStatement extends PgMicroStatement implements PreparedStatement {
    /** A bound value and the type declared for it; a null type leaves it to the server. */
    private record Bound(PgType type, Object value) {
    }

    private final String sql;
    private final boolean returningAdded;
    private final int parameterCount;
    private Bound[] parameters;
    private final List<Bound[]> batch = new ArrayList<>();
    private Prepared prepared;
    private List<PgType> preparedTypes;

    /**
     * JDBC parameter indexes before the SQL's first {@code ?}: 1 for the return value of a
     * {@code {? = call f(?)}} escape, whose marker is not part of the SQL, else 0.
     */
    private final int leadingOutParameters;

    /** @param keyColumns null when no generated keys are wanted, empty for all columns */
    PgMicroPreparedStatement(PgMicroConnection connection, String sql, int resultSetType, String[] keyColumns) {
        this(connection, sql, resultSetType, keyColumns, 0);
    }

    PgMicroPreparedStatement(PgMicroConnection connection, String sql, int resultSetType, String[] keyColumns,
                             int leadingOutParameters) {
        super(connection, resultSetType);
        this.leadingOutParameters = leadingOutParameters;
        Placeholders.Rewritten rewritten = Placeholders.rewrite(sql);
        String returning = keyColumns == null ? null : GeneratedKeys.withReturning(rewritten.sql(), keyColumns);
        this.sql = returning != null ? returning : rewritten.sql();
        this.returningAdded = returning != null;
        this.parameterCount = rewritten.parameterCount();
        this.parameters = new Bound[parameterCount];
    }

    // ---- executing ----

    @Override
    public boolean execute() throws SQLException {
        checkOpen();
        startResults(List.of(), false);
        return startResults(List.of(run(parameters)), returningAdded);
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        execute();
        return singleResultSet();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) executeLargeUpdate();
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        execute();
        return updateCountOnly();
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        checkAllBound(parameters);
        batch.add(parameters.clone());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return toIntCounts(executeLargeBatch());
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<Bound[]> entries = new ArrayList<>(batch);
        batch.clear();
        startResults(List.of(), false);
        List<Result> keys = new ArrayList<>();
        long[] counts = runBatch(entries.size(), i -> {
            Result result = run(entries.get(i));
            if (returningAdded) {
                keys.add(result);
            }
            return updateCount(result.commandTag());
        }, i -> describe(entries.get(i)));
        collectGeneratedKeys(keys);
        return counts;
    }

    private Result run(Bound[] values) throws SQLException {
        checkAllBound(values);
        Prepared plan = planFor(values);
        List<PgType> resolved = plan.parameterTypes();
        FormatContext format = connection.formatContext();
        List<Object> storage = new ArrayList<>(values.length);
        try {
            for (int i = 0; i < values.length; i++) {
                storage.add(ParameterEncoder.storage(values[i].value(), resolved.get(i), format));
            }
        } catch (PgException e) {
            throw Errors.server(e);
        }
        return connection.execute(plan, storage);
    }

    /** The prepared plan for the declared types of these values, prepared anew when they differ. */
    private Prepared planFor(Bound[] values) throws SQLException {
        List<PgType> declared = new ArrayList<>(values.length);
        for (Bound value : values) {
            declared.add(value == null ? null : value.type());
        }
        if (prepared == null || !declared.equals(preparedTypes)) {
            prepared = connection.prepare(sql, declared);
            preparedTypes = declared;
        }
        return prepared;
    }

    private void checkAllBound(Bound[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw Errors.driver("No value specified for parameter " + (i + 1) + ".", Errors.INVALID_PARAMETER_VALUE);
            }
        }
    }

    /** How pgjdbc shows a batch entry in its error message: the SQL with the values inlined. */
    private String describe(Bound[] values) {
        String text = sql;
        for (int i = values.length; i >= 1; i--) {
            Bound value = values[i - 1];
            String literal = value.value() == null ? "NULL"
                    : SqlQuoting.literal(ParameterEncoder.text(value.value(), connection.formatContext()));
            if (value.type() != null && value.value() != null) {
                literal = "(" + literal + "::" + value.type().name() + ")";
            }
            text = text.replace("$" + i, literal);
        }
        return text;
    }

    // ---- metadata ----

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        Prepared plan = planFor(parameters);
        return plan.columns() == null ? null : new PgMicroResultSetMetaData(plan.columns());
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        return new PgMicroParameterMetaData(planFor(parameters).parameterTypes());
    }

    // ---- binding ----

    private void bind(int index, PgType type, Object value) throws SQLException {
        checkOpen();
        int sqlIndex = index - leadingOutParameters;
        if (sqlIndex < 1 || sqlIndex > parameterCount) {
            throw Errors.driver("The column index is out of range: " + index + ", number of columns: "
                    + (parameterCount + leadingOutParameters) + ".", Errors.INVALID_PARAMETER_VALUE);
        }
        parameters[sqlIndex - 1] = new Bound(type, value);
    }

    /**
     * Binds a null of the given type to a parameter of the SQL that nothing was set for (OUT
     * parameters of a call); the return value of a call escape is not in the SQL and is skipped.
     */
    void bindNullWhereUnset(int index, PgType type) throws SQLException {
        int sqlIndex = index - leadingOutParameters;
        if (sqlIndex >= 1 && sqlIndex <= parameterCount && parameters[sqlIndex - 1] == null) {
            bind(index, type, null);
        }
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        parameters = new Bound[parameterCount];
    }

    @Override
    public void setNull(int index, int sqlType) throws SQLException {
        bind(index, ParameterTypes.forSqlType(sqlType, connection.stringParameterType()), null);
    }

    @Override
    public void setNull(int index, int sqlType, String typeName) throws SQLException {
        setNull(index, sqlType);
    }

    @Override
    public void setBoolean(int index, boolean value) throws SQLException {
        bind(index, Types.BOOL, value);
    }

    @Override
    public void setByte(int index, byte value) throws SQLException {
        bind(index, Types.INT2, value);
    }

    @Override
    public void setShort(int index, short value) throws SQLException {
        bind(index, Types.INT2, value);
    }

    @Override
    public void setInt(int index, int value) throws SQLException {
        bind(index, Types.INT4, value);
    }

    @Override
    public void setLong(int index, long value) throws SQLException {
        bind(index, Types.INT8, value);
    }

    @Override
    public void setFloat(int index, float value) throws SQLException {
        bind(index, Types.FLOAT4, value);
    }

    @Override
    public void setDouble(int index, double value) throws SQLException {
        bind(index, Types.FLOAT8, value);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal value) throws SQLException {
        bind(index, Types.NUMERIC, value);
    }

    @Override
    public void setString(int index, String value) throws SQLException {
        bind(index, connection.stringParameterType(), value);
    }

    @Override
    public void setNString(int index, String value) throws SQLException {
        setString(index, value);
    }

    @Override
    public void setBytes(int index, byte[] value) throws SQLException {
        bind(index, Types.BYTEA, value == null ? null : value.clone());
    }

    @Override
    public void setDate(int index, Date value) throws SQLException {
        setDate(index, value, null);
    }

    /** Dates, times and timestamps go out unspecified, as pgjdbc sends them, with the calendar's zone applied. */
    @Override
    public void setDate(int index, Date value, Calendar calendar) throws SQLException {
        bind(index, null, value == null ? null : instant(value).atZone(zone(calendar)).toLocalDate());
    }

    @Override
    public void setTime(int index, Time value) throws SQLException {
        setTime(index, value, null);
    }

    @Override
    public void setTime(int index, Time value, Calendar calendar) throws SQLException {
        bind(index, null, value == null ? null : instant(value).atZone(zone(calendar)).toLocalTime());
    }

    @Override
    public void setTimestamp(int index, Timestamp value) throws SQLException {
        setTimestamp(index, value, null);
    }

    @Override
    public void setTimestamp(int index, Timestamp value, Calendar calendar) throws SQLException {
        bind(index, null, value == null ? null : value.toInstant().atZone(zone(calendar)).toOffsetDateTime());
    }

    private static Instant instant(java.util.Date value) {
        return Instant.ofEpochMilli(value.getTime());
    }

    private static ZoneId zone(Calendar calendar) {
        return calendar == null ? ZoneId.systemDefault() : calendar.getTimeZone().toZoneId();
    }

    @Override
    public void setObject(int index, Object value) throws SQLException {
        if (value == null) {
            bind(index, null, null);
        } else if (value instanceof Date date) {
            setDate(index, date);
        } else if (value instanceof Time time) {
            setTime(index, time);
        } else if (value instanceof Timestamp timestamp) {
            setTimestamp(index, timestamp);
        } else if (value instanceof Array array) {
            setArray(index, array);
        } else if (value.getClass().isArray() && !(value instanceof byte[])) {
            setArray(index, javaArray(value));
        } else {
            Object bound = value instanceof byte[] bytes ? bytes.clone() : value;
            bind(index, ParameterTypes.forValue(value, connection.stringParameterType()), bound);
        }
    }

    /** With an explicit type the value goes out as its text, declared as pgjdbc declares that type. */
    @Override
    public void setObject(int index, Object value, int targetSqlType) throws SQLException {
        if (value == null) {
            setNull(index, targetSqlType);
        } else if (value instanceof java.util.Date || value instanceof Array || value.getClass().isArray()) {
            setObject(index, value);
        } else {
            bind(index, ParameterTypes.forSqlType(targetSqlType, connection.stringParameterType()), value);
        }
    }

    @Override
    public void setObject(int index, Object value, int targetSqlType, int scaleOrLength) throws SQLException {
        setObject(index, value, targetSqlType);
    }

    @Override
    public void setObject(int index, Object value, SQLType targetSqlType) throws SQLException {
        setObject(index, value, targetSqlType.getVendorTypeNumber());
    }

    @Override
    public void setObject(int index, Object value, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        setObject(index, value, targetSqlType.getVendorTypeNumber());
    }

    @Override
    public void setArray(int index, Array value) throws SQLException {
        if (value == null) {
            bind(index, null, null);
            return;
        }
        PgMicroArray array = value instanceof PgMicroArray ours ? ours
                : (PgMicroArray) connection.createArrayOf(value.getBaseTypeName(), (Object[]) value.getArray());
        bind(index, array.arrayType(), array);
    }

    private Array javaArray(Object value) throws SQLException {
        PgType element = ParameterTypes.elementOfJavaArray(value.getClass());
        if (element == null) {
            throw Errors.driver("Can't infer the SQL type to use for an instance of " + value.getClass().getName()
                    + ". Use setObject() with an explicit Types value to specify the type to use.",
                    Errors.INVALID_PARAMETER_TYPE);
        }
        int length = java.lang.reflect.Array.getLength(value);
        Object[] boxed = new Object[length];
        for (int i = 0; i < length; i++) {
            boxed[i] = java.lang.reflect.Array.get(value, i);
        }
        return connection.createArrayOf(element.name(), boxed);
    }

    @Override
    public void setURL(int index, URL value) throws SQLException {
        setString(index, value == null ? null : value.toString());
    }

    // ---- streams: read whole, then bound as text or bytes ----

    @Override
    public void setAsciiStream(int index, InputStream stream, int length) throws SQLException {
        setAsciiStream(index, stream, (long) length);
    }

    @Override
    public void setAsciiStream(int index, InputStream stream, long length) throws SQLException {
        setString(index, stream == null ? null : new String(readBytes(stream, length), StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int index, InputStream stream) throws SQLException {
        setAsciiStream(index, stream, -1L);
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int index, InputStream stream, int length) throws SQLException {
        setString(index, stream == null ? null : new String(readBytes(stream, length), StandardCharsets.UTF_8));
    }

    @Override
    public void setBinaryStream(int index, InputStream stream, int length) throws SQLException {
        setBinaryStream(index, stream, (long) length);
    }

    @Override
    public void setBinaryStream(int index, InputStream stream, long length) throws SQLException {
        setBytes(index, stream == null ? null : readBytes(stream, length));
    }

    @Override
    public void setBinaryStream(int index, InputStream stream) throws SQLException {
        setBinaryStream(index, stream, -1L);
    }

    @Override
    public void setCharacterStream(int index, Reader reader, int length) throws SQLException {
        setCharacterStream(index, reader, (long) length);
    }

    @Override
    public void setCharacterStream(int index, Reader reader, long length) throws SQLException {
        setString(index, reader == null ? null : readChars(reader, length));
    }

    @Override
    public void setCharacterStream(int index, Reader reader) throws SQLException {
        setCharacterStream(index, reader, -1L);
    }

    @Override
    public void setNCharacterStream(int index, Reader reader, long length) throws SQLException {
        setCharacterStream(index, reader, length);
    }

    @Override
    public void setNCharacterStream(int index, Reader reader) throws SQLException {
        setCharacterStream(index, reader);
    }

    /** @param length how many bytes to read, or -1 for all */
    private static byte[] readBytes(InputStream stream, long length) throws SQLException {
        try {
            return length < 0 ? stream.readAllBytes() : stream.readNBytes((int) length);
        } catch (IOException e) {
            throw new SQLException("Provided InputStream failed.", "XX000", e);
        }
    }

    private static String readChars(Reader reader, long length) throws SQLException {
        StringWriter out = new StringWriter();
        char[] buffer = new char[8192];
        long remaining = length < 0 ? Long.MAX_VALUE : length;
        try {
            int n;
            while (remaining > 0 && (n = reader.read(buffer, 0, (int) Math.min(buffer.length, remaining))) > 0) {
                out.write(buffer, 0, n);
                remaining -= n;
            }
        } catch (IOException e) {
            throw new SQLException("Provided Reader failed.", "XX000", e);
        }
        return out.toString();
    }

    // ---- large objects: not supported ----

    @Override
    public void setRef(int index, Ref value) throws SQLException {
        throw Errors.notSupported("Ref");
    }

    @Override
    public void setBlob(int index, Blob value) throws SQLException {
        throw Errors.notSupported("Blob");
    }

    @Override
    public void setBlob(int index, InputStream stream, long length) throws SQLException {
        throw Errors.notSupported("Blob");
    }

    @Override
    public void setBlob(int index, InputStream stream) throws SQLException {
        throw Errors.notSupported("Blob");
    }

    @Override
    public void setClob(int index, Clob value) throws SQLException {
        throw Errors.notSupported("Clob");
    }

    @Override
    public void setClob(int index, Reader reader, long length) throws SQLException {
        throw Errors.notSupported("Clob");
    }

    @Override
    public void setClob(int index, Reader reader) throws SQLException {
        throw Errors.notSupported("Clob");
    }

    @Override
    public void setNClob(int index, NClob value) throws SQLException {
        throw Errors.notSupported("NClob");
    }

    @Override
    public void setNClob(int index, Reader reader, long length) throws SQLException {
        throw Errors.notSupported("NClob");
    }

    @Override
    public void setNClob(int index, Reader reader) throws SQLException {
        throw Errors.notSupported("NClob");
    }

    @Override
    public void setRowId(int index, RowId value) throws SQLException {
        throw Errors.notSupported("RowId");
    }

    @Override
    public void setSQLXML(int index, SQLXML value) throws SQLException {
        throw Errors.notSupported("SQLXML");
    }

    // ---- the Statement methods that take SQL text do not apply ----

    private static SQLException takesNoQueryString() {
        return Errors.driver("Can't use query methods that take a query string on a PreparedStatement.",
                Errors.WRONG_OBJECT_TYPE);
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw takesNoQueryString();
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        throw takesNoQueryString();
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        throw takesNoQueryString();
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw takesNoQueryString();
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        throw takesNoQueryString();
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        throw takesNoQueryString();
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        throw takesNoQueryString();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw takesNoQueryString();
    }

    @Override
    public String toString() {
        return sql;
    }
}
