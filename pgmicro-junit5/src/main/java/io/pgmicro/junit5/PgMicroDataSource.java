package io.pgmicro.junit5;

import io.pgmicro.jdbc.PgMicroDriver;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that opens a new connection to one pgmicro database per call. A {@code jdbc:pgmicro:}
 * URL connects in-process, through the driver directly rather than DriverManager, which scans
 * every registered driver; a {@code jdbc:postgresql:} URL (a test database's wire server) goes
 * through DriverManager to pgjdbc, which the test classpath then needs. There is no pool: an
 * in-process connection costs about as much as borrowing one.
 */
public final class PgMicroDataSource implements DataSource {
    private static final PgMicroDriver DRIVER = new PgMicroDriver();
    private static final String WIRE_PREFIX = "jdbc:postgresql:";

    private final String url;
    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    public PgMicroDataSource(String url) {
        if (!DRIVER.acceptsURL(url) && !url.startsWith(WIRE_PREFIX)) {
            throw new IllegalArgumentException("not a pgmicro or PostgreSQL JDBC URL: " + url);
        }
        this.url = url;
    }

    public String url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(new Properties());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties info = new Properties();
        info.setProperty("user", username);
        info.setProperty("password", password);
        return connect(info);
    }

    private Connection connect(Properties info) throws SQLException {
        if (DRIVER.acceptsURL(url)) {
            return DRIVER.connect(url, info);
        }
        if (!info.containsKey("user")) {
            // the wire server trusts every user; pgjdbc would otherwise send the operating system's user name
            info.setProperty("user", "postgres");
        }
        return DriverManager.getConnection(url, info);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("pgmicro does not log through java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "PgMicroDataSource[" + url + "]";
    }
}
