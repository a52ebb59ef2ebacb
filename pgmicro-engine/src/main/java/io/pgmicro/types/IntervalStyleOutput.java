package io.pgmicro.types;

/**
 * How intervals print under the IntervalStyle setting other than 'postgres' (which is
 * also the storage text): 'postgres_verbose' ("@ 1 year 2 mons 3 days ago"),
 * 'sql_standard' ("1-2", "3 4:05:06", "+1-2 +3 +4:05:06" when fields mix) and
 * 'iso_8601' ("P1Y2M3DT4H5M6S").
 */
final class IntervalStyleOutput {
    /** An interval's fields as PostgreSQL splits them: each carries the sign of its part. */
    private record Fields(long year, long mon, long day, long hour, long min, long sec, long fsec) {
        static Fields of(Interval v) {
            long time = v.micros();
            return new Fields(v.months() / 12, v.months() % 12, v.days(), time / Interval.MICROS_PER_HOUR,
                    time / 60_000_000L % 60, time / 1_000_000L % 60, time % 1_000_000L);
        }

        boolean anyTime() {
            return hour != 0 || min != 0 || sec != 0 || fsec != 0;
        }
    }

    private IntervalStyleOutput() {
    }

    /** The interval's text in the style, or null for 'postgres' (the stored text). */
    static String format(String stored, FormatContext ctx) {
        return switch (ctx.intervalStyle()) {
            case "postgres_verbose" -> verbose(Fields.of(Interval.parse(stored)));
            case "iso_8601" -> iso(Fields.of(Interval.parse(stored)));
            case "sql_standard" -> sqlStandard(Fields.of(Interval.parse(stored)));
            default -> null;
        };
    }

    private static String verbose(Fields f) {
        StringBuilder out = new StringBuilder("@");
        // the first nonzero field decides the direction; "ago" then stands for its minus
        boolean[] state = {true, false}; // {still zero, before}
        verbosePart(out, f.year, "year", state);
        verbosePart(out, f.mon, "mon", state);
        verbosePart(out, f.day, "day", state);
        verbosePart(out, f.hour, "hour", state);
        verbosePart(out, f.min, "min", state);
        if (f.sec != 0 || f.fsec != 0) {
            out.append(' ');
            if (f.sec < 0 || f.sec == 0 && f.fsec < 0) {
                if (state[0]) {
                    state[1] = true;
                } else if (!state[1]) {
                    out.append('-');
                }
            } else if (state[1]) {
                out.append('-');
            }
            seconds(out, f.sec, f.fsec, false);
            out.append(" sec").append(Math.abs(f.sec) != 1 || f.fsec != 0 ? "s" : "");
            state[0] = false;
        }
        if (state[0]) {
            out.append(" 0");
        }
        if (state[1]) {
            out.append(" ago");
        }
        return out.toString();
    }

    private static void verbosePart(StringBuilder out, long value, String unit, boolean[] state) {
        if (value == 0) {
            return;
        }
        if (state[0]) {
            state[1] = value < 0;
            value = Math.abs(value);
        } else if (state[1]) {
            value = -value;
        }
        out.append(' ').append(value).append(' ').append(unit).append(value == 1 ? "" : "s");
        state[0] = false;
    }

    private static String iso(Fields f) {
        if (f.year == 0 && f.mon == 0 && f.day == 0 && !f.anyTime()) {
            return "PT0S";
        }
        StringBuilder out = new StringBuilder("P");
        isoPart(out, f.year, 'Y');
        isoPart(out, f.mon, 'M');
        isoPart(out, f.day, 'D');
        if (f.anyTime()) {
            out.append('T');
        }
        isoPart(out, f.hour, 'H');
        isoPart(out, f.min, 'M');
        if (f.sec != 0 || f.fsec != 0) {
            if (f.sec < 0 || f.fsec < 0) {
                out.append('-');
            }
            seconds(out, f.sec, f.fsec, false);
            out.append('S');
        }
        return out.toString();
    }

    private static void isoPart(StringBuilder out, long value, char unit) {
        if (value != 0) {
            out.append(value).append(unit);
        }
    }

    private static String sqlStandard(Fields f) {
        boolean negative = f.year < 0 || f.mon < 0 || f.day < 0 || f.hour < 0 || f.min < 0 || f.sec < 0 || f.fsec < 0;
        boolean positive = f.year > 0 || f.mon > 0 || f.day > 0 || f.hour > 0 || f.min > 0 || f.sec > 0 || f.fsec > 0;
        boolean yearMonth = f.year != 0 || f.mon != 0;
        boolean dayTime = f.day != 0 || f.anyTime();
        boolean standard = !(negative && positive) && !(yearMonth && dayTime);
        StringBuilder out = new StringBuilder();
        if (!negative && !positive) {
            return "0";
        }
        if (!standard) {
            // mixed signs or fields: every part carries its sign, so that nothing reads as carried over
            out.append(f.year < 0 || f.mon < 0 ? '-' : '+').append(Math.abs(f.year)).append('-').append(Math.abs(f.mon))
                    .append(' ').append(f.day < 0 ? '-' : '+').append(Math.abs(f.day)).append(' ')
                    .append(f.hour < 0 || f.min < 0 || f.sec < 0 || f.fsec < 0 ? '-' : '+');
            clock(out, Math.abs(f.hour), Math.abs(f.min), f.sec, f.fsec);
            return out.toString();
        }
        if (negative) {
            out.append('-');
        }
        if (yearMonth) {
            return out.append(Math.abs(f.year)).append('-').append(Math.abs(f.mon)).toString();
        }
        if (f.day != 0) {
            out.append(Math.abs(f.day)).append(' ');
        }
        clock(out, Math.abs(f.hour), Math.abs(f.min), f.sec, f.fsec);
        return out.toString();
    }

    private static void clock(StringBuilder out, long hour, long min, long sec, long fsec) {
        out.append(hour).append(':').append(min < 10 ? "0" : "").append(min).append(':');
        seconds(out, sec, fsec, true);
    }

    /** Whole seconds (two digits when {@code pad}), then the fraction without trailing zeros; signs dropped. */
    private static void seconds(StringBuilder out, long sec, long fsec, boolean pad) {
        long s = Math.abs(sec);
        out.append(pad && s < 10 ? "0" : "").append(s);
        DateTimeText.appendFraction(out, Math.abs(fsec));
    }
}
