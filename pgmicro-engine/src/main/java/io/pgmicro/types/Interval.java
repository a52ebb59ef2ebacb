package io.pgmicro.types;

/**
 * An interval value as PostgreSQL holds it: months, days and microseconds, kept apart
 * because a month and a day have no fixed length until applied to a date.
 */
public record Interval(int months, int days, long micros) implements Comparable<Interval> {
    public static final long MICROS_PER_HOUR = 3_600_000_000L;
    public static final long MICROS_PER_DAY = 86_400_000_000L;

    /** Reads a stored interval (its 'postgres'-style output text). */
    public static Interval parse(String storage) {
        return IntervalParser.parse(storage, TypeMods.INTERVAL_FULL_RANGE);
    }

    public Interval negate() {
        return new Interval(-months, -days, -micros);
    }

    /**
     * PostgreSQL orders and compares intervals by their length with 30-day months and
     * 24-hour days, so '1 mon' = '30 days' and '1 day' = '24:00:00'.
     */
    @Override
    public int compareTo(Interval other) {
        long dayCount = months * 30L + days + Math.floorDiv(micros, MICROS_PER_DAY);
        long otherDayCount = other.months * 30L + other.days + Math.floorDiv(other.micros, MICROS_PER_DAY);
        int byDays = Long.compare(dayCount, otherDayCount);
        return byDays != 0 ? byDays
                : Long.compare(Math.floorMod(micros, MICROS_PER_DAY), Math.floorMod(other.micros, MICROS_PER_DAY));
    }

    /** The 'postgres' IntervalStyle text: '1 year 2 mons 3 days 04:05:06', '-1 days', '00:00:00.5'. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        boolean[] before = {false};
        appendPart(out, months / 12, "year", before);
        appendPart(out, months % 12, "mon", before);
        appendPart(out, days, "day", before);
        if (out.length() == 0 || micros != 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(micros < 0 ? "-" : before[0] ? "+" : "");
            long abs = Math.abs(micros);
            long hours = abs / MICROS_PER_HOUR;
            if (hours < 10) {
                out.append('0');
            }
            out.append(hours).append(':');
            long minutes = abs / 60_000_000L % 60;
            long seconds = abs / 1_000_000L % 60;
            out.append(minutes < 10 ? "0" : "").append(minutes).append(':');
            out.append(seconds < 10 ? "0" : "").append(seconds);
            DateTimeText.appendFraction(out, abs % 1_000_000L);
        }
        return out.toString();
    }

    /** A field is signed with '+' when it follows a negative one, so that the sign is not read as carried over. */
    private static void appendPart(StringBuilder out, long value, String unit, boolean[] before) {
        if (value == 0) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(before[0] && value > 0 ? "+" : "").append(value).append(' ').append(unit);
        if (value != 1) {
            out.append('s');
        }
        before[0] = value < 0;
    }
}
