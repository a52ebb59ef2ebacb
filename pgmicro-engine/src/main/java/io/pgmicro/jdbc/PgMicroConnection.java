package io.pgmicro.jdbc;

import io.pgmicro.PgException;
import io.pgmicro.session.Notice;
import io.pgmicro.session.Prepared;
import io.pgmicro.session.Result;
import io.pgmicro.session.ResultSink;
import io.pgmicro.session.Session;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.ClientInfoStatus;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A JDBC connection: one {@link Session} on a shared {@link io.pgmicro.session.Database}.
 * Transaction control follows pgjdbc: with auto-commit off the driver sends BEGIN before the
 * first statement of each transaction, commit() and rollback() send COMMIT and ROLLBACK, and
 * closing rolls back whatever is still open. Like pgjdbc's, a connection is meant for one
 * thread at a time; the session is guarded so that misuse cannot corrupt it.
 */
public final class PgMicroConnection implements Connection {
    private final ConnectionUrl url;
    private final DatabaseRegistry.Lease lease;
    private final Session session;
    private final boolean stringsUnspecified;
    private final Properties clientInfo = new Properties();
    private boolean autoCommit = true;
    private boolean readOnly;
    private int isolation = TRANSACTION_READ_COMMITTED;
    private int holdability = ResultSet.HOLD_CURSORS_OVER_COMMIT;
    private int savepointCounter;
    private SQLWarning warnings;
    private volatile boolean closed;

    PgMicroConnection(ConnectionUrl url, DatabaseRegistry.Lease lease) throws SQLException {
        this.url = url;
        this.lease = lease;
        this.session = lease.database().newSession();
        this.stringsUnspecified = "unspecified".equalsIgnoreCase(url.properties().getProperty("stringtype"));
        try {
            applyStartupSettings(url.properties());
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * The run-time parameters pgjdbc sends in its StartupMessage: the JVM's time zone (so
     * timestamptz text is in local time), the search_path from currentSchema, application_name.
     */
    private void applyStartupSettings(Properties properties) {
        session.setSetting("TimeZone", TimeZone.getDefault().getID());
        String schema = properties.getProperty("currentSchema");
        if (schema != null && !schema.isBlank()) {
            session.setSetting("search_path", schema);
        }
        String applicationName = properties.getProperty("ApplicationName");
        if (applicationName != null) {
            clientInfo.setProperty("ApplicationName", applicationName);
            session.setSetting("application_name", applicationName);
        }
        if (properties.getProperty("readOnly") != null) {
            readOnly = Boolean.parseBoolean(properties.getProperty("readOnly"));
        }
    }

    // ---- running statements (used by the statement classes) ----

    /** Runs one or more statements with simple-query semantics, beginning a transaction first when auto-commit is off. */
    List<Result> execute(String sql, Consumer<Notice> notices) throws SQLException {
        synchronized (session) {
            checkOpen();
            beginIfNeeded();
            List<Result> results = new ArrayList<>();
            try {
                session.execute(sql, new ResultSink() {
                    @Override
                    public void result(Result result) {
                        results.add(result);
                    }

                    @Override
                    public void notice(Notice notice) {
                        notices.accept(notice);
                    }
                });
            } catch (PgException e) {
                throw Errors.server(e);
            }
            return results;
        }
    }

    Prepared prepare(String sql, List<PgType> parameterTypes) throws SQLException {
        synchronized (session) {
            checkOpen();
            try {
                return session.prepare(sql, parameterTypes);
            } catch (PgException e) {
                throw Errors.server(e);
            }
        }
    }

    Result execute(Prepared prepared, List<Object> storageParameters) throws SQLException {
        synchronized (session) {
            checkOpen();
            beginIfNeeded();
            try {
                return prepared.execute(storageParameters);
            } catch (PgException e) {
                throw Errors.server(e);
            }
        }
    }

    FormatContext formatContext() {
        return session.formatContext();
    }

    /** pgjdbc's default stringtype=varchar; stringtype=unspecified lets the server infer setString's type. */
    PgType stringParameterType() {
        return stringsUnspecified ? null : Types.VARCHAR;
    }

    /** Interrupts the statement running on this connection; called from another thread, so unsynchronized. */
    void cancel() {
        session.cancel();
    }

    /** The server_version parameter, which pgjdbc reports as the product version. */
    String serverVersion() throws SQLException {
        checkOpen();
        return session.setting("server_version");
    }

    char transactionStatus() {
        synchronized (session) {
            return session.transactionStatus();
        }
    }

    /** Opens the transaction that makes an auto-commit batch all-or-nothing. */
    void beginImplicit() throws SQLException {
        runInternal("BEGIN");
    }

    void endImplicit(boolean commit) throws SQLException {
        if (transactionStatus() != 'I') {
            runInternal(commit ? "COMMIT" : "ROLLBACK");
        }
    }

    private void beginIfNeeded() throws SQLException {
        if (!autoCommit && session.transactionStatus() == 'I') {
            runInternal(readOnly ? "BEGIN READ ONLY" : "BEGIN");
        }
    }

    /** A command the driver issues on its own behalf; its notices become connection warnings. */
    private void runInternal(String sql) throws SQLException {
        synchronized (session) {
            try {
                session.execute(sql, new ResultSink() {
                    @Override
                    public void result(Result result) {
                    }

                    @Override
                    public void notice(Notice notice) {
                        addWarning(Errors.warning(notice));
                    }
                });
            } catch (PgException e) {
                throw Errors.server(e);
            }
        }
    }

    private String queryOneString(String sql) throws SQLException {
        List<Result> results = execute(sql, notice -> addWarning(Errors.warning(notice)));
        Result result = results.get(results.size() - 1);
        return result.rows().isEmpty() ? null : result.text(0, 0);
    }

    private synchronized void addWarning(SQLWarning warning) {
        if (warnings == null) {
            warnings = warning;
        } else {
            warnings.setNextWarning(warning);
        }
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw Errors.closed("connection");
        }
    }

