package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import java.util.List;

/**
 * pg_database: the databases of the session's cluster, or, for a session outside a
 * server, the one database it sees, named as current_database() names it.
 */
final class PgDatabaseRows implements SystemTable.RowSource {
    /** pg_encoding_to_char's number for UTF8. */
    static final int UTF8_ENCODING = 6;
    /** What PostgreSQL's initdb grants on the template databases. */
    private static final List<String> TEMPLATE_ACL = List.of("=c/postgres", "postgres=CTc/postgres");

    @Override
    public void produce(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        List<ClusterDatabase> cluster = session.clusterDatabases();
        if (cluster.isEmpty()) {
            row(out, ObjectIds.DATABASE, RuntimeValue.currentDatabase(), false, true);
            return;
        }
        for (ClusterDatabase d : cluster) {
            Rows.Row row = row(out, d.oid(), d.name(), d.template(), d.allowConnections());
            if (d.template()) {
                row.set("datacl", TEMPLATE_ACL);
            }
        }
    }

    /**
     * pg_db_role_setting: the settings ALTER DATABASE ... SET gave the cluster's databases,
     * as name=value texts in the order they were set. Roles have none: every session is
     * the one superuser, and ALTER ROLE ... SET is not supported.
     */
    static void settings(CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (ClusterDatabase d : session.clusterDatabases()) {
            if (!d.settings().isEmpty()) {
                java.util.List<String> config = new java.util.ArrayList<>();
                d.settings().forEach((name, value) -> config.add(name + "=" + value));
                out.add().set("setdatabase", d.oid()).set("setrole", 0).set("setconfig", config);
            }
        }
    }

    private static Rows.Row row(Rows out, int oid, Object name, boolean template, boolean allowConnections) {
        return out.add().set("oid", oid).set("datname", name)
                .set("datdba", ObjectIds.POSTGRES_ROLE).set("encoding", UTF8_ENCODING).set("datlocprovider", "c")
                .set("datistemplate", template).set("datallowconn", allowConnections).set("datconnlimit", -1)
                .set("datfrozenxid", 716).set("datminmxid", 1).set("dattablespace", ObjectIds.DEFAULT_TABLESPACE)
                .set("datcollate", "C.UTF-8").set("datctype", "C.UTF-8");
    }
}
