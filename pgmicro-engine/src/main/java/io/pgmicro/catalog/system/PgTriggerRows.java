package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.TriggerDef;
import java.util.Comparator;
import java.util.List;

/**
 * pg_trigger: the user's triggers. pgmicro enforces foreign keys itself, so there are
 * none of PostgreSQL's internal constraint triggers; tgqual holds the WHEN condition's
 * source text, which is what the catalog's other expression columns hold too.
 */
final class PgTriggerRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (TriggerDef t : triggers(catalog)) {
            RelationDef table = catalog.relation(t.tableOid());
            out.add().set("oid", t.oid()).set("tgrelid", t.tableOid()).set("tgparentid", 0).set("tgname", t.name())
                    .set("tgfoid", t.functionOid()).set("tgtype", TriggerDefinitions.type(t))
                    .set("tgenabled", String.valueOf(t.firing())).set("tgisinternal", false).set("tgconstrrelid", 0)
                    .set("tgconstrindid", 0).set("tgconstraint", 0).set("tgdeferrable", t.deferrable())
                    .set("tginitdeferred", t.deferred()).set("tgnargs", t.arguments().size())
                    .set("tgattr", TriggerDefinitions.updateColumnNumbers(table, t))
                    .set("tgargs", TriggerDefinitions.argumentBytes(t)).set("tgqual", t.when());
        }
    }

    /** The triggers whose table still exists, in creation order. */
    static List<TriggerDef> triggers(CatalogSnapshot catalog) {
        return catalog.triggers().stream().filter(t -> catalog.relation(t.tableOid()) != null)
                .sorted(Comparator.comparingInt(TriggerDef::oid)).toList();
    }
}
