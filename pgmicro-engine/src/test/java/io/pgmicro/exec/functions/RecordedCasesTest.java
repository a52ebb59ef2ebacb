package io.pgmicro.exec.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pgmicro.PgException;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of functions/cases.tsv through SQLite with the pgmicro functions and
 * compares the result, printed by the result type's output function, with what
 * PostgreSQL 15 answered (functions/expected.tsv, recorded by functions/record.sh).
 */
class RecordedCasesTest {
    private static SqliteFunctions sqlite;

    record Case(String pgSql, String sqliteSql, String resultType, String expected) {
    }

    @BeforeAll
    static void open() throws Exception {
        sqlite = new SqliteFunctions(FixedFunctionContext.utc());
    }

    @AfterAll
    static void close() throws Exception {
        sqlite.close();
    }

    @TestFactory
    Stream<DynamicTest> casesMatchPostgreSql() throws IOException {
        List<Case> cases = load();
        assertTrue(cases.size() > 500, "expected several hundred recorded cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.pgSql(), () -> assertEquals(c.expected(), run(c),
                () -> "SQLite: SELECT " + c.sqliteSql())));
    }

    private static String run(Case c) throws Exception {
        Object storage;
        try {
            storage = sqlite.evaluate(c.sqliteSql());
        } catch (PgException e) {
            return "error:" + e.sqlState() + ":" + e.getMessage();
        }
        if (storage == null) {
            return "null";
        }
        PgType type = Types.byName(c.resultType());
        return "value:" + type.output(storage, FormatContext.DEFAULT);
    }

    static List<Case> load() throws IOException {
        List<String> cases = lines("functions/cases.tsv");
        List<String> expected = lines("functions/expected.tsv");
        List<Case> out = new ArrayList<>();
        int e = 0;
        for (String line : cases) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            String[] recorded = expected.get(e++).split("\t", 2);
            if (!recorded[0].equals(fields[0])) {
                throw new IllegalStateException("expected.tsv is out of date at " + fields[0] + "; run record.sh");
            }
            out.add(new Case(fields[0], fields[1], fields[2], unescape(recorded[1])));
        }
        if (e != expected.size()) {
            throw new IllegalStateException("expected.tsv has cases that cases.tsv lacks; run record.sh");
        }
        return out;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = RecordedCasesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
