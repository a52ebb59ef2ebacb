package io.pgmicro.emit;

import io.pgmicro.parse.ast.A_Indices;
import io.pgmicro.types.ArrayValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The subscripts of one array reference, {@code a[i][j]} or {@code a[1:2][3]}, as the
 * argument list of the array UDFs (see exec/functions/ArraySubscripts): element
 * subscripts one each; slices two bounds each, a bound left out as {@code '*'}, and a
 * plain subscript {@code i} among slices as the bounds 1 and i, as PostgreSQL reads it.
 */
record Subscripts(boolean slice, List<String> arguments) {
    private static final String OMITTED = "'*'";

    /**
     * @param indices  consecutive subscripts of one reference
     * @param integer  an int4 SQL expression for a subscript expression
     */
    static Subscripts of(List<A_Indices> indices, Function<io.pgmicro.parse.ast.Node, String> integer) {
        if (indices.size() > ArrayValue.MAX_DIMENSIONS) {
            throw ArrayValue.tooManyDimensions(indices.size());
        }
        boolean slice = indices.stream().anyMatch(A_Indices::getIsSlice);
        List<String> args = new ArrayList<>();
        for (A_Indices idx : indices) {
            if (!slice) {
                args.add(integer.apply(idx.getUidx()));
            } else if (idx.getIsSlice()) {
                args.add(idx.hasLidx() ? integer.apply(idx.getLidx()) : OMITTED);
                args.add(idx.hasUidx() ? integer.apply(idx.getUidx()) : OMITTED);
            } else {
                args.add("1");
                args.add(integer.apply(idx.getUidx()));
            }
        }
        return new Subscripts(slice, List.copyOf(args));
    }

    /** The arguments as the tail of a call's argument list: ", i1, i2". */
    String tail() {
        StringBuilder out = new StringBuilder();
        for (String a : arguments) {
            out.append(", ").append(a);
        }
        return out.toString();
    }
}
