package io.pgmicro.wire;

import io.pgmicro.session.Session;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The run-time parameters PostgreSQL 15 reports to the client (GUC_REPORT): all of them
 * after authentication, then each one that changed, just before ReadyForQuery, as
 * PostgreSQL 14 and later do. Drivers watch these: pgjdbc checks client_encoding,
 * DateStyle and standard_conforming_strings, psql shows server_version.
 */
final class ReportedParameters {
    /** In the order PostgreSQL 15 sends them after startup. */
    private static final List<String> NAMES = List.of("application_name", "client_encoding", "DateStyle",
            "default_transaction_read_only", "in_hot_standby", "integer_datetimes", "IntervalStyle", "is_superuser",
            "server_encoding", "server_version", "session_authorization", "standard_conforming_strings", "TimeZone");

    private final Session session;
    private final Map<String, String> sent = new HashMap<>();

    ReportedParameters(Session session) {
        this.session = session;
    }

    /** Sends every parameter whose value differs from the last one sent (all of them the first time). */
    void sendChanges(BackendMessages out) throws IOException {
        for (String name : NAMES) {
            String value = Objects.requireNonNullElse(session.setting(name), "");
            if (!value.equals(sent.get(name))) {
                sent.put(name, value);
                out.parameterStatus(name, value);
            }
        }
    }
}
