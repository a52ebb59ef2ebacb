package io.pgmicro.jdbc;

import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.UUID;

/**
 * The parameter type pgjdbc declares for each way of binding a value. A null type is
 * "unspecified" (OID 0): the server infers it from the statement, as it does for pgjdbc's
 * dates and timestamps, whose Java types cannot tell timestamp from timestamptz.
 */
final class ParameterTypes {
    private ParameterTypes() {
    }

    /** For setNull(i, sqlType) and setObject(i, x, sqlType). */
    static PgType forSqlType(int sqlType, PgType stringType) {
        return switch (sqlType) {
            case java.sql.Types.TINYINT, java.sql.Types.SMALLINT -> Types.INT2;
            case java.sql.Types.INTEGER -> Types.INT4;
            case java.sql.Types.BIGINT -> Types.INT8;
            case java.sql.Types.REAL -> Types.FLOAT4;
            case java.sql.Types.FLOAT, java.sql.Types.DOUBLE -> Types.FLOAT8;
            case java.sql.Types.DECIMAL, java.sql.Types.NUMERIC -> Types.NUMERIC;
            case java.sql.Types.CHAR, java.sql.Types.NCHAR -> Types.BPCHAR;
            case java.sql.Types.VARCHAR, java.sql.Types.NVARCHAR, java.sql.Types.LONGVARCHAR,
                    java.sql.Types.LONGNVARCHAR -> stringType;
            case java.sql.Types.DATE -> Types.DATE;
            case java.sql.Types.BIT, java.sql.Types.BOOLEAN -> Types.BOOL;
            case java.sql.Types.BINARY, java.sql.Types.VARBINARY, java.sql.Types.LONGVARBINARY,
                    java.sql.Types.BLOB -> Types.BYTEA;
            default -> null;
        };
    }

    /**
     * For setObject(i, x) without a type: what pgjdbc infers from the Java class. Values that
     * pgjdbc refuses (such as Instant) are refused with its message.
     */
    static PgType forValue(Object value, PgType stringType) throws SQLException {
        if (value instanceof String || value instanceof Character) {
            return stringType;
        }
        if (value instanceof Integer) {
            return Types.INT4;
        }
        if (value instanceof Long) {
            return Types.INT8;
        }
        if (value instanceof Short || value instanceof Byte) {
            return Types.INT2;
        }
        if (value instanceof Float) {
            return Types.FLOAT4;
        }
        if (value instanceof Double) {
            return Types.FLOAT8;
        }
        if (value instanceof java.math.BigDecimal || value instanceof BigInteger) {
            return Types.NUMERIC;
        }
        if (value instanceof Boolean) {
            return Types.BOOL;
        }
        if (value instanceof byte[]) {
            return Types.BYTEA;
        }
        if (value instanceof LocalDate) {
            return Types.DATE;
        }
        if (value instanceof LocalTime) {
            return Types.TIME;
        }
        if (value instanceof LocalDateTime) {
            return Types.TIMESTAMP;
        }
        if (value instanceof OffsetDateTime) {
            return Types.TIMESTAMPTZ;
        }
        if (value instanceof OffsetTime) {
            return Types.TIMETZ;
        }
        if (value instanceof UUID) {
            return Types.UUID;
        }
        if (value instanceof PgMicroArray array) {
            return array.arrayType();
        }
        throw Errors.driver("Can't infer the SQL type to use for an instance of " + value.getClass().getName()
                + ". Use setObject() with an explicit Types value to specify the type to use.",
                Errors.INVALID_PARAMETER_TYPE);
    }

    /** The element type pgjdbc uses for a Java array passed to setObject, or null if it takes none. */
    static PgType elementOfJavaArray(Class<?> arrayClass) {
        Class<?> component = arrayClass.getComponentType();
        if (component == int.class || component == Integer.class) {
            return Types.INT4;
        }
        if (component == long.class || component == Long.class) {
            return Types.INT8;
        }
        if (component == short.class || component == Short.class) {
            return Types.INT2;
        }
        if (component == double.class || component == Double.class) {
            return Types.FLOAT8;
        }
        if (component == float.class || component == Float.class) {
            return Types.FLOAT4;
        }
        if (component == boolean.class || component == Boolean.class) {
            return Types.BOOL;
        }
        if (component == String.class) {
            return Types.VARCHAR;
        }
        if (component == UUID.class) {
            return Types.UUID;
        }
        if (component == java.math.BigDecimal.class) {
            return Types.NUMERIC;
        }
        return null;
    }
}
