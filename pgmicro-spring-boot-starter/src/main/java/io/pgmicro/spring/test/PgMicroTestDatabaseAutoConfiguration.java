package io.pgmicro.spring.test;

import io.pgmicro.spring.PgMicroFlywayDefaults;
import io.pgmicro.spring.PgMicroManagedDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.ApplicationDataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.sql.autoconfigure.init.ApplicationScriptDatabaseInitializer;
import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The test database behind {@link AutoConfigurePgMicro}: one pgmicro database per context, put in
 * place of the context's DataSource before anything uses it. Imported only by that annotation.
 * {@code pgmicro.test.enabled=false} leaves the application's DataSource alone, so the same suite
 * can run against a real PostgreSQL.
 */
@AutoConfiguration(before = {DataSourceAutoConfiguration.class, DataSourceInitializationAutoConfiguration.class})
@ConditionalOnClass(DataSource.class)
@ConditionalOnProperty(prefix = "pgmicro.test", name = "enabled", havingValue = "true", matchIfMissing = true)
public final class PgMicroTestDatabaseAutoConfiguration {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    /** Closed with the context, which drops the database and its data. */
    @Bean
    PgMicroManagedDatabase pgmicroDatabase() {
        return PgMicroManagedDatabase.openMemory("pgmicro_test_" + CONTEXTS.incrementAndGet());
    }

    @Bean
    PgMicroTestDatabase pgmicroTestDatabase(PgMicroManagedDatabase pgmicroDatabase) {
        return new PgMicroTestDatabase(pgmicroDatabase);
    }

    @Bean
    static PgMicroDataSourceReplacer pgmicroDataSourceReplacer() {
        return new PgMicroDataSourceReplacer();
    }

    /**
     * Flyway's PostgreSQL default, a transactional advisory lock, makes it use two connections
     * that write in overlapping transactions (the migration on one, its history row on the other,
     * before the first commits). pgmicro has one writer at a time (SQLite's), so that waits on
     * itself; with the session-level lock Flyway uses one connection, which works on pgmicro and
     * on PostgreSQL. An explicit {@code spring.flyway.postgresql.transactional-lock} still wins.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer",
        "org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension"})
    static class FlywayLock {
        @Bean
        FlywayConfigurationCustomizer pgmicroFlywaySessionLock(Environment environment) {
            return configuration -> {
                if (!environment.containsProperty(PgMicroFlywayDefaults.BOOT_PROPERTY)) {
                    configuration.configuration(PgMicroFlywayDefaults.SESSION_LOCK);
                }
            };
        }
    }

    /**
     * Boot runs {@code spring.sql.init} scripts in its default mode only for databases it recognises
     * as embedded, by product name; pgmicro reports itself as PostgreSQL. A test database made
     * fresh for the context is embedded in every sense that rule cares about, so its initializer
     * says so — and honours {@code spring.sql.init.mode} exactly as Boot's does otherwise.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ApplicationDataSourceScriptDatabaseInitializer.class)
    @ConditionalOnMissingBean(ApplicationScriptDatabaseInitializer.class)
    @EnableConfigurationProperties(SqlInitializationProperties.class)
    static class ScriptInitialization {
        @Bean
        ApplicationDataSourceScriptDatabaseInitializer dataSourceScriptDatabaseInitializer(DataSource dataSource,
                SqlInitializationProperties properties) {
            return new ApplicationDataSourceScriptDatabaseInitializer(dataSource, properties) {
                @Override
                protected boolean isEmbeddedDatabase() {
                    return true;
                }
            };
        }
    }
}
