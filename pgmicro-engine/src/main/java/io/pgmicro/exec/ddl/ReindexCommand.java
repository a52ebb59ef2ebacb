package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.system.SystemCatalog;
import io.pgmicro.catalog.system.SystemTable;
import io.pgmicro.emit.SqlText;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.parse.ast.DefElem;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.parse.ast.ReindexStmt;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * REINDEX INDEX / TABLE / SCHEMA / DATABASE / SYSTEM, with the VERBOSE, CONCURRENTLY and
 * TABLESPACE options. SQLite rebuilds the indexes (its own REINDEX); the checks and messages
 * are PostgreSQL's. pgmicro has no TOAST tables, so no TOAST index is ever reported.
 */
final class ReindexCommand {
    private final DdlContext ddl;
    private final MissingNames missing;
    private boolean verbose;
    private boolean concurrently;

    ReindexCommand(DdlContext ddl) {
        this.ddl = ddl;
        this.missing = new MissingNames(ddl);
    }

    String run(ReindexStmt stmt) {
        readOptions(stmt.getParamsList());
        if (concurrently) {
            ddl.refuseInTransactionBlock("REINDEX CONCURRENTLY");
        }
        switch (stmt.getKind()) {
            case REINDEX_OBJECT_INDEX -> index(stmt.getRelation());
            case REINDEX_OBJECT_TABLE -> table(stmt.getRelation());
            case REINDEX_OBJECT_SCHEMA -> schema(stmt.getName());
            case REINDEX_OBJECT_SYSTEM -> database(true);
            case REINDEX_OBJECT_DATABASE -> database(false);
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support this REINDEX");
        }
        return "REINDEX";
    }

