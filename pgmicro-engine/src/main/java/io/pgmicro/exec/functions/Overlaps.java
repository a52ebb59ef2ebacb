package io.pgmicro.exec.functions;

import java.util.function.Function;

/**
 * (start1, end1) OVERLAPS (start2, end2). Not strict: an end point may be NULL, and the
 * answer is NULL only where the known end points cannot decide it, as the SQL standard
 * has it. A period given end first is turned around.
 */
final class Overlaps {
    private Overlaps() {
    }

    static void register(Registrar r) {
        register(r, "pg_overlaps_timestamp", DateTimes::timestamp);
        register(r, "pg_overlaps_timestamptz", DateTimes::timestamptz);
        register(r, "pg_overlaps_time", DateTimes::time);
    }

    private static <T extends Comparable<? super T>> void register(Registrar r, String name, Function<String, T> read) {
        r.lenient(name, 4, a -> {
            Boolean result = overlaps(value(a[0], read), value(a[1], read), value(a[2], read), value(a[3], read));
            return result == null ? null : (Object) (result ? 1L : 0L);
        });
    }

    private static <T> T value(Object storage, Function<String, T> read) {
        return storage == null ? null : read.apply(Args.text(storage));
    }

    static <T extends Comparable<? super T>> Boolean overlaps(T start1, T end1, T start2, T end2) {
        Period<T> p1 = Period.of(start1, end1);
        Period<T> p2 = Period.of(start2, end2);
        if (p1 == null || p2 == null) {
            return null;
        }
        int order = p1.start.compareTo(p2.start);
        if (order == 0) {
            return p1.end == null || p2.end == null ? null : true;
        }
        Period<T> later = order > 0 ? p1 : p2;
        Period<T> earlier = order > 0 ? p2 : p1;
        // The periods overlap when the later one starts before the earlier one ends.
        if (earlier.end == null) {
            return null;
        }
        if (later.start.compareTo(earlier.end) < 0) {
            return true;
        }
        return later.end == null ? null : false;
    }

    /** A period with a known start; its end may be unknown. */
    private record Period<T extends Comparable<? super T>>(T start, T end) {
        static <T extends Comparable<? super T>> Period<T> of(T start, T end) {
            if (start == null) {
                return end == null ? null : new Period<>(end, null);
            }
            if (end != null && start.compareTo(end) > 0) {
                return new Period<>(end, start);
            }
            return new Period<>(start, end);
        }
    }
}
