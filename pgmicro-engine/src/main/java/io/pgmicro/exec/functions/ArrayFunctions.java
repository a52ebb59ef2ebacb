package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.ArrayText;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Array functions and operators over one-dimensional arrays in their storage text.
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
        r.strict("pg_array_length", 2, a -> {
            PgArray arr = array(a[0]);
            return Args.integer(a[1]) == 1 && arr.size() > 0 ? (Object) (long) arr.size() : null;
        });
        r.strict("pg_cardinality", 1, a -> (long) array(a[0]).size());
        r.strict("pg_array_upper", 2, a -> {
            PgArray arr = array(a[0]);
            return Args.integer(a[1]) == 1 && arr.size() > 0 ? (Object) (long) arr.upperBound() : null;
        });
        r.strict("pg_array_lower", 2, a -> {
            PgArray arr = array(a[0]);
            return Args.integer(a[1]) == 1 && arr.size() > 0 ? (Object) (long) arr.lowerBound() : null;
        });
        r.strict("pg_array_dims", 1, a -> {
            PgArray arr = array(a[0]);
            return arr.size() == 0 ? null : "[" + arr.lowerBound() + ":" + arr.upperBound() + "]";
        });
        r.lenient("pg_array_position", 2, a -> a[0] == null ? null : position(array(a[0]), PgArray.elementText(a[1]), 1));
        r.lenient("pg_array_position", 3, a -> a[0] == null || a[2] == null ? null
                : position(array(a[0]), PgArray.elementText(a[1]), Args.int4(a[2])));
        r.lenient("pg_array_positions", 2, a -> a[0] == null ? null : positions(array(a[0]), PgArray.elementText(a[1])));
        // UPDATE ... SET a[i] = v: (array, element type OID, i, v); an array grows with NULLs to reach i
        r.lenient("pg_array_set", 4, a -> {
            if (a[2] == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "array subscript in assignment must not be null");
            }
            PgType element = Types.byOid(Args.int4(a[1]));
            String value = element == null ? PgArray.elementText(a[3]) : ArrayText.elementStorageText(element, a[3]);
            return assignElement(a[0] == null ? PgArray.EMPTY : array(a[0]), Args.int4(a[2]), value).toString();
        });
        r.lenient("pg_array_append", 2, a -> append(a[0] == null ? PgArray.EMPTY : array(a[0]), PgArray.elementText(a[1])));
        r.lenient("pg_array_prepend", 2, a -> prepend(PgArray.elementText(a[0]), a[1] == null ? PgArray.EMPTY : array(a[1])));
        r.lenient("pg_array_cat", 2, a -> {
            if (a[0] == null || a[1] == null) {
                return a[0] == null ? a[1] : a[0];
            }
            List<String> all = new ArrayList<>(array(a[0]).elements());
            all.addAll(array(a[1]).elements());
            return new PgArray(all, array(a[0]).size() == 0 ? 1 : array(a[0]).lowerBound()).toString();
        });
        r.lenient("pg_array_remove", 2, a -> {
            if (a[0] == null) {
                return null;
            }
            String target = PgArray.elementText(a[1]);
            List<String> kept = new ArrayList<>();
            for (String e : array(a[0]).elements()) {
                if (!Objects.equals(e, target)) {
                    kept.add(e);
                }
            }
            return PgArray.of(kept).toString();
        });
        r.lenient("pg_array_replace", 3, a -> {
            if (a[0] == null) {
                return null;
            }
            String from = PgArray.elementText(a[1]);
            String to = PgArray.elementText(a[2]);
            PgArray arr = array(a[0]);
            List<String> out = new ArrayList<>();
            for (String e : arr.elements()) {
                out.add(Objects.equals(e, from) ? to : e);
            }
            return new PgArray(out, arr.lowerBound()).toString();
        });
        r.strict("pg_array_contains", 2, a -> containsAll(array(a[0]), array(a[1])));
        r.strict("pg_array_overlap", 2, a -> {
            List<String> left = array(a[0]).elements();
            return array(a[1]).elements().stream().anyMatch(e -> e != null && left.contains(e));
        });
        r.lenient("pg_array_contains_elem", 2, a -> a[0] == null ? null : anyEquals(array(a[0]), PgArray.elementText(a[1])));
    }

    static PgArray array(Object storage) {
        return PgArray.parse(Args.text(storage));
    }

    private static Object position(PgArray arr, String target, int start) {
        for (int i = Math.max(start - arr.lowerBound(), 0); i < arr.size(); i++) {
            if (Objects.equals(arr.elements().get(i), target)) {
                return (long) (i + arr.lowerBound());
            }
        }
        return null;
    }

    private static String positions(PgArray arr, String target) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            if (Objects.equals(arr.elements().get(i), target)) {
                found.add(Integer.toString(i + arr.lowerBound()));
            }
        }
        return PgArray.of(found).toString();
    }

    private static PgArray assignElement(PgArray array, int index, String value) {
        if (array.size() == 0) {
            return new PgArray(java.util.Collections.singletonList(value), index);
        }
        List<String> elements = new ArrayList<>(array.elements());
        int lower = array.lowerBound();
        while (index < lower) {
            elements.add(0, null);
            lower--;
        }
        while (index > lower + elements.size() - 1) {
            elements.add(null);
        }
        elements.set(index - lower, value);
        return new PgArray(elements, lower);
    }

    private static String append(PgArray arr, String element) {
        List<String> out = new ArrayList<>(arr.elements());
        out.add(element);
        return new PgArray(out, arr.size() == 0 ? 1 : arr.lowerBound()).toString();
    }

    private static String prepend(String element, PgArray arr) {
        List<String> out = new ArrayList<>();
        out.add(element);
        out.addAll(arr.elements());
        return new PgArray(out, arr.size() == 0 ? 1 : arr.lowerBound()).toString();
    }

    /** @>: every non-NULL element of b is in a; a NULL element in b is never contained. */
    static boolean containsAll(PgArray a, PgArray b) {
        for (String e : b.elements()) {
            if (e == null || !a.elements().contains(e)) {
                return false;
            }
        }
        return true;
    }

    /** x = ANY(arr) in three-valued logic: true on a match, NULL if no match but a NULL is involved, else false. */
    private static Boolean anyEquals(PgArray arr, String target) {
        if (target == null) {
            return arr.size() == 0 ? Boolean.FALSE : null;
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
