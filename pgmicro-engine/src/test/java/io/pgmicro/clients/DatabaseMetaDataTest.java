package io.pgmicro.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.pgmicro.wire.DatabaseProvider;
import io.pgmicro.wire.PgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pgmicro's DatabaseMetaData against pgjdbc's on PostgreSQL 15 for the same schema
 * (clients/metadata/schema.sql): every catalog method's rows, column labels and column
 * types, and the answers of the capability methods. PostgreSQL's answers are recorded in
 * clients/metadata/*.expected (run with -Dpgmicro.record=true to write them again); where
 * PostgreSQL is reachable each run also checks the recording is still what it says.
 */
class DatabaseMetaDataTest {
    private static final Path RECORDINGS = Path.of("src/test/resources/clients/metadata");
    private static final String DATABASE = "<db>";

    /** The types getTypeInfo is compared on: the ones columns are commonly declared with, and the schema's enum. */
    private static final Set<String> COMPARED_TYPES = Set.of("bool", "int2", "int4", "int8", "smallserial", "serial",
            "bigserial", "numeric", "float4", "float8", "text", "varchar", "bpchar", "name", "bytea", "date", "time",
            "timetz", "timestamp", "timestamptz", "interval", "uuid", "json", "jsonb", "oid", "mood");

    /** Schemas other tests may leave in the PostgreSQL database; only these are compared. */
    private static final Set<String> COMPARED_SCHEMAS = Set.of("information_schema", "meta", "pg_catalog", "public");

    /** Capability methods whose answers name this driver or server rather than describe behaviour, or differ on purpose. */
    private static final Set<String> IDENTITY_METHODS = Set.of("getURL", "getUserName", "getDriverName",
            "getDriverVersion", "getDriverMajorVersion", "getDriverMinorVersion", "getDatabaseProductVersion",
            "getDatabaseMinorVersion", "getConnection", "getRowIdLifetime", "getClientInfoProperties",
            "getSchemas", "getCatalogs", "getTableTypes", "getTypeInfo",
            // pgjdbc says yes; pgmicro has no refcursor type or procedures to return one, and says no.
            "supportsRefCursors");

    interface MetaDataCall {
        ResultSet call(DatabaseMetaData meta) throws SQLException;
    }

    private static final Map<String, MetaDataCall> CASES = new LinkedHashMap<>();

    static {
        CASES.put("tables-all", m -> m.getTables(null, "meta", "%", null));
        CASES.put("tables-table-view", m -> m.getTables(null, "meta", null, new String[] {"TABLE", "VIEW"}));
        CASES.put("tables-pattern", m -> m.getTables(null, "me_a", "book%", null));
        CASES.put("columns", m -> m.getColumns(null, "meta", "%", "%"));
        CASES.put("columns-pattern", m -> m.getColumns(null, "meta", "books", "%i%"));
        CASES.put("primary-keys-editions", m -> m.getPrimaryKeys(null, "meta", "editions"));
        CASES.put("primary-keys-schema", m -> m.getPrimaryKeys(null, "meta", null));
        CASES.put("imported-keys-editions", m -> m.getImportedKeys(null, "meta", "editions"));
        CASES.put("imported-keys-books", m -> m.getImportedKeys(null, "meta", "books"));
        CASES.put("exported-keys-authors", m -> m.getExportedKeys(null, "meta", "authors"));
        CASES.put("exported-keys-books", m -> m.getExportedKeys(null, "meta", "books"));
        CASES.put("cross-reference", m -> m.getCrossReference(null, "meta", "books", null, "meta", "editions"));
        CASES.put("index-info-books", m -> m.getIndexInfo(null, "meta", "books", false, true));
        CASES.put("index-info-books-unique", m -> m.getIndexInfo(null, "meta", "books", true, true));
        CASES.put("index-info-editions", m -> m.getIndexInfo(null, "meta", "editions", false, false));
        CASES.put("schemas", DatabaseMetaData::getSchemas);
        CASES.put("schemas-pattern", m -> m.getSchemas(null, "me%"));
        CASES.put("table-types", DatabaseMetaData::getTableTypes);
        CASES.put("type-info", DatabaseMetaData::getTypeInfo);
    }

    /** Cases pgmicro's own driver does not answer yet, compared only through the wire server. */
    private static final Map<String, MetaDataCall> SERVER_CASES = new LinkedHashMap<>();

    static {
        SERVER_CASES.put("functions", m -> m.getFunctions(null, "meta", "%"));
        SERVER_CASES.put("function-columns", m -> m.getFunctionColumns(null, "meta", "%", "%"));
        SERVER_CASES.put("procedures", m -> m.getProcedures(null, "meta", "%"));
        SERVER_CASES.put("procedure-columns", m -> m.getProcedureColumns(null, "meta", "%", "%"));
    }

    private static Connection pgmicro;
    private static PgServer server;
    private static Connection pgjdbcOnServer;

