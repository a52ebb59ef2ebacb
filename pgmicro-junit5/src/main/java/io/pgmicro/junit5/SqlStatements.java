package io.pgmicro.junit5;

import io.pgmicro.PgException;
import io.pgmicro.parse.Parser;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs SQL text of one or more statements one statement at a time, so that a failure names the
 * statement that failed rather than the whole script.
 */
final class SqlStatements {
    private SqlStatements() {
    }

    /**
     * @param source where the text came from (a script location), or null for text a test passed in
     */
    static void executeEach(Connection connection, String databaseName, String sql, String source) {
        for (String statement : split(sql, databaseName, source)) {
            try (Statement st = connection.createStatement()) {
                st.execute(statement);
            } catch (SQLException e) {
                throw new PgMicroSqlException(databaseName, statement.strip(), source, e);
            }
        }
    }

    private static List<String> split(String sql, String databaseName, String source) {
        try {
            return Parser.split(sql);
        } catch (PgException e) {
            // an unterminated quote or comment: no statement boundary to point at, so show it all
            throw new PgMicroSqlException(databaseName, sql.strip(), source,
                    new SQLException(e.severity() + ": " + e.getMessage(), e.sqlState(), e));
        }
    }
}
