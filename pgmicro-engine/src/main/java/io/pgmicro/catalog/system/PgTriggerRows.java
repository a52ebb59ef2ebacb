package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.TriggerDef;

/**
 * pg_trigger: the user's triggers. pgmicro enforces foreign keys itself, so there are
 * none of PostgreSQL's internal constraint triggers; tgqual holds the WHEN condition's
 * source text, which is what the catalog's other expression columns hold too.
 */
final class PgTriggerRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (TriggerDef t : catalog.triggers()) {
            RelationDef table = catalog.relation(t.tableOid());
            if (table == null) {
                continue;
            }
            out.add().set("oid", t.oid()).set("tgrelid", t.tableOid()).set("tgparentid", 0).set("tgname", t.name())
                    .set("tgfoid", t.functionOid()).set("tgtype", TriggerDefinitions.type(t))
                    .set("tgenabled", t.enabled() ? "O" : "D").set("tgisinternal", false).set("tgconstrrelid", 0)
                    .set("tgconstrindid", 0).set("tgconstraint", 0).set("tgdeferrable", false)
                    .set("tginitdeferred", false).set("tgnargs", t.arguments().size())
                    .set("tgattr", TriggerDefinitions.updateColumnNumbers(table, t))
                    .set("tgargs", TriggerDefinitions.argumentBytes(t)).set("tgqual", t.when());
        }
    }
}
