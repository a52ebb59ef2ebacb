package io.pgmicro.samples.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgmicro.spring.test.AutoConfigurePgMicro;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@AutoConfigurePgMicro
class MigrationTest {
    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationIsApplied() {
        // Versioned migrations only: Flyway also records creating a schema it was told to manage.
        assertThat(flyway.info().applied()).filteredOn(info -> info.getVersion() != null)
                .extracting(info -> info.getVersion().getVersion()).containsExactly("1", "2");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theSchemaIsWhatTheMigrationsSay() {
        assertThat(jdbc.queryForList(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'book' ORDER BY ordinal_position",
                String.class)).containsExactly("id", "isbn", "title", "author_id", "published", "price");
    }
}
