package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

/**
 * An interval value as PostgreSQL holds it: months, days and microseconds, kept apart
 * because a month and a day have no fixed length until applied to a date; with the
 * interval arithmetic of PostgreSQL's timestamp.c (each field checked for overflow).
 */
public record Interval(int months, int days, long micros) implements Comparable<Interval> {
    public static final Interval ZERO = new Interval(0, 0, 0);
    public static final int DAYS_PER_MONTH = 30;
    public static final long MICROS_PER_HOUR = 3_600_000_000L;
    public static final long MICROS_PER_DAY = 86_400_000_000L;

    /** Reads a stored interval (its 'postgres'-style output text), or any interval input text. */
    public static Interval parse(String storage) {
        try {
            return IntervalParser.parse(storage, TypeMods.INTERVAL_FULL_RANGE);
        } catch (DateTimeSyntaxError e) {
            throw e.toPgException("interval", storage);
        }
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

    public Interval plus(Interval o) {
        return new Interval(checkedInt(months + (long) o.months), checkedInt(days + (long) o.days),
                Math.addExact(micros, o.micros));
    }

    public Interval negate() {
        return new Interval(checkedInt(-(long) months), checkedInt(-(long) days), -micros);
    }

    public Interval minus(Interval o) {
        return plus(o.negate());
    }

    private static int checkedInt(long v) {
        if (v != (int) v) {
            throw outOfRange();
        }
        return (int) v;
    }

    public static PgException outOfRange() {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
    }

    /** interval * factor, cascading fractional months into days and fractional days into time, as interval_mul does. */
    public Interval multiply(double factor) {
        if (Double.isNaN(factor) || Double.isInfinite(factor)) {
            throw outOfRange();
        }
        double monthsExact = months * factor;
        if (monthsExact > Integer.MAX_VALUE || monthsExact < Integer.MIN_VALUE) {
            throw outOfRange();
        }
        int resultMonths = (int) monthsExact;
        double monthRemainderDays = (monthsExact - resultMonths) * DAYS_PER_MONTH;
        double daysExact = days * factor;
        int resultDays = (int) daysExact;
        double secRemainder = (daysExact - resultDays + monthRemainderDays - (int) monthRemainderDays) * 86400.0;
        secRemainder = Math.rint(secRemainder * 1e6) / 1e6;
        if (Math.abs(secRemainder) >= 86400) {
            resultDays += (int) (secRemainder / 86400);
            secRemainder -= (int) (secRemainder / 86400) * 86400.0;
        }
        resultDays += (int) monthRemainderDays;
        long resultMicros = (long) Math.rint(micros * factor + secRemainder * 1e6);
        return new Interval(resultMonths, resultDays, resultMicros);
    }

    public Interval divide(double factor) {
        if (factor == 0) {
            throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        return multiply(1.0 / factor);
    }

    /** justify_hours: whole 24-hour runs of time become days, signs made consistent. */
    public Interval justifyHours() {
        long wholeDays = micros / MICROS_PER_DAY;
        long time = micros - wholeDays * MICROS_PER_DAY;
        long d = days + wholeDays;
        if (d > 0 && time < 0) {
            time += MICROS_PER_DAY;
            d--;
        } else if (d < 0 && time > 0) {
            time -= MICROS_PER_DAY;
            d++;
        }
        return new Interval(months, checkedInt(d), time);
    }

    /** justify_days: whole 30-day runs become months, signs made consistent. */
    public Interval justifyDays() {
        long wholeMonths = days / DAYS_PER_MONTH;
        long d = days - wholeMonths * DAYS_PER_MONTH;
        long m = months + wholeMonths;
        if (m > 0 && d < 0) {
            d += DAYS_PER_MONTH;
            m--;
        } else if (m < 0 && d > 0) {
            d -= DAYS_PER_MONTH;
            m++;
        }
        return new Interval(checkedInt(m), (int) d, micros);
    }

    /** justify_interval: justify_days and justify_hours together, with one sign for all fields. */
    public Interval justifyInterval() {
        long wholeDays = micros / MICROS_PER_DAY;
        long time = micros - wholeDays * MICROS_PER_DAY;
        long d = days + wholeDays;
        long wholeMonths = d / DAYS_PER_MONTH;
        d -= wholeMonths * DAYS_PER_MONTH;
        long m = months + wholeMonths;
        if (m > 0 && (d < 0 || d == 0 && time < 0)) {
            d += DAYS_PER_MONTH;
            m--;
        } else if (m < 0 && (d > 0 || d == 0 && time > 0)) {
            d -= DAYS_PER_MONTH;
            m++;
        }
        if (d > 0 && time < 0) {
            time += MICROS_PER_DAY;
            d--;
        } else if (d < 0 && time > 0) {
            time -= MICROS_PER_DAY;
            d++;
        }
        return new Interval(checkedInt(m), (int) d, time);
    }
}
