package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;

/** pg_rewrite: the _RETURN rule of each view; ev_action holds the view's query text. */
final class PgRewriteRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            if (r.kind() == 'v') {
                out.add().set("oid", DerivedOids.viewRule(r.oid())).set("rulename", "_RETURN").set("ev_class", r.oid())
                        .set("ev_type", "1").set("ev_enabled", "O").set("is_instead", true).set("ev_qual", "<>")
                        .set("ev_action", r.viewQuery());
            }
        }
    }
}
