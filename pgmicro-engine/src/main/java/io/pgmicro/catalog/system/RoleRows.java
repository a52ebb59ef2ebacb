package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;

/**
 * pg_authid, pg_roles and pg_user: the superuser "postgres" that every session runs as,
 * and the predefined role pg_database_owner that owns the public schema.
 */
final class RoleRows {
    private RoleRows() {
    }

    static void authid(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        role(out, ObjectIds.POSTGRES_ROLE, "postgres", true).set("rolpassword", null);
        role(out, ObjectIds.PG_DATABASE_OWNER_ROLE, "pg_database_owner", false).set("rolpassword", null);
    }

    static void roles(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        role(out, ObjectIds.POSTGRES_ROLE, "postgres", true).set("rolpassword", "********");
        role(out, ObjectIds.PG_DATABASE_OWNER_ROLE, "pg_database_owner", false).set("rolpassword", "********");
    }

    static void users(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        out.add().set("usename", "postgres").set("usesysid", ObjectIds.POSTGRES_ROLE).set("usecreatedb", true)
                .set("usesuper", true).set("userepl", true).set("usebypassrls", true).set("passwd", "********");
    }

    private static Rows.Row role(Rows out, int oid, String name, boolean superuser) {
        return out.add().set("oid", oid).set("rolname", name).set("rolsuper", superuser).set("rolinherit", true)
                .set("rolcreaterole", superuser).set("rolcreatedb", superuser).set("rolcanlogin", superuser)
                .set("rolreplication", superuser).set("rolbypassrls", superuser).set("rolconnlimit", -1);
    }
}
