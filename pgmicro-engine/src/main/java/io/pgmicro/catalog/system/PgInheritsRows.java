package io.pgmicro.catalog.system;

import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.PartitionBound;
import io.pgmicro.catalog.PartitionKey;
import io.pgmicro.catalog.RelationDef;
import java.util.ArrayList;
import java.util.List;

/**
 * pg_inherits and pg_partitioned_table: which table inherits from which, and how partitioned
 * tables divide their rows; psql's "Inherits:", "Partitions:" and "Partition key:" read them.
 */
final class PgInheritsRows {
    private PgInheritsRows() {
    }

    static void inherits(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            List<Integer> parents = r.hierarchy().parents();
            for (int i = 0; i < parents.size(); i++) {
                out.add().set("inhrelid", r.oid()).set("inhparent", parents.get(i)).set("inhseqno", i + 1)
                        .set("inhdetachpending", false);
            }
        }
    }

    static void partitionedTables(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            PartitionKey key = r.hierarchy().partitionKey();
            if (key == null) {
                continue;
            }
            List<String> attnums = new ArrayList<>();
            for (String column : key.columns()) {
                AttributeDef a = column == null ? null : r.attribute(column);
                attnums.add(a == null ? "0" : Integer.toString(a.attnum()));
            }
            int defaultPartition = 0;
            for (RelationDef child : catalog.inheritance().children(r.oid())) {
                PartitionBound b = child.hierarchy().bound();
                if (b != null && b.defaultPartition()) {
                    defaultPartition = child.oid();
                }
            }
            out.add().set("partrelid", r.oid()).set("partstrat", String.valueOf(key.strategy()))
                    .set("partnatts", key.expressions().size()).set("partdefid", defaultPartition)
                    .set("partattrs", String.join(" ", attnums));
        }
    }
}
