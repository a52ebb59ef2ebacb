package io.pgmicro.types;

import java.util.Comparator;

/**
 * Orders numeric storage texts by value, as PostgreSQL orders numeric ('9' &lt; '10',
 * '1.0' = '1.00', NaN after everything). SQLite's BINARY collation compares them as
 * strings, so numeric columns use this through the pg_numeric collation.
 */
public final class NumericCompare implements Comparator<String> {
    public static final NumericCompare INSTANCE = new NumericCompare();

    private NumericCompare() {
    }

    @Override
    public int compare(String a, String b) {
        return NumericValue.parse(a).compareTo(NumericValue.parse(b));
    }

    /** Compares two numeric storage values of any storage class (SQLite may hand over a Long or Double). */
    public static int compareValues(Object a, Object b) {
        return NumericValue.parse(a).compareTo(NumericValue.parse(b));
    }
}
