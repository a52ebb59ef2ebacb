package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.Interval;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Date/time operators and functions. Values arrive and leave in their storage texts;
 * timestamptz work that depends on the calendar (adding months or days, truncating,
 * extracting fields) happens in the session's TimeZone, as in PostgreSQL.
 */
final class DateTimeFunctions {
    private final FunctionContext ctx;

    private DateTimeFunctions(FunctionContext ctx) {
        this.ctx = ctx;
    }

    static void register(Registrar r, FunctionContext ctx) {
        new DateTimeFunctions(ctx).registerAll(r);
    }

    private ZoneId zone() {
        return ctx.formatContext().timeZone();
    }

    private static String text(Object o) {
        return Args.text(o);
    }

    private void registerAll(Registrar r) {
        // Session clock. PostgreSQL's now() is the transaction start; clock_timestamp() is the wall clock.
        r.varying("pg_now", 0, a -> DateTimes.timestamptz(DateTimes.truncateToMicros(ctx.transactionTimestamp())));
        r.varying("pg_statement_timestamp", 0,
                a -> DateTimes.timestamptz(DateTimes.truncateToMicros(ctx.statementTimestamp())));
        r.varying("pg_clock_timestamp", 0, a -> DateTimes.timestamptz(DateTimes.truncateToMicros(Instant.now())));
        r.varying("pg_current_date", 0, a -> DateTimes.date(localNow().toLocalDate()));
        r.varying("pg_current_time", 0, a -> {
            ZonedDateTime z = DateTimes.truncateToMicros(ctx.transactionTimestamp()).atZone(zone());
            return DateTimes.time(z.toLocalTime()) + DateTimes.offsetText(z.getOffset(), false);
        });
        r.varying("pg_localtimestamp", 0, a -> DateTimes.timestamp(localNow()));
        r.varying("pg_localtime", 0, a -> DateTimes.time(localNow().toLocalTime()));

        // Operators.
        r.strict("pg_date_add_days", 2, a -> DateTimes.date(plusDays(DateTimes.date(text(a[0])), Args.integer(a[1]))));
        r.strict("pg_date_sub_days", 2, a -> DateTimes.date(plusDays(DateTimes.date(text(a[0])), -Args.integer(a[1]))));
        r.strict("pg_date_diff", 2, a -> dateDiff(DateTimes.date(text(a[0])), DateTimes.date(text(a[1]))));
        r.strict("pg_date_add_interval", 2, a -> DateTimes.timestamp(
                plus(DateTimes.date(text(a[0])).atStartOfDay(), Interval.parse(text(a[1])))));
        r.strict("pg_date_sub_interval", 2, a -> DateTimes.timestamp(
                plus(DateTimes.date(text(a[0])).atStartOfDay(), Interval.parse(text(a[1])).negate())));
        r.strict("pg_date_add_time", 2, a -> DateTimes.timestamp(
                DateTimes.date(text(a[0])).atTime(DateTimes.time(text(a[1])))));
        r.strict("pg_timestamp_add_interval", 2, a -> DateTimes.timestamp(
                plus(DateTimes.timestamp(text(a[0])), Interval.parse(text(a[1])))));
        r.strict("pg_timestamp_sub_interval", 2, a -> DateTimes.timestamp(
                plus(DateTimes.timestamp(text(a[0])), Interval.parse(text(a[1])).negate())));
        r.strict("pg_timestamp_diff", 2, a -> difference(DateTimes.timestamp(text(a[0])),
                DateTimes.timestamp(text(a[1]))).toString());
        r.strict("pg_timestamptz_add_interval", 2, a -> DateTimes.timestamptz(
                plus(DateTimes.timestamptz(text(a[0])), Interval.parse(text(a[1])))));
        r.strict("pg_timestamptz_sub_interval", 2, a -> DateTimes.timestamptz(
                plus(DateTimes.timestamptz(text(a[0])), Interval.parse(text(a[1])).negate())));
        r.strict("pg_timestamptz_diff", 2, a -> difference(
                DateTimes.timestamptz(text(a[0])).atOffset(java.time.ZoneOffset.UTC).toLocalDateTime(),
                DateTimes.timestamptz(text(a[1])).atOffset(java.time.ZoneOffset.UTC).toLocalDateTime()).toString());
        r.strict("pg_time_add_interval", 2, a -> DateTimes.time(
                DateTimes.time(text(a[0])).plus(Interval.parse(text(a[1])).micros(), ChronoUnit.MICROS)));
        r.strict("pg_time_sub_interval", 2, a -> DateTimes.time(
                DateTimes.time(text(a[0])).minus(Interval.parse(text(a[1])).micros(), ChronoUnit.MICROS)));
        r.strict("pg_time_diff", 2, a -> new Interval(0, 0, ChronoUnit.MICROS.between(
                DateTimes.time(text(a[1])), DateTimes.time(text(a[0])))).toString());
        r.strict("pg_interval_add", 2, a -> Interval.parse(text(a[0])).plus(Interval.parse(text(a[1]))).toString());
        r.strict("pg_interval_sub", 2, a -> Interval.parse(text(a[0])).minus(Interval.parse(text(a[1]))).toString());
        r.strict("pg_interval_neg", 1, a -> Interval.parse(text(a[0])).negate().toString());
        r.strict("pg_interval_mul", 2, a -> Interval.parse(text(a[0])).multiply(Args.float8(a[1])).toString());
        r.strict("pg_interval_div", 2, a -> Interval.parse(text(a[0])).divide(Args.float8(a[1])).toString());

        // Fields.
        r.strict("pg_extract_timestamp", 2, a -> extractTimestamp(text(a[0]), text(a[1])).toString());
        r.strict("pg_extract_timestamptz", 2, a -> extractTimestamptz(text(a[0]), text(a[1])).toString());
        r.strict("pg_extract_date", 2, a -> DateFields.fromDate(text(a[0]), DateTimes.date(text(a[1]))).toString());
        r.strict("pg_extract_time", 2, a -> DateFields.fromTime(text(a[0]), DateTimes.time(text(a[1]))).toString());
        r.strict("pg_extract_interval", 2,
                a -> DateFields.fromInterval(text(a[0]), Interval.parse(text(a[1]))).toString());
        r.strict("pg_date_part_timestamp", 2, a -> extractTimestamp(text(a[0]), text(a[1])).toDouble());
        r.strict("pg_date_part_timestamptz", 2, a -> extractTimestamptz(text(a[0]), text(a[1])).toDouble());
        r.strict("pg_date_part_time", 2, a -> DateFields.fromTime(text(a[0]), DateTimes.time(text(a[1]))).toDouble());
        r.strict("pg_date_part_interval", 2,
                a -> DateFields.fromInterval(text(a[0]), Interval.parse(text(a[1]))).toDouble());
        r.strict("pg_date_trunc_timestamp", 2, a -> DateTimes.timestamp(DateFields.truncate(text(a[0]),
                DateTimes.timestamp(text(a[1])), "timestamp without time zone")));
        r.strict("pg_date_trunc_timestamptz", 2, a -> truncateTimestamptz(text(a[0]), text(a[1]), zone()));
        r.strict("pg_date_trunc_timestamptz", 3,
                a -> truncateTimestamptz(text(a[0]), text(a[1]), DateTimes.zone(text(a[2]))));
        r.strict("pg_date_trunc_interval", 2,
                a -> DateFields.truncate(text(a[0]), Interval.parse(text(a[1]))).toString());

        // Other functions.
        r.strict("pg_age", 2, a -> Age.between(DateTimes.timestamp(text(a[0])), DateTimes.timestamp(text(a[1])))
                .toString());
        r.varying("pg_age", 1, a -> a[0] == null ? null
                : Age.between(localNow().toLocalDate().atStartOfDay(), DateTimes.timestamp(text(a[0]))).toString());
        r.strict("pg_age_tz", 2, a -> Age.between(DateTimes.local(DateTimes.timestamptz(text(a[0])), zone()),
                DateTimes.local(DateTimes.timestamptz(text(a[1])), zone())).toString());
        r.varying("pg_age_tz", 1, a -> a[0] == null ? null : Age.between(localNow().toLocalDate().atStartOfDay(),
                DateTimes.local(DateTimes.timestamptz(text(a[0])), zone())).toString());
        r.strict("pg_make_date", 3, a -> DateTimes.date(makeDate(Args.int4(a[0]), Args.int4(a[1]), Args.int4(a[2]))));
        r.strict("pg_make_time", 3, a -> DateTimes.time(makeTime(Args.int4(a[0]), Args.int4(a[1]), Args.float8(a[2]))));
        r.strict("pg_make_timestamp", 6, a -> DateTimes.timestamp(makeTimestamp(a)));
        r.strict("pg_make_timestamptz", 6, a -> DateTimes.timestamptz(DateTimes.instant(makeTimestamp(a), zone())));
        r.strict("pg_make_timestamptz", 7,
                a -> DateTimes.timestamptz(DateTimes.instant(makeTimestamp(a), DateTimes.zone(text(a[6])))));
        r.strict("pg_make_interval", 7, DateTimeFunctions::makeInterval);
        r.strict("pg_justify_days", 1, a -> Interval.parse(text(a[0])).justifyDays().toString());
        r.strict("pg_justify_hours", 1, a -> Interval.parse(text(a[0])).justifyHours().toString());
        r.strict("pg_justify_interval", 1, a -> Interval.parse(text(a[0])).justifyInterval().toString());
        r.strict("pg_timezone_timestamptz", 2, a -> DateTimes.timestamp(
                DateTimes.local(DateTimes.timestamptz(text(a[1])), DateTimes.zone(text(a[0])))));
        r.strict("pg_timezone_timestamp", 2, a -> DateTimes.timestamptz(
                DateTimes.instant(DateTimes.timestamp(text(a[1])), DateTimes.zone(text(a[0])))));
        r.strict("pg_isfinite_date", 1, a -> !text(a[0]).trim().endsWith("infinity"));
        r.strict("pg_isfinite_timestamp", 1, a -> !text(a[0]).trim().endsWith("infinity"));
        r.strict("pg_isfinite_interval", 1, a -> true);
        r.strict("pg_to_timestamp", 1, a -> fromEpoch(Args.float8(a[0])));
    }

