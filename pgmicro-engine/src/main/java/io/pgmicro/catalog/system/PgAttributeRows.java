package io.pgmicro.catalog.system;

import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;

/**
 * pg_attribute: the user columns (attnum &gt; 0) of tables, views, sequences and indexes, and the
 * fields of composite types.
 * System columns (ctid, xmin ...) are left out: pgmicro has none, and clients filter
 * them with attnum &gt; 0.
 */
final class PgAttributeRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (RelationDef r : UserObjects.relations(catalog)) {
            if (r.kind() == 'S') {
                add(out, catalog, r.oid(), "last_value", 1, Types.INT8, -1, true);
                add(out, catalog, r.oid(), "log_cnt", 2, Types.INT8, -1, true);
                add(out, catalog, r.oid(), "is_called", 3, Types.BOOL, -1, true);
                continue;
            }
            for (AttributeDef a : r.attributes()) {
                PgType type = catalog.type(a.typeOid());
                add(out, catalog, r.oid(), a.name(), a.attnum(), type, a.typmod(), a.notNull())
                        .set("atthasdef", a.defaultExpr() != null || a.generatedExpr() != null)
                        .set("attidentity", UserObjects.identity(a))
                        .set("attgenerated", a.generatedExpr() != null ? "s" : "");
            }
            for (IndexDef index : r.indexes()) {
                for (int k = 0; k < index.keys().size(); k++) {
                    String key = index.keys().get(k);
                    AttributeDef column = index.expressionKeys().get(k) ? null : r.attribute(key);
                    if (column != null) {
                        add(out, catalog, index.oid(), column.name(), k + 1, catalog.type(column.typeOid()), column.typmod(),
                                false);
                    } else {
                        add(out, catalog, index.oid(), IndexColumns.expressionColumnName(key), k + 1,
                                IndexColumns.expressionType(key, r, catalog), -1, false);
                    }
                }
            }
        }
        compositeFields(out, catalog);
    }

    /** The fields of a composite type are the columns of its pg_class row. */
    private static void compositeFields(Rows out, CatalogSnapshot catalog) {
        for (io.pgmicro.catalog.CompositeTypeDef c : catalog.composites()) {
            int attnum = 1;
            for (io.pgmicro.catalog.CompositeTypeDef.Attribute a : c.attributes()) {
                PgType type = catalog.type(a.typeOid());
                add(out, catalog, c.classOid(), a.name(), attnum++, type == null ? Types.TEXT : type, a.typmod(), false);
            }
        }
    }

    private static Rows.Row add(Rows out, CatalogSnapshot catalog, int relation, String name, int attnum, PgType type,
                                int typmod, boolean notNull) {
        return out.add().set("attrelid", relation).set("attname", name).set("atttypid", type.oid())
                .set("attstattarget", -1).set("attlen", (int) type.typlen()).set("attnum", attnum)
                .set("attndims", type.isArray() ? 1 : 0).set("attcacheoff", -1).set("atttypmod", typmod)
                .set("attbyval", TypeFacts.byValue(type)).set("attalign", TypeFacts.align(type, catalog))
                .set("attstorage", TypeFacts.storage(type)).set("attcompression", "").set("attnotnull", notNull)
                .set("atthasdef", false).set("atthasmissing", false).set("attidentity", "").set("attgenerated", "")
                .set("attisdropped", false).set("attislocal", true).set("attinhcount", 0)
                .set("attcollation", TypeFacts.collation(type, catalog));
    }
}