    @BeforeAll
    static void createSchema() throws SQLException, IOException {
        pgmicro = DriverManager.getConnection("jdbc:pgmicro:mem:metadata");
        try (Statement s = pgmicro.createStatement()) {
            s.execute(schema());
        }
        server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0);
        pgjdbcOnServer = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/metadata?user=postgres");
        try (Statement s = pgjdbcOnServer.createStatement()) {
            s.execute(schema());
        }
        if (PostgresServer.reachable()) {
            try (Connection pg = DriverManager.getConnection(PostgresServer.URL); Statement s = pg.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS meta CASCADE");
                s.execute(schema());
                for (String name : serverCases()) {
                    check(name, dump(name, serverCase(name).call(pg.getMetaData()), pg));
                }
                check("capabilities", capabilities(pg.getMetaData()));
                s.execute("DROP SCHEMA meta CASCADE");
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        pgmicro.close();
        pgjdbcOnServer.close();
        server.close();
    }

    static List<String> cases() {
        return new ArrayList<>(CASES.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsPgjdbcOnPostgres(String name) throws SQLException {
        assertEquals(recorded(name), dump(name, CASES.get(name).call(pgmicro.getMetaData()), pgmicro));
    }

    static List<String> serverCases() {
        List<String> names = cases();
        names.addAll(SERVER_CASES.keySet());
        return names;
    }

    private static MetaDataCall serverCase(String name) {
        return CASES.containsKey(name) ? CASES.get(name) : SERVER_CASES.get(name);
    }

    /** pgjdbc's own catalog queries, through the wire server: the catalog answers them as PostgreSQL does. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("serverCases")
    void pgjdbcThroughTheServerAnswersAsOnPostgres(String name) throws SQLException {
        assertEquals(recorded(name), dump(name, serverCase(name).call(pgjdbcOnServer.getMetaData()), pgjdbcOnServer));
    }

    @Test
    void capabilitiesAsPgjdbcOnPostgres() throws SQLException {
        assertEquals(recorded("capabilities"), capabilities(pgmicro.getMetaData()));
    }

    @Test
    void catalogsListTheCurrentDatabase() throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = pgmicro.getMetaData().getCatalogs()) {
            assertEquals("TABLE_CAT", rs.getMetaData().getColumnLabel(1));
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        assertTrue(names.contains(pgmicro.getCatalog()), names + " lacks " + pgmicro.getCatalog());
    }

    /**
     * Column labels and types, then each row, values as getString reads them, the database's
     * own name as <db>, and the OID in a routine's SPECIFIC_NAME (name_OID) as <oid>.
     */
    private static String dump(String name, ResultSet rs, Connection connection) throws SQLException {
        String database = connection.getCatalog();
        StringBuilder out = new StringBuilder();
        try (rs) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.append(i > 1 ? "|" : "").append(md.getColumnLabel(i)).append(':').append(md.getColumnTypeName(i));
            }
            out.append('\n');
            while (rs.next()) {
                if (skipped(name, rs)) {
                    continue;
                }
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String v = rs.getString(i);
                    if (v != null && md.getColumnLabel(i).equals("SPECIFIC_NAME")) {
                        v = v.replaceAll("_\\d+$", "_<oid>");
                    }
                    out.append(i > 1 ? "|" : "").append(v == null ? "<null>" : v.equals(database) ? DATABASE : v);
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean skipped(String name, ResultSet rs) throws SQLException {
        return switch (name) {
            case "type-info" -> !COMPARED_TYPES.contains(rs.getString("TYPE_NAME"));
            case "schemas" -> !COMPARED_SCHEMAS.contains(rs.getString("TABLE_SCHEM"));
            default -> false;
        };
    }

    /** Every no-argument DatabaseMetaData method answering with a boolean, a number or a string. */
    private static String capabilities(DatabaseMetaData meta) throws SQLException {
        List<Method> methods = new ArrayList<>(Arrays.asList(DatabaseMetaData.class.getMethods()));
        methods.sort(Comparator.comparing(Method::getName));
        StringBuilder out = new StringBuilder();
        for (Method m : methods) {
            Class<?> type = m.getReturnType();
            boolean simple = type == boolean.class || type == int.class || type == long.class || type == String.class;
            if (m.getParameterCount() != 0 || !simple || Modifier.isStatic(m.getModifiers())
                    || IDENTITY_METHODS.contains(m.getName())) {
                continue;
            }
            try {
                out.append(m.getName()).append('=').append(m.invoke(meta)).append('\n');
            } catch (ReflectiveOperationException e) {
                out.append(m.getName()).append(" threw ").append(e.getCause().getClass().getSimpleName()).append('\n');
            }
        }
        for (int level : new int[] {Connection.TRANSACTION_NONE, Connection.TRANSACTION_READ_UNCOMMITTED,
                Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ,
                Connection.TRANSACTION_SERIALIZABLE}) {
            out.append("supportsTransactionIsolationLevel(").append(level).append(")=")
                    .append(meta.supportsTransactionIsolationLevel(level)).append('\n');
        }
        for (int type : new int[] {ResultSet.TYPE_FORWARD_ONLY, ResultSet.TYPE_SCROLL_INSENSITIVE,
                ResultSet.TYPE_SCROLL_SENSITIVE}) {
            out.append("supportsResultSetType(").append(type).append(")=").append(meta.supportsResultSetType(type))
                    .append('\n');
        }
        return out.toString();
    }

    private static void check(String name, String postgres) {
        Recordings.check(RECORDINGS, name, postgres);
    }

    private static String recorded(String name) {
        return Recordings.recorded(RECORDINGS, name);
    }

    private static String schema() throws IOException {
        return Files.readString(RECORDINGS.resolve("schema.sql"), StandardCharsets.UTF_8);
    }
}
