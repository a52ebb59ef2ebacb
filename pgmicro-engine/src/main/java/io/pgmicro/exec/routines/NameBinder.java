package io.pgmicro.exec.routines;

import com.google.protobuf.Message;
import io.pgmicro.parse.ast.ColumnRef;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.ParamRef;
import java.util.ArrayList;
import java.util.List;

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
        /** A column reference's names; a trailing {@code *} (rec.*) is given as "*". */
        int column(List<String> names);

        int parameter(int number);

        /** Whether the array a column reference names is subscripted from 0 (TG_ARGV). */
        default boolean zeroBased(List<String> names) {
            return false;
        }

        /** The fields that {@code record.*} stands for, or null when the name is no record variable. */
        default List<String> fields(String record) {
            return null;
        }
    }

    private NameBinder() {
    }

    public static Node bind(Node tree, Resolver resolver) {
        return (Node) rewrite(tree, resolver);
    }

    private static Message rewrite(Message m, Resolver resolver) {
        return io.pgmicro.parse.TreeRewrite.rewrite(m, n -> n instanceof Node node ? replacement(node, resolver) : null);
    }

    private static Node replacement(Node node, Resolver resolver) {
        if (node.hasSelectStmt() && node.getSelectStmt().getTargetListList().stream().anyMatch(t ->
                t.hasResTarget() && starFields(t.getResTarget().getVal(), resolver) != null)) {
            return expandSelectList(node.getSelectStmt(), resolver);
        }
        if (node.hasRowExpr() && node.getRowExpr().getArgsList().stream().anyMatch(a -> starFields(a, resolver) != null)) {
            var row = node.getRowExpr().toBuilder().clearArgs();
            for (Node arg : node.getRowExpr().getArgsList()) {
                row.addAllArgs(expandStar(arg, resolver));
            }
            return Node.newBuilder().setRowExpr(row).build();
        }
        if (starFields(node, resolver) != null) {
            // rec.* in an expression is the row of its fields: (OLD.* IS DISTINCT FROM NEW.*)
            return Node.newBuilder().setRowExpr(io.pgmicro.parse.ast.RowExpr.newBuilder()
                    .addAllArgs(expandStar(node, resolver))
                    .setRowFormat(io.pgmicro.parse.ast.CoercionForm.COERCE_IMPLICIT_CAST)
                    .setLocation(node.getColumnRef().getLocation())).build();
        }
        if (node.hasAIndirection() && node.getAIndirection().getArg().hasColumnRef()
                && resolver.zeroBased(names(node.getAIndirection().getArg().getColumnRef()))) {
            return zeroBasedSubscript(node.getAIndirection(), resolver);
        }
        if (node.hasColumnRef()) {
            ColumnRef ref = node.getColumnRef();
            // a "rec.*" not expanded above (its record holds no row yet) reaches the resolver as [rec, *]
            List<String> names = names(ref);
            int k = resolver.column(names);
            return k == 0 ? null : param(k, ref.getLocation());
        }
        if (node.hasParamRef()) {
            int k = resolver.parameter(node.getParamRef().getNumber());
            return k == 0 ? null : param(k, node.getParamRef().getLocation());
        }
        return null;
    }

    /** For a reference {@code record.*} to a record variable: the record's fields; otherwise null. */
    private static List<String> starFields(Node node, Resolver resolver) {
        if (!node.hasColumnRef()) {
            return null;
        }
        List<String> names = names(node.getColumnRef());
        return names.size() == 2 && names.get(1).equals("*") ? resolver.fields(names.get(0)) : null;
    }

    /** A node, rewritten; {@code record.*} becomes one parameter per field. */
    private static List<Node> expandStar(Node node, Resolver resolver) {
        List<String> fields = starFields(node, resolver);
        if (fields == null) {
            return List.of((Node) rewrite(node, resolver));
        }
        String record = names(node.getColumnRef()).get(0);
        int location = node.getColumnRef().getLocation();
        List<Node> out = new ArrayList<>();
        for (String f : fields) {
            int k = resolver.column(List.of(record, f));
            out.add(param(k, location));
        }
        return out;
    }

    /** SELECT record.*: one result column per field, named as the field. */
    private static Node expandSelectList(io.pgmicro.parse.ast.SelectStmt select, Resolver resolver) {
        var b = select.toBuilder().clearTargetList();
        for (Node t : select.getTargetListList()) {
            List<String> fields = t.hasResTarget() ? starFields(t.getResTarget().getVal(), resolver) : null;
            if (fields == null) {
                b.addTargetList((Node) rewrite(t, resolver));
                continue;
            }
            List<Node> values = expandStar(t.getResTarget().getVal(), resolver);
            for (int i = 0; i < fields.size(); i++) {
                b.addTargetList(Node.newBuilder().setResTarget(t.getResTarget().toBuilder().setName(fields.get(i))
                        .setVal(values.get(i))));
            }
        }
        io.pgmicro.parse.ast.SelectStmt expanded = b.build();
        // the rest of the statement (FROM, WHERE ...) is rewritten as usual
        var rest = expanded.toBuilder().clearTargetList().build();
        var rewritten = ((Node) rewrite(Node.newBuilder().setSelectStmt(rest).build(), resolver)).getSelectStmt();
        return Node.newBuilder().setSelectStmt(rewritten.toBuilder().addAllTargetList(expanded.getTargetListList())).build();
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
