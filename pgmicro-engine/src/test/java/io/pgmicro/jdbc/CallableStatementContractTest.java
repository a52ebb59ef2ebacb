package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Connection.prepareCall: JDBC's call escapes, OUT parameters read from the call's row, and plain SQL. */
class CallableStatementContractTest {
    @OnBothDrivers
    void returnValueEscapeReadsTheFunctionsResult(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect();
             CallableStatement call = c.prepareCall("{? = call upper(?)}")) {
            call.registerOutParameter(1, Types.VARCHAR);
            call.setString(2, "quiet");
            call.execute();
            assertEquals("QUIET", call.getString(1));
            assertFalse(call.wasNull());
        }
    }

    @OnBothDrivers
    void outParameterOfAUserFunctionIsLeftOutOfTheCall(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE FUNCTION half(n int, OUT h int) AS $$ SELECT n / 2 $$ LANGUAGE sql");
            try (CallableStatement call = c.prepareCall("{call half(?, ?)}")) {
                call.setInt(1, 17);
                call.registerOutParameter(2, Types.INTEGER);
                call.execute();
                assertEquals(8, call.getInt(2));
            }
        }
    }

    @OnBothDrivers
    void nullResultsAndNumericValues(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect();
             CallableStatement call = c.prepareCall("{ ? = call round(?, ?) }")) {
            call.registerOutParameter(1, Types.NUMERIC);
            call.setBigDecimal(2, new BigDecimal("2.55"));
            call.setInt(3, 1);
            call.execute();
            assertEquals(new BigDecimal("2.6"), call.getBigDecimal(1));
            assertFalse(call.wasNull());
            call.setNull(2, Types.NUMERIC);
            call.execute();
            assertNull(call.getBigDecimal(1));
            assertTrue(call.wasNull());
        }
    }

    @OnBothDrivers
    void plainSqlRunsAsWritten(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect();
             CallableStatement call = c.prepareCall("select current_schema()")) {
            try (ResultSet rs = call.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(db.currentSchema(), rs.getString(1));
            }
        }
    }

    @OnBothDrivers
    void setReturningFunctionGivesItsRows(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect();
             CallableStatement call = c.prepareCall("{call generate_series(?, ?)}")) {
            call.setInt(1, 1);
            call.setInt(2, 3);
            int sum = 0;
            try (ResultSet rs = call.executeQuery()) {
                while (rs.next()) {
                    sum += rs.getInt(1);
                }
            }
            assertEquals(6, sum);
        }
    }

    @OnBothDrivers
    void readingAnUnregisteredParameterFails(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect();
             CallableStatement call = c.prepareCall("{? = call abs(?)}")) {
            call.registerOutParameter(1, Types.INTEGER);
            call.setInt(2, -4);
            call.execute();
            assertEquals(4, call.getInt(1));
            assertThrows(SQLException.class, () -> call.getInt(2));
        }
    }
}
