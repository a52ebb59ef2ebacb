package io.pgmicro.junit5;

import io.pgmicro.jdbc.DatabaseRegistry;
import io.pgmicro.session.Database;
import io.pgmicro.session.DatabaseSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/** Sets up a template database — scripts, then Flyway, then Liquibase — and takes its snapshot. */
final class TemplateBuilder {
    private static final AtomicInteger TEMPLATES = new AtomicInteger();
    // Checked here, not in the classes that call them, so that those are never loaded without them.
    private static final OptionalLibrary FLYWAY = new OptionalLibrary("org.flywaydb.core.Flyway",
            "flyway = true needs org.flywaydb:flyway-core and org.flywaydb:flyway-database-postgresql on the test classpath");
    private static final OptionalLibrary LIQUIBASE = new OptionalLibrary("liquibase.command.CommandScope",
            "liquibaseChangelog needs org.liquibase:liquibase-core (4.x) on the test classpath");

    private TemplateBuilder() {
    }

    static DatabaseSnapshot build(TemplateConfig config, ClassLoader loader) {
        String name = "pgmicro_template_" + TEMPLATES.incrementAndGet();
        Database template = Database.openMemory(name);
        // Registered under a URL so that migration tools, which take a DataSource, can reach it;
        // closing the registration closes the template once its snapshot is taken.
        try (DatabaseRegistry.Registration registration = DatabaseRegistry.register(name, template)) {
            PgMicroDataSource dataSource = new PgMicroDataSource(PgMicroDatabase.urlOf(name));
            runScripts(config, loader, name, dataSource);
            if (!config.flywayLocations().isEmpty()) {
                FLYWAY.require(loader);
                FlywayMigrations.migrate(dataSource, config.flywayLocations(), loader);
            }
            if (!config.liquibaseChangelog().isEmpty()) {
                LIQUIBASE.require(loader);
                LiquibaseChangelog.update(dataSource, config.liquibaseChangelog(), loader);
            }
            return DatabaseSnapshot.of(template);
        } catch (RuntimeException e) {
            template.close();
            throw e;
        }
    }

    private static void runScripts(TemplateConfig config, ClassLoader loader, String name, PgMicroDataSource dataSource) {
        if (config.scripts().isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            for (String location : config.scripts()) {
                SqlStatements.executeEach(connection, name, SqlScript.read(location, loader), location);
            }
        } catch (SQLException e) {
            throw new PgMicroSqlException(name, "(connecting)", null, e);
        }
    }
}
