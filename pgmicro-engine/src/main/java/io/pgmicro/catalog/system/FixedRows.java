package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;

/** The rows of catalogs whose content does not depend on the user schema. */
final class FixedRows {
    private FixedRows() {
    }

    static void accessMethods(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        out.add().set("oid", ObjectIds.HEAP_AM).set("amname", "heap").set("amhandler", 3).set("amtype", "t");
        out.add().set("oid", ObjectIds.BTREE_AM).set("amname", "btree").set("amhandler", 330).set("amtype", "i");
        out.add().set("oid", ObjectIds.HASH_AM).set("amname", "hash").set("amhandler", 331).set("amtype", "i");
    }

    static void collations(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        collation(out, ObjectIds.DEFAULT_COLLATION, "default", "d", -1, null);
        collation(out, ObjectIds.C_COLLATION, "C", "c", -1, "C");
        collation(out, ObjectIds.POSIX_COLLATION, "POSIX", "c", -1, "POSIX");
    }

    private static void collation(Rows out, int oid, String name, String provider, int encoding, String locale) {
        out.add().set("oid", oid).set("collname", name).set("collnamespace", ObjectIds.PG_CATALOG_NAMESPACE)
                .set("collowner", ObjectIds.POSTGRES_ROLE).set("collprovider", provider).set("collisdeterministic", true)
                .set("collencoding", encoding).set("collcollate", locale).set("collctype", locale);
    }

    static void tablespaces(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        out.add().set("oid", ObjectIds.DEFAULT_TABLESPACE).set("spcname", "pg_default").set("spcowner", ObjectIds.POSTGRES_ROLE);
        out.add().set("oid", ObjectIds.GLOBAL_TABLESPACE).set("spcname", "pg_global").set("spcowner", ObjectIds.POSTGRES_ROLE);
    }

    static void languages(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        language(out, ObjectIds.INTERNAL_LANGUAGE, "internal", false, false);
        language(out, ObjectIds.C_LANGUAGE, "c", false, false);
        language(out, ObjectIds.SQL_LANGUAGE, "sql", false, true);
        language(out, ObjectIds.PLPGSQL_LANGUAGE, "plpgsql", true, true);
    }

    private static void language(Rows out, int oid, String name, boolean procedural, boolean trusted) {
        out.add().set("oid", oid).set("lanname", name).set("lanowner", ObjectIds.POSTGRES_ROLE).set("lanispl", procedural)
                .set("lanpltrusted", trusted).set("lanplcallfoid", 0).set("laninline", 0).set("lanvalidator", 0);
    }

    /** plpgsql is installed in every PostgreSQL database, and clients such as pg_dump expect to see it. */
    static void extensions(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        out.add().set("oid", ObjectIds.PLPGSQL_EXTENSION).set("extname", "plpgsql").set("extowner", ObjectIds.POSTGRES_ROLE)
                .set("extnamespace", ObjectIds.PG_CATALOG_NAMESPACE).set("extrelocatable", false).set("extversion", "1.0");
    }
}
