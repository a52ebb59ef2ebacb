package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/** Plain statements: results, update counts, generated keys, batches, warnings. */
class StatementContractTest {
    @OnBothDrivers
    void walksSeveralResultsOfOneString(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run("CREATE TABLE t (a int)");
            assertTrue(s.execute("SELECT 1; INSERT INTO t VALUES (1), (2); SELECT 2"));
            assertEquals(-1, s.getUpdateCount());
            ResultSet first = s.getResultSet();
            assertTrue(first.next());
            assertEquals(1, first.getInt(1));
            assertFalse(s.getMoreResults());
            assertEquals(2, s.getUpdateCount());
            assertTrue(first.isClosed());
            assertTrue(s.getMoreResults());
            assertFalse(s.getMoreResults());
            assertEquals(-1, s.getUpdateCount());
            assertNull(s.getResultSet());
        }
    }

    @OnBothDrivers
    void updateCountsFollowCommandTags(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            assertEquals(0, s.executeUpdate("CREATE TABLE t (a int)"));
            assertEquals(3, s.executeUpdate("INSERT INTO t VALUES (1), (2), (3)"));
            assertEquals(2, s.executeUpdate("UPDATE t SET a = a + 10 WHERE a > 1"));
            assertEquals(1, s.executeUpdate("DELETE FROM t WHERE a = 1"));
            assertEquals(0, s.executeUpdate("DELETE FROM t WHERE a = 1"));
            assertEquals(1L, s.executeLargeUpdate("INSERT INTO t VALUES (4); INSERT INTO t VALUES (5), (6)"));
        }
    }

    @OnBothDrivers
    void executeQueryAndExecuteUpdateCheckWhatCameBack(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run("CREATE TABLE t (a int)");
            SQLException noRows = assertThrows(SQLException.class, () -> s.executeQuery("UPDATE t SET a = 1"));
            assertEquals("02000", noRows.getSQLState());
            assertEquals("No results were returned by the query.", noRows.getMessage());
            SQLException rows = assertThrows(SQLException.class, () -> s.executeUpdate("SELECT 1"));
            assertEquals("0100E", rows.getSQLState());
            assertEquals("A result was returned when none was expected.", rows.getMessage());
        }
    }

    @OnBothDrivers
    void maxRowsCutsResults(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.setMaxRows(2);
            ResultSet rs = s.executeQuery("SELECT * FROM (VALUES (1), (2), (3)) v(x) ORDER BY x");
            assertTrue(rs.next());
            assertTrue(rs.next());
            assertFalse(rs.next());
        }
    }

    @OnBothDrivers
    void generatedKeysReturnTheWholeRow(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run("CREATE TABLE items (id serial PRIMARY KEY, name text)");
            assertEquals(1, s.executeUpdate("INSERT INTO items (name) VALUES ('a')", Statement.RETURN_GENERATED_KEYS));
            ResultSet keys = s.getGeneratedKeys();
            assertTrue(keys.next());
            assertEquals(2, keys.getMetaData().getColumnCount());
            assertEquals(1, keys.getInt("id"));
            assertEquals("a", keys.getString("name"));
            assertFalse(keys.next());
        }
    }

    @OnBothDrivers
    void generatedKeysByNameAreQuotedIdentifiers(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run("CREATE TABLE items (id serial PRIMARY KEY, name text)");
            s.executeUpdate("INSERT INTO items (name) VALUES ('a'), ('b');", new String[] {"id"});
            ResultSet keys = s.getGeneratedKeys();
            assertEquals(1, keys.getMetaData().getColumnCount());
            assertTrue(keys.next());
            assertEquals(1, keys.getInt(1));
            assertTrue(keys.next());
            assertEquals(2, keys.getInt(1));
            SQLException e = assertThrows(SQLException.class,
                    () -> s.executeUpdate("INSERT INTO items (name) VALUES ('c')", new String[] {"ID"}));
            assertEquals("42703", e.getSQLState());
            assertEquals("ERROR: column \"ID\" does not exist\n  Position: 49", e.getMessage());
        }
    }

    @OnBothDrivers
    void noGeneratedKeysUnlessAsked(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run("CREATE TABLE items (id serial PRIMARY KEY, name text)");
            s.executeUpdate("INSERT INTO items (name) VALUES ('a')");
            assertFalse(s.getGeneratedKeys().next());
            // A SELECT is left alone: its rows stay the statement's result.
            assertTrue(s.execute("SELECT name FROM items", Statement.RETURN_GENERATED_KEYS));
            assertFalse(s.getGeneratedKeys().next());
            assertNotNull(s.getResultSet());
        }
    }

    @OnBothDrivers
    void batchReturnsCounts(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run("CREATE TABLE t (a int PRIMARY KEY)");
            s.addBatch("INSERT INTO t VALUES (1)");
            s.addBatch("INSERT INTO t VALUES (2), (3)");
            s.addBatch("UPDATE t SET a = a * 10");
            assertArrayEquals(new int[] {1, 2, 3}, s.executeBatch());
            assertArrayEquals(new int[0], s.executeBatch());
        }
    }

    @OnBothDrivers
    void failedBatchIsAllOrNothingInAutoCommit(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run("CREATE TABLE t (a int PRIMARY KEY)");
            s.addBatch("INSERT INTO t VALUES (5)");
            s.addBatch("INSERT INTO t VALUES (5)");
            s.addBatch("INSERT INTO t VALUES (6)");
            BatchUpdateException e = assertThrows(BatchUpdateException.class, s::executeBatch);
            assertEquals("23505", e.getSQLState());
            assertArrayEquals(new int[] {Statement.EXECUTE_FAILED, Statement.EXECUTE_FAILED, Statement.EXECUTE_FAILED},
                    e.getUpdateCounts());
            assertTrue(e.getMessage().startsWith("Batch entry 1 INSERT INTO t VALUES (5) was aborted: "
                    + "ERROR: duplicate key value violates unique constraint \"t_pkey\""), e.getMessage());
            assertEquals("23505", e.getNextException().getSQLState());
            ResultSet count = s.executeQuery("SELECT count(*) FROM t");
            count.next();
            assertEquals(0, count.getInt(1));
        }
    }

    @OnBothDrivers
    void noticesBecomeWarnings(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS no_such_table");
            SQLWarning warning = s.getWarnings();
            assertNotNull(warning);
            assertEquals("table \"no_such_table\" does not exist, skipping", warning.getMessage());
            assertEquals("00000", warning.getSQLState());
            s.clearWarnings();
            assertNull(s.getWarnings());
        }
    }

    @OnBothDrivers
    void closedStatementRefusesWork(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT 1");
            s.close();
            assertTrue(s.isClosed());
            assertTrue(rs.isClosed());
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT 1"));
        }
    }
}
