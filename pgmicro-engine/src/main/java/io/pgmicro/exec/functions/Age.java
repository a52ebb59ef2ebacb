package io.pgmicro.exec.functions;

import io.pgmicro.types.Interval;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** age(a, b): the symbolic difference in years, months and days, computed field by field as PostgreSQL's timestamp_age. */
final class Age {
    private Age() {
    }

    static Interval between(LocalDateTime a, LocalDateTime b) {
        if (DateTimes.isInfinite(a) || DateTimes.isInfinite(b)) {
            throw new io.pgmicro.PgException(io.pgmicro.SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
        boolean negative = a.isBefore(b);
        LocalDateTime hi = negative ? b : a;
        LocalDateTime lo = negative ? a : b;
        long micros = hi.getNano() / 1000 - lo.getNano() / 1000;
        long sec = hi.getSecond() - lo.getSecond();
        long min = hi.getMinute() - lo.getMinute();
        long hour = hi.getHour() - lo.getHour();
        long day = hi.getDayOfMonth() - lo.getDayOfMonth();
        long month = hi.getMonthValue() - lo.getMonthValue();
        long year = hi.getYear() - lo.getYear();
        if (micros < 0) {
            micros += 1_000_000;
            sec--;
        }
        if (sec < 0) {
            sec += 60;
            min--;
        }
        if (min < 0) {
            min += 60;
            hour--;
        }
        if (hour < 0) {
            hour += 24;
            day--;
        }
        while (day < 0) {
            // Borrow the length of the earlier timestamp's month, as PostgreSQL does.
            day += YearMonth.of(lo.getYear(), lo.getMonthValue()).lengthOfMonth();
            month--;
        }
        if (month < 0) {
            month += 12;
            year--;
        }
        long time = ((hour * 60 + min) * 60 + sec) * 1_000_000L + micros;
        Interval result = new Interval((int) (year * 12 + month), (int) day, time);
        return negative ? result.negate() : result;
    }
}