    private LocalDateTime localNow() {
        return LocalDateTime.ofInstant(DateTimes.truncateToMicros(ctx.transactionTimestamp()), zone());
    }

    private static PgException dateOutOfRange() {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range");
    }

    static PgException timestampOutOfRange() {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
    }

    private static LocalDate plusDays(LocalDate d, long days) {
        if (d.equals(DateTimes.DATE_INFINITY) || d.equals(DateTimes.DATE_MINUS_INFINITY)) {
            return d;
        }
        LocalDate result = d.plusDays(days);
        if (result.getYear() < -4713 || result.getYear() > 5874897) {
            throw dateOutOfRange();
        }
        return result;
    }

    private static long dateDiff(LocalDate a, LocalDate b) {
        if (a.equals(DateTimes.DATE_INFINITY) || a.equals(DateTimes.DATE_MINUS_INFINITY)
                || b.equals(DateTimes.DATE_INFINITY) || b.equals(DateTimes.DATE_MINUS_INFINITY)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "cannot subtract infinite dates");
        }
        return ChronoUnit.DAYS.between(b, a);
    }

    /** timestamp + interval: months first (clamping the day to the month's end), then days, then time. */
    static LocalDateTime plus(LocalDateTime ts, Interval iv) {
        if (DateTimes.isInfinite(ts)) {
            return ts;
        }
        try {
            LocalDateTime r = ts.plusMonths(iv.months()).plusDays(iv.days()).plus(iv.micros(), ChronoUnit.MICROS);
            if (r.getYear() < -4713 || r.getYear() > 294276) {
                throw timestampOutOfRange();
            }
            return r;
        } catch (DateTimeException | ArithmeticException e) {
            throw timestampOutOfRange();
        }
    }

    /** timestamptz + interval: months and days move the local date in the session zone, time moves the instant. */
    private Instant plus(Instant instant, Interval iv) {
        return plus(instant, iv, zone());
    }

    static Instant plus(Instant instant, Interval iv, ZoneId zone) {
        if (DateTimes.isInfinite(instant)) {
            return instant;
        }
        Instant moved = instant;
        if (iv.months() != 0 || iv.days() != 0) {
            LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
            moved = DateTimes.instant(plus(local, new Interval(iv.months(), iv.days(), 0)), zone);
        }
        return moved.plus(iv.micros(), ChronoUnit.MICROS);
    }

    /** timestamp - timestamp: the elapsed time with whole days split out (interval_justify_hours). */
    private static Interval difference(LocalDateTime a, LocalDateTime b) {
        if (DateTimes.isInfinite(a) || DateTimes.isInfinite(b)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "cannot subtract infinite timestamps");
        }
        return new Interval(0, 0, ChronoUnit.MICROS.between(b, a)).justifyHours();
    }

    private static Numeric extractTimestamp(String field, String ts) {
        LocalDateTime local = DateTimes.timestamp(ts);
        long epoch = DateTimes.isInfinite(local) ? 0 : DateFields.epochMicros(local);
        return DateFields.fromTimestamp(field, local, null, epoch, "timestamp without time zone");
    }

    private Numeric extractTimestamptz(String field, String ts) {
        Instant instant = DateTimes.timestamptz(ts);
        if (DateTimes.isInfinite(instant)) {
            return DateFields.fromTimestamp(field, DateTimes.local(instant, zone()), 0, 0, "timestamp with time zone");
        }
        ZonedDateTime z = instant.atZone(zone());
        return DateFields.fromTimestamp(field, z.toLocalDateTime(), z.getOffset().getTotalSeconds(),
                DateFields.epochMicros(instant), "timestamp with time zone");
    }

    private static String truncateTimestamptz(String field, String ts, ZoneId zone) {
        Instant instant = DateTimes.timestamptz(ts);
        LocalDateTime truncated = DateFields.truncate(field, DateTimes.local(instant, zone), "timestamp with time zone");
        return DateTimes.timestamptz(DateTimes.instant(truncated, zone));
    }

    private static LocalDate makeDate(int year, int month, int day) {
        if (year == 0) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW,
                    "date field value out of range: " + year + "-" + String.format("%02d", month) + "-"
                            + String.format("%02d", day));
        }
        try {
            return LocalDate.of(year < 0 ? year + 1 : year, month, day);
        } catch (DateTimeException e) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW,
                    "date field value out of range: " + year + "-" + String.format("%02d", month) + "-"
                            + String.format("%02d", day));
        }
    }

    private static LocalTime makeTime(int hour, int minute, double seconds) {
        long micros = Math.round(seconds * 1_000_000);
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || micros < 0 || micros > 60_000_000L
                || hour == 24 && (minute > 0 || micros > 0)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW,
                    "time field value out of range: " + hour + ":" + String.format("%02d", minute) + ":"
                            + (seconds == Math.rint(seconds) ? String.format("%02d", (long) seconds)
                            : FloatText.format(seconds)));
        }
        return LocalTime.of(hour % 24, minute).plus(micros, ChronoUnit.MICROS);
    }

    private static LocalDateTime makeTimestamp(Object[] a) {
        LocalDate d = makeDate(Args.int4(a[0]), Args.int4(a[1]), Args.int4(a[2]));
        LocalTime t = makeTime(Args.int4(a[3]), Args.int4(a[4]), Args.float8(a[5]));
        return d.atTime(t);
    }

    /** make_interval(years, months, weeks, days, hours, mins, secs); the emitter fills omitted named arguments with 0. */
    private static Object makeInterval(Object[] a) {
        long months = Args.integer(a[0]) * 12 + Args.integer(a[1]);
        long days = Args.integer(a[2]) * 7 + Args.integer(a[3]);
        double secs = Args.float8(a[6]);
        if (Double.isNaN(secs) || Double.isInfinite(secs) || months != (int) months || days != (int) days) {
            throw Interval.outOfRange();
        }
        long micros = Args.integer(a[4]) * Interval.MICROS_PER_HOUR + Args.integer(a[5]) * 60_000_000L
                + Math.round(secs * 1_000_000);
        return new Interval((int) months, (int) days, micros).toString();
    }

    private static String fromEpoch(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp cannot be NaN");
        }
        if (Double.isInfinite(seconds)) {
            return seconds > 0 ? "infinity" : "-infinity";
        }
        long micros = Math.round(seconds * 1_000_000);
        return DateTimes.timestamptz(Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
    }
}
