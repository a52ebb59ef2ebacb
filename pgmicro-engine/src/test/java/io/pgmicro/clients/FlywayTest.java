package io.pgmicro.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Flyway with its PostgreSQL support, unchanged, on a realistic migration set
 * (clients/flyway: an enum, identity columns, a foreign key, indexes, ALTER TABLE, a view
 * and seed data): migrate, info and validate, and a second migrate that has nothing to do.
 */
class FlywayTest {
    /**
     * With its default transactional advisory lock, Flyway's PostgreSQL support uses two
     * connections (PostgreSQLDatabase.useSingleConnection() is false): it runs a migration in a
     * transaction on one and inserts the history row on the other before the first commits, on
     * the same thread. PostgreSQL's row locks let both write; pgmicro has SQLite's single writer,
     * so the history insert runs ahead on a private copy and is replayed when the lock connection
     * commits, after the migration's commit (session/Speculation).
     */
    @ParameterizedTest
    @EnumSource(ClientTarget.class)
    void migratesWithFlywayDefaults(ClientTarget target) throws SQLException {
        try (ClientTarget.ClientDatabase db = target.newDatabase("flyway")) {
            migrateInfoValidateMigrateAgain(db, Map.of());
        }
    }

    /** The same steps on the real PostgreSQL, where one is reachable: what the test expects is what PostgreSQL does. */
    @Test
    void migratesWithFlywayDefaultsOnPostgres() throws SQLException {
        assumeTrue(PostgresServer.reachable(), "no PostgreSQL to compare with");
        try (ClientTarget.ClientDatabase db = ClientTarget.ClientDatabase.onPostgres("flyway")) {
            migrateInfoValidateMigrateAgain(db, Map.of());
        }
    }

    /** The same with the lock taken per session (pg_advisory_lock) instead of in a transaction. */
    @ParameterizedTest
    @EnumSource(ClientTarget.class)
    void migratesInfoValidatesAndMigratesAgainAsANoOp(ClientTarget target) throws SQLException {
        try (ClientTarget.ClientDatabase db = target.newDatabase("flyway")) {
            migrateInfoValidateMigrateAgain(db, Map.of("flyway.postgresql.transactional.lock", "false"));
        }
    }

    private static Flyway flyway(ClientTarget.ClientDatabase db, Map<String, String> settings) {
        return Flyway.configure().configuration(settings).dataSource(db.dataSource())
                .locations("classpath:clients/flyway").load();
    }

    private static void migrateInfoValidateMigrateAgain(ClientTarget.ClientDatabase db, Map<String, String> settings)
            throws SQLException {
        MigrateResult first = flyway(db, settings).migrate();
        assertTrue(first.success);
        assertEquals(4, first.migrationsExecuted);
        assertEquals("4", first.targetSchemaVersion);

        List<String> applied = new ArrayList<>();
        for (MigrationInfo info : flyway(db, settings).info().all()) {
            assertEquals(MigrationState.SUCCESS, info.getState(), info.getScript());
            applied.add(info.getVersion() + " " + info.getDescription());
        }
        assertEquals(List.of("1 customers and orders", "2 contact details", "3 customer totals view",
                "4 seed data"), applied);

        flyway(db, settings).validate();

        MigrateResult second = flyway(db, settings).migrate();
        assertEquals(0, second.migrationsExecuted);
        assertEquals(4, flyway(db, settings).info().applied().length);

        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            List<String> totals = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name, order_count, total FROM customer_totals ORDER BY id")) {
                while (rs.next()) {
                    totals.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getBigDecimal(3));
                }
            }
            assertEquals(List.of("Ada Lovelace 2 150.75", "Alan Turing 0 0", "Grace Hopper 1 9.99"), totals);
            // the migrations' constraints hold: the enum, the CHECK and the ALWAYS identity
            SQLException badStatus = assertThrows(SQLException.class,
                    () -> s.execute("INSERT INTO orders (customer_id, status, total) VALUES (1, 'lost', 1)"));
            assertEquals("22P02", badStatus.getSQLState());
            SQLException negative = assertThrows(SQLException.class,
                    () -> s.execute("INSERT INTO orders (customer_id, total) VALUES (1, -1)"));
            assertEquals("23514", negative.getSQLState());
            SQLException identity = assertThrows(SQLException.class,
                    () -> s.execute("INSERT INTO customers (id, email, name) VALUES (9, 'x@example.com', 'X')"));
            assertEquals("428C9", identity.getSQLState());
            try (ResultSet rs = s.executeQuery("SELECT note, status FROM orders WHERE total = "
                    + new BigDecimal("9.99"))) {
                assertTrue(rs.next());
                assertEquals("", rs.getString(1));
                assertEquals("new", rs.getString(2));
            }
        }
    }
}
