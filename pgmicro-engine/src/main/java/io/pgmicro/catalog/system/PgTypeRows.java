package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.CompositeTypeDef;
import io.pgmicro.catalog.EnumTypeDef;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** pg_type: the built-in types (with their real OIDs), the system relations' own types, user enums and composite types with their arrays. */
final class PgTypeRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        List<PgType> builtins = new ArrayList<>(Types.all());
        builtins.addAll(SystemTypes.ALL);
        builtins.sort(Comparator.comparingInt(PgType::oid));
        for (PgType t : builtins) {
            functions(add(out, catalog, t, ObjectIds.PG_CATALOG_NAMESPACE), BuiltinProcedures.typeFunctions(t.oid()));
        }
        List<EnumTypeDef> enums = new ArrayList<>(catalog.enums());
        enums.sort(Comparator.comparingInt(EnumTypeDef::oid));
        for (EnumTypeDef e : enums) {
            int namespace = UserObjects.namespaceOid(catalog, e.schema());
            functions(add(out, catalog, catalog.type(e.oid()), namespace), BuiltinProcedures.enumTypeFunctions(false))
                    .set("typtype", "e").set("typcategory", "E");
            functions(add(out, catalog, catalog.type(e.arrayOid()), namespace), BuiltinProcedures.enumTypeFunctions(true));
        }
        List<CompositeTypeDef> composites = new ArrayList<>(catalog.composites());
        composites.sort(Comparator.comparingInt(CompositeTypeDef::oid));
        for (CompositeTypeDef c : composites) {
            int namespace = UserObjects.namespaceOid(catalog, c.schema());
            functions(add(out, catalog, catalog.type(c.oid()), namespace), BuiltinProcedures.typeFunctions(Types.RECORD.oid()))
                    .set("typrelid", c.classOid()).set("typalign", "d").set("typstorage", "x");
            functions(add(out, catalog, catalog.type(c.arrayOid()), namespace),
                    BuiltinProcedures.typeFunctions(Types.arrayOf(Types.TEXT).oid())).set("typalign", "d");
        }
    }

    /** The type's I/O functions, in the order of {@link BuiltinProcedures#typeFunctions}. */
    private static Rows.Row functions(Rows.Row row, long[] oids) {
        return row.set("typinput", oids[0]).set("typoutput", oids[1]).set("typreceive", oids[2]).set("typsend", oids[3])
                .set("typmodin", oids[4]).set("typmodout", oids[5]).set("typsubscript", oids[6]).set("typanalyze", oids[7]);
    }

    private static Rows.Row add(Rows out, CatalogSnapshot catalog, PgType t, int namespace) {
        return out.add().set("oid", t.oid()).set("typname", t.name()).set("typnamespace", namespace)
                .set("typowner", ObjectIds.POSTGRES_ROLE).set("typlen", (int) t.typlen()).set("typbyval", TypeFacts.byValue(t))
                .set("typtype", TypeFacts.typtype(t)).set("typcategory", String.valueOf(t.category()))
                .set("typispreferred", t.preferred()).set("typisdefined", true).set("typdelim", ",").set("typrelid", 0)
                .set("typelem", t.elementOid()).set("typarray", t.arrayOid())
                .set("typalign", TypeFacts.align(t, catalog)).set("typstorage", TypeFacts.storage(t))
                .set("typnotnull", false).set("typbasetype", 0).set("typtypmod", -1).set("typndims", 0)
                .set("typcollation", TypeFacts.collation(t, catalog));
    }
}
