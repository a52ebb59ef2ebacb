package io.pgmicro.cli;

import java.util.Locale;

/** psql's {@code Time: ...} line for \timing, with minutes, hours and days spelled out past one second. */
final class Timing {
    private Timing() {
    }

    static String format(double millis) {
        if (millis < 1000.0) {
            return String.format(Locale.ROOT, "Time: %.3f ms\n", millis);
        }
        double seconds = millis / 1000.0;
        double minutes = Math.floor(seconds / 60.0);
        seconds -= 60.0 * minutes;
        if (minutes < 60.0) {
            return String.format(Locale.ROOT, "Time: %.3f ms (%02d:%06.3f)\n", millis, (int) minutes, seconds);
        }
        double hours = Math.floor(minutes / 60.0);
        minutes -= 60.0 * hours;
        if (hours < 24.0) {
            return String.format(Locale.ROOT, "Time: %.3f ms (%02d:%02d:%06.3f)\n",
                    millis, (int) hours, (int) minutes, seconds);
        }
        double days = Math.floor(hours / 24.0);
        hours -= 24.0 * days;
        return String.format(Locale.ROOT, "Time: %.3f ms (%.0f d %02d:%02d:%06.3f)\n",
                millis, days, (int) hours, (int) minutes, seconds);
    }
}
