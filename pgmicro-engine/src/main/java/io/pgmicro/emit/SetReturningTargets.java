package io.pgmicro.emit;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.parse.ast.A_Indirection;
import io.pgmicro.parse.ast.Alias;
import io.pgmicro.parse.ast.ColumnRef;
import io.pgmicro.parse.ast.FuncCall;
import io.pgmicro.parse.ast.List;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeFunction;
import io.pgmicro.parse.ast.ResTarget;
import io.pgmicro.parse.ast.RowExpr;
import io.pgmicro.parse.ast.SelectStmt;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A set-returning function in the select list (SELECT generate_series(1, 3)) produces
 * one output row per value. SQLite can only iterate in FROM, so such a call moves into
 * the FROM list as a function item, and the select list refers to its column.
 * The same call written twice runs in lockstep in PostgreSQL, giving the same value on
 * each row, so both refer to one function item: pgjdbc selects
 * (information_schema._pg_expandarray(k)).n and information_schema._pg_expandarray(k) side
 * by side. A function with OUT columns (RecordSetFunctions) gives a record, or with
 * (f(...)).x one of its columns.
 */
public final class SetReturningTargets {
    private static final java.util.Set<String> SET_RETURNING = java.util.Set.of("generate_series", "unnest");

    private SetReturningTargets() {
    }

    /** Whether a call is of a built-in function that returns a set (also used to check DEFAULT expressions). */
    public static boolean isBuiltinSetReturning(FuncCall call) {
        String name = call.getFuncname(call.getFuncnameCount() - 1).getString().getSval();
        return !call.hasOver() && (SET_RETURNING.contains(name) || RecordSetFunctions.outColumns(call) != null
                || io.pgmicro.catalog.BuiltinFunctions.byName(name).stream().anyMatch(f -> f.returnsSet()));
    }

    private static boolean isSetReturning(FuncCall call, AnalysisContext ctx) {
        return isBuiltinSetReturning(call) || !call.hasOver() && userSetFunctions(call, ctx).findAny().isPresent();
    }

    /** The visible user functions a call may mean that return sets. */
    private static java.util.stream.Stream<io.pgmicro.catalog.FunctionSignature> userSetFunctions(FuncCall call,
                                                                                                AnalysisContext ctx) {
        int n = call.getFuncnameCount();
        String schema = n > 1 ? call.getFuncname(n - 2).getString().getSval() : null;
        return io.pgmicro.catalog.UserFunctionSignatures.visible(ctx.catalog(), schema,
                        call.getFuncname(n - 1).getString().getSval(), ctx.searchPath()).stream()
                .filter(f -> f.returnsSet() && f.argTypes().size() == call.getArgsCount());
    }

    /** The columns of a set-returning call's record rows, or null when each row is one value. */
    private static java.util.List<String> outColumns(FuncCall call, AnalysisContext ctx) {
        java.util.List<String> builtin = RecordSetFunctions.outColumns(call);
        if (builtin != null) {
            return builtin;
        }
        return userSetFunctions(call, ctx).map(f -> f.returnType().fields()).filter(fields -> !fields.isEmpty())
                .findFirst().map(fields -> fields.stream().map(io.pgmicro.types.PgType.Field::name).toList()).orElse(null);
    }

