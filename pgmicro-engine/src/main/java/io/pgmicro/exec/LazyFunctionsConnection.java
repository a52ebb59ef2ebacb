package io.pgmicro.exec;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * A sqlite-jdbc connection that gets its application-defined functions when a statement needs
 * them: when SQLite cannot prepare a statement because it names a function the connection does
 * not have, the connection asks for that function and prepares the statement again. SQLite
 * resolves every function a statement calls (its own, and those of the triggers, CHECK
 * constraints and views it runs) while preparing it, so nothing has run when it fails.
 */
public final class LazyFunctionsConnection extends JDBC4Connection {
    /**
     * How SQLite says so: "no such function" for a call in the statement's own text, "unknown
     * function" for one it codes from the schema (a CHECK constraint, a column default).
     */
    private static final List<String> MISSING = List.of("no such function: ", "unknown function: ");

    private volatile Predicate<String> installer = name -> false;

    LazyFunctionsConnection(String url, String fileName, Properties properties) throws SQLException {
        super(url, fileName, properties);
    }

    /** @param installer puts the named function on this connection; false when there is no such function */
    public void installFunctionsWith(Predicate<String> installer) {
        this.installer = installer;
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int concurrency, int holdability)
            throws SQLException {
        while (true) {
            try {
                return super.prepareStatement(sql, resultSetType, concurrency, holdability);
            } catch (SQLException e) {
                String name = missingFunction(e);
                // each name installs at most once, so this ends
                if (name == null || !installer.test(name)) {
                    throw e;
                }
            }
        }
    }

    private static String missingFunction(SQLException e) {
        String message = e.getMessage();
        if (message == null) {
            return null;
        }
        for (String missing : MISSING) {
            int at = message.indexOf(missing);
            if (at >= 0) {
                return nameAt(message, at + missing.length());
            }
        }
        return null;
    }

    private static String nameAt(String message, int start) {
        int end = start;
        while (end < message.length() && (Character.isLetterOrDigit(message.charAt(end)) || message.charAt(end) == '_')) {
            end++;
        }
        return end > start ? message.substring(start, end) : null;
    }
}
