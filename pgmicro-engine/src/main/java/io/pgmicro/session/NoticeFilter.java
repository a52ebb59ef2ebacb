package io.pgmicro.session;

import java.util.List;

/** Passes on only the notices at or above client_min_messages, as PostgreSQL does. */
final class NoticeFilter implements ResultSink {
    private static final List<String> LEVELS = List.of("debug5", "debug4", "debug3", "debug2", "debug1", "log", "notice",
            "warning", "error");

    private final ResultSink client;
    private final Settings settings;

    NoticeFilter(ResultSink client, Settings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public void result(Result result) {
        client.result(result);
    }

    @Override
    public void notice(Notice notice) {
        String severity = notice.severity().toLowerCase();
        // INFO is always sent; LOG counts as just below NOTICE for clients
        if (severity.equals("info") || LEVELS.indexOf(severity) >= LEVELS.indexOf(settings.get("client_min_messages"))) {
            client.notice(notice);
        }
    }
}
