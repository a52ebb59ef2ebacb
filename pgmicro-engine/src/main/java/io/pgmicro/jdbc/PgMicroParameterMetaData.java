package io.pgmicro.jdbc;

import io.pgmicro.types.PgType;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.util.List;

/** The parameter types the server resolved for a prepared statement, in pgjdbc's terms. */
final class PgMicroParameterMetaData implements ParameterMetaData {
    private final List<PgType> types;

    PgMicroParameterMetaData(List<PgType> types) {
        this.types = types;
    }

    private PgType type(int index) throws SQLException {
        if (index < 1 || index > types.size()) {
            throw Errors.driver("The parameter index is out of range: " + index + ", number of parameters: "
                    + types.size() + ".", Errors.INVALID_PARAMETER_VALUE);
        }
        return types.get(index - 1);
    }

    @Override
    public int getParameterCount() {
        return types.size();
    }

    @Override
    public int isNullable(int index) throws SQLException {
        type(index);
        return parameterNullableUnknown;
    }

    @Override
    public boolean isSigned(int index) throws SQLException {
        return JdbcTypeInfo.isSigned(type(index));
    }

    /** pgjdbc does not know a parameter's modifier and says 0. */
    @Override
    public int getPrecision(int index) throws SQLException {
        type(index);
        return 0;
    }

    @Override
    public int getScale(int index) throws SQLException {
        type(index);
        return 0;
    }

    @Override
    public int getParameterType(int index) throws SQLException {
        return JdbcTypeInfo.sqlType(type(index));
    }

    @Override
    public String getParameterTypeName(int index) throws SQLException {
        return type(index).name();
    }

    @Override
    public String getParameterClassName(int index) throws SQLException {
        return JdbcTypeInfo.className(type(index));
    }

    @Override
    public int getParameterMode(int index) throws SQLException {
        type(index);
        return parameterModeIn;
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
