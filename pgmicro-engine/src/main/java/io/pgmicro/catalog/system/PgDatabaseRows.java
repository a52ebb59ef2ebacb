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

    private static Rows.Row row(Rows out, int oid, Object name, boolean template, boolean allowConnections) {
        return out.add().set("oid", oid).set("datname", name)
                .set("datdba", ObjectIds.POSTGRES_ROLE).set("encoding", UTF8_ENCODING).set("datlocprovider", "c")
                .set("datistemplate", template).set("datallowconn", allowConnections).set("datconnlimit", -1)
                .set("datfrozenxid", 716).set("datminmxid", 1).set("dattablespace", ObjectIds.DEFAULT_TABLESPACE)
                .set("datcollate", "C.UTF-8").set("datctype", "C.UTF-8");
    }
}
