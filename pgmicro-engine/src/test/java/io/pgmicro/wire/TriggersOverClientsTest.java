package io.pgmicro.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The migrations' classic triggers (updated_at and an audit log) through pgmicro's own JDBC
 * driver and through pgjdbc over the wire server, with prepared statements and batches.
 */
class TriggersOverClientsTest {
    private static PgServer server;

    @BeforeAll
    static void start() {
        server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static Connection connect(String client) throws SQLException {
        return client.equals("pgjdbc")
                ? DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/triggers_"
                        + System.nanoTime() + "?user=postgres")
                : DriverManager.getConnection("jdbc:pgmicro:mem:");
    }

    private static final String MIGRATION = """
            CREATE TABLE customers (
                id bigserial PRIMARY KEY,
                email text NOT NULL UNIQUE,
                updated_at timestamp NOT NULL DEFAULT '2000-01-01 00:00:00'
            );
            CREATE TABLE audit_log (id bigserial PRIMARY KEY, op text NOT NULL, customer_id bigint, email text);
            CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger AS $$
            BEGIN
                NEW.updated_at = '2030-05-06 07:08:09';
                RETURN NEW;
            END;
            $$ LANGUAGE plpgsql;
            CREATE TRIGGER customers_updated_at BEFORE UPDATE ON customers
                FOR EACH ROW EXECUTE PROCEDURE set_updated_at();
            CREATE OR REPLACE FUNCTION audit_customers() RETURNS trigger AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    INSERT INTO audit_log (op, customer_id, email) VALUES (TG_OP, OLD.id, OLD.email);
                    RETURN OLD;
                END IF;
                INSERT INTO audit_log (op, customer_id, email) VALUES (TG_OP, NEW.id, NEW.email);
                RETURN NEW;
            END;
            $$ LANGUAGE plpgsql;
            CREATE TRIGGER customers_audit AFTER INSERT OR UPDATE OR DELETE ON customers
                FOR EACH ROW EXECUTE FUNCTION audit_customers();
            """;

    @ParameterizedTest
    @ValueSource(strings = {"pgmicro", "pgjdbc"})
    void updatedAtAndAuditTriggersRun(String client) throws SQLException {
        try (Connection c = connect(client); Statement st = c.createStatement()) {
            st.execute(MIGRATION);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customers (email) VALUES (?)")) {
                for (String email : new String[] {"a@example.com", "b@example.com", "c@example.com"}) {
                    ps.setString(1, email);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                assertEquals(3, counts.length);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE customers SET email = ? WHERE id = ?")) {
                ps.setString(1, "b2@example.com");
                ps.setLong(2, 2);
                assertEquals(1, ps.executeUpdate());
            }
            assertEquals(1, st.executeUpdate("DELETE FROM customers WHERE id = 3"));
            try (ResultSet rs = st.executeQuery("SELECT id, updated_at FROM customers ORDER BY id")) {
                assertTrue(rs.next());
                assertEquals(Timestamp.valueOf("2000-01-01 00:00:00"), rs.getTimestamp(2));
                assertTrue(rs.next());
                assertEquals(Timestamp.valueOf("2030-05-06 07:08:09"), rs.getTimestamp(2));
            }
            StringBuilder log = new StringBuilder();
            try (ResultSet rs = st.executeQuery("SELECT op, customer_id, email FROM audit_log ORDER BY id")) {
                while (rs.next()) {
                    log.append(rs.getString(1)).append(' ').append(rs.getLong(2)).append(' ').append(rs.getString(3)).append('\n');
                }
            }
            assertEquals("""
                    INSERT 1 a@example.com
                    INSERT 2 b@example.com
                    INSERT 3 c@example.com
                    UPDATE 2 b2@example.com
                    DELETE 3 c@example.com
                    """, log.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pgmicro", "pgjdbc"})
    void raiseInTriggerAbortsTheStatementWithItsSqlState(String client) throws SQLException {
        try (Connection c = connect(client); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL)");
            st.execute("CREATE FUNCTION no_overdraft() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.balance < 0 THEN RAISE EXCEPTION 'account % would be overdrawn', NEW.id "
                    + "USING ERRCODE = 'check_violation', HINT = 'Deposit first.'; END IF; RETURN NEW; END $$");
            st.execute("CREATE TRIGGER accounts_no_overdraft BEFORE INSERT OR UPDATE ON accounts "
                    + "FOR EACH ROW EXECUTE FUNCTION no_overdraft()");
            st.execute("INSERT INTO accounts VALUES (1, 10), (2, 5)");
            SQLException e = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE accounts SET balance = balance - 7"));
            assertEquals("23514", e.getSQLState());
            assertTrue(e.getMessage().contains("account 2 would be overdrawn"), e.getMessage());
            try (ResultSet rs = st.executeQuery("SELECT sum(balance) FROM accounts")) {
                rs.next();
                assertEquals(15, rs.getInt(1), "the rows updated before the failing one are rolled back too");
            }
        }
    }
}
