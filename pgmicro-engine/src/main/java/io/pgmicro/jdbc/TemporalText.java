package io.pgmicro.jdbc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Date and time values between java.time and the texts PostgreSQL reads and pgmicro stores
 * (the storage forms of {@link io.pgmicro.types}: ISO dates, 'HH:MM:SS[.ffffff]' times, a
 * space between date and time, timestamptz in UTC with a '+00' suffix).
 */
final class TemporalText {
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .appendOffset("+HH:mm", "+00")
            .toFormatter();

    private TemporalText() {
    }

    static String format(LocalDate date) {
        return date.toString();
    }

    /** Microseconds are PostgreSQL's resolution; the fraction is printed without trailing zeros. */
    static String format(LocalTime time) {
        return TIME.format(time.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    static String format(LocalDateTime dateTime) {
        return format(dateTime.toLocalDate()) + " " + format(dateTime.toLocalTime());
    }

    static String format(OffsetDateTime dateTime) {
        return format(dateTime.toLocalDateTime()) + OFFSET.format(dateTime.getOffset());
    }

    static String format(OffsetTime time) {
        return format(time.toLocalTime()) + OFFSET.format(time.getOffset());
    }

    static LocalDate parseDate(String text) {
        return LocalDate.parse(text);
    }

    static LocalTime parseTime(String text) {
        return LocalTime.parse(text, TIME);
    }

    static LocalDateTime parseTimestamp(String text) {
        int space = text.indexOf(' ');
        return LocalDateTime.of(parseDate(text.substring(0, space)), parseTime(text.substring(space + 1)));
    }

    /** A timestamptz storage text: a timestamp followed by its UTC offset. */
    static OffsetDateTime parseTimestampWithZone(String text) {
        int sign = offsetStart(text, text.indexOf(' ') + 1);
        return parseTimestamp(text.substring(0, sign)).atOffset(parseOffset(text.substring(sign)));
    }

    static OffsetTime parseTimeWithZone(String text) {
        int sign = offsetStart(text, 0);
        return parseTime(text.substring(0, sign)).atOffset(parseOffset(text.substring(sign)));
    }

    private static int offsetStart(String text, int from) {
        for (int i = text.length() - 1; i > from; i--) {
            char c = text.charAt(i);
            if (c == '+' || c == '-') {
                return i;
            }
        }
        return text.length();
    }

    private static ZoneOffset parseOffset(String text) {
        if (text.isEmpty()) {
            return ZoneOffset.UTC;
        }
        String[] parts = text.substring(1).split(":");
        int seconds = Integer.parseInt(parts[0]) * 3600
                + (parts.length > 1 ? Integer.parseInt(parts[1]) * 60 : 0)
                + (parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
        return ZoneOffset.ofTotalSeconds(text.charAt(0) == '-' ? -seconds : seconds);
    }
}
