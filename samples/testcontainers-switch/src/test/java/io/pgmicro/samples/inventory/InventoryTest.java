package io.pgmicro.samples.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

// The switch from Testcontainers' PostgreSQL module is this import and the field's type below:
//   import org.testcontainers.postgresql.PostgreSQLContainer;
import io.pgmicro.junit5.testcontainers.PgMicroContainer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * A test written for PostgreSQLContainer, unchanged except for the container's type: it now runs
 * on pgmicro inside this JVM, with no Docker.
 */
@Testcontainers
class InventoryTest {

    @Container
    // was: static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine")
    static PgMicroContainer postgres = new PgMicroContainer("postgres:15-alpine")
            .withDatabaseName("inventory")
            .withUsername("shop")
            .withPassword("shop-secret")
            .withInitScript("inventory.sql");

    Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    @Test
    void connectsWithTheContainersCredentials() throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery("SELECT current_database(), current_user")) {
            assertTrue(rs.next());
            assertEquals("inventory", rs.getString(1));
        }
        assertTrue(postgres.getJdbcUrl().startsWith("jdbc:postgresql://"));
        assertEquals(postgres.getMappedPort(5432), postgres.getFirstMappedPort());
    }

    @Test
    void sellingReducesStock() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement sell = c.prepareStatement("UPDATE product SET stock = stock - ? WHERE sku = ? RETURNING stock")) {
                sell.setInt(1, 1);
                sell.setString(2, "A-1");
                try (ResultSet rs = sell.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(2, rs.getInt(1));
                }
            }
            c.rollback();
        }
    }

    @Test
    void overSellingViolatesTheCheck() throws SQLException {
        try (Connection c = connect(); PreparedStatement sell = c.prepareStatement("UPDATE product SET stock = stock - 50 WHERE sku = 'R-7'")) {
            SQLException e = assertThrows(SQLException.class, sell::executeUpdate);
            assertEquals("23514", e.getSQLState());
            assertTrue(e.getMessage().contains("product_stock_check"), e.getMessage());
        }
    }
}
