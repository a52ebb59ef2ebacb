package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/** Auto-commit, commit and rollback, savepoints and failed transactions. */
class TransactionContractTest {
    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @OnBothDrivers
    void autoCommitIsOnAndRefusesCommit(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            assertTrue(c.getAutoCommit());
            SQLException commit = assertThrows(SQLException.class, c::commit);
            assertEquals("25P01", commit.getSQLState());
            assertEquals("Cannot commit when autoCommit is enabled.", commit.getMessage());
            SQLException rollback = assertThrows(SQLException.class, c::rollback);
            assertEquals("Cannot rollback when autoCommit is enabled.", rollback.getMessage());
            SQLException savepoint = assertThrows(SQLException.class, c::setSavepoint);
            assertEquals("25P01", savepoint.getSQLState());
            assertEquals("Cannot establish a savepoint in auto-commit mode.", savepoint.getMessage());
        }
    }

    @OnBothDrivers
    void commitMakesChangesVisibleToOthers(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection writer = db.connect(); Connection reader = db.connect()) {
            db.run("CREATE TABLE t (a int)");
            writer.setAutoCommit(false);
            writer.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            assertEquals(1, count(writer, "t"));
            assertEquals(0, count(reader, "t"));
            writer.commit();
            assertEquals(1, count(reader, "t"));
        }
    }

    @OnBothDrivers
    void rollbackDiscards(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE t (a int)");
            c.setAutoCommit(false);
            c.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            c.rollback();
            assertEquals(0, count(c, "t"));
            c.commit();
        }
    }

    @OnBothDrivers
    void switchingAutoCommitOnCommits(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Connection other = db.connect()) {
            db.run("CREATE TABLE t (a int)");
            c.setAutoCommit(false);
            c.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            c.setAutoCommit(true);
            assertEquals(1, count(other, "t"));
        }
    }

    @OnBothDrivers
    void closingRollsBack(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase()) {
            db.run("CREATE TABLE t (a int)");
            Connection c = db.connect();
            c.setAutoCommit(false);
            c.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            c.close();
            assertTrue(c.isClosed());
            try (Connection other = db.connect()) {
                assertEquals(0, count(other, "t"));
            }
            SQLException closed = assertThrows(SQLException.class, c::createStatement);
            assertEquals("08003", closed.getSQLState());
        }
    }

    @OnBothDrivers
    void errorAbortsTheTransactionUntilRollback(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            c.setAutoCommit(false);
            Statement s = c.createStatement();
            SQLException division = assertThrows(SQLException.class, () -> s.executeQuery("SELECT 1/0"));
            assertEquals("22012", division.getSQLState());
            assertEquals("ERROR: division by zero", division.getMessage());
            SQLException aborted = assertThrows(SQLException.class, () -> s.executeQuery("SELECT 1"));
            assertEquals("25P02", aborted.getSQLState());
            assertEquals("ERROR: current transaction is aborted, commands ignored until end of transaction block",
                    aborted.getMessage());
            c.rollback();
            assertTrue(s.executeQuery("SELECT 1").next());
        }
    }

    @OnBothDrivers
    void savepoints(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE t (a int PRIMARY KEY)");
            c.setAutoCommit(false);
            Statement s = c.createStatement();
            s.executeUpdate("INSERT INTO t VALUES (1)");
            Savepoint unnamed = c.setSavepoint();
            assertEquals(0, unnamed.getSavepointId());
            assertEquals("42809", assertThrows(SQLException.class, unnamed::getSavepointName).getSQLState());
            s.executeUpdate("INSERT INTO t VALUES (2)");
            c.rollback(unnamed);
            Savepoint named = c.setSavepoint("before duplicate");
            assertEquals("before duplicate", named.getSavepointName());
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO t VALUES (1)"));
            c.rollback(named);
            s.executeUpdate("INSERT INTO t VALUES (3)");
            c.releaseSavepoint(named);
            c.commit();
            ResultSet rs = s.executeQuery("SELECT string_agg(a::text, ',' ORDER BY a) FROM t");
            rs.next();
            assertEquals("1,3", rs.getString(1));
        }
    }

    @OnBothDrivers
    void readOnlyTransactionsRefuseWrites(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE t (a int)");
            c.setReadOnly(true);
            assertTrue(c.isReadOnly());
            c.setAutoCommit(false);
            SQLException e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("INSERT INTO t VALUES (1)"));
            assertEquals("25006", e.getSQLState());
            assertEquals("ERROR: cannot execute INSERT in a read-only transaction", e.getMessage());
            c.rollback();
            c.setReadOnly(false);
            assertFalse(c.isReadOnly());
        }
    }

    @OnBothDrivers
    void isolationLevelIsAcceptedAndReported(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            assertEquals(Connection.TRANSACTION_READ_COMMITTED, c.getTransactionIsolation());
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, c.getTransactionIsolation());
        }
    }
}
