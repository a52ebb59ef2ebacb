package io.pgmicro.exec.routines;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.RoutineDef;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.RawStmt;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A LANGUAGE sql body: its statements run in order, and the last one's first column
 * is the result (its first row, or every row for SETOF); for a function returning a record,
 * all its columns together are (RecordResults). Parameters are named by their
 * names, by {@code function.name}, or by {@code $n}.
 */
final class SqlFunctionBody implements Routines.Compiled {
    private final RoutineDef definition;
    private final List<RoutineStatement> statements = new ArrayList<>();
    /** The argument values of the call now running; the bound statements read them from here. */
    private List<Value> current = List.of();

    SqlFunctionBody(RoutineDef definition) {
        this.definition = definition;
        Parser.ParsedSql parsed = Parser.parse(definition.body());
        List<RoutineDef.Parameter> inputs = definition.inputs();
        Variables parameters = new Variables() {
            @Override
            public Supplier<Value> named(List<String> names) {
                String name = names.get(names.size() - 1);
                if (names.size() == 2 && !names.get(0).equals(definition.name())) {
                    return null;
                }
                if (names.size() > 2) {
                    return null;
                }
                for (int i = 0; i < inputs.size(); i++) {
                    if (inputs.get(i).name().equals(name)) {
                        return positional(i + 1);
                    }
                }
                return null;
            }

            @Override
            public Supplier<Value> positional(int n) {
                if (n < 1 || n > inputs.size()) {
                    return null;
                }
                return () -> current.get(n - 1);
            }
        };
        for (RawStmt raw : parsed.statements()) {
            statements.add(RoutineStatement.prepare(raw.getStmt(), parsed.statementText(raw), parameters));
        }
        if (statements.isEmpty() && definition.returnTypeOid() != Types.VOID.oid()) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "return type mismatch in function declared to return "
                    + RoutineTypes.display(Types.byOid(definition.returnTypeOid())))
                    .withDetail("Function's final statement must be SELECT or INSERT/UPDATE/DELETE RETURNING.");
        }
    }

    @Override
    public RoutineDef definition() {
        return definition;
    }

    @Override
    public List<Object> invoke(Routines routines, List<Value> args) {
        List<Value> saved = current;
        current = args;
        try {
            Outcome last = null;
            for (RoutineStatement s : statements) {
                last = s.run(routines);
            }
            PgType type = routines.runtime().catalog().type(definition.returnTypeOid());
            if (type.oid() == Types.VOID.oid() || last == null) {
                return java.util.Collections.singletonList(null);
            }
            boolean wholeValue = last.columns().size() == 1 && last.columns().get(0).type().equals(type);
            List<PgType.Field> fields = RecordResults.returnsRecord(routines, definition) && !wholeValue
                    ? RecordResults.fields(routines, definition) : null;
            if (fields != null && !fields.isEmpty() && fields.size() != last.columns().size()) {
                throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION,
                        "return type mismatch in function declared to return record")
                        .withDetail("Final statement returns too " + (last.columns().size() > fields.size() ? "many" : "few")
                                + " columns.");
            }
            List<Object> out = new ArrayList<>();
            for (Object[] row : last.rows()) {
                if (fields != null) {
                    out.add(RecordResults.of(routines, fields, columnValues(last, row)));
                } else {
                    Value v = new Value(last.columns().get(0).type(), last.columns().get(0).typmod(), row[0]);
                    out.add(routines.assign(v, type, definition.returnTypmod()).storage());
                }
                if (!definition.returnsSet()) {
                    break;
                }
            }
            if (out.isEmpty() && !definition.returnsSet()) {
                out.add(null);
            }
            return out;
        } finally {
            current = saved;
        }
    }

    private static List<Value> columnValues(Outcome outcome, Object[] row) {
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            var c = outcome.columns().get(i);
            values.add(new Value(c.isUnknown() ? Types.TEXT : c.type(), c.typmod(), row[i]));
        }
        return values;
    }
}
