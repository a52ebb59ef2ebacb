package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two transaction blocks that both write, interleaved on one thread: the first holds SQLite's
 * write lock, the second runs ahead on a private copy and catches up when the lock is free
 * (see {@link Speculation}). Each test's interleaving is one that PostgreSQL runs without
 * blocking unless said otherwise; none of them waits for a lock.
 */
class ConcurrentWritersTest {
    private Database db;
    private Session first;
    private Session second;
    private Session third;

    @BeforeEach
    void open() {
        db = Database.open(":memory:");
        first = db.newSession();
        second = db.newSession();
        third = db.newSession();
        first.execute("CREATE TABLE a (id int PRIMARY KEY, v text)");
        first.execute("CREATE TABLE b (id int PRIMARY KEY, v text)");
    }

    @AfterEach
    void close() {
        third.close();
        second.close();
        first.close();
        db.close();
    }

    private static List<String> rows(Session s, String sql) {
        Result r = s.execute(sql).get(0);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < r.columns().size(); c++) {
                row.append(c == 0 ? "" : " ").append(r.text(i, c));
            }
            out.add(row.toString());
        }
        return out;
    }

    private static String tag(Session s, String sql) {
        return s.execute(sql).get(0).commandTag();
    }

    private static PgException fails(Session s, String sql) {
        return assertThrows(PgException.class, () -> s.execute(sql));
    }

    @Test
    void blocksWritingDifferentTablesBothCommitAndNeitherSeesTheOtherBeforeItsCommit() {
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        assertEquals("INSERT 0 1", tag(second, "INSERT INTO b VALUES (1, 'second')"));
        assertEquals(List.of(), rows(second, "SELECT * FROM a"));
        assertEquals(List.of(), rows(first, "SELECT * FROM b"));
        first.execute("COMMIT");
        second.execute("COMMIT");
        assertEquals(List.of("1 first"), rows(third, "SELECT * FROM a"));
        assertEquals(List.of("1 second"), rows(third, "SELECT * FROM b"));
    }

    /**
     * The second block does not read table a here: a query of a table the block wrote while
     * speculating must read the same after the first block's commit (see the next tests).
     */
    @Test
    void blocksWritingDifferentKeysOfOneTableBothCommit() {
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        assertEquals(List.of(), rows(second, "SELECT * FROM a ORDER BY id"));
        second.execute("INSERT INTO a VALUES (2, 'second')");
        assertEquals(List.of("1 first"), rows(first, "SELECT * FROM a ORDER BY id"));
        assertEquals(List.of(), rows(third, "SELECT * FROM a ORDER BY id"));
        first.execute("COMMIT");
        second.execute("COMMIT");
        assertEquals(List.of("1 first", "2 second"), rows(third, "SELECT * FROM a ORDER BY id"));
    }

    @Test
    void theSpeculatingBlockSeesItsOwnWritesAndNoOneElseDoes() {
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        second.execute("INSERT INTO b VALUES (1, 'x')");
        assertEquals("UPDATE 1", tag(second, "UPDATE b SET v = 'y' WHERE id = 1"));
        assertEquals(List.of("1 y"), rows(second, "SELECT * FROM b"));
        assertEquals(Session.IN_TRANSACTION, second.transactionStatus());
        assertEquals(List.of(), rows(third, "SELECT * FROM b"));
        assertEquals(List.of(), rows(first, "SELECT * FROM b"));
        first.execute("COMMIT");
        // the lock is free: the second block catches up at its next statement and goes on for real
        assertEquals(List.of("1 first"), rows(second, "SELECT * FROM a"));
        assertEquals(List.of(), rows(third, "SELECT * FROM b"));
        second.execute("COMMIT");
        assertEquals(List.of("1 y"), rows(third, "SELECT * FROM b"));
    }

    /**
     * PostgreSQL, in the same interleaving, makes the second INSERT wait for the first block and,
     * when that commits, fails it with 23505 (duplicate key). pgmicro's second block does not wait
     * (waiting would hang a client that drives both connections from one thread): its INSERT runs
     * on the committed state, where the key is free, and only its catch-up finds that it would
     * now fail — a different answer than the client got, so the block is lost with 40001, which
     * tells the client to retry it.
     */
    @Test
    void bothInsertingOneKeyFailsTheSpeculatingBlockAtCommitAndKeepsTheFirstRow() {
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        assertEquals("INSERT 0 1", tag(second, "INSERT INTO a VALUES (1, 'second')"));
        second.execute("INSERT INTO b VALUES (1, 'second')");
        first.execute("COMMIT");
        PgException e = fails(second, "COMMIT");
        assertEquals("40001", e.sqlState());
        assertEquals("could not serialize access due to concurrent update", e.getMessage());
        assertEquals(Session.IDLE, second.transactionStatus());
        assertEquals(List.of("1 first"), rows(third, "SELECT * FROM a"));
        assertEquals(List.of(), rows(third, "SELECT * FROM b"));
        // the session goes on, and its retry succeeds
        second.execute("INSERT INTO a VALUES (2, 'second')");
        assertEquals(List.of("1 first", "2 second"), rows(third, "SELECT * FROM a ORDER BY id"));
    }

    @Test
    void aConflictFoundAtTheNextStatementFailsTheBlockUntilRollback() {
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        second.execute("INSERT INTO a VALUES (1, 'second')");
        first.execute("COMMIT");
        assertEquals("40001", fails(second, "SELECT * FROM a").sqlState());
        assertEquals(Session.FAILED, second.transactionStatus());
        assertEquals("25P02", fails(second, "SELECT 1").sqlState());
        assertEquals("ROLLBACK", tag(second, "COMMIT"));
        assertEquals(List.of("1 first"), rows(third, "SELECT * FROM a"));
    }

    /**
     * A query of a table the block wrote must read the same on the replay: here the second block
     * saw n = 1 after its increment, but on top of the first block's commit its increment gives
     * 2 — no serial order of the two blocks shows the client 1, so it cannot commit. (PostgreSQL
     * would make the UPDATE wait, then show 2.)
     */
    @Test
    void aReadThatTheFirstCommitChangesFailsTheCatchUp() {
        first.execute("INSERT INTO a VALUES (1, '0')");
        first.execute("BEGIN");
        first.execute("UPDATE a SET v = (v::int + 1)::text WHERE id = 1");
        second.execute("BEGIN");
        assertEquals("UPDATE 1", tag(second, "UPDATE a SET v = (v::int + 1)::text WHERE id = 1"));
        assertEquals(List.of("1"), rows(second, "SELECT v FROM a"));
        first.execute("COMMIT");
        assertEquals("40001", fails(second, "COMMIT").sqlState());
        assertEquals(List.of("1"), rows(third, "SELECT v FROM a"));
    }

    /** Without a read that depends on it, the same increment replays as PostgreSQL runs it after the wait: both count. */
    @Test
    void anUpdateWhoseAnswerDoesNotChangeReplaysOnTopOfTheFirstCommit() {
        first.execute("INSERT INTO a VALUES (1, '0')");
        first.execute("BEGIN");
        first.execute("UPDATE a SET v = (v::int + 1)::text WHERE id = 1");
        second.execute("BEGIN");
        assertEquals("UPDATE 1", tag(second, "UPDATE a SET v = (v::int + 1)::text WHERE id = 1"));
        first.execute("COMMIT");
        second.execute("COMMIT");
        assertEquals(List.of("2"), rows(third, "SELECT v FROM a"));
    }

    @Test
    void whenTheFirstWriterRollsBackTheSpeculatingBlockReplaysAndCommits() {
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        second.execute("INSERT INTO a VALUES (1, 'second')");
        first.execute("ROLLBACK");
        assertEquals("COMMIT", tag(second, "COMMIT"));
        assertEquals(List.of("1 second"), rows(third, "SELECT * FROM a"));
    }

    @Test
    void rollbackOfASpeculatingBlockLeavesNothing() {
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        second.execute("INSERT INTO b VALUES (1, 'second')");
        second.execute("ROLLBACK");
        assertEquals(Session.IDLE, second.transactionStatus());
        first.execute("COMMIT");
        assertEquals(List.of(), rows(third, "SELECT * FROM b"));
        assertEquals(List.of("1 first"), rows(second, "SELECT * FROM a"));
    }

    @Test
    void savepointsAndErrorsInsideASpeculationReplayAsTheClientSawThem() {
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        second.execute("SAVEPOINT before");
        second.execute("INSERT INTO b VALUES (1, 'kept')");
        second.execute("SAVEPOINT s1");
        second.execute("INSERT INTO b VALUES (2, 'undone')");
        assertEquals("ROLLBACK", tag(second, "ROLLBACK TO SAVEPOINT s1"));
        second.execute("INSERT INTO b VALUES (3, 'kept')");
        second.execute("SAVEPOINT s2");
        assertEquals("23505", fails(second, "INSERT INTO b VALUES (1, 'duplicate')").sqlState());
        assertEquals(Session.FAILED, second.transactionStatus());
        assertEquals("25P02", fails(second, "SELECT 1").sqlState());
        second.execute("ROLLBACK TO s2");
        assertEquals(Session.IN_TRANSACTION, second.transactionStatus());
        second.execute("RELEASE s1");
        assertEquals(List.of("1 kept", "3 kept"), rows(second, "SELECT * FROM b ORDER BY id"));
        first.execute("COMMIT");
        // caught up at this statement; the savepoint from before the speculation is there for real
        second.execute("INSERT INTO b VALUES (4, 'undone')");
        second.execute("ROLLBACK TO before");
        second.execute("INSERT INTO b VALUES (5, 'kept')");
        second.execute("COMMIT");
        assertEquals(List.of("5 kept"), rows(third, "SELECT * FROM b ORDER BY id"));
    }

    @Test
    void aLostSpeculationKeepsTheSavepointsTheBlockHadBeforeIt() {
        second.execute("BEGIN");
        second.execute("SAVEPOINT before");
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("INSERT INTO a VALUES (1, 'second')");
        first.execute("COMMIT");
        assertEquals("40001", fails(second, "SELECT 1").sqlState());
        second.execute("ROLLBACK TO before");
        second.execute("INSERT INTO a VALUES (2, 'second')");
        second.execute("COMMIT");
        assertEquals(List.of("1 first", "2 second"), rows(third, "SELECT * FROM a ORDER BY id"));
    }

    /** A statement that may not run on the copy waits for the lock; once free, the block catches up and runs it. */
    @Test
    void ddlInASpeculatingBlockCatchesUpFirst() {
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        second.execute("INSERT INTO b VALUES (1, 'second')");
        first.execute("COMMIT");
        second.execute("CREATE TABLE c (id int)");
        second.execute("INSERT INTO c SELECT id FROM b");
        second.execute("COMMIT");
        assertEquals(List.of("1"), rows(third, "SELECT * FROM c"));
    }

    /**
     * A third block takes the lock after the first committed: the second block's copy is stale,
     * so it is rebuilt from the new committed state with the log replayed into it, and its reads
     * show the first block's row as PostgreSQL's read committed does.
     */
    @Test
    void aCopyMadeStaleByACommitIsRebuiltBeforeTheNextStatement() {
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        second.execute("INSERT INTO b VALUES (2, 'second')");
        assertEquals(List.of(), rows(second, "SELECT * FROM a ORDER BY id"));
        first.execute("COMMIT");
        third.execute("BEGIN");
        third.execute("INSERT INTO a VALUES (3, 'third')");
        assertEquals(List.of("1 first"), rows(second, "SELECT * FROM a ORDER BY id"));
        assertEquals(List.of("2 second"), rows(second, "SELECT * FROM b ORDER BY id"));
        third.execute("COMMIT");
        second.execute("COMMIT");
        assertEquals(List.of("1 first", "3 third"), rows(first, "SELECT * FROM a ORDER BY id"));
        assertEquals(List.of("2 second"), rows(first, "SELECT * FROM b ORDER BY id"));
    }

    @Test
    void aRebuiltCopyThatGivesAnotherAnswerLosesTheSpeculation() {
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        assertEquals("DELETE 0", tag(second, "DELETE FROM a"));
        first.execute("COMMIT");
        third.execute("BEGIN");
        third.execute("INSERT INTO b VALUES (3, 'third')");
        assertEquals("40001", fails(second, "SELECT * FROM a").sqlState());
        assertEquals(Session.FAILED, second.transactionStatus());
        second.execute("ROLLBACK");
        third.execute("COMMIT");
        assertEquals(List.of("1 first"), rows(third, "SELECT * FROM a"));
    }

    @Test
    void parametersAndDefaultsOfASpeculatedInsertReplay() {
        first.execute("CREATE TABLE history (rank int PRIMARY KEY, script text, installed_on timestamp DEFAULT now())");
        first.execute("BEGIN");
        first.execute("SELECT pg_try_advisory_xact_lock(42)");
        second.execute("BEGIN");
        second.execute("INSERT INTO a VALUES (1, 'migration')");
        Prepared insert = first.prepare("INSERT INTO history (rank, script) VALUES ($1, $2)",
                List.of(io.pgmicro.types.Types.INT4, io.pgmicro.types.Types.TEXT));
        assertEquals("INSERT 0 1", insert.execute(List.of(1L, "V1__init.sql")).commandTag());
        second.execute("COMMIT");
        first.execute("COMMIT");
        assertEquals(List.of("1 V1__init.sql t"),
                rows(third, "SELECT rank, script, installed_on IS NOT NULL FROM history"));
        assertEquals(List.of("1 migration"), rows(third, "SELECT * FROM a"));
    }

    /** A generated key the client was told replays as the same key: nextval values are used up once. */
    @Test
    void generatedKeysReturnedWhileSpeculatingStayTheKeysCommitted() {
        first.execute("CREATE TABLE items (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text)");
        first.execute("INSERT INTO items (name) VALUES ('one')");
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        assertEquals(List.of("2"), rows(second, "INSERT INTO items (name) VALUES ('two') RETURNING id"));
        assertEquals(List.of("3"), rows(second, "INSERT INTO items (name) VALUES ('three') RETURNING id"));
        first.execute("COMMIT");
        assertEquals(List.of("4"), rows(third, "INSERT INTO items (name) VALUES ('four') RETURNING id"));
        second.execute("COMMIT");
        assertEquals(List.of("1 one", "2 two", "3 three", "4 four"), rows(third, "SELECT * FROM items ORDER BY id"));
        assertEquals(List.of("5"), rows(second, "INSERT INTO items (name) VALUES ('five') RETURNING id"));
    }

    @Test
    void advisoryLocksTakenWhileSpeculatingAreTheRealSessions() {
        first.execute("BEGIN");
        first.execute("INSERT INTO a VALUES (1, 'first')");
        second.execute("BEGIN");
        second.execute("INSERT INTO b VALUES (1, 'second')");
        assertEquals(List.of("t"), rows(second, "SELECT pg_try_advisory_xact_lock(7)"));
        assertEquals(List.of("f"), rows(third, "SELECT pg_try_advisory_lock(7)"));
        second.execute("ROLLBACK");
        assertEquals(List.of("t"), rows(third, "SELECT pg_try_advisory_lock(7)"));
        first.execute("COMMIT");
    }
}
