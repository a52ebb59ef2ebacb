package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import org.junit.jupiter.api.Test;

/**
 * Arrays of anonymous records (ARRAY[ROW(...)], which PostgreSQL supports) have no array type
 * in pgmicro: they must be PostgreSQL's feature_not_supported error, not an internal error.
 */
class RecordArrayTest {
    @Test
    void arraysOfRecordsAreRefusedAsNotSupported() {
        try (Database db = Database.openMemory("record-arrays"); Session s = db.newSession()) {
            for (String sql : new String[] {"SELECT ARRAY[ROW(1, 2)]", "SELECT ROW(1, 2) = ANY (ARRAY[ROW(1, 2)])"}) {
                PgException e = assertThrows(PgException.class, () -> s.execute(sql), sql);
                assertEquals("0A000", e.sqlState(), sql);
                assertEquals("pgmicro does not support arrays of type record yet", e.getMessage(), sql);
            }
            assertEquals("1", s.execute("SELECT 1").get(0).text(0, 0));
        }
    }
}
