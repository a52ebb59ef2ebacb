package io.pgmicro.catalog.system;

import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.SequenceOptions;

/**
 * pg_depend: the dependencies clients read, which are those of a sequence on the column
 * that owns it ('a' for serial and OWNED BY, 'i' for identity columns); psql's
 * "Owned by" and pg_get_serial_sequence follow them.
 */
final class PgDependRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            SequenceOptions s = r.sequence();
            if (r.kind() != 'S' || s == null || s.ownedByTable() == 0) {
                continue;
            }
            RelationDef owner = catalog.relation(s.ownedByTable());
            AttributeDef column = owner == null ? null : owner.attribute(s.ownedByColumn());
            if (column == null) {
                continue;
            }
            out.add().set("classid", ObjectIds.PG_CLASS).set("objid", r.oid()).set("objsubid", 0)
                    .set("refclassid", ObjectIds.PG_CLASS).set("refobjid", owner.oid()).set("refobjsubid", column.attnum())
                    .set("deptype", UserObjects.identity(column).isEmpty() ? "a" : "i");
        }
    }
}
