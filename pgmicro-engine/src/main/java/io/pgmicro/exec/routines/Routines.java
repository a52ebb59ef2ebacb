package io.pgmicro.exec.routines;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.RoutineDef;
import io.pgmicro.emit.DmlTranslator;
import io.pgmicro.emit.RowTargets;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.exec.SqliteErrors;
import io.pgmicro.exec.plpgsql.PlpgsqlFunction;
import io.pgmicro.exec.triggers.TriggerEvent;
import io.pgmicro.exec.triggers.TriggeredDml;
import io.pgmicro.types.CastContext;
import io.pgmicro.types.Casts;
import io.pgmicro.types.PgType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's user-defined routines at run time: calls from SQL (through the one SQLite
 * function {@code pg_routine_call}), CALL, DO, and trigger firing. Each routine's body is
 * compiled once per definition and kept while the definition stays the same.
 *
 * <p>Routines run on the session's own SQLite connection, nested inside the statement
 * that called them (SQLite allows a function to run statements on its connection). A
 * PgException raised inside crosses SQLite encoded by PgErrors and comes out intact.
 */
public final class Routines {
    /** Deep recursion would overflow the Java stack inside SQLite's native frames. */
    private static final int MAX_DEPTH = 200;

    private final RoutineRuntime runtime;
    private final Map<Integer, Compiled> compiled = new HashMap<>();
    private final io.pgmicro.exec.constraints.ConstraintModes constraintModes =
            new io.pgmicro.exec.constraints.ConstraintModes();
    private final io.pgmicro.exec.triggers.DeferredTriggers deferredTriggers = new io.pgmicro.exec.triggers.DeferredTriggers();
    private int depth;
    private int triggerDepth;

    public Routines(RoutineRuntime runtime) {
        this.runtime = runtime;
    }

    public RoutineRuntime runtime() {
        return runtime;
    }

    /** pg_trigger_depth(): the trigger functions running now, one inside another. */
    public int triggerDepth() {
        return triggerDepth;
    }

    /** The transaction's SET CONSTRAINTS state, which decides when constraint triggers fire. */
    public io.pgmicro.exec.constraints.ConstraintModes constraintModes() {
        return constraintModes;
    }

    /** The transaction's deferred constraint trigger events, waiting for COMMIT. */
    public io.pgmicro.exec.triggers.DeferredTriggers deferredTriggers() {
        return deferredTriggers;
    }

