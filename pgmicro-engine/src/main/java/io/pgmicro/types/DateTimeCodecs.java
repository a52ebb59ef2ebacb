package io.pgmicro.types;

import io.pgmicro.types.DateTimeFields.Special;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * date, time, timetz, timestamp and timestamptz. Input goes through {@link DateTimeParser};
 * the storage texts are PostgreSQL's ISO output, except that timestamptz is stored in UTC
 * and printed in the session's time zone.
 */
final class DateTimeCodecs {
    static final TypeCodec DATE = new TypeCodec() {
        @Override
        public String output(Object storage, FormatContext ctx) {
            return DateStyleOutput.date(storage.toString(), ctx);
        }

        @Override
        public Object input(String text, int typmod, FormatContext ctx) {
            DateTimeFields f = read(text, "date", ctx);
            if (f.special != null) {
                return switch (f.special) {
                    case INFINITY -> DateTimeText.INFINITY;
                    case NEG_INFINITY -> DateTimeText.NEG_INFINITY;
                    case EPOCH -> "1970-01-01";
                    case NOW, TODAY, TOMORROW, YESTERDAY -> DateTimeText.date(relativeDay(f.special, ctx));
                    case ALLBALLS -> throw badFormat("date", text);
                };
            }
            if (!f.hasDate()) {
                throw badFormat("date", text);
            }
            return DateTimeText.date(localDate(f));
        }
    };

    static final TypeCodec TIMESTAMP = new TypeCodec() {
        @Override
        public String output(Object storage, FormatContext ctx) {
            return DateStyleOutput.timestamp(storage.toString(), ctx);
        }

        @Override
        public Object input(String text, int typmod, FormatContext ctx) {
            DateTimeFields f = read(text, "timestamp", ctx);
            Object special = infinity(f);
            if (special != null) {
                return special;
            }
            LocalDateTime value;
            if (f.special == Special.NOW) {
                value = LocalDateTime.ofInstant(ctx.clock().instant(), ctx.timeZone());
            } else if (f.special == Special.EPOCH) {
                value = LocalDateTime.of(1970, 1, 1, 0, 0);
            } else {
                value = localDateTime(f, text, "timestamp", ctx);
            }
            return DateTimeText.timestamp(inRange(DateTimeText.roundTimestamp(value, typmod), text));
        }
    };

    static final TypeCodec TIMESTAMPTZ = new TypeCodec() {
        @Override
        public Object input(String text, int typmod, FormatContext ctx) {
            String typeName = "timestamp with time zone";
            DateTimeFields f = read(text, typeName, ctx);
            Object special = infinity(f);
            if (special != null) {
                return special;
            }
            Instant instant;
            if (f.special == Special.NOW) {
                instant = ctx.clock().instant();
            } else if (f.special == Special.EPOCH) {
                instant = Instant.EPOCH;
            } else {
                LocalDateTime local = localDateTime(f, text, typeName, ctx);
                instant = local.toInstant(offsetAt(f, local, ctx));
                inRange(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), text);
            }
            return storeInstant(instant, typmod);
        }

