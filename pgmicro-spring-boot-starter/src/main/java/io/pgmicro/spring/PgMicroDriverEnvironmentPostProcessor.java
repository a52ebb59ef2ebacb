package io.pgmicro.spring;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Names pgmicro's driver for a {@code spring.datasource.url} of {@code jdbc:pgmicro:...}. Spring
 * Boot derives the driver class from the URL only for the databases it knows, and otherwise
 * refuses to build the DataSource ("Failed to determine a suitable driver class"); this supplies
 * {@code spring.datasource.driver-class-name} as a default, so that Boot's DataSource
 * auto-configuration, Hikari and {@code DataSourceProperties.initializeDataSourceBuilder()} all
 * work unchanged. It also defaults {@code spring.flyway.postgresql.transactional-lock} to false
 * ({@link PgMicroFlywayDefaults} says why). Values the application sets itself win.
 */
public final class PgMicroDriverEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {
    static final String URL_PREFIX = "jdbc:pgmicro:";
    static final String DRIVER_CLASS = "io.pgmicro.jdbc.PgMicroDriver";
    private static final String URL_PROPERTY = "spring.datasource.url";
    private static final String DRIVER_PROPERTY = "spring.datasource.driver-class-name";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(URL_PROPERTY);
        if (url == null || !url.startsWith(URL_PREFIX)) {
            return;
        }
        Map<String, Object> defaults = new HashMap<>();
        if (environment.getProperty(DRIVER_PROPERTY) == null) {
            defaults.put(DRIVER_PROPERTY, DRIVER_CLASS);
        }
        if (!environment.containsProperty(PgMicroFlywayDefaults.BOOT_PROPERTY)) {
            defaults.put(PgMicroFlywayDefaults.BOOT_PROPERTY, "false");
        }
        if (!defaults.isEmpty()) {
            // Last, so every property source the application has outranks it.
            environment.getPropertySources().addLast(new MapPropertySource("pgmicroDriver", defaults));
        }
    }

    /** After the application's configuration files have been read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
