package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.function.Executable;

/** Server errors keep PostgreSQL's SQLSTATE and read as pgjdbc prints them. */
class ErrorContractTest {
    private static void assertError(String sqlState, String message, Executable call) {
        SQLException e = assertThrows(SQLException.class, call);
        assertEquals(sqlState, e.getSQLState());
        assertEquals(message, e.getMessage());
    }

    @OnBothDrivers
    void missingRelationCarriesItsPosition(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            assertError("42P01", "ERROR: relation \"nosuch\" does not exist\n  Position: 15",
                    () -> s.executeQuery("SELECT * FROM nosuch"));
        }
    }

    @OnBothDrivers
    void uniqueViolationCarriesItsDetail(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run("CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE)");
            s.executeUpdate("INSERT INTO users VALUES (1, 'a@example.com')");
            assertError("23505", "ERROR: duplicate key value violates unique constraint \"users_email_key\"\n"
                            + "  Detail: Key (email)=(a@example.com) already exists.",
                    () -> s.executeUpdate("INSERT INTO users VALUES (2, 'a@example.com')"));
        }
    }

    @OnBothDrivers
    void constraintViolations(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            db.run("CREATE TABLE parent (id int PRIMARY KEY)",
                    "CREATE TABLE child (id int PRIMARY KEY, parent_id int NOT NULL REFERENCES parent, qty int CHECK (qty > 0))");
            assertEquals("23502", assertThrows(SQLException.class,
                    () -> s.executeUpdate("INSERT INTO child (id) VALUES (1)")).getSQLState());
            assertEquals("23503", assertThrows(SQLException.class,
                    () -> s.executeUpdate("INSERT INTO child VALUES (1, 99, 1)")).getSQLState());
            s.executeUpdate("INSERT INTO parent VALUES (1)");
            assertEquals("23514", assertThrows(SQLException.class,
                    () -> s.executeUpdate("INSERT INTO child VALUES (1, 1, 0)")).getSQLState());
        }
    }

    @OnBothDrivers
    void syntaxAndTypeErrors(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            assertError("42601", "ERROR: syntax error at or near \"SELEC\"\n  Position: 1", () -> s.execute("SELEC 1"));
            assertError("22P02", "ERROR: invalid input syntax for type integer: \"x\"\n  Position: 8",
                    () -> s.executeQuery("SELECT 'x'::int"));
            assertError("22003", "ERROR: integer out of range", () -> s.executeQuery("SELECT 2147483647 + 1"));
        }
    }
}
