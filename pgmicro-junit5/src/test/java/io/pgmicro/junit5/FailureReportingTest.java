package io.pgmicro.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Failures say which database they happened in, and which statement when a statement failed. */
class FailureReportingTest {
    @Nested
    class AddingTheDatabaseName {
        @Test
        void anAssertionFailureKeepsItsExpectedAndActualValues() {
            AssertionFailedError original = new AssertionFailedError("counts differ ==> expected: <2> but was: <3>", 2, 3);
            Throwable named = FailureContext.addTo(original, "T.m_1");
            AssertionFailedError failure = assertInstanceOf(AssertionFailedError.class, named);
            assertEquals("in pgmicro database \"T.m_1\": counts differ ==> expected: <2> but was: <3>", failure.getMessage());
            assertEquals(2, failure.getExpected().getValue());
            assertEquals(3, failure.getActual().getValue());
            assertEquals(List.of(original.getStackTrace()), List.of(failure.getStackTrace()));
        }

        @Test
        void aPlainAssertionErrorStaysOne() {
            AssertionError original = new AssertionError();
            Throwable named = FailureContext.addTo(original, "db");
            assertEquals(AssertionError.class, named.getClass());
            assertEquals("in pgmicro database \"db\": assertion failed", named.getMessage());
        }

        @Test
        void anyOtherExceptionIsWrappedWithTheOriginalAsCause() {
            SQLException original = new SQLException("ERROR: division by zero", "22012");
            Throwable named = FailureContext.addTo(original, "db");
            assertEquals("in pgmicro database \"db\": java.sql.SQLException: ERROR: division by zero", named.getMessage());
            assertSame(original, named.getCause());
        }

        @Test
        void assumptionsAndStatementFailuresOfThisDatabaseAreLeftAlone() {
            TestAbortedException aborted = new TestAbortedException("skipped");
            assertSame(aborted, FailureContext.addTo(aborted, "db"));
            PgMicroSqlException statement = new PgMicroSqlException("db", "SELECT 1/0", null,
                    new SQLException("ERROR: division by zero", "22012"));
            assertSame(statement, FailureContext.addTo(statement, "db"));
        }
    }

    @Nested
    @PgMicroTest(scripts = "classpath:schema.sql")
    class StatementsRunThroughTheHandle {
        @Test
        void aFailingStatementNamesTheDatabaseAndTheStatement(PgMicroDatabase db) {
            PgMicroSqlException e = assertThrows(PgMicroSqlException.class,
                    () -> db.execute("INSERT INTO accounts (owner) VALUES ('a'); INSERT INTO accounts (owner) VALUES ('a')"));
            assertEquals("23505", e.sqlState());
            assertEquals("INSERT INTO accounts (owner) VALUES ('a')", e.statement());
            assertEquals(db.name(), e.databaseName());
            assertTrue(e.getMessage().startsWith("database \"" + db.name() + "\": ERROR: duplicate key value violates"
                    + " unique constraint \"accounts_owner_key\""), e.getMessage());
            assertTrue(e.getMessage().contains("[SQLSTATE 23505]\n  statement: INSERT INTO accounts (owner) VALUES ('a')"),
                    e.getMessage());
            assertEquals(1L, db.queryValue("SELECT count(*) FROM accounts"), "the first statement ran");
        }
    }

    @Test
    void aFailingTestReportsItsDatabase() {
        List<Throwable> failures = FixtureRunner.failures(FailingAssertionFixture.class);
        assertEquals(1, failures.size(), failures.toString());
        AssertionFailedError failure = assertInstanceOf(AssertionFailedError.class, failures.get(0));
        assertTrue(failure.getMessage().startsWith("in pgmicro database \"FailingAssertionFixture.countsWrongly_"),
                failure.getMessage());
        assertEquals(5L, failure.getExpected().getValue());
    }

    @Test
    void aBrokenScriptNamesTheScriptAndTheStatementInEveryTest() {
        List<Throwable> failures = FixtureRunner.failures(BrokenScriptFixture.class);
        assertEquals(2, failures.size(), failures.toString());
        for (Throwable failure : failures) {
            String message = failure.getMessage();
            assertTrue(message.startsWith("pgmicro could not set up the template database (scripts=[classpath:broken.sql]):"
                    + " database \"pgmicro_template_"), message);
            assertTrue(message.contains("ERROR: relation \"no_such_table\" does not exist"), message);
            assertTrue(message.contains("statement: INSERT INTO no_such_table VALUES (1)\n  from: classpath:broken.sql"), message);
        }
    }

    @Test
    void perMethodIsolationHasNoDatabaseForBeforeAll() {
        List<Throwable> failures = FixtureRunner.failures(BeforeAllWithPerMethodFixture.class);
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).getMessage().contains("gives each test method its own database"),
                failures.get(0).getMessage());
    }

    @Test
    void aMissingScriptIsReportedAsSuch() {
        List<Throwable> failures = FixtureRunner.failures(MissingScriptFixture.class);
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).getMessage().contains("SQL script classpath:nowhere.sql not found:"
                + " no resource nowhere.sql on the classpath"), failures.get(0).getMessage());
    }

    @FixtureRunner.Fixture
    @PgMicroTest(scripts = {"classpath:schema.sql", "classpath:seed.sql"})
    static class FailingAssertionFixture {
        @Test
        void countsWrongly(PgMicroDatabase db) {
            assertEquals(5L, db.queryValue("SELECT count(*) FROM accounts"));
        }
    }

    @FixtureRunner.Fixture
    @PgMicroTest(scripts = "classpath:broken.sql")
    static class BrokenScriptFixture {
        @Test
        void one(PgMicroDatabase db) {
        }

        @Test
        void two(PgMicroDatabase db) {
        }
    }

    @FixtureRunner.Fixture
    @PgMicroTest
    static class BeforeAllWithPerMethodFixture {
        @BeforeAll
        static void wantsADatabase(PgMicroDatabase db) {
        }

        @Test
        void neverRuns() {
        }
    }

    @FixtureRunner.Fixture
    @PgMicroTest(scripts = "classpath:nowhere.sql")
    static class MissingScriptFixture {
        @Test
        void neverRuns(PgMicroDatabase db) {
        }
    }
}
