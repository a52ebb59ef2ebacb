package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.ArrayAssignment;
import io.pgmicro.types.ArrayText;
import io.pgmicro.types.ArrayValue;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Subscripts, as PostgreSQL's array subscripting has them: fetching an element
 * ({@code a[i][j]}) or a slice ({@code a[1:2][2]}, {@code a[:2]}), and assigning to one in
 * UPDATE or INSERT ({@code SET a[1:2] = ...}) through {@link ArrayAssignment}.
 *
 * <p>The emitter passes a slice's bounds in pairs; a bound left out ({@code a[:2]}) is the
 * text {@code '*'}, told apart from a NULL bound, which makes a fetch NULL and an
 * assignment an error. A subscript without a colon in a slice is the bound pair (1, i).
 */
final class ArraySubscripts {
    /** The stand-in for a slice bound left out. */
    static final String OMITTED = "*";

    private ArraySubscripts() {
    }

    static void register(Registrar r) {
        // (array, element type OID, i1, i2, ...)
        r.lenient("pg_array_element", -1, a -> {
            if (a[0] == null) {
                return null;
            }
            Integer[] subscripts = subscripts(a, 2, false);
            if (subscripts == null) {
                return null;
            }
            ArrayValue array = ArrayFunctions.array(a[0]);
            int offset = ArrayAssignment.offset(array, subscripts, false);
            String item = offset < 0 ? null : array.elements().get(offset);
            return item == null ? null : elementType(a[1]).input(item, -1, FormatContext.DEFAULT);
        });
        // (array, lo1, hi1, lo2, hi2, ...)
        r.lenient("pg_array_slice", -1, a -> {
            if (a[0] == null) {
                return null;
            }
            Integer[] bounds = subscripts(a, 1, true);
            return bounds == null ? null : slice(ArrayFunctions.array(a[0]), bounds).toString();
        });
        // generate_subscripts(array, dimension [, reverse]) as a JSON array for json_each
        r.lenient("pg_generate_subscripts", 2, a -> subscriptsJson(a[0], a[1], false));
        r.lenient("pg_generate_subscripts", 3, a -> subscriptsJson(a[0], a[1], a[2] != null && Args.bool(a[2])));
        // (array, element type OID, value, i1, i2, ...)
        r.lenient("pg_array_set_element", -1, a -> {
            Integer[] subscripts = subscripts(a, 3, false);
            if (subscripts == null) {
                throw nullSubscript();
            }
            PgType element = Types.byOid(Args.int4(a[1]));
            String value = element == null ? PgArray.elementText(a[2]) : ArrayText.elementStorageText(element, a[2]);
            ArrayValue target = a[0] == null ? ArrayValue.EMPTY : ArrayFunctions.array(a[0]);
            return ArrayAssignment.setElement(target, subscripts, value).toString();
        });
        // (array, source array, lo1, hi1, ...)
        r.lenient("pg_array_set_slice", -1, a -> {
            Integer[] bounds = subscripts(a, 2, true);
            if (bounds == null) {
                throw nullSubscript();
            }
            if (a[1] == null) {
                return a[0];
            }
            ArrayValue target = a[0] == null ? ArrayValue.EMPTY : ArrayFunctions.array(a[0]);
            return ArrayAssignment.setSlice(target, bounds, ArrayFunctions.array(a[1])).toString();
        });
    }

    /** The subscripts of one dimension, in order or reversed; none when the array lacks the dimension. */
    private static String subscriptsJson(Object array, Object dimension, boolean reverse) {
        StringBuilder out = new StringBuilder("[");
        if (array != null && dimension != null) {
            ArrayValue arr = ArrayFunctions.array(array);
            long d = Args.integer(dimension);
            if (d >= 1 && d <= arr.ndims()) {
                int lo = arr.lowerBound((int) d - 1);
                int hi = arr.upperBound((int) d - 1);
                for (long i = 0; i <= (long) hi - lo; i++) {
                    out.append(i == 0 ? "" : ",").append(reverse ? hi - i : lo + i);
                }
            }
        }
        return out.append(']').toString();
    }

    private static PgType elementType(Object oid) {
        PgType t = Types.byOid(Args.int4(oid));
        // enum and other catalog types keep their text as their storage
        return t == null ? Types.TEXT : t;
    }

    private static PgException nullSubscript() {
        return new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "array subscript in assignment must not be null");
    }

    /** The subscripts from argument {@code from} on, null entries for omitted bounds; null if one is NULL. */
    private static Integer[] subscripts(Object[] a, int from, boolean allowOmitted) {
        Integer[] out = new Integer[a.length - from];
        for (int i = from; i < a.length; i++) {
            if (a[i] == null) {
                return null;
            }
            out[i - from] = allowOmitted && OMITTED.equals(a[i]) ? null : Args.int4(a[i]);
        }
        return out;
    }

    /** A fetched slice: bounds clamped to the array's, dimensions not named taken whole, lower bounds 1. */
    static ArrayValue slice(ArrayValue arr, Integer[] bounds) {
        int n = bounds.length / 2;
        if (arr.isEmpty() || n > arr.ndims()) {
            return ArrayValue.EMPTY;
        }
        int[] lo = new int[arr.ndims()];
        int[] hi = new int[arr.ndims()];
        for (int d = 0; d < arr.ndims(); d++) {
            lo[d] = d < n && bounds[2 * d] != null ? Math.max(bounds[2 * d], arr.lowerBound(d)) : arr.lowerBound(d);
            hi[d] = d < n && bounds[2 * d + 1] != null ? Math.min(bounds[2 * d + 1], arr.upperBound(d)) : arr.upperBound(d);
            if (lo[d] > hi[d]) {
                return ArrayValue.EMPTY;
            }
        }
        int[] dims = new int[arr.ndims()];
        int[] ones = new int[arr.ndims()];
        for (int d = 0; d < dims.length; d++) {
            dims[d] = hi[d] - lo[d] + 1;
            ones[d] = 1;
        }
        List<String> out = new ArrayList<>();
        collect(arr, lo, hi, 0, 0, out);
        return new ArrayValue(out, dims, ones);
    }

    private static void collect(ArrayValue arr, int[] lo, int[] hi, int d, int base, List<String> out) {
        for (int i = lo[d]; i <= hi[d]; i++) {
            int at = base + (i - arr.lowerBound(d)) * arr.stride(d);
            if (d == arr.ndims() - 1) {
                out.add(arr.elements().get(at));
            } else {
                collect(arr, lo, hi, d + 1, at, out);
            }
        }
    }
}
