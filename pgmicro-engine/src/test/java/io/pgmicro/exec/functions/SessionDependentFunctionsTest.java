package io.pgmicro.exec.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Functions whose answers depend on the session: its clock, TimeZone and names.
 * Expected values with a time zone are PostgreSQL 15's answers under
 * {@code SET timezone = 'America/New_York'}, shown here as the UTC storage form.
 */
class SessionDependentFunctionsTest {
    @Test
    void nowIsTheTransactionStart() throws Exception {
        try (SqliteFunctions f = new SqliteFunctions(FixedFunctionContext.utc())) {
            assertEquals("2024-05-06 07:08:09.123456+00", f.evaluate("pg_now()"));
            assertEquals("2024-05-06 07:08:10.123456+00", f.evaluate("pg_statement_timestamp()"));
            assertEquals("2024-05-06", f.evaluate("pg_current_date()"));
            assertEquals("07:08:09.123456+00", f.evaluate("pg_current_time()"));
            assertEquals("2024-05-06 07:08:09.123456", f.evaluate("pg_localtimestamp()"));
            assertEquals("1 year 4 mons 5 days", f.evaluate("pg_age('2023-01-01 00:00:00')"));
            assertNull(f.evaluate("pg_age(NULL)"));
            String clock = (String) f.evaluate("pg_clock_timestamp()");
            assertTrue(clock.compareTo("2024-05-06") > 0 && clock.endsWith("+00"), clock);
        }
    }

    @Test
    void localFunctionsFollowTheSessionTimeZone() throws Exception {
        try (SqliteFunctions f = new SqliteFunctions(FixedFunctionContext.in(ZoneId.of("Asia/Tokyo")))) {
            assertEquals("2024-05-06 16:08:09.123456", f.evaluate("pg_localtimestamp()"));
            assertEquals("16:08:09.123456+09", f.evaluate("pg_current_time()"));
        }
        try (SqliteFunctions f = new SqliteFunctions(FixedFunctionContext.in(ZoneId.of("Pacific/Pago_Pago")))) {
            assertEquals("2024-05-05", f.evaluate("pg_current_date()"));
        }
    }

    @Test
    void calendarArithmeticOnTimestamptzHappensInTheSessionZone() throws Exception {
        try (SqliteFunctions f = new SqliteFunctions(FixedFunctionContext.in(ZoneId.of("America/New_York")))) {
            // timestamptz '2024-03-09 12:00+00' + interval '1 day' = 2024-03-10 07:00:00-04 (across the DST change)
            assertEquals("2024-03-10 11:00:00+00",
                    f.evaluate("pg_timestamptz_add_interval('2024-03-09 12:00:00+00', '1 day')"));
            // date_trunc('day', timestamptz '2024-03-10 12:00+00') = 2024-03-10 00:00:00-05
            assertEquals("2024-03-10 05:00:00+00", f.evaluate("pg_date_trunc_timestamptz('day', '2024-03-10 12:00:00+00')"));
            // extract(timezone from timestamptz '2024-01-01') = -18000
            assertEquals("-18000", f.evaluate("pg_extract_timestamptz('timezone', '2024-01-01 05:00:00+00')"));
            // extract(hour from timestamptz '2024-01-01 12:00+00') = 7
            assertEquals("7", f.evaluate("pg_extract_timestamptz('hour', '2024-01-01 12:00:00+00')"));
            // to_char(timestamptz '2024-03-10 12:00+00', 'YYYY-MM-DD HH24:MI:SS TZ OF')
            assertEquals("2024-03-10 08:00:00 EDT -04",
                    f.evaluate("pg_to_char_timestamptz('2024-03-10 12:00:00+00', 'YYYY-MM-DD HH24:MI:SS TZ OF')"));
        }
    }

    @Test
    void sessionNamesAndVersion() throws Exception {
        try (SqliteFunctions f = new SqliteFunctions(FixedFunctionContext.utc())) {
            assertEquals("alice", f.evaluate("pg_current_user()"));
            assertEquals("alice", f.evaluate("pg_session_user()"));
            assertTrue(f.evaluate("pg_version()").toString().startsWith("PostgreSQL 15.1 "));
        }
    }

    @Test
    void randomValues() throws Exception {
        try (SqliteFunctions f = new SqliteFunctions(FixedFunctionContext.utc())) {
            String uuid = (String) f.evaluate("pg_gen_random_uuid()");
            assertTrue(uuid.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), uuid);
            assertNotEquals(uuid, f.evaluate("pg_gen_random_uuid()"));
            double r = (Double) f.evaluate("pg_random()");
            assertTrue(r >= 0 && r < 1);
            assertEquals(0L, f.evaluate("(SELECT count(*) FROM (SELECT pg_random() r FROM json_each('[1,2,3,4,5,6,7,8]'))"
                    + " WHERE r < 0 OR r >= 1)"));
        }
    }
}
