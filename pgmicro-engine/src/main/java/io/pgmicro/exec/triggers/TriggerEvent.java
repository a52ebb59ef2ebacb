package io.pgmicro.exec.triggers;

import io.pgmicro.exec.plpgsql.Row;
import java.util.List;

/**
 * What a trigger function sees of the event that fired it: NEW and OLD (null where the
 * event has none) and the TG_ variables.
 *
 * @param when  "BEFORE" or "AFTER" (TG_WHEN)
 * @param level "ROW" or "STATEMENT" (TG_LEVEL)
 * @param op    "INSERT", "UPDATE" or "DELETE" (TG_OP)
 */
public record TriggerEvent(Row newRow, Row oldRow, String name, String when, String level, String op, int tableOid,
                           String tableName, String tableSchema, List<String> arguments) {
}
