package io.pgmicro.catalog.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Read-only server parameters that describe PostgreSQL 15's build (clients read some,
 * e.g. pgjdbc reads max_index_keys), and the parameter names pg_settings lists.
 */
public final class FixedSettings {
    private static final Map<String, String> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("block_size", "8192");
        VALUES.put("data_checksums", "off");
        VALUES.put("max_connections", "100");
        VALUES.put("max_function_args", "100");
        VALUES.put("max_index_keys", "32");
        VALUES.put("segment_size", "131072");
        VALUES.put("wal_block_size", "8192");
    }

    /** The session parameters pgmicro keeps, listed by pg_settings next to the fixed ones. */
    private static final List<String> SESSION_PARAMETERS = List.of("application_name", "bytea_output",
            "check_function_bodies", "client_encoding", "client_min_messages", "DateStyle",
            "default_tablespace", "default_transaction_isolation", "default_transaction_read_only",
            "escape_string_warning", "extra_float_digits", "idle_in_transaction_session_timeout", "in_hot_standby",
            "integer_datetimes", "IntervalStyle", "is_superuser", "jit", "lc_collate", "lc_ctype", "lc_messages",
            "lc_monetary", "lc_numeric", "lc_time", "lock_timeout", "max_identifier_length", "row_security",
            "search_path", "server_encoding", "server_version", "server_version_num", "session_authorization",
            "standard_conforming_strings", "statement_timeout", "synchronous_commit", "TimeZone",
            "transaction_isolation", "transaction_read_only", "work_mem", "xmloption");

    private FixedSettings() {
    }

    /** The value of a fixed parameter, or null. */
    public static String value(String name) {
        return VALUES.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every parameter pg_settings shows, sorted as PostgreSQL sorts them (by name, ignoring case). */
    static List<String> pgSettingsNames() {
        List<String> names = new java.util.ArrayList<>(SESSION_PARAMETERS);
        names.addAll(VALUES.keySet());
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }
}
