package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;
import java.util.Map;

/** pg_description: comments on relations, indexes and columns, and PostgreSQL's own comments on its schemas. */
final class PgDescriptionRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        add(out, ObjectIds.PG_CATALOG_NAMESPACE, ObjectIds.PG_NAMESPACE, 0, "system catalog schema");
        add(out, ObjectIds.PG_TOAST_NAMESPACE, ObjectIds.PG_NAMESPACE, 0, "reserved schema for TOAST tables");
        add(out, ObjectIds.PUBLIC_NAMESPACE, ObjectIds.PG_NAMESPACE, 0, "standard public schema");
        for (RelationDef r : UserObjects.relations(catalog)) {
            if (r.comment() != null) {
                add(out, r.oid(), ObjectIds.PG_CLASS, 0, r.comment());
            }
            for (io.pgmicro.catalog.IndexDef index : r.indexes()) {
                if (index.comment() != null) {
                    add(out, index.oid(), ObjectIds.PG_CLASS, 0, index.comment());
                }
            }
            if (r.columnComments() != null) {
                for (Map.Entry<String, String> e : r.columnComments().entrySet()) {
                    add(out, r.oid(), ObjectIds.PG_CLASS, UserObjects.attnum(r, e.getKey()), e.getValue());
                }
            }
        }
    }

    private static void add(Rows out, int objoid, int classoid, int objsubid, String text) {
        out.add().set("objoid", objoid).set("classoid", classoid).set("objsubid", objsubid).set("description", text);
    }
}
