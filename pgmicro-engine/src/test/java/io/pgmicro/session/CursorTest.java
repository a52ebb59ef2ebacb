package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQL cursors' command tags, rows and errors (expected values checked against PostgreSQL 15;
 * psql's quiet mode, which the golden case uses, does not show the tags).
 */
class CursorTest extends InMemorySessionTest {

    private String tag(String sql) {
        return last(sql).commandTag();
    }

    private List<String> firstColumn(String sql) {
        Result r = last(sql);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            out.add(r.text(i, 0));
        }
        return out;
    }

    @Test
    void moveCountsAndFetchTags() {
        session.execute("BEGIN");
        assertEquals("DECLARE CURSOR", tag("DECLARE c SCROLL CURSOR FOR SELECT g FROM generate_series(1, 5) g"));
        assertEquals("MOVE 5", tag("MOVE FORWARD ALL IN c"));
        assertEquals("MOVE 5", tag("MOVE BACKWARD ALL IN c"));
        assertEquals("MOVE 2", tag("MOVE 2 IN c"));
        assertEquals("MOVE 1", tag("MOVE BACKWARD ALL IN c"));
        Result two = last("FETCH 2 FROM c");
        assertEquals("FETCH 2", two.commandTag());
        assertEquals("g", two.columns().get(0).name());
        assertEquals("MOVE 3", tag("MOVE 10 IN c"));
        assertEquals("MOVE 1", tag("MOVE ABSOLUTE 3 IN c"));
        assertEquals("MOVE 0", tag("MOVE ABSOLUTE 30 IN c"));
        assertEquals("MOVE 0", tag("MOVE 0 IN c"));
        assertEquals("FETCH 0", tag("FETCH ABSOLUTE 0 FROM c"));
        assertEquals("MOVE 0", tag("MOVE RELATIVE 0 IN c"));
        assertEquals("MOVE 1", tag("MOVE LAST IN c"));
        assertEquals(List.of("5"), firstColumn("FETCH 0 IN c"));
        assertEquals(List.of("4", "3"), firstColumn("FETCH BACKWARD 2 IN c"));
        assertEquals("CLOSE CURSOR", tag("CLOSE c"));
        assertEquals("CLOSE CURSOR ALL", tag("CLOSE ALL"));
        session.execute("ROLLBACK");
    }

    @Test
    void errorsCarryPostgresqlStates() {
        PgException outside = assertThrows(PgException.class, () -> session.execute("DECLARE c CURSOR FOR SELECT 1"));
        assertEquals("25P01", outside.sqlState());
        session.execute("BEGIN");
        session.execute("DECLARE c NO SCROLL CURSOR FOR SELECT 1");
        PgException duplicate = assertThrows(PgException.class, () -> session.execute("DECLARE c CURSOR FOR SELECT 2"));
        assertEquals("42P03", duplicate.sqlState());
        assertEquals("cursor \"c\" already exists", duplicate.getMessage());
        session.execute("ROLLBACK");
        session.execute("BEGIN");
        session.execute("DECLARE c NO SCROLL CURSOR FOR SELECT 1");
        PgException backward = assertThrows(PgException.class, () -> session.execute("FETCH PRIOR FROM c"));
        assertEquals("55000", backward.sqlState());
        assertEquals("Declare it with SCROLL option to enable backward scan.", backward.hint());
        session.execute("ROLLBACK");
        PgException missing = assertThrows(PgException.class, () -> session.execute("CLOSE c"));
        assertEquals("34000", missing.sqlState());
        assertEquals("cursor \"c\" does not exist", missing.getMessage());
    }

    @Test
    void heldCursorKeepsItsPositionAcrossCommit() {
        session.execute("BEGIN");
        session.execute("DECLARE h CURSOR WITH HOLD FOR SELECT g FROM generate_series(1, 4) g");
        assertEquals(List.of("1"), firstColumn("FETCH h"));
        session.execute("COMMIT");
        assertEquals(List.of("2", "3"), firstColumn("FETCH 2 FROM h"));
        assertEquals("t", last("SELECT is_holdable FROM pg_cursors WHERE name = 'h'").text(0, 0));
    }
}
