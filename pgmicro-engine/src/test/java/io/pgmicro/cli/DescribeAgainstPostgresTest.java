package io.pgmicro.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pgmicro.session.Column;
import io.pgmicro.session.Result;
import io.pgmicro.session.ResultSink;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.Types;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The describe commands' queries and layout, checked against PostgreSQL itself:
 * the same command runs through pgmicro's shell over a JDBC connection to the
 * PostgreSQL at 127.0.0.1:5432 and through psql, and the outputs must be equal.
 * Skipped where no PostgreSQL and psql are available.
 */
class DescribeAgainstPostgresTest {
    private static final String DATABASE = "pgmicro_describe_test";
    private static Connection admin;
    private static Connection connection;

    @BeforeAll
    static void createSchema() throws SQLException {
        try {
            admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL at 127.0.0.1:5432: " + e.getMessage());
        }
        try (Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t (a int PRIMARY KEY, b text NOT NULL DEFAULT 'x', c numeric(10,2) CHECK (c > 0),"
                    + " d bigint GENERATED ALWAYS AS IDENTITY, e text UNIQUE)");
            s.execute("CREATE INDEX t_b ON t (b) WHERE b <> ''");
            s.execute("CREATE VIEW v AS SELECT a FROM t");
            s.execute("CREATE SEQUENCE s");
            s.execute("CREATE SCHEMA other");
            s.execute("CREATE TABLE other.u (x int REFERENCES t(a) ON DELETE CASCADE, \"Mixed\" varchar(5))");
            s.execute("CREATE TYPE mood AS ENUM ('sad', 'happy')");
            s.execute("COMMENT ON TYPE mood IS 'how it feels'");
            s.execute("CREATE FUNCTION add_one(n int, VARIADIC rest int[]) RETURNS int LANGUAGE sql AS 'SELECT n + 1'");
            s.execute("CREATE AGGREGATE total(int) (SFUNC = int4pl, STYPE = int)");
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (admin != null) {
            try (Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            }
            admin.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\dn", "\\dt", "\\d", "\\di", "\\dv", "\\ds", "\\d t", "\\d v", "\\d other.u",
            "\\dt *.u", "\\dt nosuch", "\\d nosuch", "\\dn o*", "\\di t_*", "\\l", "\\du", "\\dT", "\\df"})
    void matchesPsql(String command) {
        assertEquals(psql(command), pgmicro(command));
    }

    private static String pgmicro(String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream merged = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new Shell(new JdbcBackend(connection), new Variables(), new ShellOutput(merged, merged))
                .runScript(new ReaderLineSource(new StringReader(command + "\n")), null);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String psql(String command) {
        try {
            Process process = new ProcessBuilder("psql", "-X", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE)
                    .redirectErrorStream(true).start();
            process.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } catch (IOException e) {
            Assumptions.abort("psql is not available: " + e.getMessage());
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the shell's catalog queries on PostgreSQL, delivering every value as text. */
    private record JdbcBackend(Connection connection) implements SqlBackend {
        @Override
        public void execute(String sql, ResultSink sink) {
            try (Statement statement = connection.createStatement()) {
                if (!statement.execute(sql)) {
                    sink.result(Result.command("OK"));
                    return;
                }
                try (ResultSet rs = statement.getResultSet()) {
                    ResultSetMetaData md = rs.getMetaData();
                    List<Column> columns = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        columns.add(new Column(md.getColumnLabel(i), Types.TEXT, -1));
                    }
                    List<Object[]> rows = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getString(i + 1);
                        }
                        rows.add(row);
                    }
                    sink.result(new Result("SELECT " + rows.size(), columns, rows, FormatContext.DEFAULT));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public char transactionStatus() {
            return 'I';
        }

        @Override
        public String databaseName() {
            return "pgmicro";
        }
    }
}
