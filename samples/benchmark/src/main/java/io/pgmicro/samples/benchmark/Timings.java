package io.pgmicro.samples.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Times of repeated runs of one operation, in microseconds: the wall-clock time and the CPU time
 * of the thread that ran it. On a machine shared with other work the wall-clock time mostly
 * measures the wait for a core; the CPU time is the work itself (it leaves out the time other
 * processes spend, here an embedded PostgreSQL server's).
 */
final class Timings {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long[] wallMicros;
    private final long[] cpuMicros;
    private int count;
    private long wallStart;
    private long cpuStart;

    Timings(int runs) {
        wallMicros = new long[runs];
        cpuMicros = new long[runs];
    }

    /** Starts timing one run on this thread. */
    void start() {
        wallStart = System.nanoTime();
        cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    /** Ends the run {@link #start} began and records it. */
    void stop() {
        cpuMicros[count] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000;
        wallMicros[count] = (System.nanoTime() - wallStart) / 1_000;
        count++;
    }

    double medianMillis() {
        return percentile(wallMicros, 0.5);
    }

    double p90Millis() {
        return percentile(wallMicros, 0.9);
    }

    double cpuMedianMillis() {
        return percentile(cpuMicros, 0.5);
    }

    private double percentile(long[] micros, double fraction) {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return sorted[(int) (count * fraction)] / 1000.0;
    }
}
