package io.pgmicro.spring;

import io.pgmicro.jdbc.DatabaseRegistry;
import io.pgmicro.jdbc.PgMicroDriver;
import io.pgmicro.session.Database;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A pgmicro database that a Spring context holds open: either an in-memory one the context owns
 * ({@link #openMemory}), reachable by every JDBC user in the JVM at {@link #jdbcUrl()} and dropped
 * with its data when the context closes, or the database of the application's own
 * {@code jdbc:pgmicro:} URL ({@link #forUrl}). The wire server auto-configuration serves the
 * database of this bean.
 */
public final class PgMicroManagedDatabase implements AutoCloseable {
    private final Database database;
    private final Runnable release;
    private final String jdbcUrl;

    private PgMicroManagedDatabase(Database database, Runnable release, String jdbcUrl) {
        this.database = database;
        this.release = release;
        this.jdbcUrl = jdbcUrl;
    }

    /** Opens a new in-memory database, reachable at {@code jdbc:pgmicro:mem:NAME}. */
    public static PgMicroManagedDatabase openMemory(String name) {
        Database database = Database.openMemory(name);
        try {
            DatabaseRegistry.Registration registration = DatabaseRegistry.register(name, database);
            return new PgMicroManagedDatabase(database, registration::close, "jdbc:pgmicro:mem:" + name);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Holds open the database that a {@code jdbc:pgmicro:mem:NAME} or {@code jdbc:pgmicro:file:PATH}
     * URL names: the same one the application's connections to that URL use.
     */
    public static PgMicroManagedDatabase forUrl(String jdbcUrl) {
        try {
            DatabaseRegistry.Lease lease = DatabaseRegistry.hold(jdbcUrl);
            return new PgMicroManagedDatabase(lease.database(), lease::release, jdbcUrl);
        } catch (SQLException e) {
            throw new IllegalStateException("pgmicro cannot open " + jdbcUrl + ": " + e.getMessage(), e);
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

    /** Lets go of the database; it closes once no connection holds it either. */
    @Override
    public void close() {
        release.run();
    }
}
