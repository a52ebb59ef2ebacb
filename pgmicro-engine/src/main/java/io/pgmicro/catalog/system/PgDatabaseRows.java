package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;

/** pg_database: the one database a session sees, named as current_database() names it. */
final class PgDatabaseRows implements SystemTable.RowSource {
    /** pg_encoding_to_char's number for UTF8. */
    static final int UTF8_ENCODING = 6;

    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        out.add().set("oid", ObjectIds.DATABASE).set("datname", RuntimeValue.currentDatabase())
                .set("datdba", ObjectIds.POSTGRES_ROLE).set("encoding", UTF8_ENCODING).set("datlocprovider", "c")
                .set("datistemplate", false).set("datallowconn", true).set("datconnlimit", -1).set("datfrozenxid", 716)
                .set("datminmxid", 1).set("dattablespace", ObjectIds.DEFAULT_TABLESPACE).set("datcollate", "C.UTF-8")
                .set("datctype", "C.UTF-8");
    }
}
