package io.pgmicro.types;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The session settings that change how values are read and printed.
 *
 * @param timeZone         the session's TimeZone (timestamptz input and output)
 * @param dateStyle        e.g. "ISO, MDY": only ISO output is produced; the second part orders ambiguous input dates
 * @param intervalStyle    e.g. "postgres"
 * @param extraFloatDigits PostgreSQL's extra_float_digits; 1 (the default) prints the shortest exact float text
 * @param clock            where 'now', 'today', 'tomorrow' and 'yesterday' read the time; the session
 *                         fixes it at transaction start, as PostgreSQL's 'now' is the transaction's start time
 */
public record FormatContext(ZoneId timeZone, String dateStyle, String intervalStyle, int extraFloatDigits,
                            Clock clock) {
    public static final FormatContext DEFAULT = new FormatContext(ZoneId.of("UTC"), "ISO, MDY", "postgres", 1);

    /** A context reading the system clock for 'now'. */
    public FormatContext(ZoneId timeZone, String dateStyle, String intervalStyle, int extraFloatDigits) {
        this(timeZone, dateStyle, intervalStyle, extraFloatDigits, Clock.systemUTC());
    }

    public FormatContext withTimeZone(ZoneId zone) {
        return new FormatContext(zone, dateStyle, intervalStyle, extraFloatDigits, clock);
    }

    public FormatContext withClock(Clock newClock) {
        return new FormatContext(timeZone, dateStyle, intervalStyle, extraFloatDigits, newClock);
    }

    /** Whether ambiguous numeric dates such as 01/02/03 read day first (DateStyle DMY). */
    boolean dayFirst() {
        return dateStyle.toUpperCase(java.util.Locale.ROOT).contains("DMY");
    }

    /** Whether ambiguous numeric dates read year first (DateStyle YMD). */
    boolean yearFirst() {
        return dateStyle.toUpperCase(java.util.Locale.ROOT).contains("YMD");
    }
}
