package io.pgmicro.exec.functions;

import io.pgmicro.catalog.BuiltinFunctions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sqlite.Function;

/**
 * Registers function bodies on one sqlite-jdbc connection under their SQL names, or, made by
 * {@link #naming}, only reports the names a registration pass would define.
 */
final class Registrar {
    private final Connection connection;
    private final Consumer<String> names;

    Registrar(Connection connection) {
        this(connection, null);
    }

    private Registrar(Connection connection, Consumer<String> names) {
        this.connection = connection;
        this.names = names;
    }

    /** A registrar that defines nothing and hands {@code names} each name it is asked to define. */
    static Registrar naming(Consumer<String> names) {
        return new Registrar(null, names);
    }

    /** An immutable STRICT function: NULL in any argument gives NULL without calling the body. */
    void strict(String name, int nArgs, ScalarBody body) {
        create(name, new ScalarUdf(body, true), nArgs, Function.FLAG_DETERMINISTIC);
    }

    /** An immutable function that sees NULL arguments itself (concat, format, jsonb_build_object ...). */
    void lenient(String name, int nArgs, ScalarBody body) {
        create(name, new ScalarUdf(body, false), nArgs, Function.FLAG_DETERMINISTIC);
    }

    /** A function whose result changes between calls with the same arguments (now(), random()). */
    void varying(String name, int nArgs, ScalarBody body) {
        create(name, new ScalarUdf(body, false), nArgs, 0);
    }

    /** A varying function whose body runs SQL on the same connection, which may call it again. */
    void reentrant(String name, int nArgs, ScalarBody body) {
        create(name, new ScalarUdf(body, false, true), nArgs, 0);
    }

    /** The suffix of an aggregate's variant that applies DISTINCT to its arguments (the emitter names it so). */
    private static final String DISTINCT_SUFFIX = "_distinct";

    /**
     * An aggregate, with its window-function variant under another name (see
     * {@link WindowAggregateUdf} for why the two are apart).
     *
     * @param skipNullRows PostgreSQL's strict transition: rows with a NULL argument are ignored
     */
    void aggregate(String name, int nArgs, boolean skipNullRows, Supplier<AggregateState> factory) {
        create(name, new AggregateUdf(factory, skipNullRows), nArgs, 0);
        create(BuiltinFunctions.WINDOW_VARIANT_PREFIX + name, new WindowAggregateUdf(factory, skipNullRows, false), nArgs, 0);
        create(BuiltinFunctions.FILTERED_WINDOW_VARIANT_PREFIX + name, new WindowAggregateUdf(factory, skipNullRows, true),
                nArgs + 1, 0);
        // SQLite's DISTINCT takes one argument, and some engine aggregates take a second one that
        // PostgreSQL's do not show (array_agg's element type): NAME_distinct applies DISTINCT to all
        create(name + DISTINCT_SUFFIX, new AggregateUdf(() -> new DistinctRows(factory.get()), skipNullRows), nArgs, 0);
    }

    private void create(String name, Function function, int nArgs, int flags) {
        if (names != null) {
            names.accept(name);
            return;
        }
        try {
            Function.create(connection, name, function, nArgs, flags);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot register SQL function " + name, e);
        }
    }
}
