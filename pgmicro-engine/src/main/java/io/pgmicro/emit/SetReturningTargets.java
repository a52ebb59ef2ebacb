package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.Alias;
import io.pgmicro.parse.ast.ColumnRef;
import io.pgmicro.parse.ast.FuncCall;
import io.pgmicro.parse.ast.List;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeFunction;
import io.pgmicro.parse.ast.ResTarget;
import io.pgmicro.parse.ast.SelectStmt;

/**
 * A set-returning function in the select list (SELECT generate_series(1, 3)) produces
 * one output row per value. SQLite can only iterate in FROM, so such a call moves into
 * the FROM list as a function item, and the select list refers to its column.
 */
final class SetReturningTargets {
    private static final java.util.Set<String> SET_RETURNING = java.util.Set.of("generate_series", "unnest");

    private SetReturningTargets() {
    }

    private static boolean isSetReturning(String name) {
        return SET_RETURNING.contains(name)
                || io.pgmicro.catalog.BuiltinFunctions.byName(name).stream().anyMatch(f -> f.returnsSet());
    }

    static SelectStmt rewrite(SelectStmt stmt) {
        SelectStmt.Builder out = null;
        int found = 0;
        for (int i = 0; i < stmt.getTargetListCount(); i++) {
            ResTarget rt = stmt.getTargetList(i).getResTarget();
            if (!rt.getVal().hasFuncCall()) {
                continue;
            }
            FuncCall call = rt.getVal().getFuncCall();
            String name = call.getFuncname(call.getFuncnameCount() - 1).getString().getSval();
            if (!isSetReturning(name) || call.hasOver()) {
                continue;
            }
            if (++found > 1) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro supports only one set-returning function in a select list").atLocation(call.getLocation());
            }
            if (out == null) {
                out = stmt.toBuilder();
            }
            String alias = "_srf" + i;
            RangeFunction rf = RangeFunction.newBuilder()
                    .addFunctions(Node.newBuilder().setList(List.newBuilder().addItems(rt.getVal()).addItems(Node.getDefaultInstance())))
                    .setAlias(Alias.newBuilder().setAliasname(alias)
                            .addColnames(Node.newBuilder().setString(io.pgmicro.parse.ast.String.newBuilder().setSval(alias))))
                    .build();
            out.addFromClause(Node.newBuilder().setRangeFunction(rf));
            ColumnRef ref = ColumnRef.newBuilder()
                    .addFields(Node.newBuilder().setString(io.pgmicro.parse.ast.String.newBuilder().setSval(alias)))
                    .addFields(Node.newBuilder().setString(io.pgmicro.parse.ast.String.newBuilder().setSval(alias)))
                    .setLocation(call.getLocation()).build();
            ResTarget replaced = rt.toBuilder().setVal(Node.newBuilder().setColumnRef(ref))
                    .setName(rt.getName().isEmpty() ? name : rt.getName()).build();
            out.setTargetList(i, Node.newBuilder().setResTarget(replaced));
        }
        return out == null ? stmt : out.build();
    }
}