        @Override
        public String output(Object storage, FormatContext ctx) {
            String stored = storage.toString();
            if (stored.endsWith("infinity")) {
                return stored;
            }
            return DateStyleOutput.timestamptz(instantOf(stored).atZone(ctx.timeZone()), ctx);
        }
    };

    static final TypeCodec TIME = new StoredAsOutput() {
        @Override
        public Object input(String text, int typmod, FormatContext ctx) {
            DateTimeFields f = read(text, "time", ctx);
            return DateTimeText.time(DateTimeText.roundTime(timeOfDay(f, text, "time", ctx), typmod));
        }
    };

    static final TypeCodec TIMETZ = new StoredAsOutput() {
        @Override
        public Object input(String text, int typmod, FormatContext ctx) {
            String typeName = "time with time zone";
            DateTimeFields f = read(text, typeName, ctx);
            long micros = DateTimeText.roundTime(timeOfDay(f, text, typeName, ctx), typmod);
            int offset;
            if (f.special == Special.NOW) {
                offset = ctx.timeZone().getRules().getOffset(ctx.clock().instant()).getTotalSeconds();
            } else {
                LocalDate date = f.hasDate() ? localDate(f) : LocalDate.now(ctx.clock().withZone(ctx.timeZone()));
                offset = offsetAt(f, date.atStartOfDay().plusNanos(micros * 1000), ctx).getTotalSeconds();
            }
            return DateTimeText.time(micros) + DateTimeText.offset(offset);
        }
    };

    private DateTimeCodecs() {
    }

    /** The types whose storage text is already their output text. */
    private abstract static class StoredAsOutput implements TypeCodec {
        @Override
        public String output(Object storage, FormatContext ctx) {
            return storage.toString();
        }
    }

    private static DateTimeFields read(String text, String typeName, FormatContext ctx) {
        try {
            return DateTimeParser.parse(text, ctx, typeName.startsWith("time") && !typeName.startsWith("timestamp"));
        } catch (DateTimeSyntaxError e) {
            throw e.toPgException(typeName, text);
        }
    }

    private static io.pgmicro.PgException badFormat(String typeName, String text) {
        return new DateTimeSyntaxError(DateTimeSyntaxError.Kind.BAD_FORMAT).toPgException(typeName, text);
    }

    private static Object infinity(DateTimeFields f) {
        if (f.special == Special.INFINITY) {
            return DateTimeText.INFINITY;
        }
        return f.special == Special.NEG_INFINITY ? DateTimeText.NEG_INFINITY : null;
    }

    private static LocalDate localDate(DateTimeFields f) {
        return LocalDate.of(f.bc ? 1 - f.year : f.year, f.month, f.day);
    }

    private static LocalDate relativeDay(Special special, FormatContext ctx) {
        LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.timeZone()));
        return switch (special) {
            case TOMORROW -> today.plusDays(1);
            case YESTERDAY -> today.minusDays(1);
            default -> today;
        };
    }

    /** The local date and time of a timestamp input; 'today' and friends count as the date. */
    private static LocalDateTime localDateTime(DateTimeFields f, String text, String typeName, FormatContext ctx) {
        LocalDate date;
        if (f.special == Special.TODAY || f.special == Special.TOMORROW || f.special == Special.YESTERDAY) {
            date = relativeDay(f.special, ctx);
        } else if (f.hasDate() && f.special == null) {
            date = localDate(f);
        } else {
            throw badFormat(typeName, text);
        }
        return date.atStartOfDay().plusNanos(f.timeOfDayMicros() * 1000);
    }

    /** PostgreSQL's timestamps end with 294276 AD (and begin at 4714-11-24 BC, Julian day 0). */
    private static final LocalDateTime FIRST = LocalDateTime.of(-4713, 11, 24, 0, 0);
    private static final LocalDateTime END = LocalDateTime.of(294277, 1, 1, 0, 0);

    private static LocalDateTime inRange(LocalDateTime value, String text) {
        if (value.isBefore(FIRST) || !value.isBefore(END)) {
            throw new io.pgmicro.PgException(io.pgmicro.SqlState.DATETIME_FIELD_OVERFLOW,
                    "timestamp out of range: \"" + text + "\"");
        }
        return value;
    }

    /** The time of day of a time input; a date in the text is ignored, as PostgreSQL ignores it. */
    private static long timeOfDay(DateTimeFields f, String text, String typeName, FormatContext ctx) {
        if (f.special == Special.NOW) {
            return LocalDateTime.ofInstant(ctx.clock().instant(), ctx.timeZone()).toLocalTime().toNanoOfDay() / 1000;
        }
        // a named zone's offset depends on a date, so a time alone cannot carry one
        if (!f.hasTime || f.special != null || f.zone != null && !f.hasDate()) {
            throw badFormat(typeName, text);
        }
        long micros = f.timeOfDayMicros();
        if (micros > DateTimeText.MICROS_PER_DAY) {
            throw new DateTimeSyntaxError(DateTimeSyntaxError.Kind.FIELD_OVERFLOW).toPgException(typeName, text);
        }
        return micros;
    }

    /**
     * The UTC offset a local time is read in: the one written in the text, else the
     * named zone's or the session zone's at that moment.
     */
    private static ZoneOffset offsetAt(DateTimeFields f, LocalDateTime local, FormatContext ctx) {
        if (f.offsetSeconds != null) {
            return ZoneOffset.ofTotalSeconds(f.offsetSeconds);
        }
        return offsetIn(f.zone != null ? f.zone : ctx.timeZone(), local);
    }

    /** A zone's offset at a local time: before a skipped hour, after a repeated one (PostgreSQL's choice). */
    static ZoneOffset offsetIn(ZoneId zone, LocalDateTime local) {
        java.time.zone.ZoneRules rules = zone.getRules();
        java.util.List<ZoneOffset> valid = rules.getValidOffsets(local);
        if (valid.size() == 1) {
            return valid.get(0);
        }
        java.time.zone.ZoneOffsetTransition transition = rules.getTransition(local);
        return transition.isGap() ? transition.getOffsetBefore() : transition.getOffsetAfter();
    }

    /** The storage text of a timestamptz: the instant in UTC, rounded to the typmod's precision. */
    static String storeInstant(Instant instant, int typmod) {
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return DateTimeText.timestampWithOffset(DateTimeText.roundTimestamp(utc, typmod), 0);
    }

    /** The instant a stored timestamptz stands for. */
    static Instant instantOf(String stored) {
        return DateTimeText.parseStored(stored).toInstant(ZoneOffset.UTC);
    }
}
