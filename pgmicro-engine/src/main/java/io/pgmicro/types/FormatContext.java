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
 * @param names            the catalog names the reg* types read and print
 */
public record FormatContext(ZoneId timeZone, String dateStyle, String intervalStyle, int extraFloatDigits,
                            Clock clock, ObjectNames names) {
    public static final FormatContext DEFAULT = new FormatContext(ZoneId.of("UTC"), "ISO, MDY", "postgres", 1);

    /** A context reading the system clock for 'now'. */
    public FormatContext(ZoneId timeZone, String dateStyle, String intervalStyle, int extraFloatDigits) {
        this(timeZone, dateStyle, intervalStyle, extraFloatDigits, Clock.systemUTC(), ObjectNames.NONE);
    }

    /** A context without catalog names: reg* values read and print as OIDs. */
    public FormatContext(ZoneId timeZone, String dateStyle, String intervalStyle, int extraFloatDigits, Clock clock) {
        this(timeZone, dateStyle, intervalStyle, extraFloatDigits, clock, ObjectNames.NONE);
    }

    public FormatContext withNames(ObjectNames catalogNames) {
        return new FormatContext(timeZone, dateStyle, intervalStyle, extraFloatDigits, clock, catalogNames);
    }

    public FormatContext withTimeZone(ZoneId zone) {
        return new FormatContext(zone, dateStyle, intervalStyle, extraFloatDigits, clock, names);
    }

    public FormatContext withClock(Clock newClock) {
        return new FormatContext(timeZone, dateStyle, intervalStyle, extraFloatDigits, newClock, names);
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
