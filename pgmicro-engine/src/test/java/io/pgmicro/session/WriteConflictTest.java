package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.pgmicro.PgException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sessions writing one database at once, the second outside a transaction block: its
 * statement must be durable when it returns, so it waits for the first block's write lock
 * (5 s) and then gets PostgreSQL's serialization error (40001); once it retries after the
 * first commits, neither update is lost. (A second writer inside a block does not wait: see
 * ConcurrentWritersTest.)
 */
class WriteConflictTest {
    @TempDir
    Path dir;

    @Test
    void concurrentWritersOnAMemoryDatabase() {
        try (Database db = Database.open(":memory:")) {
            conflict(db);
        }
    }

    @Test
    void concurrentWritersOnAFileDatabase() {
        try (Database db = Database.open(dir.resolve("shared.db").toString())) {
            conflict(db);
        }
    }

    private static void conflict(Database db) {
        try (Session first = db.newSession(); Session second = db.newSession()) {
            first.execute("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)");
            first.execute("INSERT INTO counter VALUES (1, 0)");
            first.execute("BEGIN");
            first.execute("UPDATE counter SET n = n + 1 WHERE id = 1");
            PgException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertThrows(PgException.class, () -> second.execute("UPDATE counter SET n = n + 1 WHERE id = 1")));
            assertEquals("40001", e.sqlState());
            assertEquals("could not serialize access due to concurrent update", e.getMessage());
            assertEquals(Session.IDLE, second.transactionStatus());
            first.execute("COMMIT");
            second.execute("UPDATE counter SET n = n + 1 WHERE id = 1");
            assertEquals("2", second.execute("SELECT n FROM counter WHERE id = 1").get(0).text(0, 0));
            assertEquals("2", first.execute("SELECT n FROM counter WHERE id = 1").get(0).text(0, 0));
        }
    }
}
