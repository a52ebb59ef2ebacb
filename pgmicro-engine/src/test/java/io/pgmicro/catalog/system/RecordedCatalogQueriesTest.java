package io.pgmicro.catalog.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.session.Database;
import io.pgmicro.session.Result;
import io.pgmicro.session.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact catalog queries psql 15 sends for \dt, \d TABLE, \di, \dv, \ds, \dn, \dT,
 * \l, \du and \df (captured with psql -E by syscat/record.sh, in syscat/psql/), and
 * those pgjdbc 42.7's DatabaseMetaData sends for getTables, getColumns,
 * getPrimaryKeys, getImportedKeys, getIndexInfo and getSchemas (syscat/pgjdbc/, with
 * the parameters inlined), run through a pgmicro session over the schema of
 * syscat/schema.sql, must return the rows PostgreSQL 15 returned for the same schema
 * (recorded by the same script).
 */
class RecordedCatalogQueriesTest {
    /** The name the recording used for its scratch database, so current_database() agrees. */
    private static final String DATABASE = "pgmicro_syscat_capture";
    /** Objects of the PostgreSQL cluster a pgmicro database does not have: other databases, other roles. */
    private static final Set<String> CLUSTER_WIDE = Set.of("psql/l-01", "psql/du-01");
    /** Queries that need what the translator or the type codecs do not do yet, with the reason. */
    private static final Map<String, String> KNOWN_GAPS = Map.ofEntries();

    private static Database db;
    private static Session session;
    private static Map<String, String> oids;

    @BeforeAll
    static void createSchema() throws IOException {
        Assumptions.assumeFalse(BuiltinFunctions.byName("pg_get_expr").isEmpty(),
                "the catalog functions are not in BuiltinFunctions yet");
        db = Database.openMemory(DATABASE);
        session = db.newSession();
        session.execute(Files.readString(resource("schema.sql")));
        oids = new LinkedHashMap<>();
        Result r = session.execute("SELECT oid, relname FROM pg_catalog.pg_class WHERE relnamespace = 2200"
                + " UNION ALL SELECT oid, typname FROM pg_catalog.pg_type WHERE typnamespace = 2200").get(0);
        for (int i = 0; i < r.rows().size(); i++) {
            oids.put(r.text(i, 1), r.text(i, 0));
        }
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.close();
            db.close();
        }
    }

    static Stream<String> queries() throws IOException {
        List<String> names = new ArrayList<>();
        for (String dir : List.of("psql", "pgjdbc")) {
            try (Stream<Path> files = Files.list(resource(dir))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                        .map(n -> dir + "/" + n.substring(0, n.length() - 4)).sorted().forEach(names::add);
            }
        }
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("queries")
    void matchesPostgres(String query) throws IOException {
        String reason = KNOWN_GAPS.get(query);
        Assumptions.assumeTrue(reason == null, () -> "known gap: " + reason);
        String sql = Files.readString(resource(query + ".sql"));
        for (Map.Entry<String, String> e : oids.entrySet()) {
            sql = sql.replace("{{oid:" + e.getKey() + "}}", e.getValue());
        }
        List<String> expected = csvRecords(Files.readString(resource(query + ".expected")));
        List<String> actual = new ArrayList<>();
        for (Result r : session.execute(sql)) {
            for (int row = 0; row < r.rows().size(); row++) {
                actual.add(csvRecord(r, row));
            }
        }
        if (CLUSTER_WIDE.contains(query)) {
            expected.removeIf(line -> !line.startsWith(DATABASE + ",") && !line.startsWith("postgres,"));
            expected.removeIf(line -> query.equals("psql/l-01") && line.startsWith("postgres,"));
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), sql);
    }

    /** One row as psql --csv -P null='<NULL>' prints it, with this database's OIDs written as {{oid:NAME}}. */
    private static String csvRecord(Result r, int row) {
        List<String> fields = new ArrayList<>();
        for (int c = 0; c < r.columns().size(); c++) {
            String v = r.text(row, c);
            if (v == null) {
                fields.add("<NULL>");
            } else if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                fields.add("\"" + v.replace("\"", "\"\"") + "\"");
            } else {
                String name = nameOfOid(v);
                fields.add(name != null ? "{{oid:" + name + "}}" : v);
            }
        }
        return String.join(",", fields);
    }

    private static String nameOfOid(String value) {
        for (Map.Entry<String, String> e : oids.entrySet()) {
            if (e.getValue().equals(value)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Splits psql's CSV output into records, keeping newlines that sit inside quoted fields. */
    private static List<String> csvRecords(String text) {
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '\n' && !quoted) {
                records.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            records.add(current.toString());
        }
        records.removeIf(String::isEmpty);
        return records;
    }

    private static Path resource(String name) {
        try {
            return Path.of(RecordedCatalogQueriesTest.class.getResource("/syscat/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
