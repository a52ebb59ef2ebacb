package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.math.BigInteger;
import java.util.Locale;

/**
 * An interval as PostgreSQL keeps one: months, days and microseconds, each with its own
 * sign. Storage text is PostgreSQL's 'postgres' IntervalStyle output.
 */
record Interval(int months, int days, long micros) implements Comparable<Interval> {
    static final Interval ZERO = new Interval(0, 0, 0);
    static final int DAYS_PER_MONTH = 30;
    static final long MICROS_PER_HOUR = 3_600_000_000L;

    /** Reads the storage text ('1 year 2 mons -3 days +04:05:06.5', '00:00:00', '-1 days'), also with unit words PostgreSQL accepts on input. */
    static Interval parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        boolean ago = false;
        if (t.startsWith("@")) {
            t = t.substring(1).trim();
        }
        if (t.endsWith(" ago")) {
            ago = true;
            t = t.substring(0, t.length() - 4).trim();
        }
        long months = 0;
        long days = 0;
        long micros = 0;
        String[] tokens = t.isEmpty() ? new String[0] : t.split("\\s+");
        try {
            for (int i = 0; i < tokens.length; i++) {
                String token = tokens[i];
                if (token.contains(":")) {
                    micros += clock(token);
                    continue;
                }
                double amount = Double.parseDouble(token);
                String unit = i + 1 < tokens.length ? tokens[++i] : "second";
                switch (unitOf(unit, text)) {
                    case "millennium" -> months += Math.round(amount * 12000);
                    case "century" -> months += Math.round(amount * 1200);
                    case "decade" -> months += Math.round(amount * 120);
                    case "year" -> months += Math.round(amount * 12);
                    case "month" -> {
                        long whole = (long) amount;
                        months += whole;
                        double restDays = (amount - whole) * DAYS_PER_MONTH;
                        days += (long) restDays;
                        micros += Math.round((restDays - (long) restDays) * DateTimes.MICROS_PER_DAY);
                    }
                    case "week" -> {
                        double d = amount * 7;
                        days += (long) d;
                        micros += Math.round((d - (long) d) * DateTimes.MICROS_PER_DAY);
                    }
                    case "day" -> {
                        days += (long) amount;
                        micros += Math.round((amount - (long) amount) * DateTimes.MICROS_PER_DAY);
                    }
                    case "hour" -> micros += Math.round(amount * MICROS_PER_HOUR);
                    case "minute" -> micros += Math.round(amount * 60_000_000L);
                    case "second" -> micros += Math.round(amount * 1_000_000L);
                    case "millisecond" -> micros += Math.round(amount * 1000);
                    default -> micros += Math.round(amount);
                }
            }
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
        if (ago) {
            months = -months;
            days = -days;
            micros = -micros;
        }
        if (months != (int) months || days != (int) days) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval field value out of range: \"" + text + "\"");
        }
        return new Interval((int) months, (int) days, micros);
    }

    private static PgException invalid(String text) {
        return new PgException(SqlState.INVALID_DATETIME_FORMAT, "invalid input syntax for type interval: \"" + text + "\"");
    }

    private static String unitOf(String word, String text) {
        String w = word.endsWith("s") && word.length() > 2 && !word.equals("ms") && !word.equals("us")
                ? word.substring(0, word.length() - 1) : word;
        return switch (w) {
            case "millennium", "millennia", "millenium", "mil" -> "millennium";
            case "century", "centurie", "cent", "c" -> "century";
            case "decade", "dec" -> "decade";
            case "year", "yr", "y" -> "year";
            case "mon", "month" -> "month";
            case "week", "w" -> "week";
            case "day", "d" -> "day";
            case "hour", "hr", "h" -> "hour";
            case "minute", "min", "m" -> "minute";
            case "second", "sec", "s" -> "second";
            case "millisecond", "msec", "ms" -> "millisecond";
            case "microsecond", "usec", "us" -> "microsecond";
            default -> throw invalid(text);
        };
    }

    /** [+-]H:MM[:SS[.ffffff]] as microseconds. */
    private static long clock(String token) {
        boolean negative = token.startsWith("-");
        String t = token.startsWith("-") || token.startsWith("+") ? token.substring(1) : token;
        String[] parts = t.split(":");
        long hours = Long.parseLong(parts[0]);
        long minutes = Long.parseLong(parts[1]);
        double seconds = parts.length > 2 ? Double.parseDouble(parts[2]) : 0;
        long secondsWhole = (long) seconds;
        long fraction = parts.length > 2 && parts[2].contains(".")
                ? Long.parseLong((parts[2].substring(parts[2].indexOf('.') + 1) + "000000").substring(0, 6)) : 0;
        long micros = hours * MICROS_PER_HOUR + minutes * 60_000_000L + secondsWhole * 1_000_000L + fraction;
        return negative ? -micros : micros;
    }

    /** PostgreSQL's 'postgres' IntervalStyle output (EncodeInterval). */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        boolean[] state = {true, false}; // isZero, isBefore
        int years = months / 12;
        int mons = months % 12;
        part(out, years, "year", state);
        part(out, mons, "mon", state);
        part(out, days, "day", state);
        if (state[0] || micros != 0) {
            boolean minus = micros < 0;
            long abs = Math.abs(micros);
            long hours = abs / MICROS_PER_HOUR;
            long minutes = abs % MICROS_PER_HOUR / 60_000_000L;
            long seconds = abs % 60_000_000L / 1_000_000L;
            out.append(state[0] ? "" : " ").append(minus ? "-" : state[1] ? "+" : "")
                    .append(String.format("%02d:%02d:%02d", hours, minutes, seconds))
                    .append(DateTimes.fraction(abs % 1_000_000L));
        }
        return out.toString();
    }

    private static void part(StringBuilder out, int value, String unit, boolean[] state) {
        if (value == 0) {
            return;
        }
        out.append(state[0] ? "" : " ").append(state[1] && value > 0 ? "+" : "").append(value).append(' ')
                .append(unit).append(value != 1 ? "s" : "");
        state[1] = value < 0;
        state[0] = false;
    }

    Interval plus(Interval o) {
        return new Interval(checkedInt(months + (long) o.months), checkedInt(days + (long) o.days),
                Math.addExact(micros, o.micros));
    }

    Interval negate() {
        return new Interval(checkedInt(-(long) months), checkedInt(-(long) days), -micros);
    }

    Interval minus(Interval o) {
        return plus(o.negate());
    }

    private static int checkedInt(long v) {
        if (v != (int) v) {
            throw outOfRange();
        }
        return (int) v;
    }

    static PgException outOfRange() {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
    }

    /** interval * factor, cascading fractional months into days and fractional days into time, as interval_mul does. */
    Interval multiply(double factor) {
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

    Interval divide(double factor) {
        if (factor == 0) {
            throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        return multiply(1.0 / factor);
    }

    /** The span PostgreSQL compares intervals by: 30-day months, 24-hour days. */
    BigInteger span() {
        return BigInteger.valueOf(months * (long) DAYS_PER_MONTH + days).multiply(BigInteger.valueOf(DateTimes.MICROS_PER_DAY))
                .add(BigInteger.valueOf(micros));
    }

    @Override
    public int compareTo(Interval o) {
        return span().compareTo(o.span());
    }

    /** justify_hours: whole 24-hour runs of time become days, signs made consistent. */
    Interval justifyHours() {
        long wholeDays = micros / DateTimes.MICROS_PER_DAY;
        long time = micros - wholeDays * DateTimes.MICROS_PER_DAY;
        long d = days + wholeDays;
        if (d > 0 && time < 0) {
            time += DateTimes.MICROS_PER_DAY;
            d--;
        } else if (d < 0 && time > 0) {
            time -= DateTimes.MICROS_PER_DAY;
            d++;
        }
        return new Interval(months, checkedInt(d), time);
    }

    /** justify_days: whole 30-day runs become months, signs made consistent. */
    Interval justifyDays() {
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

    Interval justifyInterval() {
        long wholeDays = micros / DateTimes.MICROS_PER_DAY;
        long time = micros - wholeDays * DateTimes.MICROS_PER_DAY;
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
            time += DateTimes.MICROS_PER_DAY;
            d--;
        } else if (d < 0 && time > 0) {
            time -= DateTimes.MICROS_PER_DAY;
            d++;
        }
        return new Interval(checkedInt(m), (int) d, time);
    }
}
