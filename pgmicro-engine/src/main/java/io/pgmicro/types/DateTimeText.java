package io.pgmicro.types;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The storage texts of the date/time types (PostgreSQL's ISO output, see the package
 * documentation): writing them from java.time values and reading them back.
 * Years before 1 AD are written as PostgreSQL writes them ('0044-03-15 BC'); java.time
 * counts them astronomically (year 0 is 1 BC).
 */
final class DateTimeText {
    static final String INFINITY = "infinity";
    static final String NEG_INFINITY = "-infinity";
    static final long MICROS_PER_DAY = 86_400_000_000L;
    /** PostgreSQL counts timestamps from 2000-01-01, which decides how precision rounding treats negatives. */
    static final long PG_EPOCH_SECONDS = 946_684_800L;

    private static final Pattern STORED = Pattern.compile(
            "(\\d{4,})-(\\d\\d)-(\\d\\d)(?:[ T](\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,6}))?)?"
                    + "([+-]\\d\\d(?::\\d\\d){0,2})?( BC)?");
    private static final Pattern STORED_TIME = Pattern.compile(
            "(\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,6}))?([+-]\\d\\d(?::\\d\\d){0,2})?");

    private DateTimeText() {
    }

    static String date(LocalDate date) {
        StringBuilder out = new StringBuilder(13);
        int year = date.getYear();
        pad(out, year > 0 ? year : 1 - year, 4).append('-');
        pad(out, date.getMonthValue(), 2).append('-');
        pad(out, date.getDayOfMonth(), 2);
        if (year <= 0) {
            out.append(" BC");
        }
        return out.toString();
    }

    static String timestamp(LocalDateTime value) {
        String date = date(value.toLocalDate());
        String time = time(value.toLocalTime().toNanoOfDay() / 1000);
        return date.endsWith(" BC") ? date.substring(0, date.length() - 3) + " " + time + " BC" : date + " " + time;
    }

    /** A timestamptz as stored or printed: local date and time at the offset, then the offset. */
    static String timestampWithOffset(LocalDateTime local, int offsetSeconds) {
        String text = timestamp(local);
        String offset = offset(offsetSeconds);
        return text.endsWith(" BC") ? text.substring(0, text.length() - 3) + offset + " BC" : text + offset;
    }

    /** 'HH:MM:SS[.ffffff]' with the fraction's trailing zeros dropped; 24:00:00 is a valid time. */
    static String time(long micros) {
        StringBuilder out = new StringBuilder(15);
        long seconds = micros / 1_000_000;
        pad(out, seconds / 3600, 2).append(':');
        pad(out, seconds / 60 % 60, 2).append(':');
        pad(out, seconds % 60, 2);
        appendFraction(out, micros % 1_000_000);
        return out.toString();
    }

    static void appendFraction(StringBuilder out, long fraction) {
        if (fraction != 0) {
            String digits = String.valueOf(1_000_000 + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(digits, 0, end);
        }
    }

    /** '+00', '+05:30', '-03', '-04:56:02' (seconds east of UTC). */
    static String offset(int seconds) {
        StringBuilder out = new StringBuilder(9);
        out.append(seconds < 0 ? '-' : '+');
        int abs = Math.abs(seconds);
        pad(out, abs / 3600, 2);
        if (abs % 3600 != 0) {
            pad(out.append(':'), abs / 60 % 60, 2);
            if (abs % 60 != 0) {
                pad(out.append(':'), abs % 60, 2);
            }
        }
        return out.toString();
    }

    private static StringBuilder pad(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    /** Reads a stored date, timestamp or timestamptz (the offset, if any, is applied: the result is in UTC). */
    static LocalDateTime parseStored(String text) {
        Matcher m = STORED.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a stored date/time value: " + text);
        }
        int year = Integer.parseInt(m.group(1));
        LocalDateTime value = LocalDateTime.of(m.group(9) != null ? 1 - year : year,
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), 0, 0);
        if (m.group(4) != null) {
            long micros = ((Long.parseLong(m.group(4)) * 60 + Long.parseLong(m.group(5))) * 60
                    + Long.parseLong(m.group(6))) * 1_000_000 + fractionDigits(m.group(7));
            value = value.plusNanos(micros * 1000);
        }
        if (m.group(8) != null) {
            value = value.minusSeconds(DateTimeParser.parseOffset(m.group(8)));
        }
        return value;
    }

    /** Reads a stored time or timetz: [microseconds since midnight, offset seconds east (0 if none)]. */
    static long[] parseStoredTime(String text) {
        Matcher m = STORED_TIME.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a stored time value: " + text);
        }
        long micros = ((Long.parseLong(m.group(1)) * 60 + Long.parseLong(m.group(2))) * 60
                + Long.parseLong(m.group(3))) * 1_000_000 + fractionDigits(m.group(4));
        return new long[] {micros, m.group(5) == null ? 0 : DateTimeParser.parseOffset(m.group(5))};
    }

    private static long fractionDigits(String digits) {
        return digits == null ? 0 : Long.parseLong((digits + "00000").substring(0, 6));
    }

    /** Microseconds since PostgreSQL's epoch, 2000-01-01 00:00:00. */
    static long pgMicros(LocalDateTime value) {
        return (value.toEpochSecond(ZoneOffset.UTC) - PG_EPOCH_SECONDS) * 1_000_000 + value.getNano() / 1000;
    }

    static LocalDateTime fromPgMicros(long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        long fraction = Math.floorMod(micros, 1_000_000L);
        return LocalDateTime.ofEpochSecond(seconds + PG_EPOCH_SECONDS, (int) (fraction * 1000), ZoneOffset.UTC);
    }

    /** timestamp(p): rounds half away from 2000-01-01, as PostgreSQL's AdjustTimestampForTypmod. */
    static LocalDateTime roundTimestamp(LocalDateTime value, int typmod) {
        if (typmod < 0 || typmod >= 6) {
            return value;
        }
        long scale = scale(typmod);
        long micros = pgMicros(value);
        long rounded = micros >= 0 ? (micros + scale / 2) / scale * scale : -((-micros + scale / 2) / scale * scale);
        return fromPgMicros(rounded);
    }

    /** time(p): rounds half up (PostgreSQL's AdjustTimeForTypmod); 23:59:59.9 at time(0) is 24:00:00. */
    static long roundTime(long micros, int typmod) {
        if (typmod < 0 || typmod >= 6) {
            return micros;
        }
        long scale = scale(typmod);
        return (micros + scale / 2) / scale * scale;
    }

    private static long scale(int precision) {
        long scale = 1;
        for (int i = precision; i < 6; i++) {
            scale *= 10;
        }
        return scale;
    }

    static LocalTime localTime(long micros) {
        return LocalTime.ofNanoOfDay(micros % MICROS_PER_DAY * 1000);
    }
}
