package io.pgmicro.exec.routines;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.emit.DmlTranslator;
import io.pgmicro.emit.QueryTranslator;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.exec.SqliteErrors;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.types.PgType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One SQL statement of a routine body, with its variable references bound as
 * parameters. It is translated for SQLite on first use and again only when the types
 * of the values it refers to change (a record variable holding another row type).
 */
public final class RoutineStatement {
    private final Node tree;
    private final String text;
    private final List<Supplier<Value>> sources;
    private final Map<List<Integer>, Compiled> compiled = new HashMap<>();

    private RoutineStatement(Node tree, String text, List<Supplier<Value>> sources) {
        this.tree = tree;
        this.text = text;
        this.sources = sources;
    }

    /** Binds a statement's references to {@code variables}; nothing runs yet. */
    public static RoutineStatement prepare(Node stmt, String text, Variables variables) {
        List<Supplier<Value>> sources = new ArrayList<>();
        Map<Object, Integer> numbers = new HashMap<>();
        Node bound = NameBinder.bind(stmt, new NameBinder.Resolver() {
            @Override
            public int column(List<String> names) {
                return number(variables.named(names), names);
            }

            @Override
            public int parameter(int n) {
                return number(variables.positional(n), "$" + n);
            }

            @Override
            public boolean zeroBased(List<String> names) {
                return variables.zeroBased(names);
            }

            @Override
            public List<String> fields(String record) {
                return variables.fields(record);
            }

            private int number(Supplier<Value> source, Object key) {
                if (source == null) {
                    return 0;
                }
                return numbers.computeIfAbsent(key, k -> {
                    sources.add(source);
                    return sources.size();
                });
            }
        });
        return new RoutineStatement(bound, text, sources);
    }

    public String text() {
        return text;
    }

    public boolean isQuery() {
        return tree.hasSelectStmt();
    }

    public Outcome run(Routines routines) {
        List<Value> values = new ArrayList<>();
        List<Integer> key = new ArrayList<>();
        for (Supplier<Value> s : sources) {
            Value v = s.get();
            values.add(v);
            key.add(v.type().oid());
        }
        Compiled c = compiled.get(key);
        if (c == null) {
            List<PgType> types = values.stream().map(Value::type).toList();
            c = compile(routines.runtime().analysis(types, text));
            compiled.put(key, c);
        }
        List<Object> parameters = new ArrayList<>();
        for (Value v : values) {
            parameters.add(v.storage());
        }
        return c.run(routines, parameters);
    }

    private Compiled compile(AnalysisContext ctx) {
        switch (tree.getNodeCase()) {
            case SELECT_STMT: {
                QueryTranslator.QuerySql q = new QueryTranslator(ctx).select(tree.getSelectStmt(), null);
                return new Query(q);
            }
            case INSERT_STMT:
            case UPDATE_STMT:
            case DELETE_STMT: {
                DmlTranslator dml = new DmlTranslator(ctx);
                DmlTranslator.DmlSql d = switch (tree.getNodeCase()) {
                    case INSERT_STMT -> dml.insert(tree.getInsertStmt());
                    case UPDATE_STMT -> dml.update(tree.getUpdateStmt());
                    default -> dml.delete(tree.getDeleteStmt());
                };
                return new Dml(d, dml.rowTargets());
            }
            default:
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support "
                        + tree.getNodeCase().name().replace("_STMT", "").replace('_', ' ') + " inside functions yet");
        }
    }

    private interface Compiled {
        Outcome run(Routines routines, List<Object> parameters);
    }

    private record Query(QueryTranslator.QuerySql q) implements Compiled {
        @Override
        public Outcome run(Routines routines, List<Object> parameters) {
            try {
                List<Object[]> rows = QueryRunner.query(routines.runtime().connection(), q.sql(), parameters, q.columns().size());
                return new Outcome(q.columns(), rows, rows.size());
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, routines.runtime().catalog(), null, null);
            }
        }
    }

    private record Dml(DmlTranslator.DmlSql d, io.pgmicro.emit.RowTargets targets) implements Compiled {
        @Override
        public Outcome run(Routines routines, List<Object> parameters) {
            return routines.modify(d, targets, parameters);
        }
    }
}
