package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Cursor movement, column lookup and conversion errors. */
class ResultSetContractTest {
    private static void assertFails(String sqlState, String message, org.junit.jupiter.api.function.Executable call) {
        SQLException e = assertThrows(SQLException.class, call);
        assertEquals(sqlState, e.getSQLState());
        assertEquals(message, e.getMessage());
    }

    @OnBothDrivers
    void labelsMatchWithoutCaseFirstOneWins(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("SELECT 1 AS \"Xy\", 2 AS xy");
            rs.next();
            assertEquals(1, rs.getInt("XY"));
            assertEquals(1, rs.getInt("xy"));
            assertEquals(1, rs.findColumn("xY"));
            assertFails("42703", "The column name nope was not found in this ResultSet.", () -> rs.getInt("nope"));
        }
    }

    @OnBothDrivers
    void readingOffTheRowsFails(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("SELECT 1 AS x");
            String notPositioned = "ResultSet not positioned properly, perhaps you need to call next.";
            assertFails("24000", notPositioned, () -> rs.getInt(1));
            assertTrue(rs.next());
            assertFails("22023", "The column index is out of range: 0, number of columns: 1.", () -> rs.getInt(0));
            assertFails("22023", "The column index is out of range: 2, number of columns: 1.", () -> rs.getInt(2));
            assertFalse(rs.next());
            assertFails("24000", notPositioned, () -> rs.getInt(1));
            assertFalse(rs.next());
        }
    }

    @OnBothDrivers
    void conversionErrors(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("SELECT 'abc'::text, true, 2, 12.7, '1'::text, 'yes'::text");
            rs.next();
            assertFails("22003", "Bad value for type int : abc", () -> rs.getInt(1));
            assertFails("22003", "Bad value for type int : t", () -> rs.getInt(2));
            assertFails("42846", "Cannot cast to boolean: \"2\"", () -> rs.getBoolean(3));
            assertEquals(12, rs.getInt(4));
            assertEquals(12L, rs.getLong(4));
            assertTrue(rs.getBoolean(5));
            assertTrue(rs.getBoolean(6));
        }
    }

    @OnBothDrivers
    void forwardOnlyRefusesScrolling(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("SELECT 1");
            assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
            assertEquals(ResultSet.CONCUR_READ_ONLY, rs.getConcurrency());
            assertFails("24000", "Operation requires a scrollable ResultSet, but this ResultSet is FORWARD_ONLY.", rs::previous);
        }
    }

    @OnBothDrivers
    void scrollInsensitiveMovesFreely(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            Statement s = c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY);
            ResultSet rs = s.executeQuery("SELECT x FROM (VALUES (1), (2), (3)) v(x) ORDER BY x");
            assertTrue(rs.isBeforeFirst());
            assertTrue(rs.last());
            assertEquals(3, rs.getInt(1));
            assertEquals(3, rs.getRow());
            assertTrue(rs.previous());
            assertEquals(2, rs.getInt(1));
            assertTrue(rs.absolute(1));
            assertTrue(rs.isFirst());
            assertTrue(rs.relative(2));
            assertTrue(rs.isLast());
            assertFalse(rs.next());
            assertTrue(rs.isAfterLast());
            rs.beforeFirst();
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
        }
    }

    @OnBothDrivers
    void readOnlyResultSetsRefuseUpdates(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("SELECT 1");
            rs.next();
            SQLException e = assertThrows(SQLException.class, () -> rs.updateInt(1, 2));
            assertEquals("ResultSets with concurrency CONCUR_READ_ONLY cannot be updated.", e.getMessage());
        }
    }
}
