package io.pgmicro.spring.test;

import io.pgmicro.spring.PgMicroManagedDatabase;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.Ordered;

/**
 * Puts the pgmicro test database in place of the context's DataSource bean definition — Boot's
 * auto-configured one or one the application declares — so that everything that injects a
 * DataSource (JPA, Flyway, Liquibase, JdbcTemplate, the application's own beans) gets pgmicro.
 * Runs after the configuration classes have been read, when every definition is known.
 */
final class PgMicroDataSourceReplacer implements BeanDefinitionRegistryPostProcessor, Ordered {
    private static final String DEFAULT_NAME = "dataSource";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        ConfigurableListableBeanFactory beanFactory = (ConfigurableListableBeanFactory) registry;
        String name = dataSourceToReplace(beanFactory);
        boolean primary = name != null && registry.getBeanDefinition(name).isPrimary();
        if (name != null) {
            registry.removeBeanDefinition(name);
        }
        RootBeanDefinition replacement = new RootBeanDefinition(DataSource.class,
                () -> beanFactory.getBean(PgMicroManagedDatabase.class).dataSource());
        replacement.setPrimary(primary);
        registry.registerBeanDefinition(name != null ? name : DEFAULT_NAME, replacement);
    }

    /** The one DataSource, or the primary one of several; null when the context declares none. */
    private static String dataSourceToReplace(ConfigurableListableBeanFactory beanFactory) {
        String[] names = beanFactory.getBeanNamesForType(DataSource.class, true, false);
        if (names.length <= 1) {
            return names.length == 0 ? null : names[0];
        }
        List<String> primaries = new ArrayList<>();
        for (String name : names) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (definition.isPrimary()) {
                primaries.add(name);
            }
        }
        if (primaries.size() != 1) {
            throw new IllegalStateException("@AutoConfigurePgMicro replaces one DataSource, but the context declares "
                    + names.length + " (" + String.join(", ", names) + ") and " + primaries.size()
                    + " of them are @Primary; mark the one to replace @Primary");
        }
        return primaries.get(0);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
