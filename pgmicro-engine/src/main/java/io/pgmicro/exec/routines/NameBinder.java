package io.pgmicro.exec.routines;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.pgmicro.parse.ast.ColumnRef;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.ParamRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns references to a routine's variables inside a statement's parse tree into
 * parameters: each name the resolver claims ({@code x}, {@code new.col}, {@code $1})
 * becomes a ParamRef {@code $k}, and the resolver learns which variable $k stands for.
 * The tree is rewritten generically through protobuf reflection, so every place an
 * expression can occur is covered.
 */
public final class NameBinder {
    /** Claims a reference: returns the parameter number it becomes, or 0 to leave it alone. */
    public interface Resolver {
        int column(List<String> names);

        int parameter(int number);

        /** Whether the array a column reference names is subscripted from 0 (TG_ARGV). */
        default boolean zeroBased(List<String> names) {
            return false;
        }
    }

    private NameBinder() {
    }

    public static Node bind(Node tree, Resolver resolver) {
        return (Node) rewrite(tree, resolver);
    }

    private static Message rewrite(Message m, Resolver resolver) {
        if (m instanceof Node node) {
            Node replaced = replacement(node, resolver);
            if (replaced != null) {
                return replaced;
            }
        }
        Message.Builder builder = null;
        for (Map.Entry<FieldDescriptor, Object> e : m.getAllFields().entrySet()) {
            FieldDescriptor f = e.getKey();
            if (f.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            if (f.isRepeated()) {
                List<?> items = (List<?>) e.getValue();
                for (int i = 0; i < items.size(); i++) {
                    Message child = (Message) items.get(i);
                    Message changed = rewrite(child, resolver);
                    if (changed != child) {
                        if (builder == null) {
                            builder = m.toBuilder();
                        }
                        builder.setRepeatedField(f, i, changed);
                    }
                }
            } else {
                Message child = (Message) e.getValue();
                Message changed = rewrite(child, resolver);
                if (changed != child) {
                    if (builder == null) {
                        builder = m.toBuilder();
                    }
                    builder.setField(f, changed);
                }
            }
        }
        return builder == null ? m : builder.build();
    }

    private static Node replacement(Node node, Resolver resolver) {
        if (node.hasAIndirection() && node.getAIndirection().getArg().hasColumnRef()
                && resolver.zeroBased(names(node.getAIndirection().getArg().getColumnRef()))) {
            return zeroBasedSubscript(node.getAIndirection(), resolver);
        }
        if (node.hasColumnRef()) {
            ColumnRef ref = node.getColumnRef();
            List<String> names = new ArrayList<>();
            for (Node f : ref.getFieldsList()) {
                if (!f.hasString()) {
                    return null;
                }
                names.add(f.getString().getSval());
            }
            int k = resolver.column(names);
            return k == 0 ? null : param(k, ref.getLocation());
        }
        if (node.hasParamRef()) {
            int k = resolver.parameter(node.getParamRef().getNumber());
            return k == 0 ? null : param(k, node.getParamRef().getLocation());
        }
        return null;
    }

    private static List<String> names(ColumnRef ref) {
        List<String> names = new ArrayList<>();
        for (Node f : ref.getFieldsList()) {
            names.add(f.hasString() ? f.getString().getSval() : "*");
        }
        return names;
    }

    /** {@code a[i]} of a 0-based array bound as an ordinary 1-based one: {@code a[(i) + 1]}. */
    private static Node zeroBasedSubscript(io.pgmicro.parse.ast.A_Indirection ind, Resolver resolver) {
        var b = ind.toBuilder().setArg((Node) rewrite(ind.getArg(), resolver));
        for (int i = 0; i < b.getIndirectionCount(); i++) {
            Node n = b.getIndirection(i);
            if (n.hasAIndices() && !n.getAIndices().getIsSlice() && n.getAIndices().hasUidx()) {
                Node index = (Node) rewrite(n.getAIndices().getUidx(), resolver);
                Node plusOne = Node.newBuilder().setAExpr(io.pgmicro.parse.ast.A_Expr.newBuilder()
                        .setKind(io.pgmicro.parse.ast.A_Expr_Kind.AEXPR_OP)
                        .addName(Node.newBuilder().setString(io.pgmicro.parse.ast.String.newBuilder().setSval("+")))
                        .setLexpr(index)
                        .setRexpr(Node.newBuilder().setAConst(io.pgmicro.parse.ast.A_Const.newBuilder()
                                .setIval(io.pgmicro.parse.ast.Integer.newBuilder().setIval(1)).setLocation(-1)))
                        .setLocation(-1)).build();
                b.setIndirection(i, Node.newBuilder().setAIndices(n.getAIndices().toBuilder().setUidx(plusOne)));
            }
        }
        return Node.newBuilder().setAIndirection(b).build();
    }

    private static Node param(int number, int location) {
        return Node.newBuilder().setParamRef(ParamRef.newBuilder().setNumber(number).setLocation(location)).build();
    }
}
