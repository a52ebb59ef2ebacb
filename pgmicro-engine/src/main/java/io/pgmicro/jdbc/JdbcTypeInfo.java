package io.pgmicro.jdbc;

import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.sql.Array;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.UUID;

/**
 * How a PostgreSQL type looks through JDBC metadata: its {@link java.sql.Types} code, the Java
 * class {@code getObject} returns, precision, scale and display size. The values are the ones
 * pgjdbc reports for the same type and modifier, so that frameworks reading ResultSetMetaData
 * and ParameterMetaData see what they see against PostgreSQL.
 */
final class JdbcTypeInfo {
    /** pgjdbc reports this for "no declared limit". */
    static final int UNKNOWN_LENGTH = Integer.MAX_VALUE;

    private JdbcTypeInfo() {
    }

    static int sqlType(PgType type) {
        if (type.isArray()) {
            return java.sql.Types.ARRAY;
        }
        return switch (type.oid()) {
            case 16 -> java.sql.Types.BIT;
            case 17 -> java.sql.Types.BINARY;
            case 18, 1042 -> java.sql.Types.CHAR;
            case 19, 25, 1043 -> java.sql.Types.VARCHAR;
            case 20, 26 -> java.sql.Types.BIGINT;
            case 21 -> java.sql.Types.SMALLINT;
            case 23 -> java.sql.Types.INTEGER;
            case 700 -> java.sql.Types.REAL;
            case 701 -> java.sql.Types.DOUBLE;
            case 1700 -> java.sql.Types.NUMERIC;
            case 1082 -> java.sql.Types.DATE;
            case 1083, 1266 -> java.sql.Types.TIME;
            case 1114, 1184 -> java.sql.Types.TIMESTAMP;
            default -> java.sql.Types.OTHER;
        };
    }

    /** The class of what {@link PgMicroResultSet#getObject(int)} returns for this type. */
    static String className(PgType type) {
        if (type.isArray()) {
            return Array.class.getName();
        }
        return switch (type.oid()) {
            case 16 -> Boolean.class.getName();
            case 17 -> byte[].class.getName();
            case 20, 26 -> Long.class.getName();
            case 21, 23 -> Integer.class.getName();
            case 700 -> Float.class.getName();
            case 701 -> Double.class.getName();
            case 1700 -> java.math.BigDecimal.class.getName();
            case 1082 -> Date.class.getName();
            case 1083, 1266 -> Time.class.getName();
            case 1114, 1184 -> Timestamp.class.getName();
            case 2950 -> UUID.class.getName();
            default -> String.class.getName();
        };
    }

    static int precision(PgType type, int typmod) {
        PgType element = type.isArray() ? Types.elementOf(type) : null;
        if (element != null) {
            return precision(element, typmod);
        }
        return switch (type.oid()) {
            case 16 -> 1;
            case 21 -> 5;
            case 23, 26 -> 10;
            case 20 -> 19;
            case 700 -> 8;
            case 701 -> 17;
            case 1700 -> typmod < 4 ? 0 : ((typmod - 4) >> 16) & 0xffff;
            case 18 -> 1;
            case 1042, 1043 -> typmod < 4 ? UNKNOWN_LENGTH : typmod - 4;
            case 1082 -> 13;
            case 1083 -> 8 + fractionWidth(typmod);
            case 1266 -> 8 + fractionWidth(typmod) + 6;
            case 1114 -> 22 + fractionWidth(typmod);
            case 1184 -> 22 + fractionWidth(typmod) + 6;
            default -> UNKNOWN_LENGTH;
        };
    }

    static int scale(PgType type, int typmod) {
        PgType element = type.isArray() ? Types.elementOf(type) : null;
        if (element != null) {
            return scale(element, typmod);
        }
        return switch (type.oid()) {
            case 700 -> 8;
            case 701 -> 17;
            case 1700 -> typmod < 4 ? 0 : (typmod - 4) & 0xffff;
            case 1083, 1266, 1114, 1184 -> typmod < 0 ? 6 : typmod;
            default -> 0;
        };
    }

    static int displaySize(PgType type, int typmod) {
        PgType element = type.isArray() ? Types.elementOf(type) : null;
        if (element != null) {
            return displaySize(element, typmod);
        }
        return switch (type.oid()) {
            case 21 -> 6;
            case 23, 26 -> 11;
            case 20 -> 20;
            case 700 -> 15;
            case 701 -> 25;
            case 1700 -> numericDisplaySize(typmod);
            default -> precision(type, typmod);
        };
    }

    static boolean isSigned(PgType type) {
        PgType element = type.isArray() ? Types.elementOf(type) : null;
        if (element != null) {
            return isSigned(element);
        }
        return switch (type.oid()) {
            case 20, 21, 23, 700, 701, 1700 -> true;
            default -> false;
        };
    }

    static boolean isCaseSensitive(PgType type) {
        PgType element = type.isArray() ? Types.elementOf(type) : null;
        if (element != null) {
            return isCaseSensitive(element);
        }
        return switch (type.oid()) {
            case 16, 20, 21, 23, 26, 700, 701, 1700, 1082, 1083, 1266, 1114, 1184, 1186 -> false;
            default -> true;
        };
    }

    /** Digits after the point of a time type: 6 unless the modifier says fewer; 0 drops the point. */
    private static int fractionWidth(int typmod) {
        int digits = typmod < 0 ? 6 : typmod;
        return digits == 0 ? 0 : digits + 1;
    }

    /** Sign, digits and (when there is a scale) the point; unconstrained numeric is as wide as it gets. */
    private static int numericDisplaySize(int typmod) {
        if (typmod < 4) {
            return 131089;
        }
        int precision = ((typmod - 4) >> 16) & 0xffff;
        int scale = (typmod - 4) & 0xffff;
        return 1 + precision + (scale == 0 ? 0 : 1);
    }
}
