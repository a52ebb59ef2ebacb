package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.Interval;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** extract / date_part and date_trunc over dates, times, timestamps and intervals. */
final class DateFields {
    private DateFields() {
    }

    /** The canonical unit name for the spellings PostgreSQL accepts, or null. */
    static String unit(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "microsecond", "microseconds", "us", "usec", "usecs", "useconds" -> "microseconds";
            case "millisecond", "milliseconds", "ms", "msec", "msecs", "mseconds" -> "milliseconds";
            case "second", "seconds", "s", "sec", "secs" -> "second";
            case "minute", "minutes", "m", "min", "mins" -> "minute";
            case "hour", "hours", "h", "hr", "hrs" -> "hour";
            case "day", "days", "d" -> "day";
            case "week", "weeks", "w" -> "week";
            case "month", "months", "mon", "mons" -> "month";
            case "quarter", "qtr" -> "quarter";
            case "year", "years", "y", "yr", "yrs" -> "year";
            case "decade", "decades", "dec", "decs" -> "decade";
            case "century", "centuries", "c", "cent" -> "century";
            case "millennium", "millennia", "mil", "mils", "millenniums" -> "millennium";
            case "epoch", "dow", "doy", "isodow", "isoyear", "timezone", "timezone_hour", "timezone_minute" -> n;
            default -> null;
        };
    }

    static PgException notRecognized(String field, String typeName) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE,
                "unit \"" + field + "\" not recognized for type " + typeName);
    }

    static PgException notSupported(String field, String typeName) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                "unit \"" + field + "\" not supported for type " + typeName);
    }

    private static String require(String field, String typeName) {
        String u = unit(field);
        if (u == null) {
            throw notRecognized(field, typeName);
        }
        return u;
    }

    private static int pgYear(int isoYear) {
        return isoYear > 0 ? isoYear : isoYear - 1;
    }

    /**
     * extract(field FROM timestamp): the local fields; {@code offsetSeconds} is the zone offset
     * for timestamptz (null for timestamp), {@code epochSeconds} the instant's epoch.
     */
    static Numeric fromTimestamp(String field, LocalDateTime ts, Integer offsetSeconds, long epochMicros, String typeName) {
        String u = require(field, typeName);
        if (DateTimes.isInfinite(ts)) {
            return ts.equals(DateTimes.INFINITY) ? Numeric.POS_INF : Numeric.NEG_INF;
        }
        long micros = ts.getNano() / 1000;
        int second = ts.getSecond();
        int year = pgYear(ts.getYear());
        return switch (u) {
            case "microseconds" -> Numeric.of(second * 1_000_000L + micros);
            case "milliseconds" -> Numeric.of(BigDecimal.valueOf(second * 1_000_000L + micros, 3));
            case "second" -> Numeric.of(BigDecimal.valueOf(second * 1_000_000L + micros, 6));
            case "minute" -> Numeric.of(ts.getMinute());
            case "hour" -> Numeric.of(ts.getHour());
            case "epoch" -> Numeric.of(BigDecimal.valueOf(epochMicros, 6));
            case "timezone", "timezone_hour", "timezone_minute" -> {
                if (offsetSeconds == null) {
                    throw notSupported(field, typeName);
                }
                yield Numeric.of(switch (u) {
                    case "timezone" -> offsetSeconds;
                    case "timezone_hour" -> offsetSeconds / 3600;
                    default -> offsetSeconds % 3600 / 60;
                });
            }
            default -> dateField(u, ts.toLocalDate(), year);
        };
    }

    private static Numeric dateField(String u, LocalDate d, int year) {
        return Numeric.of(switch (u) {
            case "day" -> d.getDayOfMonth();
            case "month" -> d.getMonthValue();
            case "year" -> year;
            case "quarter" -> (d.getMonthValue() - 1) / 3 + 1;
            case "week" -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case "dow" -> d.getDayOfWeek().getValue() % 7;
            case "isodow" -> d.getDayOfWeek().getValue();
            case "doy" -> d.getDayOfYear();
            case "isoyear" -> pgYear(d.get(IsoFields.WEEK_BASED_YEAR));
            case "decade" -> Math.floorDiv(year, 10);
            case "century" -> year > 0 ? (year + 99) / 100 : -((99 - (year + 1)) / 100);
            case "millennium" -> year > 0 ? (year + 999) / 1000 : -((999 - (year + 1)) / 1000);
            default -> throw new IllegalArgumentException(u);
        });
    }

    static Numeric fromDate(String field, LocalDate d) {
        String u = require(field, "date");
        if (d.equals(DateTimes.DATE_INFINITY) || d.equals(DateTimes.DATE_MINUS_INFINITY)) {
            return d.equals(DateTimes.DATE_INFINITY) ? Numeric.POS_INF : Numeric.NEG_INF;
        }
        return switch (u) {
            case "epoch" -> Numeric.of(d.toEpochDay() * 86400L);
            case "microseconds", "milliseconds", "second", "minute", "hour", "timezone", "timezone_hour",
                    "timezone_minute" -> throw notSupported(field, "date");
            default -> dateField(u, d, pgYear(d.getYear()));
        };
    }

    static Numeric fromTime(String field, java.time.LocalTime t) {
        String u = require(field, "time without time zone");
        long micros = t.getNano() / 1000;
        return switch (u) {
            case "microseconds" -> Numeric.of(t.getSecond() * 1_000_000L + micros);
            case "milliseconds" -> Numeric.of(BigDecimal.valueOf(t.getSecond() * 1_000_000L + micros, 3));
            case "second" -> Numeric.of(BigDecimal.valueOf(t.getSecond() * 1_000_000L + micros, 6));
            case "minute" -> Numeric.of(t.getMinute());
            case "hour" -> Numeric.of(t.getHour());
            case "epoch" -> Numeric.of(BigDecimal.valueOf(t.toNanoOfDay() / 1000, 6));
            default -> throw notSupported(field, "time without time zone");
        };
    }

    static Numeric fromInterval(String field, Interval iv) {
        String u = require(field, "interval");
        long timeMicros = iv.micros();
        int years = iv.months() / 12;
        return switch (u) {
            case "microseconds" -> Numeric.of(timeMicros % 60_000_000L);
            case "milliseconds" -> Numeric.of(BigDecimal.valueOf(timeMicros % 60_000_000L, 3));
            case "second" -> Numeric.of(BigDecimal.valueOf(timeMicros % 60_000_000L, 6));
            case "minute" -> Numeric.of(timeMicros / 60_000_000L % 60);
            case "hour" -> Numeric.of(timeMicros / Interval.MICROS_PER_HOUR);
            case "day" -> Numeric.of(iv.days());
            case "month" -> Numeric.of(iv.months() % 12);
            case "quarter" -> Numeric.of(iv.months() % 12 / 3 + 1);
            case "year" -> Numeric.of(years);
            case "decade" -> Numeric.of(years / 10);
            case "century" -> Numeric.of(years / 100);
            case "millennium" -> Numeric.of(years / 1000);
            case "epoch" -> {
                // A year counts 365.25 days, a month 30, a day 24 hours.
                long dayMonthSeconds = years * 31_557_600L + (30L * (iv.months() % 12) + iv.days()) * 86400L;
                yield Numeric.of(BigDecimal.valueOf(timeMicros, 6).add(BigDecimal.valueOf(dayMonthSeconds)));
            }
            default -> throw notSupported(field, "interval");
        };
    }

    static long epochMicros(LocalDateTime utcLocal) {
        return ChronoUnit.MICROS.between(LocalDateTime.of(1970, 1, 1, 0, 0), utcLocal);
    }

    static long epochMicros(java.time.Instant instant) {
        return epochMicros(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** date_trunc on a local timestamp. */
    static LocalDateTime truncate(String field, LocalDateTime ts, String typeName) {
        String u = require(field, typeName);
        if (DateTimes.isInfinite(ts)) {
            return ts;
        }
        LocalDate d = ts.toLocalDate();
        int year = d.getYear();
        return switch (u) {
            case "microseconds" -> ts;
            case "milliseconds" -> ts.truncatedTo(ChronoUnit.MILLIS);
            case "second" -> ts.truncatedTo(ChronoUnit.SECONDS);
            case "minute" -> ts.truncatedTo(ChronoUnit.MINUTES);
            case "hour" -> ts.truncatedTo(ChronoUnit.HOURS);
            case "day" -> d.atStartOfDay();
            case "week" -> d.minusDays(d.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()).atStartOfDay();
            case "month" -> d.withDayOfMonth(1).atStartOfDay();
            case "quarter" -> LocalDate.of(year, (d.getMonthValue() - 1) / 3 * 3 + 1, 1).atStartOfDay();
            case "year" -> LocalDate.of(year, 1, 1).atStartOfDay();
            case "decade" -> LocalDate.of(year > 0 ? year / 10 * 10 : -((9 - (year - 1)) / 10 * 10) + 1, 1, 1)
                    .atStartOfDay();
            case "century" -> LocalDate.of(year > 0 ? ((year + 99) / 100 - 1) * 100 + 1
                    : -((99 - (year - 1)) / 100 - 1) * 100 + 1 - 100, 1, 1).atStartOfDay();
            case "millennium" -> LocalDate.of(year > 0 ? ((year + 999) / 1000 - 1) * 1000 + 1
                    : -((999 - (year - 1)) / 1000 - 1) * 1000 + 1 - 1000, 1, 1).atStartOfDay();
            default -> throw notSupported(field, typeName);
        };
    }

    static Interval truncate(String field, Interval iv) {
        String u = require(field, "interval");
        long t = iv.micros();
        int m = iv.months();
        return switch (u) {
            case "microseconds" -> iv;
            case "milliseconds" -> new Interval(m, iv.days(), t / 1000 * 1000);
            case "second" -> new Interval(m, iv.days(), t / 1_000_000L * 1_000_000L);
            case "minute" -> new Interval(m, iv.days(), t / 60_000_000L * 60_000_000L);
            case "hour" -> new Interval(m, iv.days(), t / Interval.MICROS_PER_HOUR * Interval.MICROS_PER_HOUR);
            case "day" -> new Interval(m, iv.days(), 0);
            case "month" -> new Interval(m, 0, 0);
            case "quarter" -> new Interval(m / 12 * 12 + m % 12 / 3 * 3, 0, 0);
            case "year" -> new Interval(m / 12 * 12, 0, 0);
            case "decade" -> new Interval(m / 120 * 120, 0, 0);
            case "century" -> new Interval(m / 1200 * 1200, 0, 0);
            case "millennium" -> new Interval(m / 12000 * 12000, 0, 0);
            case "week" -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "interval units \"week\" not supported because months usually have fractional weeks");
            default -> throw notSupported(field, "interval");
        };
    }
}