    static SelectStmt rewrite(SelectStmt stmt, AnalysisContext ctx) {
        SelectStmt.Builder out = null;
        // each distinct call (compared without its source positions) and the alias of its FROM item
        Map<Message, String> items = new LinkedHashMap<>();
        for (int i = 0; i < stmt.getTargetListCount(); i++) {
            ResTarget rt = stmt.getTargetList(i).getResTarget();
            FuncCall call;
            String field = null;
            boolean allFields = false;
            if (rt.getVal().hasFuncCall()) {
                call = rt.getVal().getFuncCall();
            } else if (selectsField(rt.getVal())) {
                A_Indirection ind = rt.getVal().getAIndirection();
                call = ind.getArg().getFuncCall();
                allFields = ind.getIndirection(0).hasAStar();
                field = allFields ? null : ind.getIndirection(0).getString().getSval();
            } else {
                continue;
            }
            if (!isSetReturning(call, ctx)) {
                continue;
            }
            java.util.List<String> outColumns = outColumns(call, ctx);
            if ((field != null || allFields) && outColumns == null) {
                continue;
            }
            if (field != null && !outColumns.contains(field)) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "could not identify column \"" + field
                        + "\" in record data type").atLocation(call.getLocation());
            }
            if (out == null) {
                out = stmt.toBuilder();
            }
            Message key = withoutLocations(call);
            String alias = items.get(key);
            if (alias == null) {
                if (!items.isEmpty()) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "pgmicro supports only one set-returning function in a select list").atLocation(call.getLocation());
                }
                alias = "_srf" + i;
                items.put(key, alias);
                Alias.Builder itemAlias = Alias.newBuilder().setAliasname(alias);
                if (outColumns == null) {
                    itemAlias.addColnames(string(alias));
                }
                RangeFunction rf = RangeFunction.newBuilder()
                        .addFunctions(Node.newBuilder().setList(List.newBuilder().addItems(Node.newBuilder().setFuncCall(call))
                                .addItems(Node.getDefaultInstance())))
                        .setAlias(itemAlias)
                        .build();
                out.addFromClause(Node.newBuilder().setRangeFunction(rf));
            }
            String name = call.getFuncname(call.getFuncnameCount() - 1).getString().getSval();
            Node value;
            if (outColumns == null) {
                value = column(alias, alias, call.getLocation());
            } else if (field != null) {
                value = column(alias, field, call.getLocation());
                name = field;
            } else if (allFields) {
                value = Node.newBuilder().setColumnRef(ColumnRef.newBuilder().addFields(string(alias))
                        .addFields(Node.newBuilder().setAStar(io.pgmicro.parse.ast.A_Star.getDefaultInstance()))
                        .setLocation(call.getLocation())).build();
            } else {
                RowExpr.Builder row = RowExpr.newBuilder().setLocation(call.getLocation());
                for (String column : outColumns) {
                    row.addArgs(column(alias, column, call.getLocation())).addColnames(string(column));
                }
                value = Node.newBuilder().setRowExpr(row).build();
            }
            ResTarget replaced = rt.toBuilder().setVal(value).setName(rt.getName().isEmpty() ? name : rt.getName()).build();
            out.setTargetList(i, Node.newBuilder().setResTarget(replaced));
        }
        return out == null ? stmt : out.build();
    }

    /** (f(...)).x or (f(...)).*: one field, or all, of a function's result. */
    private static boolean selectsField(Node val) {
        return val.hasAIndirection() && val.getAIndirection().getArg().hasFuncCall()
                && val.getAIndirection().getIndirectionCount() == 1
                && (val.getAIndirection().getIndirection(0).hasString() || val.getAIndirection().getIndirection(0).hasAStar());
    }

    private static Node column(String alias, String column, int location) {
        return Node.newBuilder().setColumnRef(ColumnRef.newBuilder().addFields(string(alias)).addFields(string(column))
                .setLocation(location)).build();
    }

    private static Node string(String value) {
        return Node.newBuilder().setString(io.pgmicro.parse.ast.String.newBuilder().setSval(value)).build();
    }

    /** A parse tree with every location cleared, so that two writings of one expression compare equal. */
    static Message withoutLocations(Message tree) {
        Message.Builder b = tree.toBuilder();
        for (Map.Entry<FieldDescriptor, Object> e : tree.getAllFields().entrySet()) {
            FieldDescriptor f = e.getKey();
            if (f.getName().equals("location")) {
                b.clearField(f);
            } else if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE && f.isRepeated()) {
                java.util.List<?> values = (java.util.List<?>) e.getValue();
                for (int i = 0; i < values.size(); i++) {
                    b.setRepeatedField(f, i, withoutLocations((Message) values.get(i)));
                }
            } else if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
                b.setField(f, withoutLocations((Message) e.getValue()));
            }
        }
        return b.build();
    }
}
