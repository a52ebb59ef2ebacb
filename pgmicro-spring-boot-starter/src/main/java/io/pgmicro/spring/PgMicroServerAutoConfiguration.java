package io.pgmicro.spring;

import io.pgmicro.wire.DatabaseProvider;
import io.pgmicro.wire.PgServer;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code pgmicro.server.enabled=true}, serves the context's pgmicro database over the
 * PostgreSQL wire protocol, so psql (or any PostgreSQL tool) can look inside while a test or the
 * application runs. The chosen port is published as the property {@code pgmicro.server.port}.
 */
@AutoConfiguration(afterName = "io.pgmicro.spring.test.PgMicroTestDatabaseAutoConfiguration")
@ConditionalOnProperty(prefix = "pgmicro.server", name = "enabled", havingValue = "true")
@ConditionalOnBean(PgMicroManagedDatabase.class)
@EnableConfigurationProperties(PgMicroServerProperties.class)
public final class PgMicroServerAutoConfiguration {
    private static final Log LOG = LogFactory.getLog(PgMicroServerAutoConfiguration.class);

    @Bean(destroyMethod = "stop")
    PgServer pgmicroServer(PgMicroManagedDatabase managed, PgMicroServerProperties properties, ConfigurableEnvironment environment) {
        PgServer server = PgServer.start(DatabaseProvider.of(managed.database()), properties.getHost(), properties.getPort());
        environment.getPropertySources().addFirst(
                new MapPropertySource("pgmicroServer", Map.of("pgmicro.server.port", server.port())));
        LOG.info("pgmicro serves database \"" + managed.name() + "\": psql -h " + server.host() + " -p " + server.port()
                + " " + managed.name());
        return server;
    }
}
