package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.TypeDisplay;
import io.pgmicro.analyze.Typed;
import io.pgmicro.parse.ast.A_Indices;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * jsonb subscripts: {@code j['a'][0]} reads like {@code j #> '{a,0}'}, and
 * {@code SET j['a'][0] = v} writes through the path, creating what is missing. Each subscript
 * is an integer or text (an untyped literal is text), as PostgreSQL's jsonb subscripting
 * decides; slices are refused.
 */
final class JsonbSubscripts {
    private final ExprTranslator exprs;
    private final Scope scope;

    JsonbSubscripts(ExprTranslator exprs, Scope scope) {
        this.exprs = exprs;
        this.scope = scope;
    }

    /** {@code base[s1][s2]...}: jsonb, or NULL when the path leads nowhere. */
    Typed fetch(Typed base, List<Node> indices) {
        List<String> args = new ArrayList<>();
        args.add(base.sql());
        for (Node n : indices) {
            args.add(subscript(n).sql());
        }
        return base.retyped("pg_jsonb_extract_path(" + String.join(", ", args) + ")", Types.JSONB, -1);
    }

    /** The new value of {@code column} for {@code SET column[s1][s2]... = value}. */
    String assignment(String column, List<Node> indices, Typed value) {
        List<String> args = new ArrayList<>();
        args.add(column);
        args.add(value.sql());
        boolean firstIsInteger = false;
        for (Node n : indices) {
            Typed s = subscript(n);
            if (args.size() == 2) {
                firstIsInteger = s.type().equals(Types.INT4);
                args.add(firstIsInteger ? "1" : "0");
            }
            args.add(s.sql());
        }
        return "pg_jsonb_subscript_assign(" + String.join(", ", args) + ")";
    }

    /** One subscript, as int4 or text. */
    private Typed subscript(Node n) {
        if (!n.hasAIndices()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "field selection is not supported yet");
        }
        A_Indices idx = n.getAIndices();
        if (idx.getIsSlice()) {
            PgException e = new PgException(SqlState.DATATYPE_MISMATCH, "jsonb subscript does not support slices");
            Node bound = idx.hasUidx() ? idx.getUidx() : idx.hasLidx() ? idx.getLidx() : null;
            throw bound == null ? e : e.atLocation(ExprTranslator.location(bound));
        }
        Typed s = exprs.expr(idx.getUidx(), scope);
        if (s.isUnknown()) {
            return exprs.coerce(s, Types.TEXT, -1, Coercion.Context.IMPLICIT, null);
        }
        if (Coercion.canCoerce(s.type(), Types.INT4, Coercion.Context.IMPLICIT)) {
            return exprs.coerce(s, Types.INT4, -1, Coercion.Context.IMPLICIT, "subscript");
        }
        if (Coercion.canCoerce(s.type(), Types.TEXT, Coercion.Context.IMPLICIT)) {
            return exprs.coerce(s, Types.TEXT, -1, Coercion.Context.IMPLICIT, "subscript");
        }
        throw new PgException(SqlState.DATATYPE_MISMATCH, "subscript type " + TypeDisplay.name(s.type())
                + " is not supported").withHint("jsonb subscript must be coercible to either integer or text.")
                .atLocation(ExprTranslator.location(idx.getUidx()));
    }
}