    /** The body of {@code pg_routine_call(oid, args...)}: storage values in, a storage value out. */
    public Object callFromSql(Object[] args) {
        int oid = ((Number) args[0]).intValue();
        RoutineDef def = runtime.catalog().routine(oid);
        if (def == null) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "cache lookup failed for function " + oid);
        }
        List<RoutineDef.Parameter> inputs = def.inputs();
        List<Value> values = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            RoutineDef.Parameter p = inputs.get(i - 1);
            values.add(new Value(runtime.catalog().type(p.typeOid()), p.typmod(), args[i]));
        }
        Result result = call(def, values);
        if (def.returnsSet()) {
            return SetResults.toJson(result.rows(), result.type());
        }
        return result.single();
    }

    /** The values a routine produced: one for a plain function, any number for a set-returning one. */
    public record Result(PgType type, List<Object> rows) {
        public Object single() {
            return rows.isEmpty() ? null : rows.get(0);
        }
    }

    /** Calls a routine with its input arguments (missing trailing ones take their defaults). */
    public Result call(RoutineDef def, List<Value> arguments) {
        if (def.returnTypeOid() == io.pgmicro.types.Types.TRIGGER.oid()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "trigger functions can only be called as triggers")
                    .withWhere("compilation of PL/pgSQL function \"" + def.name() + "\" near line 1");
        }
        List<Value> args = withDefaults(def, arguments);
        PgType resultType = io.pgmicro.catalog.UserFunctionSignatures.resultType(runtime.catalog(), def);
        if (def.strict() && args.stream().anyMatch(Value::isNull)) {
            return new Result(resultType, def.returnsSet() ? List.of() : java.util.Collections.singletonList(null));
        }
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "stack depth limit exceeded")
                    .withHint("Increase the configuration parameter \"max_stack_depth\", after ensuring the platform's stack depth limit is adequate.");
        }
        try {
            Compiled body = body(def);
            List<Object> rows = body.invoke(this, args);
            return new Result(resultType, rows);
        } catch (PgException e) {
            // a position inside the body means nothing in the statement that called it
            throw e.withPosition(0);
        } finally {
            depth--;
        }
    }

    /** Runs a trigger function for one event; returns the row it gives back (null: skip the row). */
    public io.pgmicro.exec.plpgsql.Row fire(RoutineDef def, TriggerEvent event) {
        Compiled body = body(def);
        if (!(body instanceof PlpgsqlBody p)) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "function " + def.name() + " must return type trigger");
        }
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "stack depth limit exceeded");
        }
        triggerDepth++;
        try {
            return p.function().fire(this, event);
        } catch (PgException e) {
            throw e.withPosition(0);
        } finally {
            depth--;
            triggerDepth--;
        }
    }

    private List<Value> withDefaults(RoutineDef def, List<Value> arguments) {
        List<RoutineDef.Parameter> inputs = def.inputs();
        if (arguments.size() >= inputs.size()) {
            return arguments;
        }
        List<Value> args = new ArrayList<>(arguments);
        for (int i = arguments.size(); i < inputs.size(); i++) {
            RoutineDef.Parameter p = inputs.get(i);
            PgType type = runtime.catalog().type(p.typeOid());
            args.add(evaluate("SELECT " + p.defaultValue(), type, p.typmod()));
        }
        return args;
    }

    /** Evaluates a constant expression (a parameter default) as a value of the given type. */
    private Value evaluate(String select, PgType type, int typmod) {
        var parsed = io.pgmicro.parse.Parser.parse(select);
        RoutineStatement s = RoutineStatement.prepare(parsed.statements().get(0).getStmt(), select, Variables.NONE);
        Outcome o = s.run(this);
        return assign(new Value(o.columns().get(0).type(), -1, o.rows().get(0)[0]), type, typmod);
    }

    /** Converts a value for storing into a variable or result of another type (an assignment cast). */
    public Value assign(Value v, PgType type, int typmod) {
        if (v.type().oid() == type.oid() && (typmod < 0 || typmod == v.typmod())) {
            return v;
        }
        if (type.oid() == io.pgmicro.types.Types.RECORD.oid() || type.oid() == io.pgmicro.types.Types.VOID.oid()) {
            return v;
        }
        if (v.storage() == null) {
            return new Value(type, typmod, null);
        }
        if (!io.pgmicro.types.CastRules.allowed(v.type(), type, CastContext.ASSIGNMENT)) {
            // PL/pgSQL converts through text when no assignment cast exists (a text value into a timestamp)
            String text = v.type().output(v.storage(), runtime.format());
            return new Value(type, typmod, Casts.cast(type.input(text, typmod, runtime.format()), type, type, typmod,
                    CastContext.ASSIGNMENT, runtime.format()));
        }
        return new Value(type, typmod, Casts.cast(v.storage(), v.type(), type, typmod, CastContext.ASSIGNMENT,
                runtime.format()));
    }

    /** Runs a translated INSERT, UPDATE or DELETE, firing the target table's triggers. */
    public Outcome modify(DmlTranslator.DmlSql d, RowTargets targets, List<Object> parameters) {
        if (TriggeredDml.applies(this, d)) {
            return new TriggeredDml(this, d, targets, parameters).run();
        }
        try {
            if (d.returning() != null) {
                List<Object[]> rows = QueryRunner.query(runtime.connection(), d.sql(), parameters, d.returning().size());
                return new Outcome(d.returning(), rows, rows.size());
            }
            long count = QueryRunner.update(runtime.connection(), d.sql(), parameters);
            return new Outcome(List.of(), List.of(), count);
        } catch (SQLException e) {
            throw explained(SqliteErrors.translate(e, runtime.catalog(), d.table(), d.verb()), d.table(), d.inserted(),
                    parameters);
        }
    }

    /** A constraint violation with PostgreSQL's DETAIL (the key that collided, the failing row). */
    public PgException explained(PgException e, io.pgmicro.catalog.RelationDef table, DmlTranslator.InsertedRows rows,
                                 List<Object> parameters) {
        return io.pgmicro.exec.ConstraintViolationDetail.explain(e, runtime.connection(),
                runtime.analysis(List.of(), ""), table, rows, parameters, runtime.format());
    }

    private Compiled body(RoutineDef def) {
        Compiled c = compiled.get(def.oid());
        if (c == null || !c.definition().equals(def)) {
            c = def.language().equals("plpgsql")
                    ? new PlpgsqlBody(def, io.pgmicro.exec.plpgsql.PlpgsqlCompiler.compile(def, runtime.analysis(List.of(), def.body())))
                    : new SqlFunctionBody(def);
            compiled.put(def.oid(), c);
        }
        return c;
    }

    /** A compiled body: runs with the argument values and returns the result rows (one for a scalar). */
    interface Compiled {
        RoutineDef definition();

        List<Object> invoke(Routines routines, List<Value> args);
    }

    private record PlpgsqlBody(RoutineDef definition, PlpgsqlFunction function) implements Compiled {
        @Override
        public List<Object> invoke(Routines routines, List<Value> args) {
            return function.call(routines, args);
        }
    }
}
