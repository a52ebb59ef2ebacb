package io.pgmicro.catalog;

import java.util.List;

/**
 * A trigger as pg_trigger describes it.
 *
 * @param timing        'B' BEFORE, 'A' AFTER, 'I' INSTEAD OF
 * @param events        any of "INSERT", "UPDATE", "DELETE", "TRUNCATE"
 * @param updateColumns for UPDATE OF: the columns that fire it (empty: any)
 * @param forEachRow    FOR EACH ROW, otherwise FOR EACH STATEMENT
 * @param when          the WHEN condition as PostgreSQL source text, or null
 * @param arguments     the literal arguments, passed as TG_ARGV
 * @param enabled       false after ALTER TABLE ... DISABLE TRIGGER
 */
public record TriggerDef(int oid, String name, int tableOid, int functionOid, char timing, List<String> events,
                         List<String> updateColumns, boolean forEachRow, String when, List<String> arguments,
                         boolean enabled) {

    public boolean firesOn(String event) {
        return enabled && events.contains(event);
    }

    public TriggerDef withEnabled(boolean value) {
        return new TriggerDef(oid, name, tableOid, functionOid, timing, events, updateColumns, forEachRow, when,
                arguments, value);
    }
}
