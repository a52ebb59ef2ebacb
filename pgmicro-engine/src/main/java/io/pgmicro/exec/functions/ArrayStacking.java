package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.ArrayValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Arrays made of arrays, with PostgreSQL's dimension rules: array_cat (and ||), the
 * ARRAY[...] constructor over array values, and array_agg / ARRAY(subquery) over arrays,
 * which stack their inputs along a new first dimension.
 */
final class ArrayStacking {
    private ArrayStacking() {
    }

    /**
     * array_cat: an empty side gives the other; equal dimensionality joins along the first
     * dimension; an array one dimension smaller becomes one more item of the other's first
     * dimension.
     */
    static ArrayValue concatenate(ArrayValue a, ArrayValue b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        int na = a.ndims();
        int nb = b.ndims();
        if (Math.abs(na - nb) > 1) {
            throw incompatible("Arrays of " + na + " and " + nb + " dimensions are not compatible for concatenation.");
        }
        List<String> elements = new ArrayList<>(a.elements());
        elements.addAll(b.elements());
        if (na == nb) {
            for (int d = 1; d < na; d++) {
                if (a.length(d) != b.length(d) || a.lowerBound(d) != b.lowerBound(d)) {
                    throw incompatible("Arrays with differing element dimensions are not compatible for concatenation.");
                }
            }
            int[] dims = a.dims();
            dims[0] += b.length(0);
            return new ArrayValue(elements, dims, a.lowerBounds());
        }
        ArrayValue outer = na > nb ? a : b;
        ArrayValue item = na > nb ? b : a;
        for (int d = 0; d < item.ndims(); d++) {
            if (item.length(d) != outer.length(d + 1) || item.lowerBound(d) != outer.lowerBound(d + 1)) {
                throw incompatible("Arrays with differing dimensions are not compatible for concatenation.");
            }
        }
        int[] dims = outer.dims();
        dims[0] += 1;
        return new ArrayValue(elements, dims, outer.lowerBounds());
    }

    private static PgException incompatible(String detail) {
        return new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot concatenate incompatible arrays").withDetail(detail);
    }

    /**
     * ARRAY[a, b, ...] over array values: NULL and empty items are skipped when all are, and
     * otherwise every item must have the same dimensions and bounds.
     */
    static ArrayValue construct(List<ArrayValue> items) {
        ArrayValue first = null;
        boolean sawEmpty = false;
        List<String> elements = new ArrayList<>();
        int count = 0;
        for (ArrayValue item : items) {
            if (item == null || item.isEmpty()) {
                sawEmpty = true;
                continue;
            }
            if (first == null) {
                first = item;
            } else if (!first.sameShape(item)) {
                throw unmatched();
            }
            elements.addAll(item.elements());
            count++;
        }
        if (first == null) {
            return ArrayValue.EMPTY;
        }
        if (sawEmpty) {
            throw unmatched();
        }
        return stacked(elements, count, first);
    }

    private static PgException unmatched() {
        return new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR,
                "multidimensional arrays must have array expressions with matching dimensions");
    }

    /** count items of item's shape, their elements one after the other, under a new first dimension from 1. */
    private static ArrayValue stacked(List<String> elements, int count, ArrayValue item) {
        int n = item.ndims() + 1;
        if (n > ArrayValue.MAX_DIMENSIONS) {
            throw ArrayValue.tooManyDimensions(n);
        }
        int[] dims = new int[n];
        int[] lowers = new int[n];
        dims[0] = count;
        lowers[0] = 1;
        System.arraycopy(item.dims(), 0, dims, 1, n - 1);
        System.arraycopy(item.lowerBounds(), 0, lowers, 1, n - 1);
        return new ArrayValue(elements, dims, lowers);
    }

    /** array_agg(anyarray) and ARRAY(subquery of arrays): every input non-NULL, non-empty and of one shape. */
    static final class Accumulator implements AggregateState {
        private final List<String> elements = new ArrayList<>();
        private ArrayValue first;
        private int count;

        @Override
        public void step(Object[] args) {
            if (args[0] == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "cannot accumulate null arrays");
            }
            ArrayValue item = ArrayFunctions.array(args[0]);
            if (item.isEmpty()) {
                throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot accumulate empty arrays");
            }
            if (first == null) {
                first = item;
            } else if (!first.sameShape(item)) {
                throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot accumulate arrays of different dimensionality");
            }
            elements.addAll(item.elements());
            count++;
        }

        @Override
        public Object result() {
            return first == null ? null : stacked(elements, count, first).toString();
        }
    }
}
