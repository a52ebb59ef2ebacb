package io.pgmicro.types;

import java.util.Comparator;

/**
 * Orders interval storage texts as PostgreSQL orders intervals (by length, with 30-day
 * months and 24-hour days), for the collation and functions that compare interval columns.
 */
public final class IntervalCompare implements Comparator<String> {
    public static final IntervalCompare INSTANCE = new IntervalCompare();

    private IntervalCompare() {
    }

    @Override
    public int compare(String a, String b) {
        return Interval.parse(a).compareTo(Interval.parse(b));
    }
}
