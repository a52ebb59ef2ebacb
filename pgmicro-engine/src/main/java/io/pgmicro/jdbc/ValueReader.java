package io.pgmicro.jdbc;

import io.pgmicro.types.FormatContext;
import io.pgmicro.types.ArrayText;
import io.pgmicro.types.ArrayValue;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads a storage value (see {@link io.pgmicro.types}) of a known PostgreSQL type as the Java
 * value a ResultSet getter returns, with pgjdbc's conversions and pgjdbc's errors: numbers
 * are read from their text and truncated towards zero, bad conversions are 22003
 * "Bad value for type int : x", booleans accept pgjdbc's spellings and nothing else.
 */
final class ValueReader {
    private final FormatContext format;

    ValueReader(FormatContext format) {
        this.format = format;
    }

    FormatContext format() {
        return format;
    }

    String text(Object storage, PgType type) {
        return type.output(storage, format);
    }

    /** What getObject(int) returns: the class {@link JdbcTypeInfo#className} names. */
    Object object(Object storage, PgType type) throws SQLException {
        if (storage == null) {
            return null;
        }
        if (type.isArray()) {
            return array(storage, type);
        }
        return switch (type.oid()) {
            case 16 -> bool(storage, type);
            case 17 -> bytes(storage, type);
            case 21, 23 -> (int) integral(storage, type, "int", Integer.MIN_VALUE, Integer.MAX_VALUE);
            case 20, 26 -> integral(storage, type, "long", Long.MIN_VALUE, Long.MAX_VALUE);
            case 700 -> (float) floating(storage, type, "float");
            case 701 -> floating(storage, type, "double");
            case 1700 -> numericObject(storage, type);
            case 1082 -> Date.valueOf(TemporalText.parseDate((String) storage));
            case 1083, 1266 -> time(storage, type, ZoneId.systemDefault());
            case 1114, 1184 -> timestamp(storage, type, ZoneId.systemDefault());
            case 2950 -> UUID.fromString((String) storage);
            default -> text(storage, type);
        };
    }

    long integral(Object storage, PgType type, String javaName, long min, long max) throws SQLException {
        if (storage instanceof Long value && type.category() == 'N') {
            return inRange(value, min, max, javaName, value.toString());
        }
        String text = text(storage, type).trim();
        try {
            return inRange(Long.parseLong(text), min, max, javaName, text);
        } catch (NumberFormatException notAnInteger) {
            try {
                BigDecimal truncated = new BigDecimal(text).setScale(0, RoundingMode.DOWN);
                return inRange(truncated.longValueExact(), min, max, javaName, text);
            } catch (NumberFormatException | ArithmeticException e) {
                throw badValue(javaName, text);
            }
        }
    }

