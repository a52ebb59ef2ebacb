package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.exec.SequenceRegistry;
import io.pgmicro.session.Notice;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a DDL statement works with: the session's SQLite connection (inside a
 * transaction the session opened for it), the catalog as it stood when the statement
 * began, and where NOTICEs go; and the storage values of $n parameters, which only
 * CREATE TABLE AS EXECUTE has (null otherwise); and whether the statement runs inside a
 * transaction block, which some commands (CONCURRENTLY, REINDEX SCHEMA) refuse.
 */
public record DdlContext(Connection conn, AnalysisContext analysis, SequenceRegistry sequences, Consumer<Notice> notices,
                         List<Object> parameters, boolean inTransactionBlock) {

    public DdlContext(Connection conn, AnalysisContext analysis, SequenceRegistry sequences, Consumer<Notice> notices) {
        this(conn, analysis, sequences, notices, null, false);
    }

    /** PostgreSQL's PreventInTransactionBlock: 25001 for a command that must run on its own. */
    public void refuseInTransactionBlock(String command) {
        if (inTransactionBlock) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, command + " cannot run inside a transaction block");
        }
    }

    public CatalogSnapshot catalog() {
        return analysis.catalog();
    }

    /** The catalog including what this statement has written so far. */
    public CatalogSnapshot reload() {
        return CatalogStore.load(conn);
    }

    public void sql(String sqliteText) {
        try {
            QueryRunner.execute(conn, sqliteText);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: SQLite rejected " + sqliteText + ": " + e.getMessage());
        }
    }

    public int newOid() {
        try {
            return CatalogStore.allocateOid(conn);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: cannot allocate an OID: " + e.getMessage());
        }
    }

    public void store(RelationDef def) {
        try {
            CatalogStore.putRelation(conn, def);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: cannot write the catalog: " + e.getMessage());
        }
    }

    public void store(io.pgmicro.catalog.TriggerDef def) {
        try {
            CatalogStore.putTrigger(conn, def);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: cannot write the catalog: " + e.getMessage());
        }
    }

    public void remove(int oid) {
        try {
            CatalogStore.remove(conn, oid);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: cannot write the catalog: " + e.getMessage());
        }
        sequences.forget(oid);
    }

    public void notice(String message) {
        notices.accept(Notice.notice("00000", message));
    }

    /** An INFO or WARNING (or NOTICE) message. */
    public void message(String severity, String message) {
        notices.accept(new Notice(severity, severity.equals("WARNING") ? "01000" : "00000", message, null, null));
    }

    public void notice(String message, String detail) {
        notices.accept(new Notice("NOTICE", "00000", message, detail, null));
    }

    /**
     * The schema a new relation goes to: the session's temporary schema (created on first
     * use) for TEMP ones, else as {@link #creationSchema(String)} decides.
     */
    public String creationSchema(io.pgmicro.parse.ast.RangeVar rv) {
        String temp = analysis.tempSchema();
        boolean explicitTemp = rv.getSchemaname().equals("pg_temp") || rv.getSchemaname().equals(temp);
        if (!"t".equals(rv.getRelpersistence()) && !explicitTemp || temp == null) {
            return creationSchema(rv.getSchemaname());
        }
        if (!rv.getSchemaname().isEmpty() && !explicitTemp) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot create temporary relation in non-temporary schema")
                    .atLocation(rv.getLocation());
        }
        if (!reload().hasSchema(temp)) {
            try {
                CatalogStore.putSchema(conn, newOid(), temp);
            } catch (SQLException e) {
                throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: cannot write the catalog: " + e.getMessage());
            }
        }
        return temp;
    }

    /** The schema an unqualified new object goes to; 3F000 when the search path names none that exists. */
    public String creationSchema(String explicit) {
        if (explicit != null && !explicit.isEmpty()) {
            if (!catalog().hasSchema(explicit)) {
                throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + explicit + "\" does not exist");
            }
            return explicit;
        }
        String schema = analysis.creationSchema();
        if (schema == null) {
            throw new PgException(SqlState.INVALID_SCHEMA_NAME, "no schema has been selected to create in");
        }
        return schema;
    }

    /** The SQLite name of a relation: the plain name in public, "schema.name" elsewhere. */
    public static String sqliteName(String schema, String name) {
        return schema.equals("public") ? name : schema + "." + name;
    }

    /** PostgreSQL's choice of a free name for an implicit object: base, base1, base2 ... */
    public String chooseName(String schema, String base, java.util.Set<String> alsoTaken) {
        String candidate = truncate(base);
        for (int i = 1; nameTaken(schema, candidate) || alsoTaken.contains(candidate); i++) {
            String suffix = Integer.toString(i);
            candidate = truncate(base, suffix);
        }
        return candidate;
    }

    private boolean nameTaken(String schema, String name) {
        CatalogSnapshot cat = reload();
        if (cat.relation(schema, name) != null) {
            return true;
        }
        for (RelationDef r : cat.relations()) {
            if (r.schema().equals(schema)) {
                for (var idx : r.indexes()) {
                    if (idx.name().equals(name)) {
                        return true;
                    }
                }
                for (var c : r.constraints()) {
                    if (c.name().equals(name) && c.type() != 'f' && c.type() != 'c') {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static String truncate(String name) {
        return truncate(name, "");
    }

    private static String truncate(String base, String suffix) {
        int max = 63 - suffix.length();
        String b = base.length() > max ? base.substring(0, max) : base;
        return b + suffix;
    }
}
