package io.pgmicro.jdbc;

import io.pgmicro.session.Column;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * Column descriptions of a result, in pgjdbc's terms (see {@link JdbcTypeInfo}). Whether a
 * column is nullable or auto-incremented, and the name of its table, need the catalog; until
 * the driver asks it, they are reported as unknown, nullable-unknown and "".
 */
final class PgMicroResultSetMetaData implements ResultSetMetaData {
    private final List<Column> columns;

    PgMicroResultSetMetaData(List<Column> columns) {
        this.columns = columns;
    }

    private Column column(int index) throws SQLException {
        if (index < 1 || index > columns.size()) {
            throw Errors.driver("The column index is out of range: " + index + ", number of columns: "
                    + columns.size() + ".", Errors.INVALID_PARAMETER_VALUE);
        }
        return columns.get(index - 1);
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return JdbcTypeInfo.isCaseSensitive(column(column).type());
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        column(column);
        return columnNullableUnknown;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return JdbcTypeInfo.isSigned(column(column).type());
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        Column c = column(column);
        return JdbcTypeInfo.displaySize(c.type(), c.typmod());
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return column(column).name();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return column(column).name();
    }

    /** pgjdbc leaves the schema name empty here (it is available as the base schema only). */
    @Override
    public String getSchemaName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        Column c = column(column);
        return JdbcTypeInfo.precision(c.type(), c.typmod());
    }

    @Override
    public int getScale(int column) throws SQLException {
        Column c = column(column);
        return JdbcTypeInfo.scale(c.type(), c.typmod());
    }

    @Override
    public String getTableName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return JdbcTypeInfo.sqlType(column(column).type());
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return column(column).type().name();
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return JdbcTypeInfo.className(column(column).type());
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
