package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run-time parameters of a session (SET, SHOW, RESET), with PostgreSQL 15's
 * names, defaults and value spelling. Custom parameters (with a dot in the name)
 * are accepted as PostgreSQL accepts them.
 */
public final class Settings {
    /** Defaults, in the order SHOW ALL lists them; keys are lower case. */
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();
    /** The spelling of each parameter's name as SHOW prints it. */
    private static final Map<String, String> DISPLAY_NAMES = new LinkedHashMap<>();
    private static final List<String> READ_ONLY = List.of("server_version", "server_version_num", "server_encoding",
            "integer_datetimes", "max_identifier_length", "lc_collate", "lc_ctype", "block_size", "in_hot_standby",
            "is_superuser");

    /**
     * The planner's method switches (enable_hashjoin ...). SQLite plans on its own, so they
     * change nothing, but scripts written for PostgreSQL (its regression tests among them)
     * set them around their queries.
     */
    private static final List<String> PLANNER_SWITCHES = List.of("enable_async_append", "enable_bitmapscan",
            "enable_gathermerge", "enable_hashagg", "enable_hashjoin", "enable_incremental_sort", "enable_indexonlyscan",
            "enable_indexscan", "enable_material", "enable_memoize", "enable_mergejoin", "enable_nestloop",
            "enable_parallel_append", "enable_parallel_hash", "enable_partition_pruning", "enable_partitionwise_aggregate",
            "enable_partitionwise_join", "enable_seqscan", "enable_sort", "enable_tidscan",
            "geqo");

