package io.pgmicro.exec.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.catalog.BuiltinOperators;
import io.pgmicro.catalog.FunctionSignature;
import io.pgmicro.catalog.OperatorSignature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every SQLite template of BuiltinFunctions and BuiltinOperators compiles on a connection
 * with the engine's functions: SQLite checks function names and argument counts when it
 * prepares a statement, so a misspelt or mis-counted template fails here.
 */
class BuiltinTemplatesTest {
    private static Connection connection;

    @BeforeAll
    static void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        EngineFunctions.register(connection, FixedFunctionContext.utc(), new NoSequences());
        // what each session adds: the routine executor's functions (pg_trigger_depth among them)
        RoutineDispatch.register(connection, args -> null, () -> 0);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @TestFactory
    Stream<DynamicTest> functionTemplatesCompile() {
        List<DynamicTest> tests = new ArrayList<>();
        BuiltinFunctions.all().forEach((name, signatures) -> {
            for (FunctionSignature s : signatures) {
                // a polymorphic template may take one more argument after its own: the bound type's OID
                int arity = s.argTypes().size() + (s.variadic() != null ? 2 : 0) + 1;
                String call = fill(s.sqlTemplate(), arity);
                String sql = switch (s.kind()) {
                    case AGGREGATE -> "SELECT " + call + " FROM (SELECT 1)";
                    case WINDOW -> "SELECT " + call + " OVER () FROM (SELECT 1)";
                    case NORMAL -> s.returnsSet() ? "SELECT value FROM json_each(" + call + ")" : "SELECT " + call;
                };
                tests.add(DynamicTest.dynamicTest(name + s.argTypes(), () -> prepares(sql)));
            }
        });
        assertTrue(tests.size() > 300, "expected a few hundred function signatures, found " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> operatorTemplatesCompile() {
        List<DynamicTest> tests = new ArrayList<>();
        BuiltinOperators.all().forEach((name, signatures) -> {
            for (OperatorSignature s : signatures) {
                String sql = "SELECT " + String.format(s.sqlTemplate(), "NULL", "NULL");
                tests.add(DynamicTest.dynamicTest(s.left() + " " + name + " " + s.right(), () -> prepares(sql)));
            }
        });
        assertTrue(tests.size() > 250, "expected a few hundred operator signatures, found " + tests.size());
        return tests.stream();
    }

    /**
     * Fills a template the way the emitter does: "%s" takes the joined list, "%n$s" one
     * argument each. {@code arity} counts the bound type's OID, which only "%n$s" templates use.
     */
    private static String fill(String template, int arity) {
        List<String> args = new ArrayList<>(Collections.nCopies(arity, "NULL"));
        if (template.contains("%s") && !template.contains("%1$s")) {
            return template.replace("%s", String.join(", ", args.subList(0, arity - 1)));
        }
        return String.format(template, args.toArray());
    }

    private static void prepares(String sql) throws SQLException {
        try (PreparedStatement ignored = connection.prepareStatement(sql)) {
            // Preparing is the check: SQLite resolves every function name and argument count here.
        }
    }

    /** The template check never runs a sequence function. */
    private static final class NoSequences implements SequenceAccess {
        @Override
        public long nextval(int oid) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long currval(int oid) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long lastval() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long setval(int oid, long value, boolean called) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long[] peek(int oid) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int regclass(String text) {
            throw new UnsupportedOperationException();
        }
    }
}