    ConnectionUrl url() {
        return url;
    }

    // ---- statements ----

    @Override
    public Statement createStatement() throws SQLException {
        return createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        return createStatement(resultSetType, resultSetConcurrency, holdability);
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        checkOpen();
        checkReadOnlyConcurrency(resultSetConcurrency);
        return new PgMicroStatement(this, resultSetType);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        return prepareStatement(sql, resultSetType, resultSetConcurrency, holdability);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
                                              int resultSetHoldability) throws SQLException {
        checkOpen();
        checkReadOnlyConcurrency(resultSetConcurrency);
        return new PgMicroPreparedStatement(this, sql, resultSetType, null);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        checkOpen();
        return new PgMicroPreparedStatement(this, sql, ResultSet.TYPE_FORWARD_ONLY,
                autoGeneratedKeys == Statement.RETURN_GENERATED_KEYS ? new String[0] : null);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        throw Errors.notSupported("returning autogenerated keys by column index");
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        checkOpen();
        return new PgMicroPreparedStatement(this, sql, ResultSet.TYPE_FORWARD_ONLY,
                columnNames == null ? new String[0] : columnNames);
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        return prepareCall(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        return prepareCall(sql, resultSetType, resultSetConcurrency, holdability);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
                                         int resultSetHoldability) throws SQLException {
        checkOpen();
        checkReadOnlyConcurrency(resultSetConcurrency);
        return PgMicroCallableStatement.of(this, sql, resultSetType);
    }

    private static void checkReadOnlyConcurrency(int concurrency) throws SQLException {
        if (concurrency != ResultSet.CONCUR_READ_ONLY) {
            throw Errors.notSupported("updatable result sets");
        }
    }

    /** pgjdbc hands the SQL back with parameter markers as the server sees them. */
    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return Placeholders.rewrite(sql).sql();
    }

