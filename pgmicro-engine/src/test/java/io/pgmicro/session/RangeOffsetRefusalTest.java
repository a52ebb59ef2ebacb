package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import org.junit.jupiter.api.Test;

/**
 * SQLite's RANGE offsets are number arithmetic on the stored key: over numeric (stored as text)
 * and the date/time types it frames wrong rows, so pgmicro refuses those frames as not supported,
 * while integer and float keys (stored as SQLite numbers) run.
 */
class RangeOffsetRefusalTest extends InMemorySessionTest {
    @Test
    void rangeOffsetsOverKeysNotStoredAsNumbersAreRefused() {
        session.execute("CREATE TABLE w (a int, n numeric, d date, i interval)");
        session.execute("INSERT INTO w VALUES (1, 1.5, '2020-01-01', '1 day'), (2, 10, '2020-02-01', '2 days')");
        String[][] cases = {
            {"SELECT sum(a) OVER (ORDER BY n RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM w", "numeric"},
            {"SELECT sum(a) OVER (ORDER BY d RANGE BETWEEN '1 month' PRECEDING AND CURRENT ROW) FROM w", "date"},
            {"SELECT sum(a) OVER w1 FROM w WINDOW w1 AS (ORDER BY i RANGE '1 day' PRECEDING)", "interval"},
        };
        for (String[] c : cases) {
            PgException e = assertThrows(PgException.class, () -> session.execute(c[0]), c[0]);
            assertEquals("0A000", e.sqlState(), c[0]);
            assertEquals("pgmicro does not support RANGE with offset PRECEDING/FOLLOWING over type " + c[1] + " yet",
                    e.getMessage(), c[0]);
        }
        assertEquals("3", one("SELECT sum(a) OVER (ORDER BY a RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM w LIMIT 1"));
    }
}
