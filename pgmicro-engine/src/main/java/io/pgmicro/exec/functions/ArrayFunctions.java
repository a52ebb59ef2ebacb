package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.ArrayValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Array functions and operators over arrays in their storage text, of any dimensionality.
 * Elements are compared by their text, which is exact for the canonical texts the
 * type codecs produce (integers, text, dates, uuids ...).
 *
 * <p>Element arguments arrive as storage values and become element texts through
 * {@link PgArray#elementText}; for bool elements the emitter passes the element cast to
 * text ('t'/'f'), since 0/1 cannot be told apart from integers here.
 */
final class ArrayFunctions {
    private ArrayFunctions() {
    }

    static void register(Registrar r) {
        r.strict("pg_array_length", 2, a -> dimension(a, ArrayValue::length));
        r.strict("pg_array_lower", 2, a -> dimension(a, ArrayValue::lowerBound));
        r.strict("pg_array_upper", 2, a -> dimension(a, ArrayValue::upperBound));
        r.strict("pg_cardinality", 1, a -> (long) array(a[0]).size());
        r.strict("pg_array_ndims", 1, a -> array(a[0]).isEmpty() ? null : (Object) (long) array(a[0]).ndims());
        r.strict("pg_array_dims", 1, a -> array(a[0]).dimsText());
        r.lenient("pg_array_position", 2, a -> a[0] == null ? null : position(array(a[0]), PgArray.elementText(a[1]), null));
        r.lenient("pg_array_position", 3, a -> {
            if (a[0] == null) {
                return null;
            }
            if (a[2] == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "initial position must not be null");
            }
            return position(array(a[0]), PgArray.elementText(a[1]), Args.int4(a[2]));
        });
        r.lenient("pg_array_positions", 2, a -> a[0] == null ? null : positions(array(a[0]), PgArray.elementText(a[1])));
        r.lenient("pg_array_append", 2, a -> append(a[0] == null ? ArrayValue.EMPTY : array(a[0]),
                PgArray.elementText(a[1]), false));
        r.lenient("pg_array_prepend", 2, a -> append(a[1] == null ? ArrayValue.EMPTY : array(a[1]),
                PgArray.elementText(a[0]), true));
        r.lenient("pg_array_cat", 2, a -> {
            if (a[0] == null || a[1] == null) {
                return a[0] == null ? a[1] : a[0];
            }
            return ArrayStacking.concatenate(array(a[0]), array(a[1])).toString();
        });
        // ARRAY[x, y, ...] whose items are arrays
        r.lenient("pg_array_construct", -1, a -> {
            List<ArrayValue> items = new ArrayList<>(a.length);
            for (Object item : a) {
                items.add(item == null ? null : array(item));
            }
            return ArrayStacking.construct(items).toString();
        });
        r.lenient("pg_array_remove", 2, a -> a[0] == null ? null : remove(array(a[0]), PgArray.elementText(a[1])));
        r.lenient("pg_array_replace", 3, a -> {
            if (a[0] == null) {
                return null;
            }
            String from = PgArray.elementText(a[1]);
            String to = PgArray.elementText(a[2]);
            ArrayValue arr = array(a[0]);
            List<String> out = new ArrayList<>(arr.size());
            for (String e : arr.elements()) {
                out.add(Objects.equals(e, from) ? to : e);
            }
            return arr.withElements(out).toString();
        });
        r.lenient("pg_array_fill", 2, a -> fill(PgArray.elementText(a[0]), a[1], null, false));
        r.lenient("pg_array_fill", 3, a -> fill(PgArray.elementText(a[0]), a[1], a[2], true));
        r.strict("pg_trim_array", 2, a -> trim(array(a[0]), Args.int4(a[1])));
        r.strict("pg_array_contains", 2, a -> containsAll(array(a[0]), array(a[1])));
        r.strict("pg_array_overlap", 2, a -> {
            List<String> left = array(a[0]).elements();
            return array(a[1]).elements().stream().anyMatch(e -> e != null && left.contains(e));
        });
        r.lenient("pg_array_contains_elem", 2, a -> a[0] == null ? null : anyEquals(array(a[0]), PgArray.elementText(a[1])));
    }

    static ArrayValue array(Object storage) {
        return PgArray.parse(Args.text(storage));
    }

    private interface DimensionFact {
        int of(ArrayValue array, int dimension);
    }

    /** array_length, array_lower, array_upper: NULL for a dimension the array does not have. */
    private static Object dimension(Object[] a, DimensionFact fact) {
        ArrayValue arr = array(a[0]);
        long d = Args.integer(a[1]);
        return d < 1 || d > arr.ndims() ? null : (Object) (long) fact.of(arr, (int) d - 1);
    }

    private static void requireOneDimension(ArrayValue arr, String what) {
        if (arr.ndims() > 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, what + " in multidimensional arrays is not supported");
        }
    }

    private static Object position(ArrayValue arr, String target, Integer start) {
        requireOneDimension(arr, "searching for elements");
        if (arr.isEmpty()) {
            return null;
        }
        int lower = arr.lowerBound(0);
        for (int i = start == null ? 0 : Math.max(start - lower, 0); i < arr.size(); i++) {
            if (Objects.equals(arr.elements().get(i), target)) {
                return (long) (i + lower);
            }
        }
        return null;
    }

    private static String positions(ArrayValue arr, String target) {
        requireOneDimension(arr, "searching for elements");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            if (Objects.equals(arr.elements().get(i), target)) {
                found.add(Integer.toString(i + arr.lowerBound(0)));
            }
        }
        return ArrayValue.of(found).toString();
    }

    /** array_remove keeps the lower bound; removing every element leaves an empty array. */
    private static String remove(ArrayValue arr, String target) {
        if (arr.ndims() > 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "removing elements from multidimensional arrays is not supported");
        }
        List<String> kept = new ArrayList<>();
        for (String e : arr.elements()) {
            if (!Objects.equals(e, target)) {
                kept.add(e);
            }
        }
        return (kept.isEmpty() ? ArrayValue.EMPTY : ArrayValue.of(kept, arr.lowerBound(0))).toString();
    }

    /** array_append and array_prepend: one-dimensional only; the lower bound stays (1 for an empty array). */
    private static String append(ArrayValue arr, String element, boolean atFront) {
        if (arr.ndims() > 1) {
            throw new PgException(SqlState.DATA_EXCEPTION, "argument must be empty or one-dimensional array");
        }
        List<String> out = new ArrayList<>(arr.elements());
        out.add(atFront ? 0 : out.size(), element);
        return ArrayValue.of(out, arr.isEmpty() ? 1 : arr.lowerBound(0)).toString();
    }

    /** array_fill(value, dimensions [, lower bounds]). */
    private static String fill(String value, Object dimsArg, Object lowersArg, boolean lowersGiven) {
        if (dimsArg == null || lowersGiven && lowersArg == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "dimension array or low bound array cannot be null");
        }
        ArrayValue dimsArray = array(dimsArg);
        if (dimsArray.ndims() > 1) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "wrong number of array subscripts")
                    .withDetail("Dimension array must be one dimensional.");
        }
        int[] dims = integers(dimsArray);
        int[] lowers;
        if (lowersGiven) {
            ArrayValue lowersArray = array(lowersArg);
            if (lowersArray.ndims() > 1) {
                throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "wrong number of array subscripts")
                        .withDetail("Dimension array must be one dimensional.");
            }
            lowers = integers(lowersArray);
            if (lowers.length != dims.length) {
                throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "wrong number of array subscripts")
                        .withDetail("Low bound array has different size than dimensions array.");
            }
        } else {
            lowers = new int[dims.length];
            Arrays.fill(lowers, 1);
        }
        if (dims.length > ArrayValue.MAX_DIMENSIONS) {
            throw ArrayValue.tooManyDimensions(dims.length);
        }
        long count = dims.length == 0 ? 0 : 1;
        for (int d : dims) {
            count *= Math.max(d, 0);
            if (d < 0 || count > ArrayValue.MAX_ELEMENTS) {
                throw ArrayValue.tooLarge();
            }
        }
        if (count == 0) {
            return ArrayValue.EMPTY.toString();
        }
        return new ArrayValue(Collections.nCopies((int) count, value), dims, lowers).toString();
    }

    private static int[] integers(ArrayValue arr) {
        int[] out = new int[arr.size()];
        for (int i = 0; i < out.length; i++) {
            String e = arr.elements().get(i);
            if (e == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "dimension values cannot be null");
            }
            out[i] = Integer.parseInt(e);
        }
        return out;
    }

    /** trim_array: the first dimension shortened by n, as a slice (so the bounds become 1). */
    private static String trim(ArrayValue arr, int n) {
        int length = arr.isEmpty() ? 0 : arr.length(0);
        if (n < 0 || n > length) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "number of elements to trim must be between 0 and " + length);
        }
        if (n == length) {
            return ArrayValue.EMPTY.toString();
        }
        int[] dims = arr.dims();
        dims[0] -= n;
        int[] lowers = new int[dims.length];
        Arrays.fill(lowers, 1);
        return new ArrayValue(arr.elements().subList(0, dims[0] * arr.stride(0)), dims, lowers).toString();
    }

    /** @>: every non-NULL element of b is in a; a NULL element in b is never contained. */
    static boolean containsAll(ArrayValue a, ArrayValue b) {
        for (String e : b.elements()) {
            if (e == null || !a.elements().contains(e)) {
                return false;
            }
        }
        return true;
    }

    /** x = ANY(arr) in three-valued logic: true on a match, NULL if no match but a NULL is involved, else false. */
    private static Boolean anyEquals(ArrayValue arr, String target) {
        if (target == null) {
            return arr.isEmpty() ? Boolean.FALSE : null;
        }
        boolean sawNull = false;
        for (String e : arr.elements()) {
            if (e == null) {
                sawNull = true;
            } else if (e.equals(target)) {
                return true;
            }
        }
        return sawNull ? null : Boolean.FALSE;
    }
}
