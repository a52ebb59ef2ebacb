package io.pgmicro.junit5;

import io.pgmicro.jdbc.DatabaseRegistry;
import io.pgmicro.session.Database;
import io.pgmicro.session.DatabaseSnapshot;
import io.pgmicro.wire.PgServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A test's own database: its name and JDBC URL, a DataSource, a few ways to run SQL, and
 * snapshots to save and go back to a state within a test. Statements run through this handle
 * use one connection of its own in auto-commit mode; a failure throws
 * {@link PgMicroSqlException}, which names this database and the statement.
 */
public final class PgMicroDatabase {
    private static final String WIRE_HOST = "127.0.0.1";

    private final Database database;
    private final PgMicroDataSource dataSource;
    private final DatabaseRegistry.Registration registration;
    /** The wire-protocol server in front of this database, or null when tests reach it in-process. */
    private final PgServer server;
    private Connection connection;

    private PgMicroDatabase(Database database, DatabaseRegistry.Registration registration, PgServer server) {
        this.database = database;
        this.registration = registration;
        this.server = server;
        this.dataSource = new PgMicroDataSource(server == null ? urlOf(database.name())
                : "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + database.name());
    }

    /** Opens a copy of {@code template} named {@code name}, reachable at {@code jdbc:pgmicro:mem:NAME}. */
    static PgMicroDatabase copyOf(DatabaseSnapshot template, String name) {
        return copyOf(template, name, PgMicroTest.Mode.IN_PROCESS);
    }

    /**
     * Opens a copy of {@code template} named {@code name}, reachable at {@code jdbc:pgmicro:mem:NAME}
     * and, in {@link PgMicroTest.Mode#WIRE} mode, through a wire-protocol server of its own on a
     * free port, whose {@code jdbc:postgresql:} URL this handle's URL and DataSource then use.
     */
    static PgMicroDatabase copyOf(DatabaseSnapshot template, String name, PgMicroTest.Mode mode) {
        Database database = template.newDatabase(name);
        DatabaseRegistry.Registration registration = null;
        try {
            registration = DatabaseRegistry.register(name, database);
            PgServer server = mode == PgMicroTest.Mode.WIRE ? PgServer.start(database, WIRE_HOST, 0) : null;
            return new PgMicroDatabase(database, registration, server);
        } catch (RuntimeException e) {
            if (registration != null) {
                registration.close();
            } else {
                database.close();
            }
            throw e;
        }
    }

    static String urlOf(String name) {
        return "jdbc:pgmicro:mem:" + name;
    }

    /** The database name, which current_database() reports too. */
    public String name() {
        return database.name();
    }

    /**
     * {@code jdbc:pgmicro:mem:NAME}, or in WIRE mode {@code jdbc:postgresql://127.0.0.1:PORT/NAME}:
     * any code in this JVM that takes a JDBC URL reaches this database with it.
     */
    public String jdbcUrl() {
        return dataSource.url();
    }

    /** A DataSource that opens a new connection to this database per call. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs one or more statements separated by semicolons, stopping at the first that fails. */
    public synchronized void execute(String sql) {
        SqlStatements.executeEach(connection(), name(), sql, null);
    }

    /** Runs the SQL script at {@code location} ({@code classpath:PATH} or {@code file:PATH}). */
    public synchronized void runScript(String location) {
        String text = SqlScript.read(location, Thread.currentThread().getContextClassLoader());
        SqlStatements.executeEach(connection(), name(), text, location);
    }

    /** Runs one statement with {@code ?} parameters and returns its update count. */
    public synchronized int update(String sql, Object... parameters) {
        try (PreparedStatement ps = prepare(sql, parameters)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new PgMicroSqlException(name(), sql, null, e);
        }
    }

    /** Runs one query with {@code ?} parameters; each row maps column labels to JDBC values, in column order. */
    public synchronized List<Map<String, Object>> query(String sql, Object... parameters) {
        try (PreparedStatement ps = prepare(sql, parameters); ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.put(meta.getColumnLabel(c), rs.getObject(c));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new PgMicroSqlException(name(), sql, null, e);
        }
    }

    /** The single value a query returns: one row of one column, as a JDBC value. */
    public Object queryValue(String sql, Object... parameters) {
        List<Map<String, Object>> rows = query(sql, parameters);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("database \"" + name() + "\": expected one row of one column but got "
                    + rows.size() + " rows\n  statement: " + sql);
        }
        return rows.get(0).values().iterator().next();
    }

    /** The committed content of this database now. */
    public DatabaseSnapshot snapshot() {
        return DatabaseSnapshot.of(database);
    }

    /**
     * Puts this database back to {@code snapshot}; every open connection sees it from its next
     * statement on. Fails with SQLSTATE 55006 while a connection is inside a transaction block.
     */
    public void restore(DatabaseSnapshot snapshot) {
        snapshot.restoreInto(database);
    }

    @Override
    public String toString() {
        return "PgMicroDatabase[" + jdbcUrl() + "]";
    }

    /** Gives the database back: it closes once no connection made through its URL is left open. */
    synchronized void release() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // closing an in-process connection only ends its session; nothing is lost if that fails
        } finally {
            connection = null;
            if (server != null) {
                server.close();
            }
            registration.close();
        }
    }

    private Connection connection() {
        if (connection == null) {
            try {
                connection = dataSource.getConnection();
            } catch (SQLException e) {
                throw new PgMicroSqlException(name(), "(connecting)", null, e);
            }
        }
        return connection;
    }

    private PreparedStatement prepare(String sql, Object[] parameters) throws SQLException {
        PreparedStatement ps = connection().prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }
}