    private void readOptions(List<Node> params) {
        for (Node n : params) {
            DefElem option = n.getDefElem();
            switch (option.getDefname()) {
                case "verbose" -> verbose = Options.bool(option);
                case "concurrently" -> concurrently = Options.bool(option);
                case "tablespace" -> tablespace(option.getArg().getString().getSval());
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized REINDEX option \"" + option.getDefname() + "\"")
                        .atLocation(option.getLocation());
            }
        }
    }

    private static void tablespace(String name) {
        if (name.equals("pg_global")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support moving indexes to tablespace \"pg_global\"");
        }
        if (!name.equals("pg_default")) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "tablespace \"" + name + "\" does not exist");
        }
    }

    // ---- REINDEX INDEX -----------------------------------------------------------------------------------

    private void index(RangeVar rv) {
        List<String> names = names(rv);
        MissingNames.Missing schema = missing.schemaOf(names);
        if (schema != null) {
            throw schema.error();
        }
        IndexLookup found = IndexLookup.find(ddl, names);
        if (found == null) {
            if (relation(rv) != null || system(rv) != null) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + rv.getRelname() + "\" is not an index");
            }
            throw undefinedRelation(rv);
        }
        rebuild(found.table(), List.of(found.index()));
    }

    // ---- REINDEX TABLE -----------------------------------------------------------------------------------

    private void table(RangeVar rv) {
        MissingNames.Missing schema = missing.schemaOf(names(rv));
        if (schema != null) {
            throw schema.error();
        }
        RelationDef table = relation(rv);
        if (table == null) {
            SystemTable system = system(rv);
            if (system != null && system.kind() == 'r') {
                systemCatalog();
                return;
            }
            if (system == null && IndexLookup.find(ddl, names(rv)) == null) {
                throw undefinedRelation(rv);
            }
            throw notATable(rv.getRelname());
        }
        if (!table.isTable()) {
            throw notATable(table.name());
        }
        List<RelationDef> leaves = leaves(table);
        if (table.kind() == 'p') {
            ddl.refuseInTransactionBlock("REINDEX TABLE");
            for (RelationDef leaf : leaves) {
                reindexTable(leaf, true);
            }
            return;
        }
        reindexTable(table, false);
    }

    /** The tables below a partitioned table that hold rows (PostgreSQL reindexes each on its own). */
    private List<RelationDef> leaves(RelationDef table) {
        List<RelationDef> out = new ArrayList<>();
        for (RelationDef d : ddl.catalog().inheritance().descendants(table.oid())) {
            if (d.kind() != 'p' && d.hierarchy().bound() != null) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt(RelationDef::oid));
        return out;
    }

    /** Each partition of a partitioned table is reindexed as a table of its own, which VERBOSE reports. */
    private void reindexTable(RelationDef table, boolean asPartition) {
        List<IndexDef> indexes = table.indexes();
        if (indexes.isEmpty()) {
            if (!asPartition) {
                ddl.notice("table \"" + table.name() + "\" has no indexes " + (concurrently ? "that can be reindexed concurrently"
                        : "to reindex"));
            }
            return;
        }
        rebuild(table, indexes);
        if (verbose && (concurrently || asPartition)) {
            ddl.message("INFO", "table \"" + table.schema() + "." + table.name() + "\" was reindexed");
        }
    }

    /** System catalogs may be reindexed, but not concurrently; pgmicro's are computed, so there is nothing to rebuild. */
    private void systemCatalog() {
        if (concurrently) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot reindex system catalogs concurrently");
        }
    }

    // ---- REINDEX SCHEMA / DATABASE / SYSTEM --------------------------------------------------------------

    private void schema(String name) {
        ddl.refuseInTransactionBlock("REINDEX SCHEMA");
        MissingNames.Missing schema = missing.schema(name);
        if (schema != null) {
            throw schema.error();
        }
        if (name.equals("pg_catalog") || name.equals("pg_toast")) {
            if (concurrently) {
                ddl.message("WARNING", "cannot reindex system catalogs concurrently, skipping all");
            }
            return;
        }
        for (RelationDef table : tablesWithIndexes(name)) {
            rebuildAsOneOfMany(table);
        }
    }

    private void database(boolean systemOnly) {
        ddl.refuseInTransactionBlock(systemOnly ? "REINDEX SYSTEM" : "REINDEX DATABASE");
        if (systemOnly) {
            systemCatalog();
            return;
        }
        for (RelationDef table : tablesWithIndexes(null)) {
            rebuildAsOneOfMany(table);
        }
    }

    private List<RelationDef> tablesWithIndexes(String schema) {
        List<RelationDef> out = new ArrayList<>();
        for (RelationDef r : ddl.catalog().relations()) {
            if ((schema == null || r.schema().equals(schema)) && r.isTable() && !r.indexes().isEmpty()) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt(RelationDef::oid));
        return out;
    }

    private void rebuildAsOneOfMany(RelationDef table) {
        rebuild(table, table.indexes());
        if (verbose) {
            ddl.message("INFO", "table \"" + table.schema() + "." + table.name() + "\" was reindexed");
        }
    }

    // ---- the work ----------------------------------------------------------------------------------------

    private void rebuild(RelationDef table, List<IndexDef> indexes) {
        List<IndexDef> ordered = new ArrayList<>(indexes);
        ordered.sort(Comparator.comparingInt(IndexDef::oid));
        for (IndexDef index : ordered) {
            // a primary key is part of the SQLite table itself, and REINDEX of the table rebuilds it;
            // a partitioned table's index has no SQLite index of its own
            String target = index.primary() ? table.sqliteName() : SqliteSchema.indexSqliteName(index, table);
            if (sqliteObjectExists(target)) {
                ddl.sql("REINDEX " + SqlText.ident(target));
            }
            if (verbose) {
                ddl.message("INFO", "index \"" + (concurrently ? table.schema() + "." : "") + index.name() + "\" was reindexed");
            }
        }
    }

    private boolean sqliteObjectExists(String name) {
        try {
            return !QueryRunner.query(ddl.conn(), "SELECT 1 FROM sqlite_master WHERE name = ?", List.of(name), 1).isEmpty();
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: cannot read the SQLite schema: " + e.getMessage());
        }
    }

    private RelationDef relation(RangeVar rv) {
        return ddl.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ddl.analysis().searchPath());
    }

    private SystemTable system(RangeVar rv) {
        return SystemCatalog.find(ddl.catalog(), rv.getSchemaname(), rv.getRelname(), ddl.analysis().searchPath());
    }

    private static List<String> names(RangeVar rv) {
        return rv.getSchemaname().isEmpty() ? List.of(rv.getRelname()) : List.of(rv.getSchemaname(), rv.getRelname());
    }

    private static PgException undefinedRelation(RangeVar rv) {
        return new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + (rv.getSchemaname().isEmpty() ? "" : rv.getSchemaname() + ".")
                + rv.getRelname() + "\" does not exist");
    }

    private static PgException notATable(String name) {
        return new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not a table or materialized view");
    }
}
