package io.pgmicro.types;

/**
 * Orders two storage values of one type as PostgreSQL orders the values: numbers by value
 * (a REAL may meet an INTEGER), numeric and interval by their own rules, bpchar without
 * its padding, everything else stored as text in code point order, as SQLite's BINARY
 * collation orders it.
 */
public final class StorageOrder {
    private StorageOrder() {
    }

    public static int compare(PgType type, Object a, Object b) {
        if (type.equals(Types.NUMERIC)) {
            return NumericCompare.compareValues(a, b);
        }
        if (type.equals(Types.INTERVAL)) {
            return IntervalCompare.INSTANCE.compare(a.toString(), b.toString());
        }
        if (a instanceof Number x && b instanceof Number y) {
            if (x instanceof Long l && y instanceof Long m) {
                return Long.compare(l, m);
            }
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.compareUnsigned(x, y);
        }
        if (type.equals(Types.BPCHAR)) {
            return codePointOrder(stripTrailingBlanks(a.toString()), stripTrailingBlanks(b.toString()));
        }
        return codePointOrder(a.toString(), b.toString());
    }

    /** Orders strings by Unicode code point, as SQLite's BINARY collation orders UTF-8 text. */
    public static int codePointOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static String stripTrailingBlanks(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
