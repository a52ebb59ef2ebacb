package io.pgmicro.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.session.DatabaseSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A test can save its database's state and go back to it, with its connections seeing the restore. */
@PgMicroTest(scripts = {"classpath:schema.sql", "classpath:seed.sql"})
class SnapshotRestoreTest {
    @Test
    void restoreGoesBackToTheSnapshot(PgMicroDatabase db, Connection connection) throws SQLException {
        db.update("INSERT INTO accounts (owner) VALUES ('kept')");
        DatabaseSnapshot saved = db.snapshot();
        db.execute("DELETE FROM accounts; CREATE TABLE scratch (x int)");
        assertEquals(0, InjectionTest.count(connection));

        db.restore(saved);

        assertEquals(List.of("alice", "bob", "kept"), PerMethodIsolationTest.owners(db));
        assertEquals(3, InjectionTest.count(connection));
        PgMicroSqlException gone = assertThrows(PgMicroSqlException.class, () -> db.execute("SELECT * FROM scratch"));
        assertEquals("42P01", gone.sqlState());
        assertEquals(4, db.queryValue("INSERT INTO accounts (owner) VALUES ('next') RETURNING id"));
    }

    @Test
    void restoreRefusesWhileAConnectionIsInATransaction(PgMicroDatabase db, Connection connection) throws SQLException {
        DatabaseSnapshot saved = db.snapshot();
        connection.setAutoCommit(false);
        connection.createStatement().executeUpdate("INSERT INTO accounts (owner) VALUES ('pending')");
        io.pgmicro.PgException busy = assertThrows(io.pgmicro.PgException.class, () -> db.restore(saved));
        assertEquals("55006", busy.sqlState());
        connection.rollback();
        db.restore(saved);
        assertEquals(2L, db.queryValue("SELECT count(*) FROM accounts"));
    }
}
