package io.pgmicro.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Liquibase 4 with its PostgreSQL support, unchanged, on an XML changelog whose DDL Liquibase
 * generates itself (identity columns, a sequence, a foreign key with ON DELETE CASCADE, unique and
 * CHECK constraints, indexes, a renamed column, a view, seed data, a tag): update, validate, a
 * second update that has nothing to do, and a rollback to the tag.
 */
class LiquibaseTest {
    private static final String CHANGELOG = "clients/liquibase/changelog.xml";

    @ParameterizedTest
    @EnumSource(ClientTarget.class)
    void updatesValidatesUpdatesAgainAsANoOpAndRollsBackToATag(ClientTarget target) throws Exception {
        try (ClientTarget.ClientDatabase db = target.newDatabase("liquibase")) {
            updateValidateUpdateAgainRollBack(db);
        }
    }

    /** The same steps and assertions on the real PostgreSQL, where one is reachable: what they expect is what it does. */
    @Test
    void postgresDoesWhatTheAssertionsExpect() throws Exception {
        Assumptions.assumeTrue(PostgresServer.reachable(), "no PostgreSQL at " + PostgresServer.URL);
        try (ClientTarget.ClientDatabase db = ClientTarget.ClientDatabase.onPostgres("liquibase")) {
            updateValidateUpdateAgainRollBack(db);
        }
    }

    private static void updateValidateUpdateAgainRollBack(ClientTarget.ClientDatabase db) throws Exception {
        {
            run(db, "update");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertEquals(List.of("Stanislaw Lem 0", "Ursula K. Le Guin 2"),
                        rows(s, "SELECT name, books FROM author_book_counts ORDER BY name"));
                assertEquals(List.of("The Dispossessed t 12.50", "The Left Hand of Darkness f 10.00"),
                        rows(s, "SELECT title, published, price FROM books ORDER BY id"));
                assertEquals(List.of("1929-10-21"), rows(s, "SELECT birth_date FROM authors WHERE id = 1"));
                assertEquals(List.of("1000", "1010"),
                        rows(s, "SELECT nextval('invoice_number_seq') FROM generate_series(1, 2)"));
                assertEquals("23514", sqlState(s, "INSERT INTO books (author_id, title, price) VALUES (1, 'x', -1)"));
                assertEquals("23505", sqlState(s,
                        "INSERT INTO books (author_id, title, isbn) VALUES (2, 'Solaris', '978-0-06-051275-0')"));
                assertEquals("23503", sqlState(s, "INSERT INTO books (author_id, title) VALUES (99, 'Nobody')"));
                assertEquals(List.of("6"), rows(s, "SELECT count(*) FROM databasechangelog"));
                assertEquals(List.of(), rows(s, "SELECT indexname FROM pg_indexes WHERE indexname = 'books_title_idx'"));
            }

            run(db, "validate");
            run(db, "update");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertEquals(List.of("6"), rows(s, "SELECT count(*) FROM databasechangelog"));
            }

            withDatabase(db, database -> new CommandScope("rollback")
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue("changelogFile", CHANGELOG)
                    .addArgumentValue("tag", "seeded")
                    .execute());
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertEquals(List.of("4"), rows(s, "SELECT count(*) FROM databasechangelog"));
                assertEquals(List.of("f", "f"), rows(s, "SELECT published FROM books ORDER BY id"));
                assertEquals(List.of("books_title_idx"),
                        rows(s, "SELECT indexname FROM pg_indexes WHERE indexname = 'books_title_idx'"));
                s.execute("DELETE FROM authors WHERE id = 1");   // cascades to both books
                assertEquals(List.of("0"), rows(s, "SELECT count(*) FROM books"));
            }
        }
    }

    private interface DatabaseWork {
        void run(Database database) throws Exception;
    }

    private static void run(ClientTarget.ClientDatabase db, String command) throws Exception {
        withDatabase(db, database -> new CommandScope(command)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .execute());
    }

    /** Runs Liquibase on a connection of its own, as an application would, finding the changelog on the classpath. */
    private static void withDatabase(ClientTarget.ClientDatabase db, DatabaseWork work) throws Exception {
        try (Connection c = db.connect()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            Scope.child(Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(LiquibaseTest.class.getClassLoader()),
                    () -> work.run(database));
        }
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }

    private static String sqlState(Statement s, String sql) {
        return assertThrows(SQLException.class, () -> s.execute(sql)).getSQLState();
    }
}
