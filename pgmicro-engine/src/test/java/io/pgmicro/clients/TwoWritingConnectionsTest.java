package io.pgmicro.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two connections of one client, driven from one thread, both writing inside their
 * transactions — Flyway's default transactional lock does exactly this: the lock connection
 * takes pg_try_advisory_xact_lock, the migration connection migrates, the lock connection
 * inserts the history row (bind parameters, a now() default) before the migration commits.
 * The same steps run on PostgreSQL where one is reachable.
 */
class TwoWritingConnectionsTest {
    @ParameterizedTest
    @EnumSource(ClientTarget.class)
    void flywayLikeInterleavingCommitsBoth(ClientTarget target) throws SQLException {
        try (ClientTarget.ClientDatabase db = target.newDatabase("writers")) {
            flywayLikeInterleaving(db);
        }
    }

    @Test
    void flywayLikeInterleavingCommitsBothOnPostgres() throws SQLException {
        assumeTrue(PostgresServer.reachable(), "no PostgreSQL to compare with");
        try (ClientTarget.ClientDatabase db = ClientTarget.ClientDatabase.onPostgres("writers")) {
            flywayLikeInterleaving(db);
        }
    }

    private static void flywayLikeInterleaving(ClientTarget.ClientDatabase db) throws SQLException {
        try (Connection lock = db.connect(); Connection migration = db.connect();
             Statement ls = lock.createStatement(); Statement ms = migration.createStatement()) {
            ls.execute("CREATE TABLE history (rank int PRIMARY KEY, script text NOT NULL,"
                    + " installed_on timestamp NOT NULL DEFAULT now(), success boolean NOT NULL)");
            lock.setAutoCommit(false);
            migration.setAutoCommit(false);
            try (ResultSet rs = ls.executeQuery("SELECT pg_try_advisory_xact_lock(4242)")) {
                assertTrue(rs.next());
                assertTrue(rs.getBoolean(1));
            }
            ms.execute("CREATE TABLE customers (id int PRIMARY KEY, name text)");
            ms.execute("INSERT INTO customers VALUES (1, 'Ada')");
            try (PreparedStatement insert = lock.prepareStatement(
                    "INSERT INTO history (rank, script, success) VALUES (?, ?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, "V1__customers.sql");
                insert.setBoolean(3, true);
                assertEquals(1, insert.executeUpdate());
            }
            // no one else sees the uncommitted work of either
            try (Connection other = db.connect(); Statement os = other.createStatement()) {
                assertEquals(List.of("0 null"), rows(os, "SELECT count(*), to_regclass('customers') FROM history"));
            }
            migration.commit();
            lock.commit();
            try (Connection other = db.connect(); Statement os = other.createStatement()) {
                assertEquals(List.of("V1__customers.sql t"), rows(os,
                        "SELECT script, installed_on IS NOT NULL FROM history"));
                assertEquals(List.of("1 Ada"), rows(os, "SELECT id, name FROM customers"));
            }
        }
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i == 1 ? "" : " ").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
