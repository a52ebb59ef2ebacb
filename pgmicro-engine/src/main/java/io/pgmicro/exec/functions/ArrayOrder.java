package io.pgmicro.exec.functions;

import io.pgmicro.types.ArrayValue;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import io.pgmicro.types.StorageOrder;
import io.pgmicro.types.Types;
import java.util.List;

/**
 * Array comparison as PostgreSQL's btree ordering of arrays has it: element by element in
 * the element type's order, a NULL element after every value, and when one array is a
 * prefix of the other the shorter first, then the one of fewer dimensions, then by the
 * dimensions' lengths and lower bounds. The operator templates pass the element type's
 * OID, since the array text alone cannot tell '10' &gt; '9' (int) from '10' &lt; '9' (text).
 */
final class ArrayOrder {
    private ArrayOrder() {
    }

    static void register(Registrar r) {
        r.strict("pg_array_cmp", 3, a -> (long) compare(PgArray.parse(Args.text(a[0])), PgArray.parse(Args.text(a[1])),
                Types.byOid(Args.int4(a[2]))));
        r.lenient("pg_width_bucket_array", 3, a -> a[0] == null || a[1] == null ? null
                : (Object) (long) widthBucket(a[0], PgArray.parse(Args.text(a[1])), Types.byOid(Args.int4(a[2]))));
    }

    /** An array with its element type, ordered as the array comparison operators order it (for min and max). */
    record Key(ArrayValue array, PgType element) implements Comparable<Key> {
        static Key of(Object storage, Object elementOid) {
            return new Key(PgArray.parse(Args.text(storage)), Types.byOid(Args.int4(elementOid)));
        }

        @Override
        public int compareTo(Key other) {
            return compare(array, other.array, element);
        }
    }

    /**
     * width_bucket(operand, thresholds): how many of the sorted thresholds are at or below
     * the operand, found by binary search as PostgreSQL does (so unsorted thresholds give
     * its answer too).
     */
    static int widthBucket(Object operand, ArrayValue thresholds, PgType element) {
        if (thresholds.ndims() > 1) {
            throw new io.pgmicro.PgException(io.pgmicro.SqlState.ARRAY_SUBSCRIPT_ERROR,
                    "thresholds must be one-dimensional array");
        }
        if (thresholds.elements().contains(null)) {
            throw new io.pgmicro.PgException(io.pgmicro.SqlState.NULL_VALUE_NOT_ALLOWED,
                    "thresholds array must not contain NULLs");
        }
        int left = 0;
        int right = thresholds.size();
        while (left < right) {
            int mid = (left + right) / 2;
            Object threshold = element.input(thresholds.elements().get(mid), -1, FormatContext.DEFAULT);
            if (StorageOrder.compare(element, operand, threshold) < 0) {
                right = mid;
            } else {
                left = mid + 1;
            }
        }
        return left;
    }

    static int compare(ArrayValue a, ArrayValue b, PgType element) {
        List<String> x = a.elements();
        List<String> y = b.elements();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int order = compareElements(x.get(i), y.get(i), element);
            if (order != 0) {
                return order;
            }
        }
        int order = Integer.compare(x.size(), y.size());
        if (order == 0) {
            order = Integer.compare(a.ndims(), b.ndims());
        }
        for (int d = 0; d < a.ndims() && order == 0; d++) {
            order = Integer.compare(a.length(d), b.length(d));
        }
        for (int d = 0; d < a.ndims() && order == 0; d++) {
            order = Integer.compare(a.lowerBound(d), b.lowerBound(d));
        }
        return order;
    }

    private static int compareElements(String x, String y, PgType element) {
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
        }
        return Integer.signum(StorageOrder.compare(element, element.input(x, -1, FormatContext.DEFAULT),
                element.input(y, -1, FormatContext.DEFAULT)));
    }
}
