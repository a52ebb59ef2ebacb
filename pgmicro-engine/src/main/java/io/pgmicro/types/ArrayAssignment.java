package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignment through subscripts, as PostgreSQL's array_set_element and array_set_slice do
 * it: {@code a[i][j] := v} and {@code a[1:2][3:4] := source} (SQL's UPDATE and INSERT,
 * PL/pgSQL's assignment). An empty (or NULL) array takes the subscripts as its bounds; a
 * one-dimensional array grows as needed with NULLs in any gap; a multidimensional one
 * must already hold the place. Slice bounds left out are null.
 */
public final class ArrayAssignment {
    private ArrayAssignment() {
    }

    /** The row-major offset of an element; -1 (or, when strict, PostgreSQL's error) when the subscripts name none. */
    public static int offset(ArrayValue arr, Integer[] subscripts, boolean strict) {
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

    /** a[i][j] := v. An empty array becomes one element at the subscripts; only a 1-D array grows. */
    public static ArrayValue setElement(ArrayValue arr, Integer[] subscripts, String value) {
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
        if (upper - lower + 1 > ArrayValue.MAX_ELEMENTS) {
            throw ArrayValue.tooLarge();
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
    public static ArrayValue setSlice(ArrayValue arr, Integer[] bounds, ArrayValue source) {
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
                if (count > ArrayValue.MAX_ELEMENTS) {
                    throw ArrayValue.tooLarge();
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
            if (count > ArrayValue.MAX_ELEMENTS) {
                throw ArrayValue.tooLarge();
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
