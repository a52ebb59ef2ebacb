package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;

/** pg_class: user tables, views, sequences, indexes and composite types, and the system relations themselves. */
final class PgClassRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            Rows.Row row = common(out, r.oid(), r.name(), UserObjects.namespaceOid(catalog, r.schema()));
            row.set("relkind", String.valueOf(r.kind()));
            row.set("relhassubclass", catalog.inheritance().hasChildren(r.oid()));
            if (r.hierarchy().bound() != null) {
                row.set("relispartition", true)
                        .set("relpartbound", io.pgmicro.catalog.PartitionConstraint.boundText(r.hierarchy().bound()));
            }
            switch (r.kind()) {
                case 'r' -> row.set("relam", ObjectIds.HEAP_AM).set("relfilenode", r.oid()).set("relpages", 0)
                        .set("reltuples", -1.0).set("relhasindex", !r.indexes().isEmpty())
                        .set("relnatts", r.attributes().size()).set("relchecks", r.constraintsOfType('c').size())
                        .set("relhastriggers", UserObjects.hasForeignKeyTriggers(catalog, r)).set("relreplident", "d");
                case 'p' -> row.set("relam", 0).set("relfilenode", 0).set("relpages", 0).set("reltuples", -1.0)
                        .set("relhasindex", !r.indexes().isEmpty()).set("relnatts", r.attributes().size())
                        .set("relchecks", r.constraintsOfType('c').size()).set("relreplident", "d");
                case 'v' -> row.set("relam", 0).set("relfilenode", 0).set("relpages", 0).set("reltuples", -1.0)
                        .set("relnatts", r.attributes().size()).set("relhasrules", true);
                default -> row.set("relam", 0).set("relfilenode", r.oid()).set("relpages", 1).set("reltuples", 1.0)
                        .set("relnatts", UserObjects.SEQUENCE_COLUMNS.size());
            }
        }
        for (io.pgmicro.catalog.CompositeTypeDef c : catalog.composites()) {
            common(out, c.classOid(), c.name(), UserObjects.namespaceOid(catalog, c.schema())).set("relkind", "c")
                    .set("reltype", c.oid()).set("relam", 0).set("relfilenode", 0).set("relpages", 0)
                    .set("reltuples", -1.0).set("relnatts", c.attributes().size());
        }
        for (UserObjects.TableIndex ti : UserObjects.indexes(catalog)) {
            common(out, ti.index().oid(), ti.index().name(), UserObjects.namespaceOid(catalog, ti.table().schema()))
                    .set("relkind", "i").set("relam", ObjectIds.BTREE_AM).set("relfilenode", ti.index().oid())
                    .set("relpages", 1).set("reltuples", 0.0).set("relnatts", ti.index().keys().size());
        }
        for (SystemTable t : SystemCatalog.all()) {
            Rows.Row row = common(out, t.oid(), t.name(), UserObjects.namespaceOid(catalog, t.schema()))
                    .set("relkind", String.valueOf(t.kind())).set("relnatts", t.columns().size());
            if (t.kind() == 'r') {
                row.set("relam", ObjectIds.HEAP_AM).set("relfilenode", t.oid()).set("relpages", 1).set("reltuples", -1.0)
                        .set("relhasindex", true).set("relreplident", "n")
                        .set("relacl", "{postgres=arwdDxt/postgres,=r/postgres}");
            } else {
                row.set("relam", 0).set("relfilenode", 0).set("relpages", 0).set("reltuples", -1.0).set("relhasrules", true)
                        .set("relacl", "{postgres=arwdDxt/postgres,=r/postgres}");
            }
        }
    }

    /** The columns every kind of relation fills alike. */
    private static Rows.Row common(Rows out, int oid, String name, int namespace) {
        return out.add().set("oid", oid).set("relname", name).set("relnamespace", namespace).set("reltype", 0)
                .set("reloftype", 0).set("relowner", ObjectIds.POSTGRES_ROLE).set("reltablespace", 0)
                .set("relallvisible", 0).set("reltoastrelid", 0).set("relhasindex", false).set("relisshared", false)
                .set("relpersistence", "p").set("relchecks", 0).set("relhasrules", false).set("relhastriggers", false)
                .set("relhassubclass", false).set("relrowsecurity", false).set("relforcerowsecurity", false)
                .set("relispopulated", true).set("relreplident", "n").set("relispartition", false).set("relrewrite", 0)
                .set("relfrozenxid", 0).set("relminmxid", 0);
    }
}
