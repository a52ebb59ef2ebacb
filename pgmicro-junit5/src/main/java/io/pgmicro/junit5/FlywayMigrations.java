package io.pgmicro.junit5;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Applies Flyway migrations to a template. Flyway is an optional dependency, checked for by {@link TemplateBuilder}. */
final class FlywayMigrations {
    private FlywayMigrations() {
    }

    static void migrate(DataSource dataSource, List<String> locations, ClassLoader loader) {
        Flyway.configure(loader)
                // Flyway's transactional lock writes on two connections at once; pgmicro has one writer
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
    }
}
