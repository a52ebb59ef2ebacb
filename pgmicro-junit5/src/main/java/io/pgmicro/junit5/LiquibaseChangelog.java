package io.pgmicro.junit5;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Applies a Liquibase changelog to a template. Liquibase is an optional dependency, checked for by {@link TemplateBuilder}. */
final class LiquibaseChangelog {
    private LiquibaseChangelog() {
    }

    static void update(DataSource dataSource, String changelog, ClassLoader loader) {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(loader)), () -> {
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .execute();
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Liquibase could not connect to the template: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase changelog " + changelog + " failed: " + e.getMessage(), e);
        }
    }
}
