package io.pgmicro.junit5;

import io.pgmicro.jdbc.DatabaseRegistry;
import io.pgmicro.session.Database;
import io.pgmicro.wire.Authentication;
import io.pgmicro.wire.DatabaseProvider;
import io.pgmicro.wire.PgServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A stand-in for Testcontainers' {@code PostgreSQLContainer} that needs no Docker: {@link #start()}
 * opens an in-memory pgmicro database, runs the init scripts and serves it with pgmicro's
 * wire-protocol server on a free loopback port, so {@link #getJdbcUrl()} is an ordinary
 * {@code jdbc:postgresql:} URL for pgjdbc, connection pools and ORMs.
 * <pre>{@code
 * try (PgMicroContainer postgres = new PgMicroContainer("postgres:15").withInitScript("schema.sql")) {
 *     postgres.start();
 *     DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
 * }
 * }</pre>
 * This class does not need Testcontainers on the classpath. Where Testcontainers' {@code @Container}
 * or Spring Boot's {@code @ServiceConnection} must manage the container, use
 * {@link io.pgmicro.junit5.testcontainers.PgMicroContainer}, which is a Testcontainers
 * {@code JdbcDatabaseContainer} built on this class.
 */
public class PgMicroContainer implements AutoCloseable {
    /** The port PostgreSQL listens on inside its image; {@link #getMappedPort} maps it to the server's port. */
    public static final int POSTGRESQL_PORT = 5432;
    private static final String HOST = "127.0.0.1";
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final String imageName;
    // PostgreSQLContainer's defaults, so code that relies on them keeps working.
    private String databaseName = "test";
    private String username = "test";
    private String password = "test";
    private final List<String> initScripts = new ArrayList<>();
    private final Map<String, String> urlParameters = new LinkedHashMap<>();

    private Database database;
    private DatabaseRegistry.Registration registration;
    private String inProcessUrl;
    private PgServer server;

    /**
     * @param imageName the Docker image a PostgreSQLContainer would run, e.g. {@code postgres:15};
     *                  kept only to be reported, since no image is pulled or run
     */
    public PgMicroContainer(String imageName) {
        this.imageName = Objects.requireNonNull(imageName, "imageName");
    }

    public PgMicroContainer withDatabaseName(String databaseName) {
        this.databaseName = requireText(databaseName, "databaseName");
        return this;
    }

    public PgMicroContainer withUsername(String username) {
        this.username = requireText(username, "username");
        return this;
    }

    /** The password the server asks every client for (SCRAM-SHA-256, like the postgres image); empty for trust. */
    public PgMicroContainer withPassword(String password) {
        this.password = Objects.requireNonNull(password, "password");
        return this;
    }

    /**
     * One SQL script run when the container starts, replacing earlier ones: a classpath resource
     * path as Testcontainers takes it ({@code db/init.sql}), {@code classpath:PATH} or {@code file:PATH}.
     */
    public PgMicroContainer withInitScript(String initScript) {
        return withInitScripts(List.of(initScript));
    }

    /** SQL scripts run in order when the container starts, replacing earlier ones. */
    public PgMicroContainer withInitScripts(String... initScripts) {
        return withInitScripts(List.of(initScripts));
    }

    public PgMicroContainer withInitScripts(Iterable<String> initScripts) {
        this.initScripts.clear();
        initScripts.forEach(script -> this.initScripts.add(Objects.requireNonNull(script, "initScript")));
        return this;
    }

    /** A parameter appended to {@link #getJdbcUrl()}, e.g. {@code ("ApplicationName", "orders")}. */
    public PgMicroContainer withUrlParam(String name, String value) {
        urlParameters.put(requireText(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Opens the database, runs the init scripts and starts the server. Does nothing when already
     * running. A failing script stops everything again and throws {@link PgMicroSqlException}
     * naming the statement and the script.
     */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        String registeredName = "PgMicroContainer_" + INSTANCES.incrementAndGet();
        database = Database.openMemory(databaseName);
        registration = DatabaseRegistry.register(registeredName, database);
        inProcessUrl = PgMicroDatabase.urlOf(registeredName);
        try {
            runInitScripts();
            server = PgServer.start(DatabaseProvider.of(database), HOST, 0, authentication());
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private void runInitScripts() {
        if (initScripts.isEmpty()) {
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = PgMicroContainer.class.getClassLoader();
        }
        try (Connection connection = new PgMicroDataSource(inProcessUrl).getConnection()) {
            for (String script : initScripts) {
                SqlStatements.executeEach(connection, databaseName, SqlScript.read(script, loader), script);
            }
        } catch (SQLException e) {
            throw new PgMicroSqlException(databaseName, "(connecting)", null, e);
        }
    }

    private Authentication authentication() {
        return password.isEmpty() ? Authentication.trust()
                : Authentication.password(Authentication.Method.SCRAM_SHA_256, password);
    }

    /** Stops the server, ending its connections, and drops the database with its data. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (registration != null) {
            // The registration closes the database once no in-process connection holds it either.
            registration.close();
            registration = null;
        }
        database = null;
        inProcessUrl = null;
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/DATABASE} plus the URL parameters. */
    public String getJdbcUrl() {
        String parameters = urlParameters.isEmpty() ? "" : urlParameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&", "?", ""));
        return "jdbc:postgresql://" + getHost() + ":" + getMappedPort(POSTGRESQL_PORT) + "/" + databaseName + parameters;
    }

    /**
     * {@code jdbc:pgmicro:mem:NAME}: the same database through pgmicro's in-process driver, without
     * the network round trips; valid while the container runs.
     */
    public synchronized String getPgMicroJdbcUrl() {
        requireRunning();
        return inProcessUrl;
    }

    public String getDatabaseName() {
        return databaseName;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public String getHost() {
        return HOST;
    }

    /** The server's port for {@value #POSTGRESQL_PORT}, the only port this container exposes. */
    public synchronized Integer getMappedPort(int originalPort) {
        requireRunning();
        if (originalPort != POSTGRESQL_PORT) {
            throw new IllegalArgumentException("Requested port (" + originalPort + ") is not mapped");
        }
        return server.port();
    }

    public Integer getFirstMappedPort() {
        return getMappedPort(POSTGRESQL_PORT);
    }

    public List<Integer> getExposedPorts() {
        return List.of(POSTGRESQL_PORT);
    }

    public String getDriverClassName() {
        return "org.postgresql.Driver";
    }

    public String getTestQueryString() {
        return "SELECT 1";
    }

    /** The image name given to the constructor. */
    public String getDockerImageName() {
        return imageName;
    }

    private void requireRunning() {
        if (server == null) {
            throw new IllegalStateException("Mapped port can only be obtained after the container is started");
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    @Override
    public String toString() {
        return "PgMicroContainer[" + imageName + (isRunning() ? ", " + getJdbcUrl() : ", stopped") + "]";
    }
}
