package io.pgmicro.exec.functions;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** to_char, to_date and to_timestamp(text, text). */
final class FormattingFunctions {
    private FormattingFunctions() {
    }

    static void register(Registrar r, FunctionContext ctx) {
        r.strict("pg_to_char_timestamp", 2, a -> {
            LocalDateTime ts = DateTimes.timestamp(Args.text(a[0]));
            return DateTimes.isInfinite(ts) ? null : DateTimeFormat.format(ts, null, Args.text(a[1]));
        });
        r.strict("pg_to_char_timestamptz", 2, a -> {
            Instant instant = DateTimes.timestamptz(Args.text(a[0]));
            if (DateTimes.isInfinite(instant)) {
                return null;
            }
            ZoneId zone = ctx.formatContext().timeZone();
            ZonedDateTime zoned = instant.atZone(zone);
            return DateTimeFormat.format(zoned.toLocalDateTime(), zoned, Args.text(a[1]));
        });
        r.strict("pg_to_char_number", 2, a -> NumberFormat.format(Args.numeric(a[0]), Args.text(a[1])));
        r.strict("pg_to_date", 2, a -> DateTimes.date(DateTimeParse.parse(Args.text(a[0]), Args.text(a[1])).toLocalDate()));
        r.strict("pg_to_timestamp", 2, a -> DateTimes.timestamptz(DateTimes.instant(
                DateTimeParse.parse(Args.text(a[0]), Args.text(a[1])), ctx.formatContext().timeZone())));
    }
}
