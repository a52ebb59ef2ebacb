package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.UUID;

/** Values written with each setter and read back with each getter, and what getObject hands out per type. */
class TypeRoundTripContractTest {
    private static ResultSet roundTrip(Target.TestDatabase db, Connection c, String type, PreparedStatementContractTest.PreparedStatementSetter setter)
            throws SQLException {
        db.run("CREATE TABLE v (x " + type + ")");
        PreparedStatement insert = c.prepareStatement("INSERT INTO v VALUES (?)");
        setter.set(insert);
        insert.executeUpdate();
        ResultSet rs = c.createStatement().executeQuery("SELECT x FROM v");
        assertTrue(rs.next());
        return rs;
    }

    @OnBothDrivers
    void integers(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            ResultSet rs = roundTrip(db, c, "int4", p -> p.setInt(1, -2147483648));
            assertEquals(-2147483648, rs.getInt(1));
            assertEquals(-2147483648L, rs.getLong("X"));
            assertEquals(Integer.valueOf(-2147483648), rs.getObject(1));
            assertEquals("-2147483648", rs.getString(1));
            assertEquals(new BigDecimal("-2147483648"), rs.getBigDecimal(1));
            assertFalse(rs.wasNull());
        }
    }

    @OnBothDrivers
    void bigintAndSmallint(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE v (b int8, s int2)");
            PreparedStatement p = c.prepareStatement("INSERT INTO v VALUES (?, ?)");
            p.setLong(1, Long.MAX_VALUE);
            p.setShort(2, (short) -7);
            p.executeUpdate();
            ResultSet rs = c.createStatement().executeQuery("SELECT b, s FROM v");
            rs.next();
            assertEquals(Long.valueOf(Long.MAX_VALUE), rs.getObject(1));
            assertEquals(Integer.valueOf(-7), rs.getObject(2));
            assertEquals((short) -7, rs.getShort(2));
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> rs.getInt(1));
            assertEquals("22003", e.getSQLState());
            assertEquals("Bad value for type int : 9223372036854775807", e.getMessage());
        }
    }

    @OnBothDrivers
    void numericKeepsItsScale(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            ResultSet rs = roundTrip(db, c, "numeric(10,2)", p -> p.setBigDecimal(1, new BigDecimal("12.5")));
            assertEquals(new BigDecimal("12.50"), rs.getBigDecimal(1));
            assertEquals(new BigDecimal("12.50"), rs.getObject(1));
            assertEquals("12.50", rs.getString(1));
            assertEquals(12, rs.getInt(1));
            assertEquals(12.5, rs.getDouble(1));
        }
    }

    @OnBothDrivers
    void floats(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE v (r real, d double precision)");
            PreparedStatement p = c.prepareStatement("INSERT INTO v VALUES (?, ?)");
            p.setFloat(1, 0.1f);
            p.setDouble(2, 0.1);
            p.executeUpdate();
            ResultSet rs = c.createStatement().executeQuery("SELECT r, d FROM v");
            rs.next();
            assertEquals(Float.valueOf(0.1f), rs.getObject(1));
            assertEquals(Double.valueOf(0.1), rs.getObject(2));
            assertEquals("0.1", rs.getString(1));
            assertEquals("0.1", rs.getString(2));
        }
    }

    @OnBothDrivers
    void booleans(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            ResultSet rs = roundTrip(db, c, "boolean", p -> p.setBoolean(1, true));
            assertTrue(rs.getBoolean(1));
            assertEquals(Boolean.TRUE, rs.getObject(1));
            assertEquals("t", rs.getString(1));
            assertEquals(Types.BIT, rs.getMetaData().getColumnType(1));
            assertEquals("bool", rs.getMetaData().getColumnTypeName(1));
        }
    }

    @OnBothDrivers
    void textAndVarchar(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE v (t text, v varchar(20), c char(3))");
            PreparedStatement p = c.prepareStatement("INSERT INTO v VALUES (?, ?, ?)");
            p.setString(1, "héllo 'quoted' \"double\" ?");
            p.setString(2, "abc");
            p.setString(3, "x");
            p.executeUpdate();
            ResultSet rs = c.createStatement().executeQuery("SELECT t, v, c FROM v");
            rs.next();
            assertEquals("héllo 'quoted' \"double\" ?", rs.getString(1));
            assertEquals("abc", rs.getObject(2));
            assertEquals("x  ", rs.getString(3));
            ResultSetMetaData md = rs.getMetaData();
            assertEquals(Types.VARCHAR, md.getColumnType(1));
            assertEquals("text", md.getColumnTypeName(1));
            assertEquals(Types.VARCHAR, md.getColumnType(2));
            assertEquals(20, md.getPrecision(2));
            assertEquals(Types.CHAR, md.getColumnType(3));
            assertEquals("bpchar", md.getColumnTypeName(3));
            assertEquals(3, md.getColumnDisplaySize(3));
        }
    }

    @OnBothDrivers
    void nulls(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            ResultSet rs = roundTrip(db, c, "int4", p -> p.setNull(1, Types.INTEGER));
            assertEquals(0, rs.getInt(1));
            assertTrue(rs.wasNull());
            assertNull(rs.getObject(1));
            assertNull(rs.getString(1));
            assertNull(rs.getObject(1, Integer.class));
            assertFalse(rs.getBoolean(1));
        }
    }

    @OnBothDrivers
    void bytea(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            byte[] bytes = {0, 1, (byte) 0xff, 39, 92};
            ResultSet rs = roundTrip(db, c, "bytea", p -> p.setBytes(1, bytes));
            assertArrayEquals(bytes, rs.getBytes(1));
            assertArrayEquals(bytes, (byte[]) rs.getObject(1));
            assertEquals("\\x0001ff275c", rs.getString(1));
            assertEquals(Types.BINARY, rs.getMetaData().getColumnType(1));
        }
    }

    @OnBothDrivers
    void uuid(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            UUID id = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
            ResultSet rs = roundTrip(db, c, "uuid", p -> p.setObject(1, id));
            assertEquals(id, rs.getObject(1));
            assertEquals(id, rs.getObject(1, UUID.class));
            assertEquals(Types.OTHER, rs.getMetaData().getColumnType(1));
            assertEquals("java.util.UUID", rs.getMetaData().getColumnClassName(1));
        }
    }

    @OnBothDrivers
    void dates(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE v (a date, b date)");
            PreparedStatement p = c.prepareStatement("INSERT INTO v VALUES (?, ?)");
            p.setDate(1, Date.valueOf("2024-02-29"));
            p.setObject(2, LocalDate.of(1999, 12, 31));
            p.executeUpdate();
            ResultSet rs = c.createStatement().executeQuery("SELECT a, b FROM v");
            rs.next();
            assertEquals(Date.valueOf("2024-02-29"), rs.getDate(1));
            assertEquals(Date.valueOf("2024-02-29"), rs.getObject(1));
            assertEquals(LocalDate.of(1999, 12, 31), rs.getObject(2, LocalDate.class));
            assertEquals("1999-12-31", rs.getString(2));
            assertEquals(Timestamp.valueOf("2024-02-29 00:00:00"), rs.getTimestamp(1));
            assertEquals(Types.DATE, rs.getMetaData().getColumnType(1));
        }
    }

    @OnBothDrivers
    void timestampsWithoutZone(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE v (a timestamp, b timestamp)");
            PreparedStatement p = c.prepareStatement("INSERT INTO v VALUES (?, ?)");
            p.setTimestamp(1, Timestamp.valueOf("2024-01-02 03:04:05.123456"));
            p.setObject(2, LocalDateTime.of(2024, 1, 2, 3, 4, 5));
            p.executeUpdate();
            ResultSet rs = c.createStatement().executeQuery("SELECT a, b FROM v");
            rs.next();
            assertEquals(Timestamp.valueOf("2024-01-02 03:04:05.123456"), rs.getTimestamp(1));
            assertEquals(Timestamp.valueOf("2024-01-02 03:04:05.123456"), rs.getObject(1));
            assertEquals("2024-01-02 03:04:05.123456", rs.getString(1));
            assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5), rs.getObject(2, LocalDateTime.class));
            // pgjdbc reads a timestamp without time zone as UTC when asked for an OffsetDateTime.
            assertEquals(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), rs.getObject(2, OffsetDateTime.class));
            assertEquals(Date.valueOf("2024-01-02"), rs.getDate(2));
            assertEquals(Types.TIMESTAMP, rs.getMetaData().getColumnType(1));
            assertEquals("timestamp", rs.getMetaData().getColumnTypeName(1));
        }
    }

    @OnBothDrivers
    void timestampsWithZoneAreInstants(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE v (a timestamptz, b timestamptz)");
            PreparedStatement p = c.prepareStatement("INSERT INTO v VALUES (?, ?)");
            p.setObject(1, OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)));
            Calendar tokyo = Calendar.getInstance(TimeZone.getTimeZone("Asia/Tokyo"));
            p.setTimestamp(2, Timestamp.from(Instant.parse("2024-06-01T00:00:00Z")), tokyo);
            p.executeUpdate();
            ResultSet rs = c.createStatement().executeQuery("SELECT a, b FROM v");
            rs.next();
            assertEquals(Instant.parse("2024-01-02T01:04:05Z"), rs.getTimestamp(1).toInstant());
            assertEquals(OffsetDateTime.of(2024, 1, 2, 1, 4, 5, 0, ZoneOffset.UTC), rs.getObject(1, OffsetDateTime.class));
            assertEquals(Instant.parse("2024-06-01T00:00:00Z"), rs.getTimestamp(2).toInstant());
            assertEquals(Instant.parse("2024-06-01T00:00:00Z"), rs.getTimestamp(2, tokyo).toInstant());
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> rs.getObject(1, LocalDateTime.class));
            assertEquals("Cannot convert the column of type TIMESTAMPTZ to requested type java.time.LocalDateTime.", e.getMessage());
            assertEquals("timestamptz", rs.getMetaData().getColumnTypeName(1));
        }
    }

    @OnBothDrivers
    void times(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE v (a time, b time)");
            PreparedStatement p = c.prepareStatement("INSERT INTO v VALUES (?, ?)");
            p.setTime(1, Time.valueOf("13:14:15"));
            p.setObject(2, LocalTime.of(1, 2, 3, 456_000_000));
            p.executeUpdate();
            ResultSet rs = c.createStatement().executeQuery("SELECT a, b FROM v");
            rs.next();
            assertEquals(Time.valueOf("13:14:15"), rs.getTime(1));
            assertEquals("13:14:15", rs.getString(1));
            assertEquals(LocalTime.of(1, 2, 3, 456_000_000), rs.getObject(2, LocalTime.class));
            assertEquals("01:02:03.456", rs.getString(2));
            assertEquals(Types.TIME, rs.getMetaData().getColumnType(1));
        }
    }

    @OnBothDrivers
    void arrays(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE TABLE v (i int[], t text[])");
            PreparedStatement p = c.prepareStatement("INSERT INTO v VALUES (?, ?)");
            p.setArray(1, c.createArrayOf("int4", new Object[] {1, null, 3}));
            p.setArray(2, c.createArrayOf("text", new Object[] {"a b", "c\"d", ""}));
            p.executeUpdate();
            ResultSet rs = c.createStatement().executeQuery("SELECT i, t FROM v");
            rs.next();
            assertEquals("{1,NULL,3}", rs.getString(1));
            assertEquals("{\"a b\",\"c\\\"d\",\"\"}", rs.getString(2));
            Array ints = rs.getArray(1);
            assertEquals("int4", ints.getBaseTypeName());
            assertEquals(Types.INTEGER, ints.getBaseType());
            assertArrayEquals(new Integer[] {1, null, 3}, (Integer[]) ints.getArray());
            assertArrayEquals(new String[] {"a b", "c\"d", ""}, (String[]) ((Array) rs.getObject(2)).getArray());
            ResultSet elements = ints.getResultSet();
            assertTrue(elements.next());
            assertEquals(1, elements.getInt("INDEX"));
            assertEquals(1, elements.getInt("VALUE"));
            assertEquals(Types.ARRAY, rs.getMetaData().getColumnType(1));
            assertEquals("_int4", rs.getMetaData().getColumnTypeName(1));
        }
    }

    @OnBothDrivers
    void multidimensionalArrays(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            ResultSet rs = c.createStatement().executeQuery(
                    "SELECT '{{1,2,3},{4,NULL,6}}'::int[], '[0:1][0:0]={{a},{b}}'::text[], '{}'::int[]");
            assertTrue(rs.next());
            Array ints = rs.getArray(1);
            assertArrayEquals(new Integer[][] {{1, 2, 3}, {4, null, 6}}, (Integer[][]) ints.getArray());
            assertArrayEquals(new Integer[][] {{4, null, 6}}, (Integer[][]) ints.getArray(2, 1));
            assertEquals("{{1,2,3},{4,NULL,6}}", ints.toString());
            assertArrayEquals(new String[][] {{"a"}, {"b"}}, (String[][]) rs.getArray(2).getArray());
            assertEquals("[0:1][0:0]={{a},{b}}", rs.getString(2));
            assertArrayEquals(new Integer[0], (Integer[]) rs.getArray(3).getArray());
        }
    }

    @OnBothDrivers
    void resultSetMetaDataOfComputedColumns(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            ResultSet rs = c.createStatement().executeQuery(
                    "SELECT 1 AS one, 2::int8 AS two, 'x'::text AS three, 1.5::float4 AS f, now() AS ts");
            ResultSetMetaData md = rs.getMetaData();
            assertEquals(5, md.getColumnCount());
            assertEquals("one", md.getColumnLabel(1));
            assertEquals("one", md.getColumnName(1));
            assertEquals(Types.INTEGER, md.getColumnType(1));
            assertEquals("int4", md.getColumnTypeName(1));
            assertEquals("java.lang.Integer", md.getColumnClassName(1));
            assertEquals(10, md.getPrecision(1));
            assertEquals(11, md.getColumnDisplaySize(1));
            assertTrue(md.isSigned(1));
            assertEquals(Types.BIGINT, md.getColumnType(2));
            assertEquals("java.lang.Long", md.getColumnClassName(2));
            assertEquals(ResultSetMetaData.columnNullableUnknown, md.isNullable(1));
            assertFalse(md.isSigned(3));
            assertTrue(md.isCaseSensitive(3));
            assertEquals(Types.REAL, md.getColumnType(4));
            assertEquals(8, md.getPrecision(4));
            assertEquals(Types.TIMESTAMP, md.getColumnType(5));
            assertEquals(35, md.getPrecision(5));
            assertEquals(6, md.getScale(5));
        }
    }
}
