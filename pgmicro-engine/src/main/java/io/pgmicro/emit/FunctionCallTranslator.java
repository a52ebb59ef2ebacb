package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.CandidateSelector;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.TypeDisplay;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.catalog.FunctionSignature;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.parse.ast.A_ArrayExpr;
import io.pgmicro.parse.ast.A_Indirection;
import io.pgmicro.parse.ast.FuncCall;
import io.pgmicro.parse.ast.MinMaxExpr;
import io.pgmicro.parse.ast.MinMaxOp;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.SubLink;
import io.pgmicro.parse.ast.SubLinkType;
import io.pgmicro.parse.ast.WindowDef;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Function calls, aggregates, window functions, and the constructs PostgreSQL's
 * grammar turns into calls (GREATEST/LEAST, ARRAY[...], subscripts, ANY/ALL).
 */
final class FunctionCallTranslator {
    /** Aggregates whose result shows the order of their input. */
    private static final java.util.Set<String> ORDER_SENSITIVE_AGGREGATES = java.util.Set.of("array_agg", "string_agg",
            "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg");

    private final AnalysisContext ctx;
    private final ExprTranslator exprs;
    private boolean allowSetReturning;
    /** Whether the last call translated by {@link #setReturningCall} resolved to a set-returning function. */
    private boolean returnedSet;
    /** The function the last call resolved to, for the column name a FROM item takes from it. */
    private FunctionSignature resolved;

    FunctionCallTranslator(AnalysisContext ctx, ExprTranslator exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
    }

