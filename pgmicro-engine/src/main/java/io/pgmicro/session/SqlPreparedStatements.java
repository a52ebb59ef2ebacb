package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.system.PreparedStatementInfo;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements a session prepared, by name: with SQL PREPARE, or with the protocol's
 * Parse under a name (from_sql false), in one namespace as in PostgreSQL, so that one
 * kind cannot take the other's name and DEALLOCATE ALL ends both. They belong to the
 * session, not to a transaction: ROLLBACK does not remove them.
 */
final class SqlPreparedStatements {
    /**
     * PostgreSQL plans the first five executions of a statement with parameters for their
     * values (custom plans) before it considers a generic plan; one without parameters
     * always gets the generic plan. pgmicro has no planner of its own, so the counters of
     * pg_prepared_statements follow that rule, taking the generic plan from the sixth
     * execution on, as PostgreSQL does when the generic plan costs no more.
     */
    private static final int CUSTOM_PLANS_FIRST = 5;

    /** One prepared statement and what pg_prepared_statements shows of it. */
    static final class Entry {
        private final Prepared prepared;
        private final String sourceText;
        private final String prepareTime;
        private final boolean fromSql;
        private long executions;

        private Entry(Prepared prepared, String sourceText, String prepareTime, boolean fromSql) {
            this.prepared = prepared;
            this.sourceText = sourceText;
            this.prepareTime = prepareTime;
            this.fromSql = fromSql;
        }

        /** The statement EXECUTE runs; null for one the protocol prepared that pgmicro runs outside a session (COPY). */
        Prepared prepared() {
            return prepared;
        }

        void executed() {
            executions++;
        }

        private PreparedStatementInfo info(String name) {
            List<Long> types = new ArrayList<>();
            for (PgType t : prepared == null ? List.<PgType>of() : prepared.parameterTypes()) {
                types.add((long) t.oid());
            }
            long custom = types.isEmpty() ? 0 : Math.min(executions, CUSTOM_PLANS_FIRST);
            return new PreparedStatementInfo(name, sourceText, prepareTime, types, fromSql, executions - custom, custom);
        }
    }

    private final Map<String, Entry> byName = new LinkedHashMap<>();

    /** Adds a statement; a name in use is an error (neither PREPARE nor Parse replaces). */
    void add(String name, Prepared prepared, String sourceText, Instant preparedAt, boolean fromSql) {
        if (byName.containsKey(name)) {
            throw new PgException(SqlState.DUPLICATE_PREPARED_STATEMENT, "prepared statement \"" + name + "\" already exists");
        }
        String time = (String) Types.TIMESTAMPTZ.input(preparedAt.toString(), -1, FormatContext.DEFAULT);
        byName.put(name, new Entry(prepared, sourceText, time, fromSql));
    }

    boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** The statement of this name, for EXECUTE. */
    Entry get(String name) {
        Entry entry = byName.get(name);
        if (entry == null) {
            throw notFound(name);
        }
        return entry;
    }

    /** DEALLOCATE name. */
    void remove(String name) {
        if (byName.remove(name) == null) {
            throw notFound(name);
        }
    }

    /** The protocol's Close: closing a statement that does not exist is not an error. */
    void close(String name) {
        byName.remove(name);
    }

    /** DEALLOCATE ALL. */
    void clear() {
        byName.clear();
    }

    List<PreparedStatementInfo> infos() {
        List<PreparedStatementInfo> out = new ArrayList<>();
        byName.forEach((name, entry) -> out.add(entry.info(name)));
        return out;
    }

    private static PgException notFound(String name) {
        return new PgException(SqlState.INVALID_SQL_STATEMENT_NAME, "prepared statement \"" + name + "\" does not exist");
    }
}
