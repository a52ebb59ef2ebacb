package io.pgmicro.wire;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date/time storage texts (see {@link io.pgmicro.types}) to and from the numbers the
 * binary format carries: days and microseconds counted from 2000-01-01, microseconds
 * since midnight, and the special values 'infinity' / '-infinity' as the extreme
 * integers, as PostgreSQL's send functions write them.
 */
final class StoredTemporal {
    private static final long PG_EPOCH_SECONDS = 946_684_800L;
    private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4,})-(\\d\\d)-(\\d\\d)(?: (\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,6})?))?([+-]\\d\\d(?::\\d\\d){0,2})?( BC)?");
    private static final Pattern TIME = Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,6}))?([+-]\\d\\d(?::\\d\\d){0,2})?");

    private StoredTemporal() {
    }

    /** Days since 2000-01-01 of a stored date. */
    static int dateDays(String stored) {
        if (stored.equals("infinity")) {
            return Integer.MAX_VALUE;
        }
        if (stored.equals("-infinity")) {
            return Integer.MIN_VALUE;
        }
        return (int) (parse(stored).toLocalDate().toEpochDay() - PG_EPOCH_DAY);
    }

    /** Microseconds since 2000-01-01 00:00:00 of a stored timestamp, or of a timestamptz in UTC. */
    static long timestampMicros(String stored) {
        if (stored.equals("infinity")) {
            return Long.MAX_VALUE;
        }
        if (stored.equals("-infinity")) {
            return Long.MIN_VALUE;
        }
        LocalDateTime t = parse(stored);
        return (t.toEpochSecond(ZoneOffset.UTC) - PG_EPOCH_SECONDS) * 1_000_000 + t.getNano() / 1000;
    }

    /** A stored time or timetz: {microseconds since midnight, offset in seconds east of UTC}. */
    static long[] time(String stored) {
        Matcher m = TIME.matcher(stored);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a stored time: " + stored);
        }
        long micros = ((Long.parseLong(m.group(1)) * 60 + Long.parseLong(m.group(2))) * 60
                + Long.parseLong(m.group(3))) * 1_000_000 + fraction(m.group(4));
        return new long[] {micros, m.group(5) == null ? 0 : offsetSeconds(m.group(5))};
    }

    /** PostgreSQL's text for days since 2000-01-01, which the date input function reads back. */
    static String dateText(int days) {
        if (days == Integer.MAX_VALUE) {
            return "infinity";
        }
        if (days == Integer.MIN_VALUE) {
            return "-infinity";
        }
        return withEra(LocalDate.ofEpochDay(PG_EPOCH_DAY + days).atStartOfDay(), false, "");
    }

    /** PostgreSQL's text for microseconds since 2000-01-01; {@code utc} appends '+00' for timestamptz. */
    static String timestampText(long micros, boolean utc) {
        if (micros == Long.MAX_VALUE) {
            return "infinity";
        }
        if (micros == Long.MIN_VALUE) {
            return "-infinity";
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L) + PG_EPOCH_SECONDS,
                (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
        return withEra(t, true, utc ? "+00" : "");
    }

    /** 'HH:MM:SS.ffffff' for microseconds since midnight. */
    static String timeText(long micros) {
        long seconds = micros / 1_000_000;
        return String.format("%02d:%02d:%02d.%06d", seconds / 3600, seconds / 60 % 60, seconds % 60, micros % 1_000_000);
    }

    /** '+HH:MM:SS' for seconds east of UTC. */
    static String offsetText(int secondsEast) {
        int abs = Math.abs(secondsEast);
        return String.format("%c%02d:%02d:%02d", secondsEast < 0 ? '-' : '+', abs / 3600, abs / 60 % 60, abs % 60);
    }

    private static String withEra(LocalDateTime t, boolean withTime, String offset) {
        int year = t.getYear();
        String date = String.format("%04d-%02d-%02d", year > 0 ? year : 1 - year, t.getMonthValue(), t.getDayOfMonth());
        String time = withTime ? " " + timeText(t.toLocalTime().toNanoOfDay() / 1000) : "";
        return date + time + offset + (year > 0 ? "" : " BC");
    }

    /** A stored date, timestamp or timestamptz as a local date-time, offsets applied (so in UTC). */
    private static LocalDateTime parse(String stored) {
        Matcher m = TIMESTAMP.matcher(stored);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a stored date/time: " + stored);
        }
        int year = Integer.parseInt(m.group(1));
        LocalDateTime t = LocalDate.of(m.group(6) != null ? 1 - year : year,
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).atStartOfDay();
        if (m.group(4) != null) {
            long[] time = time(m.group(4));
            t = t.plusNanos(time[0] * 1000);
        }
        if (m.group(5) != null) {
            t = t.minusSeconds(offsetSeconds(m.group(5)));
        }
        return t;
    }

    private static long fraction(String digits) {
        return digits == null ? 0 : Long.parseLong((digits + "00000").substring(0, 6));
    }

    private static int offsetSeconds(String text) {
        String[] parts = text.substring(1).split(":");
        int seconds = Integer.parseInt(parts[0]) * 3600
                + (parts.length > 1 ? Integer.parseInt(parts[1]) * 60 : 0)
                + (parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
        return text.charAt(0) == '-' ? -seconds : seconds;
    }
}
