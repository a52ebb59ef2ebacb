package io.pgmicro.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The repetitions run concurrently (see junit-platform.properties); each writes many rows of its
 * own through its own connection and must see exactly those on top of the template's.
 */
@PgMicroTest(scripts = {"classpath:schema.sql", "classpath:seed.sql"})
@Execution(ExecutionMode.CONCURRENT)
class ParallelIsolationTest {
    private static final int ROWS = 50;

    @RepeatedTest(12)
    void concurrentTestsNeverShareADatabase(Connection connection, PgMicroDatabase db, RepetitionInfo repetition)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts (owner) VALUES (?)")) {
            for (int i = 0; i < ROWS; i++) {
                insert.setString(1, "r" + repetition.getCurrentRepetition() + "-" + i);
                insert.executeUpdate();
            }
        }
        assertEquals((long) ROWS, db.queryValue("SELECT count(*) FROM accounts WHERE owner LIKE ?",
                "r" + repetition.getCurrentRepetition() + "-%"));
        assertEquals((long) ROWS + 2, db.queryValue("SELECT count(*) FROM accounts"));
    }
}