    Typed call(FuncCall call, Scope scope) {
        String name = call.getFuncname(call.getFuncnameCount() - 1).getString().getSval();
        int loc = call.getLocation();
        String schema = call.getFuncnameCount() > 1
                ? call.getFuncname(call.getFuncnameCount() - 2).getString().getSval() : null;
        boolean isWindow = call.hasOver();
        if (call.getAggStar()) {
            if (!name.equals("count")) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, name + "(*) specified, but " + name
                        + " is not an aggregate function").atLocation(loc);
            }
            return aggregateOrWindow(call, "count(*)", Types.INT8, scope, isWindow, false).withName("count");
        }
        if (name.equals("count") && call.getArgsCount() == 0 && (schema == null || schema.equals("pg_catalog"))) {
            // count(*) is the one aggregate without arguments, and only that spelling calls it
            throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                    "count(*) must be used to call a parameterless aggregate function").atLocation(loc);
        }
        if (schema == null && OrderedSetAggregates.applies(call, name)) {
            return new OrderedSetAggregates(this, exprs).translate(call, name, scope);
        }
        Typed special = specialFunction(name, call, scope);
        if (special != null) {
            return special;
        }
        if (call.getFuncVariadic() && JSON_BUILDERS.contains(name)) {
            return variadicJsonBuild(name, call, scope);
        }
        boolean aggregateName = !isWindow && BuiltinFunctions.byName(name).stream()
                .anyMatch(f -> f.kind() == FunctionSignature.Kind.AGGREGATE);
        List<Typed> args = new ArrayList<>();
        boolean structuredJsonAgg = false;
        if (aggregateName) {
            exprs.enterAggregate();
        }
        try {
            for (Node a : NamedArguments.arrange(name, call.getArgsList(), loc)) {
                Typed arg = exprs.expr(a, scope);
                // As PostgreSQL does for JDBC drivers: a parameter declared void stands for an OUT
                // argument of a call escape and is left out of the call.
                if (arg.param() > 0 && arg.type().equals(Types.VOID) && !call.getAggWithinGroup()) {
                    continue;
                }
                boolean record = arg.type().oid() == Types.RECORD.oid() && !arg.type().fields().isEmpty();
                structuredJsonAgg |= record && name.equals("json_agg");
                args.add(record && JSON_OF_RECORD.contains(name) ? recordAsJson(arg, loc) : arg);
            }
        } finally {
            if (aggregateName) {
                exprs.leaveAggregate();
            }
        }
        FunctionSignature sig = resolve(schema, name, args, loc);
        resolved = sig;
        if (isWindow && sig.kind() != FunctionSignature.Kind.AGGREGATE && sig.kind() != FunctionSignature.Kind.WINDOW) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "OVER specified, but " + name
                    + " is not a window function nor an aggregate function").atLocation(loc);
        }
        PgType bound = bindPolymorphic(sig, args);
        List<String> argSql = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            PgType declared = i < sig.argTypes().size() ? sig.argTypes().get(i) : sig.variadic();
            PgType target = ExprTranslator.concrete(declared, bound);
            if (target == null || target.oid() == 2276 /* any */) {
                argSql.add(anyArgument(name, args.get(i), i, args.size()));
            } else {
                argSql.add(exprs.coerce(args.get(i), target, -1, Coercion.Context.IMPLICIT, null).sql());
            }
        }
        PgType result = ExprTranslator.concrete(sig.returnType(), bound);
        if (result != null && result.oid() == Types.ANYARRAY.oid() && bound != null && bound.arrayOid() != 0) {
            result = ctx.catalog().type(bound.arrayOid()); // an array of a catalog-defined type such as an enum
        }
        if (result == null || Coercion.isPolymorphic(result)) {
            result = bound != null ? bound : Types.TEXT;
        }
        List<String> templateArgs = new ArrayList<>(argSql);
        if (bound != null && !sig.sqlTemplate().contains("%s")) {
            templateArgs.add(Integer.toString(bound.oid()));
        }
        // json_agg of records puts each after the first on a line of its own, as it does arrays
        String template = structuredJsonAgg ? "pg_json_agg_structured(%1$s)" : sig.sqlTemplate();
        String sql = format(template, templateArgs);
        if (sig.returnsSet()) {
            if (!allowSetReturning) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "set-returning function " + name + "() is only supported in FROM and as a whole select-list item")
                        .atLocation(loc);
            }
            // the caller iterates the JSON document with json_each
            returnedSet = true;
            return new Typed(sql, result, -1, null, false, 0, name, false, loc);
        }
        if (sig.kind() == FunctionSignature.Kind.AGGREGATE || isWindow) {
            if (isWindow && call.getAggDistinct()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DISTINCT is not implemented for window functions")
                        .atLocation(loc);
            }
            if (isWindow && call.getAggOrderCount() > 0) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "aggregate ORDER BY is not implemented for window functions").atLocation(loc);
            }
            if (call.getAggDistinct()) {
                refuseOrderOutsideDistinctArguments(call);
                int open = sql.indexOf('(');
                // SQLite's DISTINCT takes one argument; the engine registers NAME_distinct for each of its
                // aggregates (string_agg(DISTINCT x, ',') has two, array_agg(DISTINCT x) two in SQLite)
                sql = sig.sqlTemplate().startsWith("pg_")
                        ? sql.substring(0, open) + "_distinct" + sql.substring(open)
                        : sql.substring(0, open + 1) + "DISTINCT " + sql.substring(open + 1);
                if (!sig.sqlTemplate().startsWith("pg_") && args.size() == 1 && EqualityCollation.of(args.get(0).type()) != null) {
                    // values equal as PostgreSQL compares them (numeric 1.0 and 1.00) count once
                    sql = EqualityCollation.apply(sql.substring(0, sql.lastIndexOf(')')), args.get(0).type()) + ")";
                }
            }
            List<Node> aggregateOrder = call.getAggOrderCount() > 0 || !call.getAggDistinct()
                    || !ORDER_SENSITIVE_AGGREGATES.contains(name) ? call.getAggOrderList() : distinctOrder(call);
            if (!aggregateOrder.isEmpty()) {
                exprs.enterAggregate();
                try {
                    sql = sql.substring(0, sql.lastIndexOf(')')) + " ORDER BY " + orderList(aggregateOrder, scope) + ")";
                } finally {
                    exprs.leaveAggregate();
                }
            }
            // the engine's own aggregates are the application-defined functions, all named pg_...
            boolean engineAggregate = sig.kind() == FunctionSignature.Kind.AGGREGATE && sig.sqlTemplate().startsWith("pg_");
            return aggregateOrWindow(call, sql, result, scope, isWindow, engineAggregate).withName(name);
        }
        if (sig.kind() == FunctionSignature.Kind.WINDOW) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "window function " + name + " requires an OVER clause")
                    .atLocation(loc);
        }
        if (call.getAggDistinct() || call.getAggOrderCount() > 0 || call.hasAggFilter()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                    "DISTINCT specified, but " + name + " is not an aggregate function").atLocation(loc);
        }
        boolean agg = args.stream().anyMatch(Typed::aggregate);
        return new Typed(sql, result, -1, null, false, 0, name, agg, loc);
    }

    /** Functions that turn any value into JSON: a record argument becomes its JSON object first. */
    private static final java.util.Set<String> JSON_OF_RECORD = java.util.Set.of("to_json", "to_jsonb", "json_agg",
            "jsonb_agg", "json_build_object", "jsonb_build_object", "json_build_array", "jsonb_build_array",
            "json_object_agg", "jsonb_object_agg");

    /**
     * A record whose fields are known (ROW(...), a FROM item's whole row) as the JSON object
     * row_to_json makes of it, so that to_json, json_agg and the builders nest it as an object
     * rather than as its text.
     */
    private Typed recordAsJson(Typed arg, int loc) {
        return recordAsJson(arg, "0", loc);
    }

    /** A record as its JSON object, {@code pretty} putting each field on a line; NULL for a NULL record. */
    private Typed recordAsJson(Typed arg, String pretty, int loc) {
        List<Typed> fields = new ArrayList<>();
        for (int i = 0; i < arg.type().fields().size(); i++) {
            fields.add(RecordFields.field(exprs, arg.sql(), arg.type().fields().get(i), i));
        }
        Typed json = recordJson(fields, pretty, loc);
        // a NULL record (the argument of json_agg over no row, a NULL whole row) stays NULL
        return json.retyped("(CASE WHEN " + arg.sql() + " IS NULL THEN NULL ELSE " + json.sql() + " END)", Types.JSON, -1)
                .withAggregate(arg.aggregate());
    }

    private static final java.util.Set<String> JSON_BUILDERS = java.util.Set.of("json_build_object", "jsonb_build_object",
            "json_build_array", "jsonb_build_array");

    /**
     * An argument declared "any": the JSON builders receive the value with its type's name,
     * so each becomes the right JSON; the others (concat, format) receive its text.
     */
    private String anyArgument(String function, Typed arg, int position, int count) {
        Typed value = arg.isUnknown() ? exprs.coerce(arg, Types.TEXT, -1, Coercion.Context.IMPLICIT, null) : arg;
        boolean objectKey = function.endsWith("_object") && position % 2 == 0;
        if (JSON_BUILDERS.contains(function) && !objectKey) {
            return "pg_to_json(" + value.sql() + ", " + SqlText.string(value.type().name()) + ")";
        }
        if (JSON_BUILDERS.contains(function) && count % 2 == 0 && isJsonContainer(value.type())) {
            // refused when the call runs (and a key is not NULL), as PostgreSQL refuses it; an odd
            // argument count is the error PostgreSQL reports first
            return "pg_json_key_not_scalar(" + value.sql() + ")";
        }
        return exprs.castSql(value, Types.TEXT, -1, Coercion.Context.EXPLICIT).sql();
    }

    /** Types whose JSON is an array or object, which cannot be an object key. */
    private static boolean isJsonContainer(PgType type) {
        return type.isArray() || type.equals(Types.JSON) || type.equals(Types.JSONB) || type.oid() == Types.RECORD.oid();
    }

    /** json_build_object(VARIADIC arr), json_build_array(VARIADIC arr): the array's elements are the arguments. */
    private Typed variadicJsonBuild(String name, FuncCall call, Scope scope) {
        if (call.getArgsCount() != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro supports VARIADIC only as the sole argument of "
                    + name + "()").atLocation(call.getLocation());
        }
        Typed array = exprs.expr(call.getArgs(0), scope);
        if (array.isUnknown()) {
            array = exprs.coerce(array, Types.arrayOf(Types.TEXT), -1, Coercion.Context.IMPLICIT, null);
        }
        if (!array.type().isArray()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "VARIADIC argument must be an array")
                    .atLocation(ExprTranslator.location(call.getArgs(0)));
        }
        PgType element = ctx.catalog().type(array.type().elementOid());
        boolean binary = name.startsWith("jsonb");
        String sql = "pg_json_build_variadic(" + (binary ? 1 : 0) + ", " + (name.endsWith("_object") ? 1 : 0) + ", "
                + array.sql() + ", " + SqlText.string(element.name()) + ")";
        return Typed.of(sql, binary ? Types.JSONB : Types.JSON).withName(name).at(call.getLocation());
    }

    /** Translates a set-returning call in FROM: its SQL is a JSON document for json_each, its type the row type. */
    Typed setReturningCall(FuncCall call, Scope scope) {
        allowSetReturning = true;
        returnedSet = false;
        resolved = null;
        try {
            return call(call, scope);
        } finally {
            allowSetReturning = false;
        }
    }

    /** The function the last translated call resolved to, or null for the grammar's special forms. */
    FunctionSignature resolved() {
        return resolved;
    }

    /** Whether the last {@link #setReturningCall} gave a set (a JSON array to iterate) rather than one value. */
    boolean returnedSet() {
        return returnedSet;
    }

    private static String format(String template, List<String> args) {
        if (template.contains("%s") && !template.contains("%1$s")) {
            return template.replace("%s", String.join(", ", args));
        }
        return String.format(template, args.toArray());
    }

    Typed aggregateOrWindow(FuncCall call, String sql, PgType result, Scope scope, boolean isWindow,
                                    boolean engineAggregate) {
        int loc = call.getLocation();
        // an engine aggregate over a window is its window variant, which must not be asked for a value
        // before its first row (see WindowAggregateUdf: sqlite-jdbc aborts the JVM): over a frame that
        // can be empty for a partition's first row it is evaluated afresh per row; a FILTER goes to the
        // filtered variant as its last argument, so that every row of the frame is stepped
        boolean freshPerRow = isWindow && engineAggregate && WindowFrames.mayBeEmpty(effectiveFrame(call.getOver()));
        boolean filterArgument = isWindow && engineAggregate && call.hasAggFilter() && !freshPerRow;
        if (isWindow && engineAggregate) {
            sql = (filterArgument ? BuiltinFunctions.FILTERED_WINDOW_VARIANT_PREFIX : BuiltinFunctions.WINDOW_VARIANT_PREFIX)
                    + sql;
        }
        if (call.hasAggFilter()) {
            exprs.enterAggregate();
            try {
                Typed filter = exprs.condition(call.getAggFilter(), scope, "FILTER");
                sql = filterArgument
                        ? sql.substring(0, sql.lastIndexOf(')')) + ", " + filter.sql() + ")"
                        : sql + " FILTER (WHERE " + filter.sql() + ")";
            } finally {
                exprs.leaveAggregate();
            }
        }
        if (isWindow) {
            if (!exprs.windowsAllowed()) {
                throw new PgException(SqlState.WINDOWING_ERROR, "window functions are not allowed in "
                        + exprs.windowForbiddenIn()).atLocation(loc);
            }
            String over = exprs.inWindowDefinition(() -> {
                checkFrame(call.getOver(), scope);
                return freshPerRow ? freshPerRowWindow(call.getOver(), scope) : windowSpec(call.getOver(), scope);
            });
            return new Typed(sql + " OVER " + over, result, -1, null, false, 0,
                    Typed.NO_NAME, false, loc);
        }
        if (exprs.insideAggregate()) {
            throw new PgException(SqlState.GROUPING_ERROR, "aggregate function calls cannot be nested").atLocation(loc);
        }
        if (!exprs.aggregatesAllowed()) {
            throw new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in "
                    + exprs.aggregateForbiddenIn()).atLocation(loc);
        }
        return new Typed(sql, result, -1, null, false, 0, Typed.NO_NAME, true, loc);
    }

    /**
     * PostgreSQL removes an aggregate's duplicate arguments by sorting them, so an aggregate whose
     * result keeps its input order (array_agg(DISTINCT x)) sees them in ascending order; SQLite keeps
     * the first occurrences in the order they came.
     */
    private static List<Node> distinctOrder(FuncCall call) {
        List<Node> order = new ArrayList<>();
        for (Node a : call.getArgsList()) {
            order.add(Node.newBuilder().setSortBy(io.pgmicro.parse.ast.SortBy.newBuilder().setNode(a)
                    .setSortbyDir(io.pgmicro.parse.ast.SortByDir.SORTBY_DEFAULT)
                    .setSortbyNulls(io.pgmicro.parse.ast.SortByNulls.SORTBY_NULLS_DEFAULT).setLocation(-1)).build());
        }
        return order;
    }

    /** With DISTINCT, the rows sorted are the distinct argument lists: ORDER BY can only use those. */
    private static void refuseOrderOutsideDistinctArguments(FuncCall call) {
        java.util.Set<com.google.protobuf.Message> arguments = new java.util.HashSet<>();
        for (Node a : call.getArgsList()) {
            arguments.add(SetReturningTargets.withoutLocations(a));
        }
        for (Node n : call.getAggOrderList()) {
            Node key = n.getSortBy().getNode();
            if (!arguments.contains(SetReturningTargets.withoutLocations(key))) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                        "in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list")
                        .atLocation(ExprTranslator.leftmostLocation(key));
            }
        }
    }

    /** PostgreSQL's checks of the frame that applies against the ORDER BY that applies (see WindowFrames.check). */
    private void checkFrame(WindowDef over, Scope scope) {
        List<Node> order = List.of();
        for (WindowDef w : windowChain(over)) {
            if (w.getOrderClauseCount() > 0) {
                order = w.getOrderClauseList();
                break;
            }
        }
        WindowFrames.check(effectiveFrame(over), order, over.getLocation(), exprs, scope);
    }

    /** The window whose frame applies: the OVER clause's own, or that of the named window it refers to. */
    private WindowDef effectiveFrame(WindowDef over) {
        for (WindowDef w : windowChain(over)) {
            if (WindowFrames.hasFrame(w)) {
                return w;
            }
        }
        return over;
    }

    /** The window and the named windows it refers to, in turn (OVER w, or OVER (w ORDER BY ...)). */
    private List<WindowDef> windowChain(WindowDef over) {
        List<WindowDef> chain = new ArrayList<>();
        WindowDef w = over;
        while (w != null && chain.size() < 100) {
            chain.add(w);
            String base = !w.getRefname().isEmpty() ? w.getRefname() : w.getName();
            WindowDef named = base.isEmpty() ? null : exprs.namedWindow(base);
            w = named == w ? null : named;
        }
        return chain;
    }

    /**
     * The window spelled out in full, with EXCLUDE NO OTHERS (PostgreSQL's default, so the same
     * rows): any EXCLUDE clause makes SQLite rebuild each row's value from the frame's rows. A named
     * window is copied rather than referred to, since SQLite cannot add a clause to a window's frame.
     */
    private String freshPerRowWindow(WindowDef over, Scope scope) {
        WindowDef partition = null;
        WindowDef order = null;
        for (WindowDef w : windowChain(over)) {
            if (partition == null && w.getPartitionClauseCount() > 0) {
                partition = w;
            }
            if (order == null && w.getOrderClauseCount() > 0) {
                order = w;
            }
        }
        StringBuilder sb = new StringBuilder("(");
        if (partition != null) {
            List<String> parts = new ArrayList<>();
            for (Node n : partition.getPartitionClauseList()) {
                parts.add(exprs.expr(n, scope).sql());
            }
            sb.append("PARTITION BY ").append(String.join(", ", parts)).append(' ');
        }
        if (order != null) {
            sb.append("ORDER BY ").append(orderList(order.getOrderClauseList(), scope)).append(' ');
        }
        return sb.append(WindowFrames.frameExcludingNoOthers(effectiveFrame(over), exprs, scope)).append(')').toString();
    }

    String windowSpec(WindowDef w, Scope scope) {
        if (!w.getName().isEmpty() && w.getPartitionClauseCount() == 0 && w.getOrderClauseCount() == 0
                && w.getRefname().isEmpty()) {
            return SqlText.ident(w.getName());
        }
        StringBuilder sb = new StringBuilder("(");
        if (!w.getRefname().isEmpty()) {
            sb.append(SqlText.ident(w.getRefname())).append(' ');
        }
        if (w.getPartitionClauseCount() > 0) {
            List<String> parts = new ArrayList<>();
            for (Node n : w.getPartitionClauseList()) {
                parts.add(exprs.expr(n, scope).sql());
            }
            sb.append("PARTITION BY ").append(String.join(", ", parts)).append(' ');
        }
        if (w.getOrderClauseCount() > 0) {
            sb.append("ORDER BY ").append(orderList(w.getOrderClauseList(), scope)).append(' ');
        }
        sb.append(WindowFrames.frame(w, exprs, scope));
        return sb.toString().trim() + ")";
    }

    private String orderList(List<Node> sortBys, Scope scope) {
        List<String> parts = new ArrayList<>();
        for (Node n : sortBys) {
            parts.add(OrderBy.emit(n.getSortBy(), exprs.expr(n.getSortBy().getNode(), scope), exprs));
        }
        return String.join(", ", parts);
    }

    /** Chooses among the built-ins (unless another schema is named) and the visible user functions. */
    private FunctionSignature resolve(String schema, String name, List<Typed> args, int loc) {
        List<FunctionSignature> candidates = new ArrayList<>();
        List<List<PgType>> signatures = new ArrayList<>();
        List<FunctionSignature> visible = new ArrayList<>();
        if (schema == null || schema.equals("pg_catalog")) {
            visible.addAll(BuiltinFunctions.byName(name));
        }
        if (schema == null || !schema.equals("pg_catalog")) {
            visible.addAll(io.pgmicro.catalog.UserFunctionSignatures.visible(ctx.catalog(), schema, name, ctx.searchPath()));
        }
        for (FunctionSignature s : visible) {
            List<PgType> declared = expand(s, args.size());
            if (declared != null) {
                candidates.add(s);
                signatures.add(declared);
            }
        }
        List<PgType> actual = new ArrayList<>();
        for (Typed a : args) {
            actual.add(a.type());
        }
        int chosen = CandidateSelector.select(signatures, actual);
        if (chosen == -2) {
            throw new PgException(SqlState.AMBIGUOUS_FUNCTION, "function " + signature(name, args) + " is not unique")
                    .withHint("Could not choose a best candidate function. You might need to add explicit type casts.")
                    .atLocation(loc);
        }
        if (chosen < 0) {
            if (io.pgmicro.catalog.UserFunctionSignatures.isProcedure(ctx.catalog(), schema, name, args.size(),
                    ctx.searchPath())) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, signature(name, args) + " is a procedure")
                        .withHint("To call a procedure, use CALL.").atLocation(loc);
            }
            throw undefined(name, args, loc);
        }
        return candidates.get(chosen);
    }

    private static List<PgType> expand(FunctionSignature s, int argCount) {
        if (s.variadic() == null) {
            return s.argTypes().size() == argCount ? s.argTypes() : null;
        }
        if (argCount < s.argTypes().size()) {
            return null;
        }
        List<PgType> out = new ArrayList<>(s.argTypes());
        while (out.size() < argCount) {
            out.add(s.variadic());
        }
        return out;
    }

    PgException undefined(String name, List<Typed> args, int loc) {
        return new PgException(SqlState.UNDEFINED_FUNCTION, "function " + signature(name, args) + " does not exist")
                .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                .atLocation(loc);
    }

    private static String signature(String name, List<Typed> args) {
        List<String> types = new ArrayList<>();
        for (Typed a : args) {
            types.add(TypeDisplay.name(a.type()));
        }
        return name + "(" + String.join(", ", types) + ")";
    }

    private static PgType bindPolymorphic(FunctionSignature sig, List<Typed> args) {
        for (int i = 0; i < args.size() && i < sig.argTypes().size(); i++) {
            PgType declared = sig.argTypes().get(i);
            if (Coercion.isPolymorphic(declared) && declared.oid() != 2276 && !args.get(i).isUnknown()) {
                return ExprTranslator.elementFor(declared, args.get(i).type());
            }
        }
        return null;
    }

    /** Functions whose meaning depends on analysis itself rather than on a runtime implementation. */
    private Typed specialFunction(String name, FuncCall call, Scope scope) {
        int loc = call.getLocation();
        switch (name) {
            case "pg_typeof": {
                if (call.getArgsCount() != 1) {
                    return null;
                }
                Typed arg = exprs.expr(call.getArgs(0), scope);
                PgType t = arg.isUnknown() ? Types.UNKNOWN : arg.type();
                return Typed.of(SqlText.string(TypeDisplay.name(t)), Types.TEXT).withName("pg_typeof").at(loc);
            }
            case "nextval":
            case "currval":
            case "setval":
                return sequenceFunction(name, call, scope);
            case "lastval":
                return call.getArgsCount() == 0 ? Typed.of("pg_lastval()", Types.INT8).withName("lastval").at(loc) : null;
            case "row_to_json":
                return rowToJson(call, scope);
            default:
                return null;
        }
    }

    private Typed sequenceFunction(String name, FuncCall call, Scope scope) {
        int loc = call.getLocation();
        if (call.getArgsCount() > 0 && call.getArgs(0).hasTypeCast() && call.getArgs(0).getTypeCast().getArg().hasAConst()) {
            // nextval('t_id_seq'::regclass), as serial defaults are written
            call = call.toBuilder().setArgs(0, call.getArgs(0).getTypeCast().getArg()).build();
        }
        if (call.getArgsCount() == 0 || !call.getArgs(0).hasAConst() || !call.getArgs(0).getAConst().hasSval()) {
            Typed arg = call.getArgsCount() == 0 ? null : exprs.expr(call.getArgs(0), scope);
            if (arg == null) {
                throw undefined(name, List.of(), loc);
            }
            String argSql = exprs.coerce(arg, Types.TEXT, -1, Coercion.Context.IMPLICIT, null).sql();
            return sequenceCall(name, "pg_regclass(" + argSql + ")", call, scope);
        }
        String text = call.getArgs(0).getAConst().getSval().getSval();
        RelationDef seq = SequenceNames.resolve(text, ctx, call.getArgs(0).getAConst().getLocation());
        return sequenceCall(name, Integer.toString(seq.oid()), call, scope);
    }

    private Typed sequenceCall(String name, String oidSql, FuncCall call, Scope scope) {
        int loc = call.getLocation();
        switch (name) {
            case "nextval":
                return Typed.of("pg_nextval(" + oidSql + ")", Types.INT8).withName("nextval").at(loc);
            case "currval":
                return Typed.of("pg_currval(" + oidSql + ")", Types.INT8).withName("currval").at(loc);
            default: {
                if (call.getArgsCount() < 2 || call.getArgsCount() > 3) {
                    throw undefined(name, List.of(), loc);
                }
                String value = exprs.coerce(exprs.expr(call.getArgs(1), scope), Types.INT8, -1,
                        Coercion.Context.IMPLICIT, null).sql();
                String called = call.getArgsCount() == 3 ? exprs.coerce(exprs.expr(call.getArgs(2), scope), Types.BOOL,
                        -1, Coercion.Context.IMPLICIT, null).sql() : "1";
                return Typed.of("pg_setval(" + oidSql + ", " + value + ", " + called + ")", Types.INT8)
                        .withName("setval").at(loc);
            }
        }
    }

    Typed greatestLeast(MinMaxExpr m, Scope scope) {
        List<Typed> values = new ArrayList<>();
        for (Node n : m.getArgsList()) {
            values.add(exprs.expr(n, scope));
        }
        boolean greatest = m.getOp() == MinMaxOp.IS_GREATEST;
        String label = greatest ? "GREATEST" : "LEAST";
        TypeUnifier.Unified unified = TypeUnifier.unify(values, label, exprs);
        Typed acc = unified.values().get(0);
        for (int i = 1; i < unified.values().size(); i++) {
            Typed next = unified.values().get(i);
            String better = exprs.operator(greatest ? ">" : "<", next, acc, m.getLocation()).sql();
            String sql = "(CASE WHEN " + acc.sql() + " IS NULL THEN " + next.sql() + " WHEN " + next.sql()
                    + " IS NULL THEN " + acc.sql() + " WHEN " + better + " THEN " + next.sql() + " ELSE " + acc.sql() + " END)";
            acc = acc.retyped(sql, unified.type(), unified.typmod());
        }
        return acc.withName(greatest ? "greatest" : "least").at(m.getLocation());
    }

    /** ARRAY[a, b, c]; {@code target} is the array type when the constructor is cast directly. */
    Typed arrayConstructor(A_ArrayExpr array, Scope scope, PgType target) {
        List<Typed> elements = new ArrayList<>();
        for (Node n : array.getElementsList()) {
            // ARRAY[[1,2],[3,4]]: an inner bracket list is an array of the same type
            elements.add(n.hasAArrayExpr() ? arrayConstructor(n.getAArrayExpr(), scope, target) : exprs.expr(n, scope));
        }
        PgType elementType;
        List<Typed> coerced;
        if (target != null && target.isArray()) {
            boolean ofArrays = array.getElementsList().stream().anyMatch(Node::hasAArrayExpr)
                    || elements.stream().anyMatch(e -> !e.isUnknown() && e.type().isArray());
            elementType = ofArrays ? target : Types.byOid(target.elementOid());
            coerced = new ArrayList<>();
            for (Typed e : elements) {
                coerced.add(exprs.coerce(e, elementType, -1, Coercion.Context.EXPLICIT, null));
            }
        } else {
            if (elements.isEmpty()) {
                throw new PgException(SqlState.INDETERMINATE_DATATYPE, "cannot determine type of empty array")
                        .withHint("Explicitly cast to the desired type, for example ARRAY[]::integer[].")
                        .atLocation(array.getLocation());
            }
            TypeUnifier.Unified unified = TypeUnifier.unify(elements, "ARRAY", exprs);
            elementType = unified.type();
            coerced = unified.values();
        }
        boolean agg = elements.stream().anyMatch(Typed::aggregate);
        if (elementType.isArray()) {
            List<String> parts = new ArrayList<>();
            for (Typed e : coerced) {
                parts.add(e.sql());
            }
            return Typed.of("pg_array_construct(" + String.join(", ", parts) + ")", elementType).withName("array")
                    .withAggregate(agg).at(array.getLocation());
        }
        PgType arrayType = Types.arrayOf(elementType);
        if (arrayType == null) {
            arrayType = ctx.catalog().type(elementType.arrayOid());
        }
        if (arrayType == null) {
            // record[] (ARRAY[ROW(...)]) has no array type here
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support arrays of type "
                    + TypeDisplay.name(elementType) + " yet").atLocation(array.getLocation());
        }
        List<String> parts = new ArrayList<>();
        parts.add(Integer.toString(elementType.oid()));
        for (Typed e : coerced) {
            parts.add(e.sql());
        }
        return Typed.of("pg_array_build(" + String.join(", ", parts) + ")", arrayType).withName("array")
                .withAggregate(agg).at(array.getLocation());
    }

    /** Subscripts, arr[i][j] and arr[i:j], and field selection from a record, (r).x. */
    Typed indirection(A_Indirection ind, Scope scope) {
        Typed base = exprs.expr(ind.getArg(), scope);
        int location = ExprTranslator.location(ind.getArg());
        List<Node> indirections = ind.getIndirectionList();
        List<io.pgmicro.parse.ast.A_Indices> run = new ArrayList<>();
        for (int k = 0; k < indirections.size(); k++) {
            Node n = indirections.get(k);
            if (run.isEmpty() && base.type().equals(Types.JSONB) && n.hasAIndices()) {
                return new JsonbSubscripts(exprs, scope).fetch(base, indirections.subList(k, indirections.size()));
            }
            if (n.hasAIndices()) {
                run.add(n.getAIndices());
                continue;
            }
            if (!run.isEmpty()) {
                base = subscripted(base, run, scope, location);
                run.clear();
            }
            if (!n.hasString()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "field selection is not supported yet");
            }
            base = field(base, n.getString().getSval(), location);
        }
        return run.isEmpty() ? base : subscripted(base, run, scope, location);
    }

    /** One array reference: an element when no subscript is a slice, else a slice of the array's type. */
    private Typed subscripted(Typed base, List<io.pgmicro.parse.ast.A_Indices> indices, Scope scope, int location) {
        String shift = "";
        if (ArrayValues.isVector(base.type())) {
            base = ArrayValues.vectorElements(base);
            shift = " + 1";
        }
        if (!base.type().isArray()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "cannot subscript type " + TypeDisplay.name(base.type())
                    + " because it does not support subscripting").atLocation(location);
        }
        String lowerBoundShift = shift;
        Subscripts subscripts = Subscripts.of(indices, n -> intArg(n, scope) + lowerBoundShift);
        PgType element = ctx.catalog().type(base.type().elementOid());
        if (subscripts.slice()) {
            return base.retyped("pg_array_slice(" + base.sql() + subscripts.tail() + ")", base.type(), base.typmod());
        }
        return base.retyped("pg_array_element(" + base.sql() + ", " + element.oid() + subscripts.tail() + ")", element, -1);
    }

    /** (r).name: one field of a record whose layout is known, read back from the record's text. */
    private Typed field(Typed record, String name, int location) {
        if (record.type().oid() != Types.RECORD.oid() && record.type().category() != 'C') {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "column notation ." + name + " applied to type "
                    + TypeDisplay.name(record.type()) + ", which is not a composite type").atLocation(location);
        }
        List<PgType.Field> fields = record.type().fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return RecordFields.field(exprs, record.sql(), fields.get(i), i);
            }
        }
        throw new PgException(SqlState.UNDEFINED_COLUMN, "could not identify column \"" + name
                + "\" in record data type").atLocation(location);
    }

    /**
     * row_to_json(record [, pretty]) for a record whose fields are known: an object of the
     * fields by name, in order, as to_json converts each (a nested record is not supported yet).
     */
    private Typed rowToJson(FuncCall call, Scope scope) {
        if (call.getArgsCount() < 1 || call.getArgsCount() > 2) {
            return null;
        }
        List<Typed> fields = new ArrayList<>();
        Node arg = call.getArgs(0);
        Typed record = null;
        if (arg.hasRowExpr()) {
            // ROW(a, b): fields f1, f2 ... unless the row names them
            var row = arg.getRowExpr();
            for (int i = 0; i < row.getArgsCount(); i++) {
                Typed f = exprs.expr(row.getArgs(i), scope);
                f = f.isUnknown() ? exprs.coerce(f, Types.TEXT, -1, Coercion.Context.IMPLICIT, null) : f;
                fields.add(f.withName(i < row.getColnamesCount() ? row.getColnames(i).getString().getSval() : "f" + (i + 1)));
            }
        } else {
            record = exprs.expr(arg, scope);
            if (record.type().oid() != Types.RECORD.oid() || record.type().fields().isEmpty()) {
                return null;
            }
        }
        String pretty = call.getArgsCount() == 2
                ? exprs.coerce(exprs.expr(call.getArgs(1), scope), Types.BOOL, -1, Coercion.Context.IMPLICIT, null).sql()
                : "0";
        Typed json = record == null ? recordJson(fields, pretty, call.getLocation())
                : recordAsJson(record, pretty, call.getLocation());
        return json.withName("row_to_json");
    }

    /** The JSON object of a record's fields, by name in order, each as to_json converts it. */
    private Typed recordJson(List<Typed> fields, String pretty, int loc) {
        List<String> parts = new ArrayList<>(List.of(pretty));
        boolean aggregate = false;
        for (Typed f : fields) {
            aggregate |= f.aggregate();
            if (f.type().oid() == Types.RECORD.oid() || f.type().category() == 'P' || f.type().category() == 'C') {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support row_to_json of nested "
                        + TypeDisplay.name(f.type()) + " fields yet").atLocation(loc);
            }
            parts.add(SqlText.string(f.name()));
            parts.add("pg_to_json(" + f.sql() + ", " + SqlText.string(f.type().name()) + ")");
        }
        return Typed.of("pg_json_row(" + String.join(", ", parts) + ")", Types.JSON).withAggregate(aggregate).at(loc);
    }

    private String intArg(Node n, Scope scope) {
        return exprs.coerce(exprs.expr(n, scope), Types.INT4, -1, Coercion.Context.IMPLICIT, "subscript").sql();
    }

    /** x op ANY (array) and x op ALL (array). */
    Typed anyAll(String op, boolean all, Node leftNode, Node rightNode, Scope scope, int loc) {
        Typed left = exprs.expr(leftNode, scope);
        Typed array = exprs.expr(rightNode, scope);
        if (ArrayValues.isVector(array.type())) {
            array = ArrayValues.vectorElements(array);
        }
        if (array.isUnknown()) {
            PgType arrayType = left.isUnknown() ? Types.arrayOf(Types.TEXT) : Types.arrayOf(left.type());
            array = exprs.coerce(array, arrayType, -1, Coercion.Context.IMPLICIT, null);
        }
        if (!array.type().isArray()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "op ANY/ALL (array) requires array on right side")
                    .atLocation(loc);
        }
        PgType element = ctx.catalog().type(array.type().elementOid());
        Typed elementRef = Typed.of(ArrayValues.decode("value", element), element);
        Typed cmp = exprs.operator(op, left, elementRef, loc);
        if (!cmp.type().equals(Types.BOOL)) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "op ANY/ALL (array) requires operator to yield boolean")
                    .atLocation(loc);
        }
        String each = "json_each(pg_array_to_json(" + array.sql() + ", " + element.oid() + "))";
        // Three-valued, as in PostgreSQL: ANY is true when some comparison is true, ALL false when some is
        // false; otherwise a null comparison (or a null array) makes the answer null.
        String decisive = all ? "min(c) = 0 THEN 0" : "max(c) = 1 THEN 1";
        String sql = "(CASE WHEN " + array.sql() + " IS NULL THEN NULL ELSE (SELECT CASE WHEN " + decisive
                + " WHEN count(*) > count(c) THEN NULL ELSE " + (all ? "1" : "0") + " END FROM (SELECT "
                + cmp.sql() + " AS c FROM " + each + ")) END)";
        return Typed.of(sql, Types.BOOL).withName(Typed.NO_NAME).at(loc);
    }

    /** x IN (subquery), x op ANY/ALL (subquery). */
    Typed subqueryAnyAll(SubLink link, Scope scope) {
        int loc = link.getLocation();
        QueryTranslator.QuerySql q = exprs.queries().subquery(link.getSubselect(), scope);
        String op = link.getOperNameCount() == 0 ? "=" : link.getOperName(link.getOperNameCount() - 1).getString().getSval();
        List<Typed> lefts = new ArrayList<>();
        if (link.getTestexpr().hasRowExpr()) {
            for (Node n : link.getTestexpr().getRowExpr().getArgsList()) {
                lefts.add(exprs.expr(n, scope));
            }
        } else {
            lefts.add(exprs.expr(link.getTestexpr(), scope));
        }
        if (lefts.size() != q.columns().size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, lefts.size() < q.columns().size()
                    ? "subquery has too many columns" : "subquery has too few columns").atLocation(loc);
        }
        String alias = "_sub" + Math.abs(System.identityHashCode(link) % 100000);
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < lefts.size(); i++) {
            Typed col = q.columns().get(i);
            Typed ref = col.retyped(SqlText.ident(alias) + "." + SqlText.ident("c" + (i + 1)), col.type(), col.typmod());
            conditions.add(exprs.operator(op, lefts.get(i), ref, loc).sql());
        }
        String cond = String.join(" AND ", conditions);
        String from = "(" + q.sql() + ") AS " + SqlText.ident(alias);
        boolean all = link.getSubLinkType() == SubLinkType.ALL_SUBLINK;
        String sql;
        if (all) {
            sql = "(NOT EXISTS (SELECT 1 FROM " + from + " WHERE NOT coalesce(" + cond + ", 0)))";
        } else if (lefts.size() == 1 && op.equals("=") && conditions.get(0).equals("(" + lefts.get(0).sql() + " = "
                + SqlText.ident(alias) + "." + SqlText.ident("c1") + ")")) {
            // SQLite's IN keeps SQL's three-valued result when no row matches and one is NULL
            sql = "(" + lefts.get(0).sql() + " IN (SELECT " + SqlText.ident("c1") + " FROM " + from + "))";
        } else {
            sql = "(EXISTS (SELECT 1 FROM " + from + " WHERE " + cond + "))";
        }
        return Typed.of(sql, Types.BOOL).at(loc);
    }

    /** ARRAY(subquery). */
    Typed arraySubquery(SubLink link, Scope scope) {
        QueryTranslator.QuerySql q = exprs.queries().subquery(link.getSubselect(), scope);
        if (q.columns().size() != 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, "subquery must return only one column").atLocation(link.getLocation());
        }
        PgType element = q.columns().get(0).type();
        // over arrays, the rows stack into an array of one more dimension, as array_agg does
        PgType arrayType = element.isArray() ? element : Types.arrayOf(element);
        String aggregate = element.isArray() ? "pg_array_agg_arrays(" + SqlText.ident("c1") + ")"
                : "pg_array_agg(" + SqlText.ident("c1") + ", " + element.oid() + ")";
        // unlike array_agg, ARRAY(subquery) over no rows is an empty array, not NULL
        String sql = "coalesce((SELECT " + aggregate + " FROM (" + q.sql() + ")), '{}')";
        return Typed.of(sql, arrayType).withName("array").at(link.getLocation());
    }
}
