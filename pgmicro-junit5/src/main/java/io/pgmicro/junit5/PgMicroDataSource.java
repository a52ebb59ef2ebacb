package io.pgmicro.junit5;

import io.pgmicro.jdbc.PgMicroDriver;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that opens a new pgmicro connection to one {@code jdbc:pgmicro:} URL per call,
 * through the driver directly rather than DriverManager, which scans every registered driver.
 * There is no pool: an in-process connection costs about as much as borrowing one.
 */
public final class PgMicroDataSource implements DataSource {
    private static final PgMicroDriver DRIVER = new PgMicroDriver();

    private final String url;
    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    public PgMicroDataSource(String url) {
        if (!DRIVER.acceptsURL(url)) {
            throw new IllegalArgumentException("not a pgmicro JDBC URL: " + url);
        }
        this.url = url;
    }

    public String url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DRIVER.connect(url, new Properties());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties info = new Properties();
        info.setProperty("user", username);
        info.setProperty("password", password);
        return DRIVER.connect(url, info);
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
