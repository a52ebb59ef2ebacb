package io.pgmicro.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Runs a Spring test's context on a pgmicro database instead of the application's DataSource,
 * in the spirit of {@code @AutoConfigureTestDatabase}: the context's DataSource bean (Boot's or the
 * application's own) is replaced by a new in-memory pgmicro database, and Flyway, Liquibase and
 * {@code spring.sql.init} scripts run against it as the application configures them. Contexts are
 * cached as usual, so the schema is set up once per distinct context, and {@link #refresh()} puts
 * the database back to that state between tests without restarting the context.
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigurePgMicro(refresh = RefreshMode.BEFORE_EACH_TEST_METHOD)
 * class OrderServiceTest { ... }
 * }</pre>
 * {@code spring.sql.init} scripts run by default here ({@code spring.sql.init.mode=embedded}, Boot's
 * default, counts the test database as embedded), because the database is new for every context;
 * everything else treats it as the PostgreSQL it stands for (Hibernate's {@code ddl-auto} stays
 * {@code none}, for instance). With {@code pgmicro.server.enabled=true} the database is also served
 * over the PostgreSQL wire protocol, at the port the property {@code pgmicro.server.port} then holds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigurePgMicro {
    /** When the database goes back to the state the context's start-up left it in. */
    RefreshMode refresh() default RefreshMode.NEVER;

    /** When the database is reset; resetting copies the saved state back, it never re-runs migrations. */
    enum RefreshMode {
        /** Tests see each other's changes for as long as the context lives. */
        NEVER,
        /** Before each test method (after the context's other set-up, before its transaction begins). */
        BEFORE_EACH_TEST_METHOD,
        /** After each test method (after its transaction has ended). */
        AFTER_EACH_TEST_METHOD,
        /** After all the test methods of the class have run. */
        AFTER_CLASS
    }
}
