package io.pgmicro.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Templates set up by Flyway (with its PostgreSQL support, session-level lock) and Liquibase, run
 * once and copied into every test.
 */
class MigrationToolsTest {
    @Nested
    @PgMicroTest(flyway = true)
    class Flyway {
        @Test
        void migrationsRanOnceIntoTheTemplate(PgMicroDatabase db) {
            assertEquals(List.of("carol"), PerMethodIsolationTest.owners(db));
            assertEquals(2L, db.queryValue("SELECT count(*) FROM flyway_schema_history WHERE success"));
        }
    }

    @Nested
    @PgMicroTest(liquibaseChangelog = "db/changelog/changelog.sql")
    class Liquibase {
        @Test
        void changelogRanOnceIntoTheTemplate(PgMicroDatabase db) {
            assertEquals(List.of("dora"), PerMethodIsolationTest.owners(db));
            assertEquals(2L, db.queryValue("SELECT count(*) FROM databasechangelog"));
        }
    }
}
