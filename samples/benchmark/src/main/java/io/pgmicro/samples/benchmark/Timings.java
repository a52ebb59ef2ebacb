package io.pgmicro.samples.benchmark;

import java.util.Arrays;

/** Times of repeated runs of one operation, in microseconds. */
final class Timings {
    private final long[] micros;
    private int count;

    Timings(int runs) {
        micros = new long[runs];
    }

    void add(long nanos) {
        micros[count++] = nanos / 1_000;
    }

    double medianMillis() {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return sorted[count / 2] / 1000.0;
    }

    double p90Millis() {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return sorted[(int) (count * 0.9)] / 1000.0;
    }
}
