package io.pgmicro.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** statement_timeout: interrupts SQLite when a statement runs longer than the setting allows. */
final class StatementTimeout {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pgmicro-statement-timeout");
        t.setDaemon(true);
        return t;
    });
    private static final StatementTimeout NONE = new StatementTimeout(null);

    private final ScheduledFuture<?> task;
    private volatile boolean fired;

    private StatementTimeout(ScheduledFuture<?> task) {
        this.task = task;
    }

    static StatementTimeout start(Settings settings, Connection conn) {
        long millis = millis(settings.get("statement_timeout"));
        if (millis <= 0) {
            return NONE;
        }
        StatementTimeout[] holder = new StatementTimeout[1];
        ScheduledFuture<?> task = TIMER.schedule(() -> {
            holder[0].fired = true;
            try {
                conn.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().interrupt();
            } catch (SQLException e) {
                // the statement ended meanwhile
            }
        }, millis, TimeUnit.MILLISECONDS);
        holder[0] = new StatementTimeout(task);
        return holder[0];
    }

    boolean fired() {
        return fired;
    }

    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** PostgreSQL's time units for the setting; a bare number is milliseconds. */
    static long millis(String value) {
        if (value == null) {
            return 0;
        }
        String v = value.trim().toLowerCase();
        try {
            if (v.endsWith("ms")) {
                return Long.parseLong(v.substring(0, v.length() - 2).trim());
            }
            if (v.endsWith("min")) {
                return Long.parseLong(v.substring(0, v.length() - 3).trim()) * 60_000;
            }
            if (v.endsWith("s")) {
                return Long.parseLong(v.substring(0, v.length() - 1).trim()) * 1000;
            }
            if (v.endsWith("h")) {
                return Long.parseLong(v.substring(0, v.length() - 1).trim()) * 3_600_000;
            }
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
