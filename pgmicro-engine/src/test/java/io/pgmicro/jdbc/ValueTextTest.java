package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The date and time texts the driver reads and writes (see the storage table in io.pgmicro.types). */
class ValueTextTest {
    @Test
    void timesDropTrailingZerosOfTheFraction() {
        assertEquals("03:04:05", TemporalText.format(LocalTime.of(3, 4, 5)));
        assertEquals("03:04:05.5", TemporalText.format(LocalTime.of(3, 4, 5, 500_000_000)));
        assertEquals("03:04:05.000001", TemporalText.format(LocalTime.of(3, 4, 5, 1_000)));
        assertEquals("2024-01-02 03:04:05.123456", TemporalText.format(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_789)));
    }

    @Test
    void offsetsPrintAsPostgresDoes() {
        assertEquals("2024-01-02 03:04:05+02", TemporalText.format(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2))));
        assertEquals("2024-01-02 03:04:05-03:30", TemporalText.format(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHoursMinutes(-3, -30))));
    }

    @Test
    void readsStorageForms() {
        assertEquals(LocalDate.of(2024, 1, 2), TemporalText.parseDate("2024-01-02"));
        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000), TemporalText.parseTimestamp("2024-01-02 03:04:05.5"));
        assertEquals(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), TemporalText.parseTimestampWithZone("2024-01-02 03:04:05+00"));
        assertEquals(LocalTime.of(12, 0).atOffset(ZoneOffset.ofHoursMinutes(5, 30)), TemporalText.parseTimeWithZone("12:00:00+05:30"));
    }
}
