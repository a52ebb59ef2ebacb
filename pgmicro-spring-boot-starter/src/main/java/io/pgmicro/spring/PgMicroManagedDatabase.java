package io.pgmicro.spring;

import io.pgmicro.jdbc.DatabaseRegistry;
import io.pgmicro.jdbc.PgMicroDriver;
import io.pgmicro.session.Database;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * An in-memory pgmicro database that a Spring context owns: opened with the context, reachable by
 * every JDBC user in the JVM at {@link #jdbcUrl()}, and dropped with its data when the context
 * closes. The wire server auto-configuration serves the database of this bean.
 */
public final class PgMicroManagedDatabase implements AutoCloseable {
    private final Database database;
    private final DatabaseRegistry.Registration registration;
    private final String jdbcUrl;

    private PgMicroManagedDatabase(Database database, DatabaseRegistry.Registration registration, String jdbcUrl) {
        this.database = database;
        this.registration = registration;
        this.jdbcUrl = jdbcUrl;
    }

    /** Opens a new in-memory database, reachable at {@code jdbc:pgmicro:mem:NAME}. */
    public static PgMicroManagedDatabase openMemory(String name) {
        Database database = Database.openMemory(name);
        try {
            return new PgMicroManagedDatabase(database, DatabaseRegistry.register(name, database), "jdbc:pgmicro:mem:" + name);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    public String name() {
        return database.name();
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * A DataSource that opens a new in-process connection per call. No pool: a pgmicro connection
     * costs little more than a borrowed one, and no idle connection is left to hold the database.
     */
    public DataSource dataSource() {
        return new SimpleDriverDataSource(new PgMicroDriver(), jdbcUrl);
    }

    /** Gives back the registration; the database closes once no connection holds it either. */
    @Override
    public void close() {
        registration.close();
    }
}
