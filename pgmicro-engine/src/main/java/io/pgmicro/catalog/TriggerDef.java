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
 * @param firing        pg_trigger.tgenabled, set by ALTER TABLE ... ENABLE / DISABLE TRIGGER: 'O' fires when
 *                      session_replication_role is origin or local, 'R' only when it is replica, 'A' always,
 *                      'D' never
 * @param constraint    CREATE CONSTRAINT TRIGGER: an AFTER ROW trigger that SET CONSTRAINTS can defer
 * @param deferrable    for a constraint trigger, DEFERRABLE (pg_trigger.tgdeferrable)
 * @param deferred      for a constraint trigger, INITIALLY DEFERRED: its events wait for COMMIT
 */
public record TriggerDef(int oid, String name, int tableOid, int functionOid, char timing, List<String> events,
                         List<String> updateColumns, boolean forEachRow, String when, List<String> arguments,
                         char firing, boolean constraint, boolean deferrable, boolean deferred) {

    public TriggerDef {
        // definitions stored before triggers could be disabled have no firing mode
        if (firing == '\0') {
            firing = 'O';
        }
    }

    /** Whether the trigger fires on the event while session_replication_role has the given value. */
    public boolean firesOn(String event, String replicationRole) {
        boolean enabled = switch (firing) {
            case 'A' -> true;
            case 'R' -> "replica".equals(replicationRole);
            case 'D' -> false;
            default -> !"replica".equals(replicationRole);
        };
        return enabled && events.contains(event);
    }

    public TriggerDef withFiring(char value) {
        return new TriggerDef(oid, name, tableOid, functionOid, timing, events, updateColumns, forEachRow, when,
                arguments, value, constraint, deferrable, deferred);
    }

    public TriggerDef withName(String value) {
        return new TriggerDef(oid, value, tableOid, functionOid, timing, events, updateColumns, forEachRow, when,
                arguments, firing, constraint, deferrable, deferred);
    }
}
