package io.pgmicro.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The order PostgreSQL keeps a partitioned table's partitions in: range partitions by their
 * lower bound, list partitions by their smallest value, the default partition last.
 */
final class PartitionOrder {
    static final Comparator<RelationDef> BY_BOUND = (a, b) -> compare(a.hierarchy().bound(), b.hierarchy().bound());

    private PartitionOrder() {
    }

    private static int compare(PartitionBound a, PartitionBound b) {
        if (a == null || b == null || a.defaultPartition() || b.defaultPartition()) {
            return Boolean.compare(a == null || a.defaultPartition(), b == null || b.defaultPartition());
        }
        if (a.from() != null && b.from() != null) {
            return compareValues(a.from(), b.from());
        }
        if (a.listValues() != null && b.listValues() != null) {
            return compareValue(smallest(a.listValues()), smallest(b.listValues()));
        }
        return 0;
    }

    private static String smallest(List<String> values) {
        String min = null;
        for (String v : values) {
            if (min == null || compareValue(v, min) < 0) {
                min = v;
            }
        }
        return min;
    }

    private static int compareValues(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareValue(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Bound constants: MINVALUE first, MAXVALUE and NULL last, numbers by value, the rest as text. */
    static int compareValue(String a, String b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != 1 || rb != 1) {
            return Integer.compare(ra, rb);
        }
        String ta = literal(a);
        String tb = literal(b);
        try {
            return new BigDecimal(ta).compareTo(new BigDecimal(tb));
        } catch (NumberFormatException e) {
            return ta.compareTo(tb);
        }
    }

    private static int rank(String v) {
        return v.equals(PartitionBound.MINVALUE) ? 0 : v.equals(PartitionBound.MAXVALUE) ? 2
                : v.equals(PartitionBound.NULL) ? 3 : 1;
    }

    /** The value of a constant such as {@code 'abc'::text} or {@code 5}. */
    private static String literal(String constant) {
        String v = constant;
        int cast = v.lastIndexOf("::");
        if (cast > 0 && v.endsWith("'") == false && v.charAt(cast - 1) == '\'') {
            v = v.substring(0, cast);
        }
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            v = v.substring(1, v.length() - 1).replace("''", "'");
        }
        return v;
    }
}