    // ---- transactions ----

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        if (autoCommit && !this.autoCommit && transactionStatus() != 'I') {
            runInternal("COMMIT");
        }
        this.autoCommit = autoCommit;
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return autoCommit;
    }

    @Override
    public void commit() throws SQLException {
        checkOpen();
        if (autoCommit) {
            throw Errors.driver("Cannot commit when autoCommit is enabled.", Errors.NO_ACTIVE_SQL_TRANSACTION);
        }
        if (transactionStatus() != 'I') {
            runInternal("COMMIT");
        }
    }

    @Override
    public void rollback() throws SQLException {
        checkOpen();
        if (autoCommit) {
            throw Errors.driver("Cannot rollback when autoCommit is enabled.", Errors.NO_ACTIVE_SQL_TRANSACTION);
        }
        if (transactionStatus() != 'I') {
            runInternal("ROLLBACK");
        }
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        return createSavepoint(new PgMicroSavepoint(savepointCounter++));
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        return createSavepoint(new PgMicroSavepoint(name));
    }

    private Savepoint createSavepoint(PgMicroSavepoint savepoint) throws SQLException {
        checkOpen();
        if (autoCommit) {
            throw Errors.driver("Cannot establish a savepoint in auto-commit mode.", Errors.NO_ACTIVE_SQL_TRANSACTION);
        }
        synchronized (session) {
            beginIfNeeded();
            runInternal("SAVEPOINT " + savepoint.sqlName());
        }
        return savepoint;
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        checkOpen();
        runInternal("ROLLBACK TO SAVEPOINT " + PgMicroSavepoint.of(savepoint).sqlName());
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        checkOpen();
        PgMicroSavepoint ours = PgMicroSavepoint.of(savepoint);
        runInternal("RELEASE SAVEPOINT " + ours.sqlName());
        ours.invalidate();
    }

    /**
     * Accepted and reported back, as pgjdbc does; pgmicro runs every transaction serializably
     * (SQLite's one writer at a time), which is at least as strict as any level asked for.
     */
    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        switch (level) {
            case TRANSACTION_READ_UNCOMMITTED, TRANSACTION_READ_COMMITTED, TRANSACTION_REPEATABLE_READ,
                    TRANSACTION_SERIALIZABLE -> isolation = level;
            default -> throw Errors.notSupported("transaction isolation level " + level);
        }
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return isolation;
    }

    /** pgjdbc applies read-only to the transactions it begins (BEGIN READ ONLY) when auto-commit is off. */
    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
        if (transactionStatus() != 'I') {
            throw Errors.driver("Cannot change transaction read-only property in the middle of a transaction.",
                    Errors.ACTIVE_SQL_TRANSACTION);
        }
        this.readOnly = readOnly;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    // ---- schema and catalog ----

    @Override
    public void setSchema(String schema) throws SQLException {
        checkOpen();
        runInternal("SET search_path TO " + SqlQuoting.literal(schema));
    }

    @Override
    public String getSchema() throws SQLException {
        checkOpen();
        return queryOneString("SELECT current_schema()");
    }

    /** PostgreSQL has one catalog per connection, the database; like pgjdbc, switching is ignored. */
    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen();
    }

    @Override
    public String getCatalog() throws SQLException {
        checkOpen();
        return lease.database().name();
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return new PgMicroDatabaseMetaData(this);
    }

    // ---- lifecycle ----

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        synchronized (session) {
            try {
                if (session.transactionStatus() != 'I') {
                    runInternal("ROLLBACK");
                }
            } finally {
                closed = true;
                release();
            }
        }
    }

    private void release() {
        try {
            session.close();
        } finally {
            lease.release();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw Errors.driver("Invalid timeout (" + timeout + "<0).", Errors.INVALID_PARAMETER_VALUE);
        }
        return !closed;
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        close();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        synchronized (this) {
            return warnings;
        }
    }

    @Override
    public synchronized void clearWarnings() throws SQLException {
        checkOpen();
        warnings = null;
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
        this.holdability = holdability;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return holdability;
    }

    // ---- values ----

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        checkOpen();
        PgType element = Types.byName(typeName);
        if (element == null || Types.arrayOf(element) == null) {
            throw Errors.driver("Unable to find server array type for provided name " + typeName + ".",
                    Errors.UNDEFINED_OBJECT);
        }
        return PgMicroArray.of(element, elements, this);
    }

    @Override
    public Clob createClob() throws SQLException {
        throw Errors.notSupported("Clob");
    }

    @Override
    public Blob createBlob() throws SQLException {
        throw Errors.notSupported("Blob");
    }

    @Override
    public NClob createNClob() throws SQLException {
        throw Errors.notSupported("NClob");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        throw Errors.notSupported("SQLXML");
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        throw Errors.notSupported("Struct");
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return new HashMap<>();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        throw Errors.notSupported("type maps");
    }

    // ---- client info ----

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if (!"ApplicationName".equals(name)) {
            throw new SQLClientInfoException("ClientInfo property not supported.",
                    Map.of(name, ClientInfoStatus.REASON_UNKNOWN_PROPERTY));
        }
        try {
            runInternal("SET application_name TO " + SqlQuoting.literal(value == null ? "" : value));
        } catch (SQLException e) {
            throw new SQLClientInfoException(e.getMessage(), e.getSQLState(), Map.of(name, ClientInfoStatus.REASON_VALUE_INVALID), e);
        }
        clientInfo.setProperty(name, value == null ? "" : value);
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        for (String name : properties.stringPropertyNames()) {
            setClientInfo(name, properties.getProperty(name));
        }
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        checkOpen();
        return clientInfo.getProperty(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkOpen();
        Properties copy = new Properties();
        copy.putAll(clientInfo);
        return copy;
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return 0;
    }

    // ---- wrapper ----

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw Errors.driver("Cannot unwrap to " + iface.getName(), Errors.INVALID_PARAMETER_VALUE);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
