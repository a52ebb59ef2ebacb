package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import java.util.Map;
import java.util.TreeMap;

/** pg_namespace: pg_catalog, pg_toast, information_schema, public and the user's schemas. */
final class PgNamespaceRows implements SystemTable.RowSource {
    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        Map<Integer, String> byOid = new TreeMap<>();
        catalog.schemas().forEach((name, oid) -> byOid.put(oid, name));
        byOid.put(ObjectIds.PG_TOAST_NAMESPACE, "pg_toast");
        byOid.forEach((oid, name) -> {
            boolean system = oid < 16_384;
            int owner = oid == ObjectIds.PUBLIC_NAMESPACE ? ObjectIds.PG_DATABASE_OWNER_ROLE : ObjectIds.POSTGRES_ROLE;
            String acl = oid == ObjectIds.PUBLIC_NAMESPACE
                    ? "{pg_database_owner=UC/pg_database_owner,=U/pg_database_owner}"
                    : system && oid != ObjectIds.PG_TOAST_NAMESPACE ? "{postgres=UC/postgres,=U/postgres}" : null;
            out.add().set("oid", oid).set("nspname", name).set("nspowner", owner).set("nspacl", acl);
        });
    }
}
