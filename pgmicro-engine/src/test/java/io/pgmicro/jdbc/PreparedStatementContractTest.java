package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;

/** Parameters: markers, declared types, batches, metadata. */
class PreparedStatementContractTest {
    private static String typeOf(Connection c, PreparedStatementSetter setter) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT pg_typeof(?)::text")) {
            setter.set(p);
            ResultSet rs = p.executeQuery();
            rs.next();
            return rs.getString(1);
        }
    }

    interface PreparedStatementSetter {
        void set(PreparedStatement p) throws SQLException;
    }

    @OnBothDrivers
    void settersDeclareTheTypesPgjdbcDeclares(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            assertEquals("integer", typeOf(c, p -> p.setInt(1, 1)));
            assertEquals("bigint", typeOf(c, p -> p.setLong(1, 1)));
            assertEquals("smallint", typeOf(c, p -> p.setShort(1, (short) 1)));
            assertEquals("smallint", typeOf(c, p -> p.setByte(1, (byte) 1)));
            assertEquals("real", typeOf(c, p -> p.setFloat(1, 1.5f)));
            assertEquals("double precision", typeOf(c, p -> p.setDouble(1, 1.5)));
            assertEquals("numeric", typeOf(c, p -> p.setBigDecimal(1, java.math.BigDecimal.ONE)));
            assertEquals("boolean", typeOf(c, p -> p.setBoolean(1, true)));
            assertEquals("character varying", typeOf(c, p -> p.setString(1, "x")));
            assertEquals("bytea", typeOf(c, p -> p.setBytes(1, new byte[] {1})));
            assertEquals("date", typeOf(c, p -> p.setObject(1, LocalDate.of(2024, 1, 2))));
            assertEquals("uuid", typeOf(c, p -> p.setObject(1, UUID.randomUUID())));
            assertEquals("integer", typeOf(c, p -> p.setNull(1, Types.INTEGER)));
            assertEquals("integer[]", typeOf(c, p -> p.setArray(1, c.createArrayOf("int4", new Object[] {1, 2}))));
            assertEquals("character varying[]", typeOf(c, p -> p.setObject(1, new String[] {"a"})));
        }
    }

    @OnBothDrivers
    void stringParameterAgainstIntegerColumnFailsAsOnPostgres(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE t (i int)");
            PreparedStatement p = c.prepareStatement("SELECT * FROM t WHERE i = ?");
            p.setString(1, "1");
            SQLException e = assertThrows(SQLException.class, p::executeQuery);
            assertEquals("42883", e.getSQLState());
            assertEquals("ERROR: operator does not exist: integer = character varying\n"
                    + "  Hint: No operator matches the given name and argument types. You might need to add explicit type casts.\n"
                    + "  Position: 25", e.getMessage());
        }
    }

    @OnBothDrivers
    void stringtypeUnspecifiedLetsTheServerInfer(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase();
             Connection c = java.sql.DriverManager.getConnection(db.url() + (db.url().contains("?") ? "&" : "?") + "stringtype=unspecified")) {
            db.run("CREATE TABLE t (i int)", "INSERT INTO t VALUES (1), (2)");
            PreparedStatement p = c.prepareStatement("SELECT i FROM t WHERE i = ?");
            p.setString(1, "2");
            ResultSet rs = p.executeQuery();
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1));
        }
    }

    @OnBothDrivers
    void markersInsideQuotesAndCommentsAreText(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            PreparedStatement p = c.prepareStatement(
                    "SELECT '?' AS a, ? AS b, $$?$$ AS c /* ? */ -- ?\n FROM (SELECT 1 AS x) \"?\"");
            p.setString(1, "v");
            ResultSet rs = p.executeQuery();
            assertTrue(rs.next());
            assertEquals("?", rs.getString("a"));
            assertEquals("v", rs.getString("b"));
            assertEquals("?", rs.getString("c"));
        }
    }

    @OnBothDrivers
    void everyParameterMustBeSet(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            PreparedStatement p = c.prepareStatement("SELECT ?::int + ?::int");
            p.setInt(1, 1);
            SQLException unset = assertThrows(SQLException.class, p::executeQuery);
            assertEquals("22023", unset.getSQLState());
            assertEquals("No value specified for parameter 2.", unset.getMessage());
            SQLException outOfRange = assertThrows(SQLException.class, () -> p.setInt(3, 1));
            assertEquals("22023", outOfRange.getSQLState());
            assertEquals("The column index is out of range: 3, number of columns: 2.", outOfRange.getMessage());
            p.setInt(2, 2);
            ResultSet rs = p.executeQuery();
            rs.next();
            assertEquals(3, rs.getInt(1));
            p.clearParameters();
            assertThrows(SQLException.class, p::executeQuery);
        }
    }

    @OnBothDrivers
    void reExecutesWithNewValues(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE t (i int, s text)");
            PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)");
            for (int i = 1; i <= 3; i++) {
                insert.setInt(1, i);
                insert.setString(2, "v" + i);
                assertEquals(1, insert.executeUpdate());
            }
            insert.setNull(1, Types.INTEGER);
            insert.setNull(2, Types.VARCHAR);
            assertEquals(1, insert.executeUpdate());
            ResultSet rs = c.createStatement().executeQuery("SELECT count(*), count(i), sum(i) FROM t");
            rs.next();
            assertEquals(4, rs.getInt(1));
            assertEquals(3, rs.getInt(2));
            assertEquals(6, rs.getInt(3));
        }
    }

    @OnBothDrivers
    void batchWithGeneratedKeys(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE t (id serial PRIMARY KEY, s text)");
            PreparedStatement p = c.prepareStatement("INSERT INTO t (s) VALUES (?)", Statement.RETURN_GENERATED_KEYS);
            p.setString(1, "a");
            p.addBatch();
            p.setString(1, "b");
            p.addBatch();
            assertArrayEquals(new int[] {1, 1}, p.executeBatch());
            ResultSet keys = p.getGeneratedKeys();
            assertTrue(keys.next());
            assertEquals(1, keys.getInt("id"));
            assertTrue(keys.next());
            assertEquals(2, keys.getInt("id"));
            assertEquals("b", keys.getString("s"));
            assertFalse(keys.next());
        }
    }

    @OnBothDrivers
    void failedBatchReportsEveryEntryFailed(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE t (id int PRIMARY KEY)");
            PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?)");
            for (int id : new int[] {1, 1, 2}) {
                p.setInt(1, id);
                p.addBatch();
            }
            BatchUpdateException e = assertThrows(BatchUpdateException.class, p::executeBatch);
            assertEquals("23505", e.getSQLState());
            assertArrayEquals(new int[] {Statement.EXECUTE_FAILED, Statement.EXECUTE_FAILED, Statement.EXECUTE_FAILED},
                    e.getUpdateCounts());
            ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM t");
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @OnBothDrivers
    void metadataBeforeExecution(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE t (i int, s text, n numeric(10,2))");
            PreparedStatement p = c.prepareStatement("SELECT i, s, n FROM t WHERE i = ? AND s = ?");
            ParameterMetaData params = p.getParameterMetaData();
            assertEquals(2, params.getParameterCount());
            assertEquals(Types.INTEGER, params.getParameterType(1));
            assertEquals("int4", params.getParameterTypeName(1));
            assertEquals("java.lang.Integer", params.getParameterClassName(1));
            assertEquals(Types.VARCHAR, params.getParameterType(2));
            assertEquals("text", params.getParameterTypeName(2));
            assertEquals(ParameterMetaData.parameterModeIn, params.getParameterMode(1));
            ResultSetMetaData columns = p.getMetaData();
            assertEquals(3, columns.getColumnCount());
            assertEquals("n", columns.getColumnName(3));
            assertEquals(Types.NUMERIC, columns.getColumnType(3));
            assertEquals(10, columns.getPrecision(3));
            assertEquals(2, columns.getScale(3));
            assertNull(c.prepareStatement("CREATE TABLE u (a int)").getMetaData());
        }
    }

    @OnBothDrivers
    void queryStringMethodsAreRefused(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            PreparedStatement p = c.prepareStatement("SELECT 1");
            SQLException e = assertThrows(SQLException.class, () -> p.executeQuery("SELECT 2"));
            assertEquals("42809", e.getSQLState());
            assertEquals("Can't use query methods that take a query string on a PreparedStatement.", e.getMessage());
        }
    }

    @OnBothDrivers
    void instantNeedsAnExplicitType(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            PreparedStatement p = c.prepareStatement("SELECT ?");
            SQLException e = assertThrows(SQLException.class, () -> p.setObject(1, java.time.Instant.EPOCH));
            assertEquals("07006", e.getSQLState());
        }
    }

    @OnBothDrivers
    void jsonThroughTypesOther(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE docs (body jsonb)");
            PreparedStatement p = c.prepareStatement("INSERT INTO docs VALUES (?)");
            p.setObject(1, "{\"b\": 1, \"a\": [true, null]}", Types.OTHER);
            p.executeUpdate();
            ResultSet rs = c.createStatement().executeQuery("SELECT body, body->>'b' FROM docs");
            rs.next();
            assertEquals("{\"a\": [true, null], \"b\": 1}", rs.getString(1));
            assertEquals("1", rs.getString(2));
            assertEquals(Types.OTHER, rs.getMetaData().getColumnType(1));
            assertEquals("jsonb", rs.getMetaData().getColumnTypeName(1));
        }
    }
}
