package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.catalog.FunctionSignature;
import io.pgmicro.parse.ast.FuncCall;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.SortBy;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ordered-set aggregates, NAME(direct arguments) WITHIN GROUP (ORDER BY key): percentile_cont,
 * percentile_disc and mode, and the hypothetical-set rank, dense_rank, percent_rank and cume_dist. The engine aggregate (exec.functions.OrderedSets) receives the key
 * values through an aggregate ORDER BY, so they arrive in PostgreSQL's order whatever their storage.
 */
final class OrderedSetAggregates {
    private static final Set<String> ORDERED_SET = Set.of("percentile_cont", "percentile_disc", "mode");
    private static final Set<String> HYPOTHETICAL_SET = Set.of("rank", "dense_rank", "percent_rank", "cume_dist");

    private final FunctionCallTranslator calls;
    private final ExprTranslator exprs;

    OrderedSetAggregates(FunctionCallTranslator calls, ExprTranslator exprs) {
        this.calls = calls;
        this.exprs = exprs;
    }

    /** Whether a call is this class's to translate (or to refuse): WITHIN GROUP, or an ordered-set name. */
    static boolean applies(FuncCall call, String name) {
        return call.getAggWithinGroup() || ORDERED_SET.contains(name);
    }

    Typed translate(FuncCall call, String name, Scope scope) {
        int loc = call.getLocation();
        if (HYPOTHETICAL_SET.contains(name)) {
            return hypothetical(call, name, scope);
        }
        List<Typed> direct = new ArrayList<>();
        for (Node a : call.getArgsList()) {
            direct.add(exprs.expr(a, scope));
        }
        List<Typed> keys = new ArrayList<>();
        exprs.enterAggregate();
        try {
            for (Node n : call.getAggOrderList()) {
                keys.add(exprs.expr(n.getSortBy().getNode(), scope));
            }
        } finally {
            exprs.leaveAggregate();
        }
        List<Typed> all = new ArrayList<>(direct);
        all.addAll(keys);
        // as PostgreSQL resolves them: by all the arguments, direct and aggregated, then the form
        int directCount = name.equals("mode") ? 0 : 1;
        if (!ORDERED_SET.contains(name)) {
            boolean aggregate = BuiltinFunctions.byName(name).stream()
                    .anyMatch(f -> f.kind() == FunctionSignature.Kind.AGGREGATE && f.argTypes().size() == all.size());
            if (aggregate) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, name
                        + " is not an ordered-set aggregate, so it cannot have WITHIN GROUP").atLocation(loc);
            }
            throw calls.undefined(name, all, loc);
        }
        if (all.size() != directCount + 1 || keys.size() > 1) {
            throw calls.undefined(name, all, loc);
        }
        if (!call.getAggWithinGroup()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "WITHIN GROUP is required for ordered-set aggregate " + name)
                    .atLocation(loc);
        }
        if (call.hasOver()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "OVER is not supported for ordered-set aggregate " + name)
                    .atLocation(loc);
        }
        Typed key = keys.get(0);
        if (key.isUnknown()) {
            key = exprs.coerce(key, Types.TEXT, -1, Coercion.Context.IMPLICIT, null);
        }
        PgType result = key.type();
        int typmod = key.typmod();
        if (name.equals("percentile_cont")) {
            if (!Coercion.canCoerce(key.type(), Types.FLOAT8, Coercion.Context.IMPLICIT)) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro supports percentile_cont only over values that convert to double precision")
                        .atLocation(loc);
            }
            key = exprs.coerce(key, Types.FLOAT8, -1, Coercion.Context.IMPLICIT, null);
            result = Types.FLOAT8;
            typmod = -1;
        }
        String sql;
        SortBy sort = call.getAggOrder(0).getSortBy();
        exprs.enterAggregate();
        try {
            String order = OrderBy.emit(sort, keys.get(0), exprs);
            sql = "pg_" + name + "(" + (directCount == 1 ? fraction(direct.get(0), loc) + ", " : "") + key.sql()
                    + " ORDER BY " + order + ")";
        } finally {
            exprs.leaveAggregate();
        }
        return calls.aggregateOrWindow(call, sql, result, scope, false, true).withType(result, typmod).withName(name);
    }

    /**
     * rank, dense_rank, percent_rank and cume_dist of a hypothetical row (the direct argument)
     * among the group's rows: each row tells the aggregate whether it sorts before the
     * hypothetical row or is its peer, worked out with the type's own comparison operators.
     */
    private Typed hypothetical(FuncCall call, String name, Scope scope) {
        int loc = call.getLocation();
        if (call.getArgsCount() != call.getAggOrderCount()) {
            List<Typed> all = new ArrayList<>();
            for (Node a : call.getArgsList()) {
                all.add(exprs.expr(a, scope));
            }
            exprs.enterAggregate();
            try {
                for (Node n : call.getAggOrderList()) {
                    all.add(exprs.expr(n.getSortBy().getNode(), scope));
                }
            } finally {
                exprs.leaveAggregate();
            }
            throw calls.undefined(name, all, loc).withHint("To use the hypothetical-set aggregate " + name
                    + ", the number of hypothetical direct arguments (here " + call.getArgsCount()
                    + ") must match the number of ordering columns (here " + call.getAggOrderCount() + ").");
        }
        if (call.getArgsCount() != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "pgmicro supports " + name + " WITHIN GROUP only with one ORDER BY column").atLocation(loc);
        }
        if (call.hasOver()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "OVER is not supported for ordered-set aggregate " + name)
                    .atLocation(loc);
        }
        SortBy sort = call.getAggOrder(0).getSortBy();
        Node key = sort.getNode();
        Node row = call.getArgs(0);
        boolean nullsFirst = OrderBy.nullsFirst(sort);
        String sql;
        exprs.enterAggregate();
        try {
            String before = comparison(OrderBy.descending(sort) ? ">" : "<", key, row, loc, scope);
            String same = comparison("=", key, row, loc, scope);
            Typed k = exprs.expr(key, scope);
            Typed h = exprs.expr(row, scope);
            String keyNull = "(" + k.sql() + ") IS NULL";
            String rowNull = "(" + h.sql() + ") IS NULL";
            // NULLs sort after every value (or before, NULLS FIRST), and are each other's peers
            String precedes = "CASE WHEN " + keyNull + " AND " + rowNull + " THEN 0 WHEN " + keyNull + " THEN "
                    + (nullsFirst ? 1 : 0) + " WHEN " + rowNull + " THEN " + (nullsFirst ? 0 : 1) + " ELSE " + before + " END";
            String peer = "CASE WHEN " + keyNull + " OR " + rowNull + " THEN " + keyNull + " AND " + rowNull
                    + " ELSE " + same + " END";
            sql = "pg_hypothetical_" + name + "(" + precedes + ", " + peer + ", " + k.sql() + " ORDER BY "
                    + OrderBy.emit(sort, k, exprs) + ")";
        } finally {
            exprs.leaveAggregate();
        }
        PgType result = name.endsWith("rank") && !name.equals("percent_rank") ? Types.INT8 : Types.FLOAT8;
        return calls.aggregateOrWindow(call, sql, result, scope, false, true).withName(name);
    }

    private String comparison(String op, Node left, Node right, int loc, Scope scope) {
        io.pgmicro.parse.ast.A_Expr e = io.pgmicro.parse.ast.A_Expr.newBuilder()
                .setKind(io.pgmicro.parse.ast.A_Expr_Kind.AEXPR_OP)
                .addName(Node.newBuilder().setString(io.pgmicro.parse.ast.String.newBuilder().setSval(op)))
                .setLexpr(left).setRexpr(right).setLocation(loc).build();
        return exprs.expr(Node.newBuilder().setAExpr(e).build(), scope).sql();
    }

    /** The fraction of a percentile, a double precision (an array of them is not supported yet). */
    private String fraction(Typed p, int loc) {
        if (p.type().isArray()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "pgmicro does not support percentiles of an array of fractions yet").atLocation(loc);
        }
        return exprs.coerce(p, Types.FLOAT8, -1, Coercion.Context.IMPLICIT, null).sql();
    }
}
