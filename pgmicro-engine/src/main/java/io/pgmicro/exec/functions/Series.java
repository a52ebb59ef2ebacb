package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.Interval;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * generate_series as a JSON array, which SQLite's json_each then iterates (SQLite has
 * no table-valued functions of its own here, and json_each accepts arguments that
 * refer to earlier FROM items, as PostgreSQL's lateral function calls do).
 */
final class Series {
    /** Rows one call may produce, so a typo cannot exhaust memory. */
    private static final long MAX_ROWS = 50_000_000L;

    private Series() {
    }

    static String json(Object[] args, PgType type, FormatContext ctx) {
        if (args[0] == null || args[1] == null || args.length > 2 && args[2] == null && args[3] == null) {
            return "[]";
        }
        if (type.equals(Types.INT4) || type.equals(Types.INT8) || type.equals(Types.INT2)) {
            return integers(((Number) args[0]).longValue(), ((Number) args[1]).longValue(),
                    args[2] == null ? 1 : ((Number) args[2]).longValue());
        }
        if (type.equals(Types.NUMERIC)) {
            return numerics(new BigDecimal(args[0].toString()), new BigDecimal(args[1].toString()),
                    args[2] == null ? BigDecimal.ONE : new BigDecimal(args[2].toString()));
        }
        if (type.equals(Types.TIMESTAMP)) {
            return instants(DateTimes.timestamp(Args.text(args[0])), DateTimes.timestamp(Args.text(args[1])),
                    args[2], DateTimeFunctions::plus, DateTimes::timestamp);
        }
        if (type.equals(Types.TIMESTAMPTZ)) {
            ZoneId zone = ctx.timeZone();
            return instants(DateTimes.timestamptz(Args.text(args[0])), DateTimes.timestamptz(Args.text(args[1])),
                    args[2], (t, step) -> DateTimeFunctions.plus(t, step, zone), DateTimes::timestamptz);
        }
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support generate_series over "
                + type.name() + " yet");
    }

    /** 1 for an interval step that ascends, -1 for one that descends; a zero step is an error, as in PostgreSQL. */
    static int stepDirection(Object intervalStorage) {
        int direction = Interval.parse(Args.text(intervalStorage)).compareTo(Interval.ZERO);
        if (direction == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
        }
        return Integer.signum(direction);
    }

    /** timestamp and timestamptz series: the interval step is added to the previous value, as PostgreSQL does. */
    private static <T extends Comparable<? super T>> String instants(T start, T stop, Object stepStorage,
                                                             BiFunction<T, Interval, T> plus, Function<T, String> storage) {
        if (stepStorage == null) {
            return "[]";
        }
        int direction = stepDirection(stepStorage);
        Interval step = Interval.parse(Args.text(stepStorage));
        StringBuilder sb = new StringBuilder("[");
        long count = 0;
        for (T v = start; direction > 0 ? v.compareTo(stop) <= 0 : v.compareTo(stop) >= 0; v = plus.apply(v, step)) {
            if (++count > MAX_ROWS) {
                throw tooManyRows();
            }
            sb.append(count == 1 ? "" : ",").append(JsonWriter.quote(storage.apply(v)));
        }
        return sb.append(']').toString();
    }

    private static PgException tooManyRows() {
        return new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "generate_series would return more than "
                + MAX_ROWS + " rows");
    }

    private static String integers(long start, long stop, long step) {
        if (step == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
        }
        StringBuilder sb = new StringBuilder("[");
        long count = 0;
        for (long v = start; step > 0 ? v <= stop : v >= stop; v += step) {
            if (++count > MAX_ROWS) {
                throw tooManyRows();
            }
            sb.append(count == 1 ? "" : ",").append(v);
            if (step > 0 && v > Long.MAX_VALUE - step || step < 0 && v < Long.MIN_VALUE - step) {
                break;
            }
        }
        return sb.append(']').toString();
    }

    private static String numerics(BigDecimal start, BigDecimal stop, BigDecimal step) {
        if (step.signum() == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
        }
        StringBuilder sb = new StringBuilder("[");
        long count = 0;
        for (BigDecimal v = start; step.signum() > 0 ? v.compareTo(stop) <= 0 : v.compareTo(stop) >= 0; v = v.add(step)) {
            if (++count > MAX_ROWS) {
                throw tooManyRows();
            }
            sb.append(count == 1 ? "" : ",").append('"').append(v.toPlainString()).append('"');
        }
        return sb.append(']').toString();
    }
}
