package io.pgmicro.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against pgmicro: each test gets its own database, copied from a template
 * that the scripts and migrations named here set up once per distinct configuration in the JVM.
 * Tests receive the database as parameters or instance fields of type {@link javax.sql.DataSource},
 * {@link java.sql.Connection}, {@link PgMicroDatabase}, or a {@code String} marked
 * {@link PgMicroUrl} (its JDBC URL).
 *
 * <pre>{@code
 * @PgMicroTest(scripts = "classpath:schema.sql")
 * class OrderRepositoryTest {
 *     @Test
 *     void savesAnOrder(DataSource dataSource) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PgMicroExtension.class)
public @interface PgMicroTest {
    /**
     * SQL scripts applied to the template in order, before any migrations: {@code classpath:PATH}
     * (also the meaning of a bare PATH) or {@code file:PATH}.
     */
    String[] scripts() default {};

    /** Whether Flyway migrates the template (needs org.flywaydb:flyway-core on the test classpath). */
    boolean flyway() default false;

    /** Where Flyway finds migrations when {@link #flyway()} is set, in Flyway's location syntax. */
    String[] flywayLocations() default {"classpath:db/migration"};

    /**
     * A Liquibase changelog applied to the template after Flyway, e.g.
     * {@code db/changelog/db.changelog-master.yaml}; empty for none.
     */
    String liquibaseChangelog() default "";

    /** Whether each test method or each test class gets its own database. */
    Isolation isolation() default Isolation.PER_METHOD;

    /** How tests reach the database. */
    Mode mode() default Mode.IN_PROCESS;

    /** Which tests share one database. */
    enum Isolation {
        /** Every test method (each invocation of a parameterized or repeated test) starts from a fresh copy. */
        PER_METHOD,
        /** The methods of a test class share one copy, in the order JUnit runs them. */
        PER_CLASS
    }

    /** How tests reach the database. */
    enum Mode {
        /** Through pgmicro's own JDBC driver, {@code jdbc:pgmicro:mem:NAME}, in the test's JVM. */
        IN_PROCESS,
        /**
         * Through pgjdbc ({@code jdbc:postgresql://127.0.0.1:PORT/NAME}) to a PostgreSQL wire-protocol
         * server that each test database gets on a free port, for code that must use PostgreSQL's own
         * driver. Needs org.postgresql:postgresql on the test classpath.
         */
        WIRE
    }
}
