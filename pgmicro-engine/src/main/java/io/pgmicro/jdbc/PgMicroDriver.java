package io.pgmicro.jdbc;

import io.pgmicro.PgException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for {@code jdbc:pgmicro:} URLs (see {@link ConnectionUrl}), found by
 * DriverManager through META-INF/services/java.sql.Driver. Supported properties:
 * <ul>
 * <li>{@code currentSchema} — the search_path, as pgjdbc's property of that name;</li>
 * <li>{@code ApplicationName} — application_name;</li>
 * <li>{@code stringtype} — {@code varchar} (default) or {@code unspecified}, as in pgjdbc:
 *     whether setString declares varchar or lets the server infer the type;</li>
 * <li>{@code readOnly} — start with {@link Connection#setReadOnly} set;</li>
 * <li>{@code init} — comma-separated SQL scripts ({@code classpath:PATH} or {@code file:PATH}) that a
 *     new in-memory database starts with, as Testcontainers' TC_INITSCRIPT (see {@link InitScripts});</li>
 * <li>{@code user}, {@code password} — accepted; there is no authentication in-process.</li>
 * </ul>
 */
public final class PgMicroDriver implements Driver {
    static final String NAME = "pgmicro JDBC Driver";
    static final int MAJOR_VERSION = 0;
    static final int MINOR_VERSION = 1;
    static final String VERSION = MAJOR_VERSION + "." + MINOR_VERSION;

    static {
        try {
            DriverManager.registerDriver(new PgMicroDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null; // DriverManager asks every driver; null means "not mine"
        }
        ConnectionUrl parsed = ConnectionUrl.parse(url, info);
        String dialect = parsed.properties().getProperty("dialect", "postgresql");
        if (!dialect.equalsIgnoreCase("postgresql")) {
            throw Errors.notSupported("dialect=" + dialect);
        }
        DatabaseRegistry.Lease lease;
        try {
            lease = DatabaseRegistry.JVM.acquire(parsed);
        } catch (PgException e) {
            throw Errors.server(e);
        }
        try {
            return new PgMicroConnection(parsed, lease);
        } catch (PgException e) {
            lease.release();
            throw Errors.server(e);
        } catch (SQLException | RuntimeException e) {
            lease.release();
            throw e;
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return ConnectionUrl.accepts(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[] {
            property("currentSchema", "The search_path to set on connecting", info),
            property("ApplicationName", "The application_name to set on connecting", info),
            property("stringtype", "varchar (default) or unspecified: the parameter type setString declares", info),
            property("readOnly", "Begin transactions READ ONLY when auto-commit is off", info),
        };
    }

    private static DriverPropertyInfo property(String name, String description, Properties info) {
        DriverPropertyInfo property = new DriverPropertyInfo(name, info == null ? null : info.getProperty(name));
        property.description = description;
        return property;
    }

    @Override
    public int getMajorVersion() {
        return MAJOR_VERSION;
    }

    @Override
    public int getMinorVersion() {
        return MINOR_VERSION;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("pgmicro does not log through java.util.logging.");
    }
}