    double floating(Object storage, PgType type, String javaName) throws SQLException {
        if (storage instanceof Double value) {
            return value;
        }
        String text = text(storage, type).trim();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw badValue(javaName, text);
        }
    }

    BigDecimal decimal(Object storage, PgType type) throws SQLException {
        if (storage instanceof Long value) {
            return BigDecimal.valueOf(value);
        }
        String text = text(storage, type).trim();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw badValue("BigDecimal", text);
        }
    }

    boolean bool(Object storage, PgType type) throws SQLException {
        if (type.oid() == Types.BOOL.oid()) {
            return ((Number) storage).longValue() != 0;
        }
        String text = text(storage, type).trim();
        switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "true", "t", "yes", "y", "on":
                return true;
            case "0", "false", "f", "no", "n", "off":
                return false;
            default:
                try {
                    double number = Double.parseDouble(text);
                    if (number == 1) {
                        return true;
                    }
                    if (number == 0) {
                        return false;
                    }
                } catch (NumberFormatException ignored) {
                    // falls through to the error below, as any other unreadable text does
                }
                throw Errors.driver("Cannot cast to boolean: \"" + text + "\"", Errors.CANNOT_COERCE);
        }
    }

    /** bytea gives its bytes; pgjdbc gives the text's UTF-8 bytes for other types. */
    byte[] bytes(Object storage, PgType type) {
        if (storage instanceof byte[] raw) {
            return raw.clone();
        }
        return text(storage, type).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The value as a wall-clock date and time in {@code zone}: timestamptz instants are moved
     * into the zone, dates start at midnight, times fall on 1970-01-01.
     */
    LocalDateTime localDateTime(Object storage, PgType type, ZoneId zone) throws SQLException {
        String text = storage instanceof String s ? s : text(storage, type);
        try {
            return switch (type.oid()) {
                case 1082 -> TemporalText.parseDate(text).atStartOfDay();
                case 1083 -> TemporalText.parseTime(text).atDate(LocalDate.EPOCH);
                case 1266 -> TemporalText.parseTimeWithZone(text).atDate(LocalDate.EPOCH)
                        .atZoneSameInstant(zone).toLocalDateTime();
                case 1114 -> TemporalText.parseTimestamp(text);
                case 1184 -> TemporalText.parseTimestampWithZone(text).atZoneSameInstant(zone).toLocalDateTime();
                default -> parseLoosely(text);
            };
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            throw badValue("timestamp", text);
        }
    }

    Timestamp timestamp(Object storage, PgType type, ZoneId zone) throws SQLException {
        if (type.oid() == Types.TIMESTAMPTZ.oid()) {
            return Timestamp.from(offsetDateTime(storage, type).toInstant());
        }
        return Timestamp.from(localDateTime(storage, type, zone).atZone(zone).toInstant());
    }

    Date date(Object storage, PgType type, ZoneId zone) throws SQLException {
        LocalDate day = localDateTime(storage, type, zone).toLocalDate();
        return new Date(day.atStartOfDay(zone).toInstant().toEpochMilli());
    }

    Time time(Object storage, PgType type, ZoneId zone) throws SQLException {
        LocalTime clock = localDateTime(storage, type, zone).toLocalTime();
        return new Time(clock.atDate(LocalDate.EPOCH).atZone(zone).toInstant().toEpochMilli());
    }

    /** A timestamptz as stored (UTC); pgjdbc reads a plain timestamp as if it were UTC. */
    OffsetDateTime offsetDateTime(Object storage, PgType type) throws SQLException {
        if (type.oid() == Types.TIMESTAMPTZ.oid()) {
            try {
                return TemporalText.parseTimestampWithZone((String) storage).withOffsetSameInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeException | IndexOutOfBoundsException e) {
                throw badValue("timestamptz", String.valueOf(storage));
            }
        }
        return localDateTime(storage, type, java.time.ZoneOffset.UTC).atOffset(java.time.ZoneOffset.UTC);
    }

    PgMicroArray array(Object storage, PgType type) throws SQLException {
        PgType element = Types.elementOf(type);
        ArrayValue parsed = ArrayText.parse(text(storage, type));
        List<String> texts = parsed.elements();
        Object[] storageValues = new Object[texts.size()];
        for (int i = 0; i < storageValues.length; i++) {
            String text = texts.get(i);
            storageValues[i] = text == null ? null : element.input(text, -1, format);
        }
        return new PgMicroArray(element, storageValues, parsed, this);
    }

    private Object numericObject(Object storage, PgType type) throws SQLException {
        String text = text(storage, type);
        // pgjdbc hands out NaN and the infinities as Double, since BigDecimal has none of them.
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                return decimal(storage, type);
        }
    }

    private static LocalDateTime parseLoosely(String text) {
        String t = text.trim();
        if (t.length() <= 10) {
            return TemporalText.parseDate(t).atStartOfDay();
        }
        return TemporalText.parseTimestamp(t.replace('T', ' '));
    }

    private static long inRange(long value, long min, long max, String javaName, String text) throws SQLException {
        if (value < min || value > max) {
            throw badValue(javaName, text);
        }
        return value;
    }

    private static SQLException badValue(String javaName, String text) {
        return Errors.driver("Bad value for type " + javaName + " : " + text, Errors.NUMERIC_VALUE_OUT_OF_RANGE);
    }
}
