package io.pgmicro.types;

import java.time.ZoneId;

/** The fields found in a date/time input string, before they are combined into a value of one type. */
final class DateTimeFields {
    /** Words that stand for a whole value or a whole date. */
    enum Special { NOW, TODAY, TOMORROW, YESTERDAY, EPOCH, INFINITY, NEG_INFINITY, ALLBALLS }

    Integer year;
    Integer month;
    Integer day;
    boolean twoDigitYear;
    boolean bc;
    boolean hasTime;
    int hour;
    int minute;
    int second;
    /** the fraction of the second, in microseconds (rounded as PostgreSQL rounds it) */
    long micros;
    /** the meridian word: 0 for am, 12 for pm, null if none */
    Integer meridian;
    /** an explicit UTC offset in seconds east of Greenwich */
    Integer offsetSeconds;
    /** a named time zone, whose offset depends on the date */
    ZoneId zone;
    Special special;

    boolean hasDate() {
        return year != null && month != null && day != null;
    }

    boolean hasZone() {
        return offsetSeconds != null || zone != null;
    }

    /** The time of day in microseconds since midnight. */
    long timeOfDayMicros() {
        return ((hour * 60L + minute) * 60L + second) * 1_000_000L + micros;
    }
}
