package io.pgmicro.types;

import io.pgmicro.types.DateTimeSyntaxError.Kind;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads interval input as PostgreSQL's DecodeInterval and DecodeISO8601Interval do:
 * '1 day', '2 hours 30 minutes', '1 year 2 months', '01:02:03', '1 02:03:04', '1-2',
 * '-1 day', '1.5 days', '@ 1 hour ago', 'P1Y2M3DT4H5M6S'. Fractions of a unit spill
 * into the smaller units (a month is 30 days, a day 24 hours); each unit may be given
 * once.
 */
final class IntervalParser {
    private enum Unit { MILLENNIUM, CENTURY, DECADE, YEAR, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND, MILLISECOND, MICROSECOND }

    private static final Map<String, Unit> UNITS = new HashMap<>();
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)");
    private static final Pattern ISO = Pattern.compile(
            "p(?:([-+]?[0-9.]+)y)?(?:([-+]?[0-9.]+)m)?(?:([-+]?[0-9.]+)w)?(?:([-+]?[0-9.]+)d)?"
                    + "(?:t(?:([-+]?[0-9.]+)h)?(?:([-+]?[0-9.]+)m)?(?:([-+]?[0-9.]+)s)?)?");

    static {
        unit(Unit.MILLENNIUM, "millennium", "millennia", "mil", "mils", "millenniums");
        unit(Unit.CENTURY, "century", "centuries", "c", "cent");
        unit(Unit.DECADE, "decade", "decades", "dec", "decs");
        unit(Unit.YEAR, "year", "years", "y", "yr", "yrs");
        unit(Unit.MONTH, "month", "months", "mon", "mons");
        unit(Unit.WEEK, "week", "weeks", "w");
        unit(Unit.DAY, "day", "days", "d");
        unit(Unit.HOUR, "hour", "hours", "h", "hr", "hrs");
        unit(Unit.MINUTE, "minute", "minutes", "m", "min", "mins");
        unit(Unit.SECOND, "second", "seconds", "s", "sec", "secs");
        unit(Unit.MILLISECOND, "millisecond", "milliseconds", "ms", "msec", "msecs", "millisecon");
        unit(Unit.MICROSECOND, "microsecond", "microseconds", "us", "usec", "usecs", "microsecon");
    }

    private static void unit(Unit unit, String... names) {
        for (String name : names) {
            UNITS.put(name, unit);
        }
    }

    /** The sums being built, in PostgreSQL's struct pg_tm fields. */
    private long years;
    private long months;
    private long days;
    private long seconds;
    private long micros;
    private final java.util.EnumSet<Unit> seen = java.util.EnumSet.noneOf(Unit.class);

    private IntervalParser() {
    }

    /**
     * @param range the typmod's field mask; a lone number counts in its smallest field (seconds by default)
     * @throws DateTimeSyntaxError if the text is not an interval
     */
    static Interval parse(String text, int range) {
        IntervalParser p = new IntervalParser();
        String lower = InputErrors.trimSpaces(text).toLowerCase(Locale.ROOT);
        if (lower.startsWith("p")) {
            p.readIso(lower);
        } else {
            p.readPostgres(lower, range);
        }
        return p.result(lower);
    }

    private void readIso(String text) {
        Matcher m = ISO.matcher(text);
        if (!m.matches() || text.equals("p") || text.endsWith("t")) {
            throw bad();
        }
        Unit[] units = {Unit.YEAR, Unit.MONTH, Unit.WEEK, Unit.DAY, Unit.HOUR, Unit.MINUTE, Unit.SECOND};
        for (int g = 1; g <= units.length; g++) {
            if (m.group(g) != null) {
                add(m.group(g), units[g - 1]);
            }
        }
    }

    private void readPostgres(String text, int range) {
        String[] words = text.replace("@", " ").trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            throw bad();
        }
        boolean ago = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            // a number may be glued to its unit: '5h', '1day'
            Matcher glued = Pattern.compile("([+-]?[0-9.]+)([a-z]+)").matcher(word);
            if (glued.matches() && UNITS.containsKey(glued.group(2))) {
                add(glued.group(1), UNITS.get(glued.group(2)));
            } else if (word.equals("ago") && i == words.length - 1) {
                ago = true;
            } else if (word.contains(":")) {
                addTime(word);
            } else if (word.matches("[+-]?[0-9]+-[0-9]+")) {
                addYearMonth(word);
            } else if (NUMBER.matcher(word).matches()) {
                String next = i + 1 < words.length ? words[i + 1] : null;
                if (next != null && UNITS.containsKey(next)) {
                    add(word, UNITS.get(next));
                    i++;
                } else if (next != null && next.contains(":")) {
                    add(word, Unit.DAY);
                } else if (next == null || next.equals("ago")) {
                    add(word, smallestUnit(range));
                } else {
                    throw bad();
                }
            } else {
                throw bad();
            }
        }
        if (ago) {
            years = -years;
            months = -months;
            days = -days;
            seconds = -seconds;
            micros = -micros;
        }
    }

    private static Unit smallestUnit(int range) {
        if ((range & TypeMods.INTERVAL_SECOND) != 0 || range == TypeMods.INTERVAL_FULL_RANGE) {
            return Unit.SECOND;
        }
        if ((range & TypeMods.INTERVAL_MINUTE) != 0) {
            return Unit.MINUTE;
        }
        if ((range & TypeMods.INTERVAL_HOUR) != 0) {
            return Unit.HOUR;
        }
        if ((range & TypeMods.INTERVAL_DAY) != 0) {
            return Unit.DAY;
        }
        return (range & TypeMods.INTERVAL_MONTH) != 0 ? Unit.MONTH : Unit.YEAR;
    }

    private void mark(Unit unit) {
        if (!seen.add(unit)) {
            throw bad();
        }
    }

    /** Adds a signed, possibly fractional count of a unit; the fraction spills into smaller units. */
    private void add(String number, Unit unit) {
        if (!NUMBER.matcher(number).matches()) {
            throw bad();
        }
        mark(unit);
        double value = Double.parseDouble(number);
        long whole = (long) value;
        double fraction = value - whole;
        switch (unit) {
            case MILLENNIUM -> addYears(whole * 1000, fraction * 1000);
            case CENTURY -> addYears(whole * 100, fraction * 100);
            case DECADE -> addYears(whole * 10, fraction * 10);
            case YEAR -> addYears(whole, fraction);
            case MONTH -> {
                months += whole;
                addFractionalDays(fraction * 30);
            }
            case WEEK -> {
                days += whole * 7;
                addFractionalDays(fraction * 7);
            }
            case DAY -> {
                days += whole;
                addFractionalSeconds(fraction * 86400);
            }
            case HOUR -> addFractionalSeconds(value * 3600);
            case MINUTE -> addFractionalSeconds(value * 60);
            case SECOND -> {
                seconds += whole;
                micros += (long) Math.rint(fraction * 1_000_000);
            }
            case MILLISECOND -> {
                seconds += whole / 1000;
                micros += (long) Math.rint((whole % 1000 + fraction) * 1000);
            }
            case MICROSECOND -> micros += (long) Math.rint(value);
        }
    }

    private void addYears(long whole, double fractionOfYears) {
        years += whole;
        months += (long) Math.rint(fractionOfYears * 12);
    }

    private void addFractionalDays(double fractionalDays) {
        long whole = (long) fractionalDays;
        days += whole;
        addFractionalSeconds((fractionalDays - whole) * 86400);
    }

    private void addFractionalSeconds(double fractionalSeconds) {
        long whole = (long) fractionalSeconds;
        seconds += whole;
        micros += (long) Math.rint((fractionalSeconds - whole) * 1_000_000);
    }

    /** '01:02:03.5', '-1:30', '10:30.5' (minutes and seconds). */
    private void addTime(String word) {
        mark(Unit.HOUR);
        mark(Unit.MINUTE);
        mark(Unit.SECOND);
        boolean negative = word.startsWith("-");
        String body = word.startsWith("-") || word.startsWith("+") ? word.substring(1) : word;
        String[] parts = body.split(":", -1);
        if (parts.length > 3 || !body.matches("[0-9:.]+")) {
            throw bad();
        }
        long h;
        long m;
        String s;
        if (parts.length == 2 && parts[1].contains(".")) {
            h = 0;
            m = digits(parts[0]);
            s = parts[1];
        } else {
            h = digits(parts[0]);
            m = digits(parts[1]);
            s = parts.length == 3 ? parts[2] : "0";
        }
        int dot = s.indexOf('.');
        long sec = digits(dot < 0 ? s : s.substring(0, dot));
        long frac = dot < 0 ? 0 : DateTimeParser.fractionMicros(s.substring(dot + 1));
        if (m > 59 || sec > 60) {
            throw new DateTimeSyntaxError(Kind.FIELD_OVERFLOW);
        }
        long total = (h * 3600 + m * 60 + sec) * 1_000_000 + frac;
        micros += negative ? -total : total;
    }

    /** SQL-standard year-month: '1-2' is 1 year 2 months. */
    private void addYearMonth(String word) {
        mark(Unit.YEAR);
        mark(Unit.MONTH);
        boolean negative = word.startsWith("-");
        String[] parts = word.replaceFirst("^[+-]", "").split("-");
        long y = digits(parts[0]);
        long m = digits(parts[1]);
        if (m > 11) {
            throw new DateTimeSyntaxError(Kind.FIELD_OVERFLOW);
        }
        years += negative ? -y : y;
        months += negative ? -m : m;
    }

    private static long digits(String s) {
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad();
        }
        return Long.parseLong(s);
    }

    private Interval result(String text) {
        long totalMonths = years * 12 + months;
        long totalMicros = seconds * 1_000_000 + micros;
        if (totalMonths != (int) totalMonths || days != (int) days) {
            throw new DateTimeSyntaxError(Kind.INTERVAL_OVERFLOW);
        }
        return new Interval((int) totalMonths, (int) days, totalMicros);
    }

    private static DateTimeSyntaxError bad() {
        return new DateTimeSyntaxError(Kind.BAD_FORMAT);
    }
}
