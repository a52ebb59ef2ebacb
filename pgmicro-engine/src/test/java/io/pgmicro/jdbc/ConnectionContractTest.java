package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Connection-level behaviour that applications and pools rely on. */
class ConnectionContractTest {
    @OnBothDrivers
    void schemaFollowsSearchPath(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            db.run("CREATE SCHEMA other_schema", "CREATE TABLE other_schema.t (a int)");
            c.setSchema("other_schema");
            assertEquals("other_schema", c.getSchema());
            ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM t");
            assertTrue(rs.next());
            c.createStatement().execute("DROP SCHEMA other_schema CASCADE");
        }
    }

    @OnBothDrivers
    void validityAndClosing(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase()) {
            Connection c = db.connect();
            assertTrue(c.isValid(1));
            assertFalse(c.isClosed());
            c.close();
            assertTrue(c.isClosed());
            assertFalse(c.isValid(1));
            c.close();
        }
    }

    @OnBothDrivers
    void nativeSqlShowsServerMarkers(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            assertEquals("SELECT $1, '?', $2", c.nativeSQL("SELECT ?, '?', ?"));
        }
    }

    @OnBothDrivers
    void unwrapsToItself(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            assertTrue(c.isWrapperFor(Connection.class));
            assertEquals(c, c.unwrap(Connection.class));
            assertFalse(c.isWrapperFor(String.class));
            assertThrows(SQLException.class, () -> c.unwrap(String.class));
        }
    }

    @OnBothDrivers
    void databaseMetaDataSaysPostgres(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            DatabaseMetaData md = c.getMetaData();
            assertEquals("PostgreSQL", md.getDatabaseProductName());
            assertTrue(md.getDatabaseProductVersion().startsWith("15."), md.getDatabaseProductVersion());
            assertEquals(15, md.getDatabaseMajorVersion());
            assertEquals("\"", md.getIdentifierQuoteString());
            assertTrue(md.storesLowerCaseIdentifiers());
            assertFalse(md.storesUpperCaseIdentifiers());
            assertTrue(md.supportsTransactions());
            assertTrue(md.supportsSavepoints());
            assertTrue(md.supportsGetGeneratedKeys());
            assertTrue(md.supportsBatchUpdates());
            assertEquals(Connection.TRANSACTION_READ_COMMITTED, md.getDefaultTransactionIsolation());
            assertEquals(4, md.getJDBCMajorVersion());
            assertEquals(2, md.getJDBCMinorVersion());
            assertEquals(db.url(), md.getURL());
            assertEquals(c, md.getConnection());
        }
    }

    @OnBothDrivers
    void applicationNameIsAClientInfoProperty(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect()) {
            c.setClientInfo("ApplicationName", "orders-service");
            assertEquals("orders-service", c.getClientInfo("ApplicationName"));
            ResultSet rs = c.createStatement().executeQuery("SHOW application_name");
            rs.next();
            assertEquals("orders-service", rs.getString(1));
        }
    }
}
