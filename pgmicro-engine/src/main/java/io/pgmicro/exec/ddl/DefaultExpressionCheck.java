package io.pgmicro.exec.ddl;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.catalog.FunctionSignature;
import io.pgmicro.parse.ast.FuncCall;
import io.pgmicro.parse.ast.Node;
import java.util.List;
import java.util.Map;

/**
 * What PostgreSQL refuses in a column's DEFAULT expression: column references, subqueries,
 * and aggregate, window and set-returning functions. pgmicro keeps a default as text and
 * evaluates it when a row is written, so it checks the expression when the default is set,
 * where PostgreSQL does; the tree is walked in the order PostgreSQL's analysis meets them
 * (a function's arguments before the function).
 */
final class DefaultExpressionCheck {
    private DefaultExpressionCheck() {
    }

    /** @param located whether errors point into the statement (CREATE TABLE), or not (ALTER TABLE ... SET DEFAULT) */
    static void check(Node expr, boolean located) {
        try {
            visit(expr);
        } catch (PgException e) {
            throw located ? e : new PgException(e.sqlState(), e.getMessage());
        }
    }

    private static void visit(Message m) {
        if (m instanceof Node n) {
            switch (n.getNodeCase()) {
                case COLUMN_REF -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "cannot use column reference in DEFAULT expression").atLocation(n.getColumnRef().getLocation());
                case SUB_LINK -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot use subquery in DEFAULT expression")
                        .atLocation(n.getSubLink().getLocation());
                case FUNC_CALL -> {
                    visitChildren(n.getFuncCall());
                    checkFunction(n.getFuncCall());
                    return;
                }
                default -> {
                }
            }
        }
        visitChildren(m);
    }

    private static void visitChildren(Message m) {
        for (Map.Entry<FieldDescriptor, Object> e : m.getAllFields().entrySet()) {
            if (e.getKey().getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            if (e.getKey().isRepeated()) {
                for (Object child : (List<?>) e.getValue()) {
                    visit((Message) child);
                }
            } else {
                visit((Message) e.getValue());
            }
        }
    }

    private static void checkFunction(FuncCall call) {
        int location = call.getLocation();
        if (call.hasOver()) {
            throw new PgException(SqlState.WINDOWING_ERROR, "window functions are not allowed in DEFAULT expressions")
                    .atLocation(location);
        }
        List<Node> name = call.getFuncnameList();
        boolean qualified = name.size() > 1 && !name.get(0).getString().getSval().equals("pg_catalog");
        if (qualified) {
            return;
        }
        List<FunctionSignature> builtins = BuiltinFunctions.byName(name.get(name.size() - 1).getString().getSval());
        if (!builtins.isEmpty() && builtins.stream().allMatch(f -> f.kind() == FunctionSignature.Kind.AGGREGATE)) {
            throw new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in DEFAULT expressions")
                    .atLocation(location);
        }
        if (io.pgmicro.emit.SetReturningTargets.isBuiltinSetReturning(call)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "set-returning functions are not allowed in DEFAULT expressions")
                    .atLocation(location);
        }
    }
}
