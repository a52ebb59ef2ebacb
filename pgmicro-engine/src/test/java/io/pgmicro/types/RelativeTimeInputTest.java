package io.pgmicro.types;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 'now', 'today', 'tomorrow' and 'yesterday' read the session's clock (in PostgreSQL, the
 * transaction start) and its time zone; these cannot be recorded from a live server, so
 * the expectations are written from PostgreSQL's documented meaning.
 */
class RelativeTimeInputTest {
    /** 2024-03-10 04:30:15.25 UTC: still 2024-03-09 in New York (UTC-5 then). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-10T04:30:15.250Z"), ZoneOffset.UTC);
    private static final FormatContext UTC = FormatContext.DEFAULT.withClock(CLOCK);
    private static final FormatContext NEW_YORK = UTC.withTimeZone(ZoneId.of("America/New_York"));

    private static String in(PgType type, String text, FormatContext ctx) {
        return type.output(type.input(text, -1, ctx), ctx);
    }

    @Test
    void nowIsTheClockInstant() {
        assertEquals("2024-03-10 04:30:15.25+00", in(Types.TIMESTAMPTZ, "now", UTC));
        assertEquals("2024-03-09 23:30:15.25-05", in(Types.TIMESTAMPTZ, "now", NEW_YORK));
        assertEquals("2024-03-09 23:30:15.25", in(Types.TIMESTAMP, "NOW", NEW_YORK));
        assertEquals("23:30:15.25", in(Types.TIME, "now", NEW_YORK));
        assertEquals("23:30:15.25-05", in(Types.TIMETZ, "now", NEW_YORK));
    }

    @Test
    void todayFollowsTheSessionTimeZone() {
        assertEquals("2024-03-10", in(Types.DATE, "today", UTC));
        assertEquals("2024-03-09", in(Types.DATE, "today", NEW_YORK));
        assertEquals("2024-03-10", in(Types.DATE, "tomorrow", NEW_YORK));
        assertEquals("2024-03-08", in(Types.DATE, "yesterday", NEW_YORK));
        assertEquals("2024-03-09 00:00:00", in(Types.TIMESTAMP, "today", NEW_YORK));
        assertEquals("2024-03-10 00:00:00-05", in(Types.TIMESTAMPTZ, "tomorrow", NEW_YORK));
    }

    @Test
    void timestamptzIsStoredInUtc() {
        assertEquals("2024-03-10 04:30:15.25+00", Types.TIMESTAMPTZ.input("now", -1, NEW_YORK));
    }
}
