package io.pgmicro.types;

/**
 * interval: stored as its 'postgres'-style output text, printed in the session's IntervalStyle. The typmod (interval day to
 * second(3) ...) is applied on input, as PostgreSQL passes it to the input function.
 */
final class IntervalCodec implements TypeCodec {
    static final IntervalCodec INSTANCE = new IntervalCodec();

    private IntervalCodec() {
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        Interval value;
        try {
            value = IntervalParser.parse(text, TypeMods.intervalRange(typmod));
        } catch (DateTimeSyntaxError e) {
            throw e.toPgException("interval", text);
        }
        return applyTypmod(value, typmod).toString();
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        String styled = IntervalStyleOutput.format(storage.toString(), ctx);
        return styled != null ? styled : storage.toString();
    }

    /** Drops the fields below the typmod's range and rounds seconds to its precision (AdjustIntervalForTypmod). */
    static Interval applyTypmod(Interval value, int typmod) {
        if (typmod < 0) {
            return value;
        }
        int range = TypeMods.intervalRange(typmod);
        int months = value.months();
        int days = value.days();
        long micros = value.micros();
        if (range == TypeMods.INTERVAL_YEAR) {
            months = months / 12 * 12;
            days = 0;
            micros = 0;
        } else if (range == TypeMods.INTERVAL_MONTH || range == (TypeMods.INTERVAL_YEAR | TypeMods.INTERVAL_MONTH)) {
            days = 0;
            micros = 0;
        } else if (range == TypeMods.INTERVAL_DAY) {
            micros = 0;
        } else if ((range & TypeMods.INTERVAL_SECOND) == 0 && (range & TypeMods.INTERVAL_MINUTE) == 0
                && (range & TypeMods.INTERVAL_HOUR) != 0) {
            micros = micros / Interval.MICROS_PER_HOUR * Interval.MICROS_PER_HOUR;
        } else if ((range & TypeMods.INTERVAL_SECOND) == 0 && (range & TypeMods.INTERVAL_MINUTE) != 0) {
            micros = micros / 60_000_000L * 60_000_000L;
        }
        int precision = TypeMods.intervalPrecision(typmod);
        if (precision != TypeMods.INTERVAL_FULL_PRECISION && precision < 6) {
            long scale = (long) Math.pow(10, 6 - precision);
            micros = micros >= 0 ? (micros + scale / 2) / scale * scale : -((-micros + scale / 2) / scale * scale);
        }
        return new Interval(months, days, micros);
    }
}
