package io.pgmicro.jdbc;

import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.HexFormat;

/**
 * Turns a bound Java value into the storage value of the type the server resolved for its
 * parameter. Values travel as PostgreSQL text, the way pgjdbc sends them, and are read by that
 * type's own input function, so {@code '2024-01-02 03:04:05+02'} bound to a timestamp column
 * drops the offset and an out-of-range integer fails with 22003 exactly as on PostgreSQL.
 */
final class ParameterEncoder {
    private ParameterEncoder() {
    }

    static Object storage(Object value, PgType resolved, FormatContext format) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes && resolved.oid() == Types.BYTEA.oid()) {
            return bytes.clone();
        }
        return resolved.input(text(value, format), -1, format);
    }

    /** The PostgreSQL text pgjdbc would send for the value. */
    static String text(Object value, FormatContext format) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof LocalDate date) {
            return TemporalText.format(date);
        }
        if (value instanceof LocalTime time) {
            return TemporalText.format(time);
        }
        if (value instanceof LocalDateTime dateTime) {
            return TemporalText.format(dateTime);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return TemporalText.format(dateTime);
        }
        if (value instanceof OffsetTime time) {
            return TemporalText.format(time);
        }
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof PgMicroArray array) {
            return array.literal(format);
        }
        return value.toString();
    }
}
