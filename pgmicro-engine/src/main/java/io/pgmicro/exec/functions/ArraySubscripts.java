package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
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
 * UPDATE or INSERT ({@code SET a[1:2] = ...}), where a one-dimensional array grows as
 * needed with NULLs in the gap.
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
            int offset = offset(ArrayFunctions.array(a[0]), subscripts, false);
            String item = offset < 0 ? null : ArrayFunctions.array(a[0]).elements().get(offset);
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
            return setElement(a[0] == null ? ArrayValue.EMPTY : ArrayFunctions.array(a[0]), subscripts, value).toString();
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
            return setSlice(target, bounds, ArrayFunctions.array(a[1])).toString();
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

    /** The row-major offset of an element, or -1 when the subscripts do not name one. */
    private static int offset(ArrayValue arr, Integer[] subscripts, boolean strict) {
        if (subscripts.length != arr.ndims()) {
            if (strict) {
                throw wrongCount();
            }
            return -1;
        }
        int offset = 0;
        for (int d = 0; d < subscripts.length; d++) {
            int i = subscripts[d];
            if (i < arr.lowerBound(d) || i > arr.upperBound(d)) {
                if (strict) {
                    throw outOfRange();
                }
                return -1;
            }
            offset += (i - arr.lowerBound(d)) * arr.stride(d);
        }
        return offset;
    }

    private static PgException wrongCount() {
        return new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "wrong number of array subscripts");
    }

    private static PgException outOfRange() {
        return new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "array subscript out of range");
    }

    private static PgException upperBelowLower() {
        return new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "upper bound cannot be less than lower bound");
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

    /** a[i][j] := v. An empty array becomes one element at the subscripts; only a 1-D array grows. */
    static ArrayValue setElement(ArrayValue arr, Integer[] subscripts, String value) {
        if (subscripts.length > ArrayValue.MAX_DIMENSIONS) {
            throw ArrayValue.tooManyDimensions(subscripts.length);
        }
        if (arr.isEmpty()) {
            int[] dims = new int[subscripts.length];
            int[] lowers = new int[subscripts.length];
            for (int d = 0; d < dims.length; d++) {
                dims[d] = 1;
                lowers[d] = subscripts[d];
            }
            return new ArrayValue(listOf(value), dims, lowers);
        }
        if (arr.ndims() == 1 && subscripts.length == 1) {
            return setRange(arr, subscripts[0], subscripts[0], listOf(value));
        }
        List<String> out = new ArrayList<>(arr.elements());
        out.set(offset(arr, subscripts, true), value);
        return arr.withElements(out);
    }

    private static List<String> listOf(String value) {
        List<String> one = new ArrayList<>(1);
        one.add(value);
        return one;
    }

    /** One-dimensional arr[lo:hi] := items, growing the array (NULLs in any gap) to take the range. */
    private static ArrayValue setRange(ArrayValue arr, int lo, int hi, List<String> items) {
        long lower = Math.min(lo, arr.lowerBound(0));
        long upper = Math.max(hi, arr.upperBound(0));
        if (upper - lower + 1 > ArrayStacking.MAX_ELEMENTS) {
            throw ArrayStacking.tooLarge();
        }
        List<String> out = new ArrayList<>((int) (upper - lower + 1));
        for (long i = lower; i <= upper; i++) {
            if (i >= lo && i <= hi) {
                out.add(items.get((int) (i - lo)));
            } else if (i >= arr.lowerBound(0) && i <= arr.upperBound(0)) {
                out.add(arr.elements().get((int) (i - arr.lowerBound(0))));
            } else {
                out.add(null);
            }
        }
        return ArrayValue.of(out, (int) lower);
    }

    /** a[lo:hi]... := source: the region filled in row-major order from the source's first elements. */
    static ArrayValue setSlice(ArrayValue arr, Integer[] bounds, ArrayValue source) {
        int n = bounds.length / 2;
        if (n > ArrayValue.MAX_DIMENSIONS) {
            throw ArrayValue.tooManyDimensions(n);
        }
        if (arr.isEmpty()) {
            int[] dims = new int[n];
            int[] lowers = new int[n];
            long count = 1;
            for (int d = 0; d < n; d++) {
                if (bounds[2 * d] == null || bounds[2 * d + 1] == null) {
                    throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "array slice subscript must provide both boundaries")
                            .withDetail("When assigning to a slice of an empty array value, slice boundaries must be fully specified.");
                }
                if (bounds[2 * d] > bounds[2 * d + 1]) {
                    throw upperBelowLower();
                }
                long length = (long) bounds[2 * d + 1] - bounds[2 * d] + 1;
                count *= length;
                if (count > ArrayStacking.MAX_ELEMENTS) {
                    throw ArrayStacking.tooLarge();
                }
                dims[d] = (int) length;
                lowers[d] = bounds[2 * d];
            }
            return new ArrayValue(take(source, count), dims, lowers);
        }
        if (n > arr.ndims()) {
            throw wrongCount();
        }
        int[] lo = new int[arr.ndims()];
        int[] hi = new int[arr.ndims()];
        long count = 1;
        for (int d = 0; d < arr.ndims(); d++) {
            lo[d] = d < n && bounds[2 * d] != null ? bounds[2 * d] : arr.lowerBound(d);
            hi[d] = d < n && bounds[2 * d + 1] != null ? bounds[2 * d + 1] : arr.upperBound(d);
            if (lo[d] > hi[d]) {
                throw upperBelowLower();
            }
            if (arr.ndims() > 1 && (lo[d] < arr.lowerBound(d) || hi[d] > arr.upperBound(d))) {
                throw outOfRange();
            }
            count *= (long) hi[d] - lo[d] + 1;
            if (count > ArrayStacking.MAX_ELEMENTS) {
                throw ArrayStacking.tooLarge();
            }
        }
        List<String> items = take(source, count);
        if (arr.ndims() == 1) {
            return setRange(arr, lo[0], hi[0], items);
        }
        List<String> out = new ArrayList<>(arr.elements());
        int[] next = {0};
        place(arr, lo, hi, 0, 0, out, items, next);
        return arr.withElements(out);
    }

    private static List<String> take(ArrayValue source, long count) {
        if (source.size() < count) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "source array too small");
        }
        return source.elements().subList(0, (int) count);
    }

    private static void place(ArrayValue arr, int[] lo, int[] hi, int d, int base, List<String> out, List<String> items,
                              int[] next) {
        for (int i = lo[d]; i <= hi[d]; i++) {
            int at = base + (i - arr.lowerBound(d)) * arr.stride(d);
            if (d == arr.ndims() - 1) {
                out.set(at, items.get(next[0]++));
            } else {
                place(arr, lo, hi, d + 1, at, out, items, next);
            }
        }
    }
}
