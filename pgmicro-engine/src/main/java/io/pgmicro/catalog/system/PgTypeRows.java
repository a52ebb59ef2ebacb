package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.EnumTypeDef;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** pg_type: the built-in types (with their real OIDs), the system relations' own types, and user enums with their arrays. */
final class PgTypeRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        List<PgType> builtins = new ArrayList<>(Types.all());
        builtins.addAll(SystemTypes.ALL);
        builtins.sort(Comparator.comparingInt(PgType::oid));
        for (PgType t : builtins) {
            add(out, catalog, t, ObjectIds.PG_CATALOG_NAMESPACE);
        }
        List<EnumTypeDef> enums = new ArrayList<>(catalog.enums());
        enums.sort(Comparator.comparingInt(EnumTypeDef::oid));
        for (EnumTypeDef e : enums) {
            int namespace = UserObjects.namespaceOid(catalog, e.schema());
            add(out, catalog, catalog.type(e.oid()), namespace).set("typtype", "e").set("typcategory", "E");
            add(out, catalog, catalog.type(e.arrayOid()), namespace);
        }
    }

    private static Rows.Row add(Rows out, CatalogSnapshot catalog, PgType t, int namespace) {
        return out.add().set("oid", t.oid()).set("typname", t.name()).set("typnamespace", namespace)
                .set("typowner", ObjectIds.POSTGRES_ROLE).set("typlen", (int) t.typlen()).set("typbyval", TypeFacts.byValue(t))
                .set("typtype", TypeFacts.typtype(t)).set("typcategory", String.valueOf(t.category()))
                .set("typispreferred", t.preferred()).set("typisdefined", true).set("typdelim", ",").set("typrelid", 0)
                .set("typsubscript", 0).set("typelem", t.elementOid()).set("typarray", t.arrayOid()).set("typinput", 0)
                .set("typoutput", 0).set("typreceive", 0).set("typsend", 0).set("typmodin", 0).set("typmodout", 0)
                .set("typanalyze", 0).set("typalign", TypeFacts.align(t, catalog)).set("typstorage", TypeFacts.storage(t))
                .set("typnotnull", false).set("typbasetype", 0).set("typtypmod", -1).set("typndims", 0)
                .set("typcollation", TypeFacts.collation(t, catalog));
    }
}
