package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** An in-memory SQLite connection with the pgmicro functions registered, for evaluating one expression at a time. */
final class SqliteFunctions implements AutoCloseable {
    private final Connection connection;

    SqliteFunctions(FunctionContext ctx) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        PgFunctions.register(connection, ctx);
    }

    /** The storage value of SELECT expression, normalized to Long/Double/String/byte[]/null; errors as PgException. */
    Object evaluate(String expression) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT " + expression)) {
            if (!rs.next()) {
                throw new AssertionError("no row from " + expression);
            }
            Object value = rs.getObject(1);
            return value instanceof Integer i ? Long.valueOf(i) : value;
        } catch (SQLException e) {
            PgException pg = PgErrors.decode(e);
            if (pg != null) {
                throw pg;
            }
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
