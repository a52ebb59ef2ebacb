package io.pgmicro.types;

import java.time.ZoneId;

/**
 * The session settings that change how values are read and printed.
 *
 * @param timeZone         the session's TimeZone (timestamptz input and output)
 * @param dateStyle        e.g. "ISO, MDY" (only ISO output is produced for now)
 * @param intervalStyle    e.g. "postgres"
 * @param extraFloatDigits PostgreSQL's extra_float_digits; 1 (the default) prints the shortest exact float text
 */
public record FormatContext(ZoneId timeZone, String dateStyle, String intervalStyle, int extraFloatDigits) {
    public static final FormatContext DEFAULT = new FormatContext(ZoneId.of("UTC"), "ISO, MDY", "postgres", 1);
}
