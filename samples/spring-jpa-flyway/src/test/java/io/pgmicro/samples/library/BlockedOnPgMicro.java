package io.pgmicro.samples.library;

/**
 * Why this sample's tests are switched off on pgmicro for now. They pass against PostgreSQL 15
 * ({@code mvn -Ppostgres test -Djunit.jupiter.conditions.deactivate=org.junit.*DisabledCondition});
 * on pgmicro the context does not start, because Flyway 11.14.1 (Spring Boot 4.0.7's) cannot migrate:
 * its connection clean-up {@code SET ROLE ...} fails with 42704 'unrecognized configuration parameter
 * "role"', and with that fixed the schema-history insert for version 1 fails with 40001 'could not
 * serialize access due to concurrent update' ("Another connection holds a write transaction on this
 * database"). Hibernate's {@code ddl-auto=validate} then needs DatabaseMetaData.getTables ("pgmicro
 * does not support DatabaseMetaData.getTables yet"). With Flyway off and ddl-auto=none, every JPA
 * test here passes on pgmicro.
 */
final class BlockedOnPgMicro {
    static final String FLYWAY = "Flyway 11.14.1 cannot migrate on pgmicro yet: SET ROLE fails with 42704,"
            + " then the flyway_schema_history insert with 40001 (see BlockedOnPgMicro)";

    private BlockedOnPgMicro() {
    }
}
