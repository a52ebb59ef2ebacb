package io.pgmicro.junit5.testcontainers;

import java.util.List;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * {@link io.pgmicro.junit5.PgMicroContainer} as a Testcontainers {@link JdbcDatabaseContainer}, for
 * tests that hand their containers to Testcontainers' {@code @Testcontainers}/{@code @Container}
 * (which manage only {@code Startable}s) or to Spring Boot's {@code @ServiceConnection} (which takes
 * only Testcontainers {@code Container}s, and whose JDBC connection details already cover every
 * {@code JdbcDatabaseContainer}). Switching a test from {@code PostgreSQLContainer} is a change of
 * the type:
 * <pre>{@code
 * @Container
 * @ServiceConnection
 * static PgMicroContainer postgres = new PgMicroContainer("postgres:15");   // was PostgreSQLContainer
 * }</pre>
 * Everything that concerns the database — start, stop, the URL, the port, the credentials, the
 * init scripts — is answered by pgmicro in this JVM; no Docker is contacted. The Docker-specific
 * parts of the Testcontainers API that this class does not override (exec, logs, file copies)
 * have no container to act on and fail as they would without Docker.
 * Needs org.testcontainers:testcontainers-jdbc on the classpath, which testcontainers-postgresql
 * brings.
 */
public class PgMicroContainer extends JdbcDatabaseContainer<PgMicroContainer> {
    private final io.pgmicro.junit5.PgMicroContainer database;

    public PgMicroContainer(String dockerImageName) {
        this(DockerImageName.parse(dockerImageName));
    }

    public PgMicroContainer(DockerImageName dockerImageName) {
        super(dockerImageName);
        this.database = new io.pgmicro.junit5.PgMicroContainer(dockerImageName.asCanonicalNameString());
    }

    @Override
    public PgMicroContainer withDatabaseName(String databaseName) {
        database.withDatabaseName(databaseName);
        return self();
    }

    @Override
    public PgMicroContainer withUsername(String username) {
        database.withUsername(username);
        return self();
    }

    @Override
    public PgMicroContainer withPassword(String password) {
        database.withPassword(password);
        return self();
    }

    @Override
    public PgMicroContainer withInitScript(String initScriptPath) {
        database.withInitScript(initScriptPath);
        return self();
    }

    @Override
    public PgMicroContainer withInitScripts(String... initScriptPaths) {
        database.withInitScripts(initScriptPaths);
        return self();
    }

    @Override
    public PgMicroContainer withInitScripts(Iterable<String> initScriptPaths) {
        database.withInitScripts(initScriptPaths);
        return self();
    }

    @Override
    public PgMicroContainer withUrlParam(String paramName, String paramValue) {
        database.withUrlParam(paramName, paramValue);
        return self();
    }

    @Override
    public void start() {
        database.start();
    }

    @Override
    public void stop() {
        database.stop();
    }

    @Override
    public void close() {
        database.close();
    }

    @Override
    public boolean isRunning() {
        return database.isRunning();
    }

    @Override
    public String getJdbcUrl() {
        return database.getJdbcUrl();
    }

    /** The same database through pgmicro's in-process driver; see {@link io.pgmicro.junit5.PgMicroContainer#getPgMicroJdbcUrl()}. */
    public String getPgMicroJdbcUrl() {
        return database.getPgMicroJdbcUrl();
    }

    @Override
    public String getDatabaseName() {
        return database.getDatabaseName();
    }

    @Override
    public String getUsername() {
        return database.getUsername();
    }

    @Override
    public String getPassword() {
        return database.getPassword();
    }

    @Override
    public String getHost() {
        return database.getHost();
    }

    @Override
    public Integer getMappedPort(int originalPort) {
        return database.getMappedPort(originalPort);
    }

    @Override
    public Integer getFirstMappedPort() {
        return database.getFirstMappedPort();
    }

    @Override
    public List<Integer> getExposedPorts() {
        return database.getExposedPorts();
    }

    @Override
    public String getDriverClassName() {
        return database.getDriverClassName();
    }

    @Override
    public String getTestQueryString() {
        return database.getTestQueryString();
    }

    /** The name given to the constructor; Testcontainers would resolve it by asking Docker. */
    @Override
    public String getDockerImageName() {
        return database.getDockerImageName();
    }

    @Override
    public String toString() {
        return database.toString();
    }
}