    static {
        define("application_name", "");
        define("client_encoding", "UTF8");
        define("client_min_messages", "notice");
        define("DateStyle", "ISO, MDY");
        define("default_transaction_isolation", "read committed");
        define("default_transaction_read_only", "off");
        define("extra_float_digits", "1");
        define("in_hot_standby", "off");
        define("integer_datetimes", "on");
        define("IntervalStyle", "postgres");
        define("is_superuser", "on");
        define("lc_collate", "C.UTF-8");
        define("lc_ctype", "C.UTF-8");
        define("lc_messages", "C");
        define("lc_monetary", "C");
        define("lc_numeric", "C");
        define("lc_time", "C");
        define("lock_timeout", "0");
        define("max_identifier_length", "63");
        define("search_path", "\"$user\", public");
        define("server_encoding", "UTF8");
        define("server_version", "15.1");
        define("server_version_num", "150001");
        define("session_authorization", "postgres");
        // decides which triggers fire (see TriggerDef.firing)
        define("session_replication_role", "origin");
        define("standard_conforming_strings", "on");
        define("statement_timeout", "0");
        define("idle_in_transaction_session_timeout", "0");
        define("synchronous_commit", "on");
        define("TimeZone", "UTC");
        define("transaction_isolation", "read committed");
        define("transaction_read_only", "off");
        define("row_security", "on");
        // SET ROLE; Flyway reads it and sets it back after each migration
        define("role", "none");
        define("check_function_bodies", "on");
        define("default_tablespace", "");
        define("escape_string_warning", "on");
        define("bytea_output", "hex");
        // pg_regress sets it on its database; pgmicro knows only the abbreviations of the Default set
        define("timezone_abbreviations", "Default");
        define("xmloption", "content");
        for (String name : PLANNER_SWITCHES) {
            define(name, name.equals("enable_partitionwise_aggregate") || name.equals("enable_partitionwise_join") ? "off" : "on");
        }
        // the planner's cost constants, which pgmicro has no use for either
        define("jit_above_cost", "100000");
        define("parallel_setup_cost", "1000");
        define("parallel_tuple_cost", "0.1");
        define("max_parallel_workers_per_gather", "2");
        define("min_parallel_table_scan_size", "8MB");
        define("from_collapse_limit", "8");
        define("join_collapse_limit", "8");
        define("hash_mem_multiplier", "2");
        define("work_mem", "4MB");
        define("jit", "off");
        define("pgmicro.dialect", "postgresql");
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    /**
     * What RESET returns to where it is not the built-in default: the values the session
     * started with (startup packet, connection properties). Shared by every copy, as they
     * belong to the session, not to a transaction.
     */
    private final Map<String, String> resetValues;

    public Settings() {
        this.resetValues = new LinkedHashMap<>();
    }

    private Settings(Map<String, String> copy, Map<String, String> resetValues) {
        values.putAll(copy);
        this.resetValues = resetValues;
    }

    private static void define(String name, String value) {
        DEFAULTS.put(name.toLowerCase(Locale.ROOT), value);
        DISPLAY_NAMES.put(name.toLowerCase(Locale.ROOT), name);
    }

    public Settings copy() {
        return new Settings(values, resetValues);
    }

    public static boolean isKnown(String name) {
        return DEFAULTS.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The current value, or null if the parameter is unknown. */
    public String get(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        String v = values.get(key);
        return v != null ? v : DEFAULTS.get(key);
    }

    /** SHOW: the value, or 42704 for an unknown parameter. */
    public String show(String name) {
        String v = get(name);
        if (v == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
        }
        return v;
    }

    public static String displayName(String name) {
        return DISPLAY_NAMES.getOrDefault(name.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
    }

    /** SET name = value, with the value already turned into its text form. */
    public void set(String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!DEFAULTS.containsKey(key) && !key.contains(".")) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
        }
        if (READ_ONLY.contains(key)) {
            throw new PgException(SqlState.CANT_CHANGE_RUNTIME_PARAM, "parameter \"" + key + "\" cannot be changed");
        }
        values.put(key, key.equals("datestyle") ? dateStyle(value, get("DateStyle")) : normalize(key, value, name));
    }

    public void reset(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!DEFAULTS.containsKey(key) && !key.contains(".")) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
        }
        if (resetValues.containsKey(key)) {
            values.put(key, resetValues.get(key));
        } else {
            values.remove(key);
        }
    }

    public void resetAll() {
        values.clear();
        values.putAll(resetValues);
    }

    /** Sets a parameter as the session's starting value, which RESET then returns to. */
    public void setSessionDefault(String name, String value) {
        set(name, value);
        String key = name.toLowerCase(Locale.ROOT);
        resetValues.put(key, values.get(key));
    }

    /** Every known parameter with its value, for SHOW ALL. */
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : DEFAULTS.keySet()) {
            out.put(DISPLAY_NAMES.get(key), get(key));
        }
        return out;
    }

    /** The schemas of search_path, in order, without quotes; "$user" stays as written. */
    public List<String> searchPath() {
        List<String> out = new ArrayList<>();
        for (String part : get("search_path").split(",")) {
            String p = part.trim();
            if (p.startsWith("\"") && p.endsWith("\"") && p.length() >= 2) {
                p = p.substring(1, p.length() - 1);
            }
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    public ZoneId timeZone() {
        return zone(get("timezone"));
    }

    private static ZoneId zone(String name) {
        String n = name.trim();
        if (n.equalsIgnoreCase("utc") || n.equalsIgnoreCase("gmt") || n.equalsIgnoreCase("z")) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(n);
        } catch (DateTimeException e) {
            // POSIX-style offsets: PostgreSQL reads 'UTC+3' / '+3' as three hours WEST of Greenwich
            if (n.matches("[+-]?\\d{1,2}(:\\d{2})?")) {
                String sign = n.startsWith("-") ? "+" : "-";
                String digits = n.replaceFirst("^[+-]", "");
                String[] hm = digits.split(":");
                return ZoneId.of(String.format("%s%02d:%s", sign, Integer.parseInt(hm[0]), hm.length > 1 ? hm[1] : "00"));
            }
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"TimeZone\": \"" + name + "\"");
        }
    }

    /** @param name the parameter's name as written, which enum-valued parameters' errors repeat */
    private static String normalize(String key, String value, String name) {
        if (PLANNER_SWITCHES.contains(key)) {
            return bool(key, value);
        }
        switch (key) {
            case "timezone":
                zone(value);
                return value;
            case "session_replication_role": {
                String v = value.toLowerCase(Locale.ROOT);
                if (!List.of("origin", "replica", "local").contains(v)) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "invalid value for parameter \"session_replication_role\": \"" + value + "\"")
                            .withHint("Available values: origin, replica, local.");
                }
                return v;
            }
            case "client_min_messages": {
                String v = value.toLowerCase(Locale.ROOT);
                if (!List.of("debug5", "debug4", "debug3", "debug2", "debug1", "debug", "log", "notice", "warning", "error")
                        .contains(v)) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "invalid value for parameter \"client_min_messages\": \"" + value + "\"")
                            .withHint("Available values: debug5, debug4, debug3, debug2, debug1, log, notice, warning, error.");
                }
                return v.equals("debug") ? "debug2" : v;
            }
            case "standard_conforming_strings":
            case "escape_string_warning":
            case "check_function_bodies":
            case "row_security":
            case "jit":
            case "synchronous_commit":
            case "default_transaction_read_only":
            case "transaction_read_only":
                return bool(key, value);
            case "extra_float_digits": {
                try {
                    int v = Integer.parseInt(value.trim());
                    if (v < -15 || v > 3) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, v + " is outside the valid range for parameter \"extra_float_digits\" (-15 .. 3)");
                    }
                    return Integer.toString(v);
                } catch (NumberFormatException e) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "invalid value for parameter \"extra_float_digits\": \"" + value + "\"");
                }
            }
            case "intervalstyle": {
                String v = value.toLowerCase(Locale.ROOT);
                if (!List.of("postgres", "postgres_verbose", "sql_standard", "iso_8601").contains(v)) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "invalid value for parameter \"" + name + "\": \"" + value + "\"")
                            .withHint("Available values: postgres, postgres_verbose, sql_standard, iso_8601.");
                }
                return v;
            }
            case "pgmicro.dialect": {
                String v = value.toLowerCase(Locale.ROOT);
                if (!v.equals("postgresql") && !v.equals("sqlite")) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "invalid value for parameter \"pgmicro.dialect\": \"" + value + "\"")
                            .withHint("Available values: postgresql, sqlite.");
                }
                return v;
            }
            default:
                return value;
        }
    }

    private static String bool(String key, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (List.of("on", "true", "yes", "1", "t", "y").contains(v)) {
            return "on";
        }
        if (List.of("off", "false", "no", "0", "f", "n").contains(v)) {
            return "off";
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "parameter \"" + key + "\" requires a Boolean value");
    }

    /**
     * DateStyle keeps the part (output style or field order) a new value leaves out;
     * German alone also orders day first. Conflicting parts are an error.
     */
    private static String dateStyle(String value, String previous) {
        String output = null;
        String order = null;
        for (String part : value.split(",")) {
            String p = part.trim().toUpperCase(Locale.ROOT);
            String newOutput = null;
            String newOrder = null;
            switch (p) {
                case "ISO", "SQL", "POSTGRES", "GERMAN" -> newOutput = p.equals("POSTGRES") ? "Postgres"
                        : p.equals("GERMAN") ? "German" : p;
                case "MDY", "US", "NONEURO", "NONEUROPEAN" -> newOrder = "MDY";
                case "DMY", "EURO", "EUROPEAN" -> newOrder = "DMY";
                case "YMD" -> newOrder = "YMD";
                case "DEFAULT" -> {
                    // the parts not given yet take their default
                    newOutput = output == null ? "ISO" : null;
                    newOrder = order == null ? "MDY" : null;
                }
                default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "invalid value for parameter \"DateStyle\": \"" + value + "\"")
                        .withDetail("Unrecognized key word: \"" + part.trim() + "\".");
            }
            if (newOutput != null && output != null && !output.equals(newOutput)
                    || newOrder != null && order != null && !order.equals(newOrder)) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "invalid value for parameter \"DateStyle\": \"" + value + "\"")
                        .withDetail("Conflicting \"datestyle\" specifications.");
            }
            output = newOutput != null ? newOutput : output;
            order = newOrder != null ? newOrder : order;
        }
        String[] before = (previous == null ? "ISO, MDY" : previous).split(", ");
        if (order == null) {
            order = "German".equals(output) ? "DMY" : before[1];
        }
        return (output != null ? output : before[0]) + ", " + order;
    }
}
