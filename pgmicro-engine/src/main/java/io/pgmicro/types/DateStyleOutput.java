package io.pgmicro.types;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How dates and timestamps print under the DateStyle setting: ISO ("1997-02-10
 * 17:32:01-08"), SQL ("02/10/1997 17:32:01 PST"), Postgres ("Mon Feb 10 17:32:01 1997
 * PST") or German ("10.02.1997 17:32:01 PST"). The second part of the setting (DMY)
 * puts the day before the month in the SQL and Postgres styles. Values are stored as
 * ISO text, which is also the ISO output.
 */
public final class DateStyleOutput {
    private enum Style { ISO, SQL, POSTGRES, GERMAN }

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private DateStyleOutput() {
    }

    private static Style style(FormatContext ctx) {
        String s = ctx.dateStyle().toUpperCase(Locale.ROOT);
        if (s.contains("POSTGRES")) {
            return Style.POSTGRES;
        }
        if (s.contains("SQL")) {
            return Style.SQL;
        }
        if (s.contains("GERMAN")) {
            return Style.GERMAN;
        }
        return Style.ISO;
    }

    static boolean isIso(FormatContext ctx) {
        return style(ctx) == Style.ISO;
    }

    /** A date in the session's style (the ISO text when that is the style). */
    static String date(String stored, FormatContext ctx) {
        Style style = style(ctx);
        if (style == Style.ISO || stored.endsWith("infinity")) {
            return stored;
        }
        LocalDateTime value = DateTimeText.parseStored(stored);
        return datePart(value, style, ctx) + era(value);
    }

    /** A timestamp without time zone in the session's style. */
    static String timestamp(String stored, FormatContext ctx) {
        Style style = style(ctx);
        if (style == Style.ISO || stored.endsWith("infinity")) {
            return stored;
        }
        return dateTime(DateTimeText.parseStored(stored), style, ctx, null);
    }

    /** A timestamptz at the session's time zone in the session's style. */
    static String timestamptz(ZonedDateTime zoned, FormatContext ctx) {
        Style style = style(ctx);
        if (style == Style.ISO) {
            return DateTimeText.timestampWithOffset(zoned.toLocalDateTime(), zoned.getOffset().getTotalSeconds());
        }
        return dateTime(zoned.toLocalDateTime(), style, ctx, zoneAbbreviation(zoned));
    }

    private static String dateTime(LocalDateTime value, Style style, FormatContext ctx, String zone) {
        String time = DateTimeText.time(value.toLocalTime().toNanoOfDay() / 1000);
        StringBuilder out = new StringBuilder();
        if (style == Style.POSTGRES) {
            String day = two(value.getDayOfMonth());
            String month = value.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            out.append(value.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ')
                    .append(ctx.dayFirst() ? day + " " + month : month + " " + day)
                    .append(' ').append(time).append(' ').append(year(value));
        } else {
            out.append(datePart(value, style, ctx)).append(' ').append(time);
        }
        if (zone != null) {
            out.append(' ').append(zone);
        }
        return out.append(era(value)).toString();
    }

    private static String datePart(LocalDateTime value, Style style, FormatContext ctx) {
        String day = two(value.getDayOfMonth());
        String month = two(value.getMonthValue());
        return switch (style) {
            case SQL -> (ctx.dayFirst() ? day + "/" + month : month + "/" + day) + "/" + year(value);
            case GERMAN -> day + "." + month + "." + year(value);
            default -> (ctx.dayFirst() ? day + "-" + month : month + "-" + day) + "-" + year(value);
        };
    }

    private static String year(LocalDateTime value) {
        int year = value.getYear();
        String digits = Integer.toString(year > 0 ? year : 1 - year);
        return "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }

    private static String era(LocalDateTime value) {
        return value.getYear() <= 0 ? " BC" : "";
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /**
     * The abbreviation PostgreSQL prints for a time zone at an instant ("PST", "CEST"):
     * the zone's short name, or its offset where the zone has no name of its own.
     */
    public static String zoneAbbreviation(ZonedDateTime zoned) {
        ZoneId zone = zoned.getZone();
        if (zone instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : DateTimeText.offset(offset.getTotalSeconds());
        }
        if (zone.getId().equals("UTC") || zone.getId().equals("Etc/UTC")) {
            return "UTC";
        }
        java.util.List<java.time.zone.ZoneOffsetTransition> transitions = zone.getRules().getTransitions();
        if (!transitions.isEmpty() && zoned.toInstant().isBefore(transitions.get(0).getInstant())) {
            // before a zone's first transition the time zone database keeps local mean time
            return "LMT";
        }
        String shortName = ZONE_NAME.format(zoned);
        return shortName.startsWith("GMT") && shortName.length() > 3
                ? DateTimeText.offset(zoned.getOffset().getTotalSeconds()) : shortName;
    }
}
