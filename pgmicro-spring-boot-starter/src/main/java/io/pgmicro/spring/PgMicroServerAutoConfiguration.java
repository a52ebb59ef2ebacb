package io.pgmicro.spring;

import io.pgmicro.wire.DatabaseProvider;
import io.pgmicro.wire.PgServer;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code pgmicro.server.enabled=true}, serves the context's pgmicro database over the
 * PostgreSQL wire protocol, so psql (or any PostgreSQL tool) can look inside while a test or the
 * application runs: the test database of {@code @AutoConfigurePgMicro}, or else the database of
 * a {@code spring.datasource.url} of {@code jdbc:pgmicro:mem:NAME} or {@code jdbc:pgmicro:file:PATH}.
 * The chosen port is published as the property {@code pgmicro.server.port}.
 */
@AutoConfiguration(afterName = "io.pgmicro.spring.test.PgMicroTestDatabaseAutoConfiguration")
@ConditionalOnProperty(prefix = "pgmicro.server", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(PgMicroServerProperties.class)
public final class PgMicroServerAutoConfiguration {
    private static final Log LOG = LogFactory.getLog(PgMicroServerAutoConfiguration.class);

    /** The application's own jdbc:pgmicro: database, held open for as long as the context serves it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(PgMicroManagedDatabase.class)
    @ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('" + PgMicroDriverEnvironmentPostProcessor.URL_PREFIX + "')")
    static class UrlDatabase {
        @Bean
        PgMicroManagedDatabase pgmicroUrlDatabase(Environment environment) {
            return PgMicroManagedDatabase.forUrl(environment.getRequiredProperty("spring.datasource.url"));
        }
    }

    @Bean(destroyMethod = "stop")
    @ConditionalOnBean(PgMicroManagedDatabase.class)
    PgServer pgmicroServer(PgMicroManagedDatabase managed, PgMicroServerProperties properties, ConfigurableEnvironment environment) {
        PgServer server = PgServer.start(DatabaseProvider.of(managed.database()), properties.getHost(), properties.getPort());
        environment.getPropertySources().addFirst(
                new MapPropertySource("pgmicroServer", Map.of("pgmicro.server.port", server.port())));
        LOG.info("pgmicro serves database \"" + managed.name() + "\": psql -h " + server.host() + " -p " + server.port()
                + " " + managed.name());
        return server;
    }
}
