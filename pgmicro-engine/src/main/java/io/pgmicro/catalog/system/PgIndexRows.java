package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import java.util.ArrayList;
import java.util.List;

/** pg_index. Expression keys and predicates are kept as PostgreSQL source text in the pg_node_tree columns. */
final class PgIndexRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (UserObjects.TableIndex ti : UserObjects.indexes(catalog)) {
            IndexDef i = ti.index();
            RelationDef t = ti.table();
            List<String> expressions = new ArrayList<>();
            for (int k = 0; k < i.keys().size(); k++) {
                if (i.expressionKeys().get(k)) {
                    expressions.add(i.keys().get(k));
                }
            }
            out.add().set("indexrelid", i.oid()).set("indrelid", t.oid()).set("indnatts", i.keys().size())
                    .set("indnkeyatts", i.keys().size()).set("indisunique", i.unique()).set("indnullsnotdistinct", false)
                    .set("indisprimary", i.primary()).set("indisexclusion", false).set("indimmediate", !t.deferrableIndex(i))
                    .set("indisclustered", false).set("indisvalid", true).set("indcheckxmin", false).set("indisready", true)
                    .set("indislive", true).set("indisreplident", false).set("indkey", IndexColumns.indkey(i, t))
                    .set("indcollation", IndexColumns.indcollation(i, t, catalog))
                    .set("indclass", String.join(" ", java.util.Collections.nCopies(i.keys().size(), "0")))
                    .set("indoption", IndexColumns.indoption(i))
                    .set("indexprs", expressions.isEmpty() ? null : String.join(", ", expressions))
                    .set("indpred", i.whereExpr());
        }
    }
}
