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

    private static Node param(int number, int location) {
        return Node.newBuilder().setParamRef(ParamRef.newBuilder().setNumber(number).setLocation(location)).build();
    }
}
