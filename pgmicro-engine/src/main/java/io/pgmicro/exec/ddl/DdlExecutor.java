package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.EnumTypeDef;
import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.SequenceOptions;
import io.pgmicro.emit.QueryTranslator;
import io.pgmicro.emit.SqlText;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.CommentStmt;
import io.pgmicro.parse.ast.CreateEnumStmt;
import io.pgmicro.parse.ast.CreateSchemaStmt;
import io.pgmicro.parse.ast.CreateSeqStmt;
import io.pgmicro.parse.ast.CreateStmt;
import io.pgmicro.parse.ast.DropBehavior;
import io.pgmicro.parse.ast.DropStmt;
import io.pgmicro.parse.ast.IndexElem;
import io.pgmicro.parse.ast.IndexStmt;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.ObjectType;
import io.pgmicro.parse.ast.AlterSeqStmt;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.parse.ast.SortByDir;
import io.pgmicro.parse.ast.ViewStmt;
import io.pgmicro.types.Types;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs DDL: writes the catalog and the matching SQLite schema in the caller's
 * transaction, and returns the command tag.
 */
public final class DdlExecutor {
    private final DdlContext ddl;

    public DdlExecutor(DdlContext ddl) {
        this.ddl = ddl;
    }

    /** Runs a DDL statement, or returns null if the node is not DDL this class handles. */
    public String run(Node stmt) {
        return switch (stmt.getNodeCase()) {
            case CREATE_STMT -> createTable(stmt.getCreateStmt());
            case CREATE_TABLE_AS_STMT -> createTableAs(stmt.getCreateTableAsStmt());
            case DROP_STMT -> drop(stmt.getDropStmt());
            case DROP_ROLE_STMT -> new SystemObjectDrops(ddl).dropRoles(stmt.getDropRoleStmt());
            case DROP_SUBSCRIPTION_STMT -> new SystemObjectDrops(ddl).dropSubscription(stmt.getDropSubscriptionStmt());
            case DROP_TABLE_SPACE_STMT -> new SystemObjectDrops(ddl).dropTablespace(stmt.getDropTableSpaceStmt());
            case INDEX_STMT -> createIndex(stmt.getIndexStmt());
            case REINDEX_STMT -> new ReindexCommand(ddl).run(stmt.getReindexStmt());
            case CREATE_SEQ_STMT -> createSequence(stmt.getCreateSeqStmt());
            case ALTER_SEQ_STMT -> alterSequence(stmt.getAlterSeqStmt());
            case VIEW_STMT -> createView(stmt.getViewStmt());
            case CREATE_SCHEMA_STMT -> createSchema(stmt.getCreateSchemaStmt());
            case CREATE_ENUM_STMT -> createEnum(stmt.getCreateEnumStmt());
            case COMPOSITE_TYPE_STMT -> new CompositeTypes(ddl).create(stmt.getCompositeTypeStmt());
            case CREATE_DOMAIN_STMT -> new DomainCommands(ddl).create(stmt.getCreateDomainStmt());
            case ALTER_DOMAIN_STMT -> new DomainCommands(ddl).alter(stmt.getAlterDomainStmt());
            case ALTER_ENUM_STMT -> new AlterEnum(ddl).alter(stmt.getAlterEnumStmt());
            case TRUNCATE_STMT -> new TruncateCommand(ddl).run(stmt.getTruncateStmt());
            case COMMENT_STMT -> comment(stmt.getCommentStmt());
            case ALTER_TABLE_STMT -> new AlterTable(ddl).alter(stmt.getAlterTableStmt());
            case RENAME_STMT -> new AlterTable(ddl).rename(stmt.getRenameStmt());
            default -> null;
        };
    }

    // ---- tables --------------------------------------------------------------------------------------

    private String createTable(CreateStmt stmt) {
        RangeVar rv = stmt.getRelation();
        if (stmt.hasOfTypename()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support typed tables yet");
        }
        for (Node option : stmt.getOptionsList()) {
            if (option.getDefElem().getDefname().equals("oids") && Options.bool(option.getDefElem())) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "tables declared WITH OIDS are not supported");
            }
        }
        String schema;
        try {
            schema = ddl.creationSchema(rv);
        } catch (PgException e) {
            throw e.atLocation(rv.getLocation());
        }
        if (existsRelation(schema, rv.getRelname())) {
            if (stmt.getIfNotExists()) {
                ddl.notice("relation \"" + rv.getRelname() + "\" already exists, skipping");
                return "CREATE TABLE";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + rv.getRelname() + "\" already exists");
        }
        TableInheritance inheritance = new TableInheritance(ddl);
        RelationDef partitionOf = stmt.hasPartbound() ? inheritance.partitionParent(stmt.getInhRelations(0).getRangeVar()) : null;
        List<RelationDef> parents = partitionOf != null ? List.of(partitionOf) : inheritance.parents(stmt.getInhRelationsList());
        TableBuilder builder = new TableBuilder(ddl, schema, rv.getRelname(), ddl.newOid(), null);
        inheritance.inheritColumns(builder, parents, partitionOf != null);
        int inherited = builder.attributes.size();
        int position = 0;
        for (Node element : stmt.getTableEltsList()) {
            if (element.hasColumnDef() && partitionOf != null) {
                inheritance.applyColumnOptions(builder, element.getColumnDef());
            } else if (element.hasColumnDef()) {
                inheritance.addLocalColumn(builder, element.getColumnDef(), ++position, inherited);
            } else if (element.hasTableLikeClause()) {
                copyLike(builder, element.getTableLikeClause());
            }
        }
        for (Node element : stmt.getTableEltsList()) {
            if (element.hasConstraint()) {
                builder.addTableConstraint(element.getConstraint());
            }
        }
        if (partitionOf != null) {
            inheritance.inheritKeys(builder, partitionOf);
        }
        RelationDef table = builder.build();
        List<Integer> parentOids = new ArrayList<>();
        for (RelationDef p : parents) {
            parentOids.add(p.oid());
        }
        PartitionBounds partitioning = new PartitionBounds(ddl);
        io.pgmicro.catalog.PartitionBound bound = partitionOf == null ? null
                : partitioning.bound(stmt.getPartbound(), partitionOf, table.name());
        io.pgmicro.catalog.PartitionKey key = stmt.hasPartspec() ? partitioning.key(stmt.getPartspec(), table) : null;
        if (key != null) {
            requireKeyInUniqueConstraints(table, key);
            table = table.withKind('p');
        }
        if (!parentOids.isEmpty() || key != null) {
            table = table.withInheritance(new io.pgmicro.catalog.Inheritance(parentOids, key, bound));
        }
        for (RelationDef seq : builder.sequences) {
            ddl.store(seq);
        }
        ddl.store(table);
        CatalogSnapshot catalog = ddl.reload();
        ddl.sql(SqliteSchema.createTable(table, catalog, ddl.analysis()));
        for (IndexDef index : table.indexes()) {
            if (!index.primary()) {
                ddl.sql(SqliteSchema.createIndex(index, table, catalog, ddl.analysis()));
            }
        }
        if (partitionOf != null) {
            new AlterInheritance(ddl).requireDefaultPartitionAllows(partitionOf, table);
        }
        if (partitionOf != null || key != null) {
            new PartitionRouting(ddl).refresh(table);
        }
        return "CREATE TABLE";
    }

    /** PostgreSQL enforces uniqueness per partition, so a key must contain every partition key column. */
    private static void requireKeyInUniqueConstraints(RelationDef table, io.pgmicro.catalog.PartitionKey key) {
        for (ConstraintDef c : table.constraints()) {
            if (c.type() != 'p' && c.type() != 'u') {
                continue;
            }
            for (int i = 0; i < key.columns().size(); i++) {
                String column = key.columns().get(i);
                if (column == null) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "unsupported " + (c.type() == 'p' ? "PRIMARY KEY" : "UNIQUE") + " constraint with partition key definition")
                            .withDetail((c.type() == 'p' ? "PRIMARY KEY" : "UNIQUE")
                                    + " constraints cannot be used when partition keys include expressions.");
                }
                if (!c.columns().contains(column)) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "unique constraint on partitioned table must include all partitioning columns")
                            .withDetail((c.type() == 'p' ? "PRIMARY KEY" : "UNIQUE") + " constraint on table \"" + table.name()
                                    + "\" lacks column \"" + column + "\" which is part of the partition key.");
                }
            }
        }
    }

    /** PostgreSQL's CREATE_TABLE_LIKE_* option bits. */
    private static final int LIKE_CONSTRAINTS = 1 << 2;
    private static final int LIKE_DEFAULTS = 1 << 3;

    private void copyLike(TableBuilder builder, io.pgmicro.parse.ast.TableLikeClause like) {
        RangeVar rv = like.getRelation();
        RelationDef source = ddl.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ddl.analysis().searchPath());
        if (source == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + rv.getRelname() + "\" does not exist");
        }
        for (io.pgmicro.catalog.AttributeDef a : source.attributes()) {
            builder.addCopiedColumn(a, (like.getOptions() & LIKE_DEFAULTS) != 0);
        }
        if ((like.getOptions() & LIKE_CONSTRAINTS) != 0) {
            for (ConstraintDef c : source.constraintsOfType('c')) {
                builder.addCopiedCheck(c);
            }
        }
    }

    /** CREATE TABLE ... AS and SELECT ... INTO: a table with the query's columns, filled with its rows. */
    private String createTableAs(io.pgmicro.parse.ast.CreateTableAsStmt stmt) {
        if (stmt.getObjtype() != ObjectType.OBJECT_TABLE) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support materialized views yet");
        }
        RangeVar rv = stmt.getInto().getRel();
        String schema = ddl.creationSchema(rv);
        if (existsRelation(schema, rv.getRelname())) {
            if (stmt.getIfNotExists()) {
                ddl.notice("relation \"" + rv.getRelname() + "\" already exists, skipping");
                return "CREATE TABLE AS";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + rv.getRelname() + "\" already exists");
        }
        QueryTranslator.QuerySql q = new QueryTranslator(ddl.analysis()).select(stmt.getQuery().getSelectStmt(), null);
        List<String> names = TableBuilder.names(stmt.getInto().getColNamesList());
        if (names.size() > q.columns().size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "too many column names were specified");
        }
        List<io.pgmicro.catalog.AttributeDef> columns = new ArrayList<>();
        for (int i = 0; i < q.columns().size(); i++) {
            var c = q.columns().get(i);
            String name = i < names.size() ? names.get(i) : c.name();
            for (var existing : columns) {
                if (existing.name().equals(name)) {
                    throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + name + "\" specified more than once");
                }
            }
            columns.add(new io.pgmicro.catalog.AttributeDef(name, i + 1, c.type().oid(), c.typmod(), false, null, "", null));
        }
        RelationDef table = new RelationDef(ddl.newOid(), schema, rv.getRelname(), 'r', DdlContext.sqliteName(schema, rv.getRelname()),
                columns, List.of(), List.of(), null, null, null, Map.of());
        ddl.store(table);
        ddl.sql(SqliteSchema.createTable(table, ddl.reload(), ddl.analysis()));
        long rows = 0;
        if (!stmt.getInto().getSkipData()) {
            List<String> targets = new ArrayList<>();
            for (var a : columns) {
                targets.add(SqlText.ident(a.name()));
            }
            try {
                rows = io.pgmicro.exec.QueryRunner.update(ddl.conn(), "INSERT INTO " + SqlText.ident(table.sqliteName()) + " ("
                        + String.join(", ", targets) + ") SELECT * FROM (" + q.sql() + ")", ddl.parameters());
            } catch (SQLException e) {
                throw io.pgmicro.exec.SqliteErrors.translate(e, ddl.catalog(), table, "INSERT");
            }
        }
        // PostgreSQL tags both CREATE TABLE AS and SELECT INTO with the row count
        return "SELECT " + rows;
    }

    private boolean existsRelation(String schema, String name) {
        return ddl.catalog().relation(schema, name) != null || indexNamed(schema, name) != null;
    }

    private IndexDef indexNamed(String schema, String name) {
        for (RelationDef r : ddl.catalog().relations()) {
            if (r.schema().equals(schema)) {
                for (IndexDef i : r.indexes()) {
                    if (i.name().equals(name)) {
                        return i;
                    }
                }
            }
        }
        return null;
    }

    // ---- DROP ----------------------------------------------------------------------------------------

    private String drop(DropStmt stmt) {
        ObjectType type = stmt.getRemoveType();
        boolean cascade = stmt.getBehavior() == DropBehavior.DROP_CASCADE;
        String tag = switch (type) {
            case OBJECT_TABLE -> "DROP TABLE";
            case OBJECT_VIEW -> "DROP VIEW";
            case OBJECT_MATVIEW -> "DROP MATERIALIZED VIEW";
            case OBJECT_FOREIGN_TABLE -> "DROP FOREIGN TABLE";
            case OBJECT_SEQUENCE -> "DROP SEQUENCE";
            case OBJECT_INDEX -> "DROP INDEX";
            case OBJECT_SCHEMA -> "DROP SCHEMA";
            case OBJECT_TYPE -> "DROP TYPE";
            case OBJECT_DOMAIN -> "DROP DOMAIN";
            default -> null;
        };
        if (tag == null) {
            tag = new SystemObjectDrops(ddl).drop(stmt);
            if (tag == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support DROP " + type + " yet");
            }
            return tag;
        }
        if (stmt.getConcurrent()) {
            refuseConcurrentDrop(stmt);
        }
        MissingNames missing = new MissingNames(ddl);
        java.util.Set<Integer> named = new java.util.HashSet<>();
        if (type == ObjectType.OBJECT_TABLE || type == ObjectType.OBJECT_VIEW) {
            for (Node object : stmt.getObjectsList()) {
                List<String> names = objectNames(object);
                RelationDef rel = ddl.catalog().findRelation(names.size() > 1 ? names.get(names.size() - 2) : null,
                        names.get(names.size() - 1), ddl.analysis().searchPath());
                if (rel != null) {
                    named.add(rel.oid());
                }
            }
        }
        for (Node object : stmt.getObjectsList()) {
            List<String> names = objectNames(object);
            MissingNames.Missing schema = missing.schemaOf(names);
            if (schema != null) {
                missing.skipOrFail(stmt.getMissingOk(), schema);
                continue;
            }
            switch (type) {
                case OBJECT_TABLE, OBJECT_VIEW, OBJECT_SEQUENCE, OBJECT_MATVIEW, OBJECT_FOREIGN_TABLE -> {
                    try {
                        dropRelation(names, type, stmt.getMissingOk(), cascade, named);
                    } catch (PgException e) {
                        // PostgreSQL words it for all the objects when a DROP names several
                        if (stmt.getObjectsCount() > 1 && SqlState.DEPENDENT_OBJECTS_STILL_EXIST.equals(e.sqlState())) {
                            throw new PgException(e.sqlState(), "cannot drop desired object(s) because other objects "
                                    + "depend on them").withDetail(e.detail()).withHint(e.hint());
                        }
                        throw e;
                    }
                }
                case OBJECT_INDEX -> dropIndex(names, stmt.getMissingOk());
                case OBJECT_SCHEMA -> dropSchema(names.get(0), stmt.getMissingOk(), cascade);
                case OBJECT_TYPE -> dropType(names, written(object), stmt.getMissingOk());
                case OBJECT_DOMAIN -> new DomainCommands(ddl).drop(names, written(object), stmt.getMissingOk(), cascade);
                default -> {
                }
            }
        }
        return tag;
    }

    private void refuseConcurrentDrop(DropStmt stmt) {
        ddl.refuseInTransactionBlock("DROP INDEX CONCURRENTLY");
        if (stmt.getObjectsCount() != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DROP INDEX CONCURRENTLY does not support dropping multiple objects");
        }
        if (stmt.getBehavior() == DropBehavior.DROP_CASCADE) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DROP INDEX CONCURRENTLY does not support CASCADE");
        }
    }

    /** A type's name as DROP TYPE wrote it, for the IF EXISTS notice. */
    private static String written(Node object) {
        return object.hasTypeName() ? MissingNames.written(object.getTypeName()) : String.join(".", objectNames(object));
    }

    static List<String> objectNames(Node object) {
        if (object.hasList()) {
            return TableBuilder.names(object.getList().getItemsList());
        }
        if (object.hasTypeName()) {
            return TableBuilder.names(object.getTypeName().getNamesList());
        }
        return List.of(object.getString().getSval());
    }

    private void dropRelation(List<String> names, ObjectType type, boolean missingOk, boolean cascade,
                              java.util.Set<Integer> named) {
        String schema = names.size() > 1 ? names.get(names.size() - 2) : null;
        String name = names.get(names.size() - 1);
        CatalogSnapshot catalog = ddl.reload();
        RelationDef rel = catalog.findRelation(schema, name, ddl.analysis().searchPath());
        char kind = switch (type) {
            case OBJECT_TABLE -> 'r';
            case OBJECT_VIEW -> 'v';
            case OBJECT_MATVIEW -> 'm';
            case OBJECT_FOREIGN_TABLE -> 'f';
            default -> 'S';
        };
        String what = switch (kind) {
            case 'r' -> "table";
            case 'v' -> "view";
            case 'm' -> "materialized view";
            case 'f' -> "foreign table";
            default -> "sequence";
        };
        if (rel == null) {
            if (missingOk) {
                ddl.notice(what + " \"" + name + "\" does not exist, skipping");
                return;
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, what + " \"" + name + "\" does not exist");
        }
        if (rel.kind() != kind && !(kind == 'r' && rel.isTable())) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not a " + what)
                    .withHint("Use DROP " + (rel.isTable() ? "TABLE" : rel.kind() == 'v' ? "VIEW" : "SEQUENCE")
                            + " to remove a " + (rel.isTable() ? "table" : rel.kind() == 'v' ? "view" : "sequence") + ".");
        }
        java.util.Set<Integer> others = new java.util.HashSet<>(named);
        others.remove(rel.oid());
        Dependencies.checkDrop(ddl, catalog, rel, cascade, others);
        removeTree(rel);
    }

    /**
     * Removes a table with its partitions (which go with it, as in PostgreSQL); a partition
     * removed on its own leaves its parent's routing to the remaining ones.
     */
    void removeTree(RelationDef rel) {
        CatalogSnapshot catalog = ddl.reload();
        if (catalog.relation(rel.oid()) == null) {
            return;
        }
        List<RelationDef> below = new ArrayList<>(catalog.inheritance().descendants(rel.oid()));
        java.util.Collections.reverse(below);
        for (RelationDef d : below) {
            if (d.hierarchy().bound() != null && catalog.relation(d.oid()) != null) {
                removeRelation(d, catalog);
            }
        }
        removeRelation(rel, catalog);
        // inheritance children left behind by a CASCADE have already gone; a partition's parent re-routes
        RelationDef parent = rel.hierarchy().bound() == null ? null : ddl.reload().relation(rel.hierarchy().parents().get(0));
        if (parent != null) {
            new PartitionRouting(ddl).refresh(parent);
        }
    }

    /** Removes a relation, its SQLite table, its triggers and the sequences it owns. */
    void removeRelation(RelationDef rel, CatalogSnapshot catalog) {
        for (io.pgmicro.catalog.TriggerDef t : catalog.triggersOf(rel.oid())) {
            ddl.remove(t.oid());
        }
        if (rel.isTable()) {
            for (IndexDef index : rel.indexes()) {
                if (!index.primary()) {
                    ddl.sql("DROP INDEX IF EXISTS " + SqlText.ident(SqliteSchema.indexSqliteName(index, rel)));
                }
            }
            // the rows go first so that no foreign key action fires on other tables
            ddl.sql("DROP TABLE " + SqlText.ident(rel.sqliteName()));
            for (RelationDef other : catalog.relations()) {
                if (other.kind() == 'S' && other.sequence().ownedByTable() == rel.oid()) {
                    ddl.remove(other.oid());
                }
            }
        }
        ddl.remove(rel.oid());
    }

    private void dropIndex(List<String> names, boolean missingOk) {
        String name = names.get(names.size() - 1);
        IndexLookup found = IndexLookup.find(ddl, names);
        if (found == null) {
            if (missingOk) {
                ddl.notice("index \"" + name + "\" does not exist, skipping");
                return;
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "index \"" + name + "\" does not exist");
        }
        RelationDef r = found.table();
        IndexDef index = found.index();
        if (index.constraintOid() != 0) {
            ConstraintDef c = r.constraints().stream().filter(k -> k.oid() == index.constraintOid()).findFirst().orElse(null);
            throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop index " + name
                    + " because constraint " + (c == null ? name : c.name()) + " on table " + r.name() + " requires it")
                    .withHint("You can drop constraint " + (c == null ? name : c.name()) + " on table " + r.name() + " instead.");
        }
        ddl.sql("DROP INDEX " + SqlText.ident(SqliteSchema.indexSqliteName(index, r)));
        List<IndexDef> rest = new ArrayList<>(r.indexes());
        rest.remove(index);
        ddl.store(r.withIndexes(rest));
    }

    // ---- indexes -------------------------------------------------------------------------------------

    private String createIndex(IndexStmt stmt) {
        if (stmt.getConcurrent()) {
            ddl.refuseInTransactionBlock("CREATE INDEX CONCURRENTLY");
        }
        RangeVar rv = stmt.getRelation();
        RelationDef table = ddl.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ddl.analysis().searchPath());
        if (table == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + rv.getRelname() + "\" does not exist");
        }
        if (!table.isTable()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot create index on relation \"" + table.name() + "\"")
                    .withDetail("This operation is not supported for " + (table.kind() == 'v' ? "views." : "sequences."));
        }
        List<String> keys = new ArrayList<>();
        List<Boolean> isExpr = new ArrayList<>();
        List<Boolean> desc = new ArrayList<>();
        List<String> nameParts = new ArrayList<>();
        for (Node n : stmt.getIndexParamsList()) {
            IndexElem e = n.getIndexElem();
            if (!e.getName().isEmpty()) {
                if (table.attribute(e.getName()) == null) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + e.getName() + "\" does not exist");
                }
                keys.add(e.getName());
                isExpr.add(false);
                nameParts.add(e.getName());
            } else {
                keys.add(Parser.deparseExpression(e.getExpr()));
                isExpr.add(true);
                nameParts.add(e.getExpr().hasFuncCall()
                        ? e.getExpr().getFuncCall().getFuncname(e.getExpr().getFuncCall().getFuncnameCount() - 1).getString().getSval()
                        : "expr");
            }
            desc.add(e.getOrdering() == SortByDir.SORTBY_DESC);
        }
        String name = stmt.getIdxname();
        if (name.isEmpty()) {
            name = ddl.chooseName(table.schema(), table.name() + "_" + String.join("_", nameParts) + "_idx", java.util.Set.of());
        } else if (existsRelation(table.schema(), name)) {
            if (stmt.getIfNotExists()) {
                ddl.notice("relation \"" + name + "\" already exists, skipping");
                return "CREATE INDEX";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        String where = stmt.hasWhereClause() ? Parser.deparseExpression(stmt.getWhereClause()) : null;
        String definition = "CREATE " + (stmt.getUnique() ? "UNIQUE " : "") + "INDEX " + name + " ON " + table.schema() + "."
                + table.name() + " USING btree (" + String.join(", ", keys) + ")" + (where == null ? "" : " WHERE (" + where + ")");
        IndexDef index = new IndexDef(ddl.newOid(), name, stmt.getUnique(), false, keys, isExpr, desc, where, 0, definition);
        List<IndexDef> indexes = new ArrayList<>(table.indexes());
        indexes.add(index);
        RelationDef updated = table.withIndexes(indexes);
        try {
            io.pgmicro.exec.QueryRunner.execute(ddl.conn(), SqliteSchema.createIndex(index, updated, ddl.catalog(), ddl.analysis()));
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("UNIQUE")) {
                throw new PgException(SqlState.UNIQUE_VIOLATION, "could not create unique index \"" + name + "\"");
            }
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + e.getMessage());
        }
        ddl.store(updated);
        return "CREATE INDEX";
    }

    // ---- sequences -----------------------------------------------------------------------------------

    private String createSequence(CreateSeqStmt stmt) {
        RangeVar rv = stmt.getSequence();
        String schema = ddl.creationSchema(rv);
        if (existsRelation(schema, rv.getRelname())) {
            if (stmt.getIfNotExists()) {
                ddl.notice("relation \"" + rv.getRelname() + "\" already exists, skipping");
                return "CREATE SEQUENCE";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + rv.getRelname() + "\" already exists");
        }
        SequenceOptions options = SequenceDefinitions.options(Types.INT8, stmt.getOptionsList(), null, rv.getRelname());
        RelationDef seq = new RelationDef(ddl.newOid(), schema, rv.getRelname(), 'S', DdlContext.sqliteName(schema, rv.getRelname()),
                List.of(), List.of(), List.of(), null, options, null, Map.of());
        seq = withOwner(seq, stmt.getOptionsList());
        ddl.store(seq);
        return "CREATE SEQUENCE";
    }

    private String alterSequence(AlterSeqStmt stmt) {
        RangeVar rv = stmt.getSequence();
        RelationDef seq = ddl.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ddl.analysis().searchPath());
        if (seq == null || seq.kind() != 'S') {
            if (stmt.getMissingOk()) {
                ddl.notice("relation \"" + rv.getRelname() + "\" does not exist, skipping");
                return "ALTER SEQUENCE";
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + rv.getRelname() + "\" does not exist");
        }
        SequenceOptions options = SequenceDefinitions.options(Types.byOid(seq.sequence().typeOid()), stmt.getOptionsList(),
                seq.sequence(), seq.name());
        RelationDef updated = withOwner(seq.withSequence(options), stmt.getOptionsList());
        ddl.store(updated);
        Long restart = SequenceDefinitions.restart(stmt.getOptionsList(), options);
        if (restart != null) {
            ddl.sequences().set(updated, ddl.reload(), restart, false);
        } else {
            ddl.sequences().forget(seq.oid());
        }
        return "ALTER SEQUENCE";
    }

    private RelationDef withOwner(RelationDef seq, List<Node> options) {
        for (Node n : options) {
            var d = n.getDefElem();
            if (d.getDefname().equals("owned_by")) {
                List<String> names = TableBuilder.names(d.getArg().getList().getItemsList());
                if (names.size() == 1 && names.get(0).equals("none")) {
                    return seq.withSequence(seq.sequence().withOwner(0, null));
                }
                String column = names.get(names.size() - 1);
                String table = names.get(names.size() - 2);
                String schema = names.size() > 2 ? names.get(names.size() - 3) : null;
                RelationDef owner = ddl.catalog().findRelation(schema, table, ddl.analysis().searchPath());
                if (owner == null) {
                    throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + table + "\" does not exist");
                }
                if (owner.attribute(column) == null) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + column + "\" of relation \"" + table
                            + "\" does not exist");
                }
                return seq.withSequence(seq.sequence().withOwner(owner.oid(), column));
            }
        }
        return seq;
    }

    // ---- views, schemas, types ---------------------------------------------------------------------------

    private String createView(ViewStmt stmt) {
        RangeVar rv = stmt.getView();
        String schema = ddl.creationSchema(rv);
        RelationDef existing = ddl.catalog().relation(schema, rv.getRelname());
        if (existing != null && !(stmt.getReplace() && existing.kind() == 'v')) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + rv.getRelname() + "\" already exists");
        }
        QueryTranslator.QuerySql q = new QueryTranslator(ddl.analysis()).select(stmt.getQuery().getSelectStmt(), null);
        List<io.pgmicro.catalog.AttributeDef> columns = new ArrayList<>();
        List<String> aliases = TableBuilder.names(stmt.getAliasesList());
        for (int i = 0; i < q.columns().size(); i++) {
            var c = q.columns().get(i);
            String name = i < aliases.size() ? aliases.get(i) : c.name();
            columns.add(new io.pgmicro.catalog.AttributeDef(name, i + 1, c.type().oid(), c.typmod(), false, null, "", null));
        }
        if (existing != null) {
            checkViewReplacement(existing, columns);
        }
        String text = Parser.deparse(stmt.getQuery());
        int oid = existing != null ? existing.oid() : ddl.newOid();
        ddl.store(new RelationDef(oid, schema, rv.getRelname(), 'v', DdlContext.sqliteName(schema, rv.getRelname()), columns,
                List.of(), List.of(), text, null, existing == null ? null : existing.comment(), Map.of()));
        return "CREATE VIEW";
    }

    /** CREATE OR REPLACE VIEW may only add columns at the end, as in PostgreSQL. */
    private void checkViewReplacement(RelationDef existing, List<io.pgmicro.catalog.AttributeDef> columns) {
        if (columns.size() < existing.attributes().size()) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot drop columns from view");
        }
        for (int i = 0; i < existing.attributes().size(); i++) {
            var before = existing.attributes().get(i);
            var after = columns.get(i);
            if (!before.name().equals(after.name())) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot change name of view column \""
                        + before.name() + "\" to \"" + after.name() + "\"")
                        .withHint("Use ALTER VIEW ... RENAME COLUMN ... to change name of view column instead.");
            }
            if (before.typeOid() != after.typeOid() || before.typmod() != after.typmod()) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot change data type of view column \""
                        + before.name() + "\" from " + io.pgmicro.types.TypeNames.format(ddl.catalog().type(before.typeOid()), before.typmod())
                        + " to " + io.pgmicro.types.TypeNames.format(ddl.catalog().type(after.typeOid()), after.typmod()));
            }
        }
    }

    private String createSchema(CreateSchemaStmt stmt) {
        String owner = stmt.hasAuthrole() ? roleName(stmt.getAuthrole()) : null;
        String name = stmt.getSchemaname().isEmpty() ? owner : stmt.getSchemaname();
        if (ddl.catalog().hasSchema(name)) {
            if (stmt.getIfNotExists()) {
                if (stmt.getSchemaEltsCount() > 0) {
                    throw SchemaElements.notAllowedWithIfNotExists(ddl, stmt.getSchemaElts(0));
                }
                ddl.notice("schema \"" + name + "\" already exists, skipping");
                return "CREATE SCHEMA";
            }
            throw new PgException(SqlState.DUPLICATE_SCHEMA, "schema \"" + name + "\" already exists");
        }
        if (name.startsWith("pg_")) {
            throw new PgException(SqlState.RESERVED_NAME, "unacceptable schema name \"" + name + "\"")
                    .withDetail("The prefix \"pg_\" is reserved for system schemas.");
        }
        try {
            CatalogStore.putSchema(ddl.conn(), ddl.newOid(), name);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + e.getMessage());
        }
        new SchemaElements(ddl, name).create(stmt.getSchemaEltsList());
        return "CREATE SCHEMA";
    }

    /** AUTHORIZATION role: every session runs as postgres, the only role that can own objects. */
    private static String roleName(io.pgmicro.parse.ast.RoleSpec role) {
        return switch (role.getRoletype()) {
            case ROLESPEC_CSTRING -> {
                if (!role.getRolename().equals("postgres")) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"" + role.getRolename() + "\" does not exist");
                }
                yield role.getRolename();
            }
            case ROLESPEC_PUBLIC -> throw new PgException(SqlState.RESERVED_NAME, "role name \"public\" is reserved");
            default -> "postgres";
        };
    }

    private void dropSchema(String name, boolean missingOk, boolean cascade) {
        CatalogSnapshot catalog = ddl.reload();
        Integer oid = catalog.schemas().get(name);
        if (oid == null) {
            if (missingOk) {
                ddl.notice("schema \"" + name + "\" does not exist, skipping");
                return;
            }
            throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + name + "\" does not exist");
        }
        List<RelationDef> members = new ArrayList<>();
        for (RelationDef r : catalog.relations()) {
            if (r.schema().equals(name)) {
                members.add(r);
            }
        }
        members.sort(java.util.Comparator.comparingInt(RelationDef::oid));
        if (!members.isEmpty() && !cascade) {
            StringBuilder detail = new StringBuilder();
            for (RelationDef r : members) {
                if (r.kind() == 'S' && r.sequence().ownedByTable() != 0) {
                    continue;
                }
                detail.append(detail.length() == 0 ? "" : "\n").append(kindName(r)).append(' ').append(name).append('.')
                        .append(r.name()).append(" depends on schema ").append(name);
            }
            throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop schema " + name
                    + " because other objects depend on it").withDetail(detail.toString())
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        List<String> dropped = new ArrayList<>();
        for (RelationDef r : members) {
            if (!(r.kind() == 'S' && r.sequence().ownedByTable() != 0)) {
                // PostgreSQL qualifies the name only when the search path does not find it
                RelationDef found = catalog.findRelation(null, r.name(), ddl.analysis().searchPath());
                boolean visible = found != null && found.oid() == r.oid();
                dropped.add(kindName(r) + " " + (visible ? "" : qualified(name) + ".") + qualified(r.name()));
            }
        }
        if (dropped.size() == 1) {
            ddl.notice("drop cascades to " + dropped.get(0));
        } else if (dropped.size() > 1) {
            List<String> lines = new ArrayList<>();
            for (String d : dropped) {
                lines.add("drop cascades to " + d);
            }
            ddl.notice("drop cascades to " + dropped.size() + " other objects", String.join("\n", lines));
        }
        for (RelationDef r : members) {
            if (ddl.reload().relation(r.oid()) != null) {
                removeRelation(r, ddl.reload());
            }
        }
        try {
            CatalogStore.remove(ddl.conn(), oid);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + e.getMessage());
        }
    }

    /** A name as PostgreSQL prints it in dependency messages: quoted only when it must be. */
    private static String qualified(String name) {
        return TableBuilder.quoteIfNeeded(name);
    }

    static String kindName(RelationDef r) {
        return r.isTable() ? "table" : r.kind() == 'v' ? "view" : "sequence";
    }

    private String createEnum(CreateEnumStmt stmt) {
        List<String> names = TableBuilder.names(stmt.getTypeNameList());
        String name = names.get(names.size() - 1);
        String schema = ddl.creationSchema(names.size() > 1 ? names.get(names.size() - 2) : null);
        if (ddl.catalog().findUserType(schema, name, List.of(schema)) != null) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "type \"" + name + "\" already exists");
        }
        List<String> labels = new ArrayList<>();
        for (Node n : stmt.getValsList()) {
            String label = n.getString().getSval();
            if (labels.contains(label)) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "enum label \"" + label + "\" used more than once");
            }
            labels.add(label);
        }
        try {
            CatalogStore.putEnum(ddl.conn(), new EnumTypeDef(ddl.newOid(), ddl.newOid(), schema, name, labels));
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + e.getMessage());
        }
        return "CREATE TYPE";
    }

    private void dropType(List<String> names, String written, boolean missingOk) {
        String name = names.get(names.size() - 1);
        String schema = names.size() > 1 ? names.get(names.size() - 2) : null;
        EnumTypeDef e = ddl.catalog().findEnum(schema, name, ddl.analysis().searchPath());
        if (e == null && new CompositeTypes(ddl).drop(schema, name)) {
            return;
        }
        if (e == null) {
            new MissingNames(ddl).skipOrFail(missingOk,
                    new MissingNames.Missing(SqlState.UNDEFINED_OBJECT, "type \"" + written + "\" does not exist"));
            return;
        }
        for (RelationDef r : ddl.catalog().relations()) {
            for (var a : r.attributes()) {
                if (a.typeOid() == e.oid() || a.typeOid() == e.arrayOid()) {
                    throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop type " + name
                            + " because other objects depend on it")
                            .withDetail("column " + a.name() + " of " + kindName(r) + " " + r.name() + " depends on type " + name)
                            .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
                }
            }
        }
        try {
            CatalogStore.remove(ddl.conn(), e.oid());
        } catch (SQLException ex) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + ex.getMessage());
        }
    }

    // ---- TRUNCATE, COMMENT -----------------------------------------------------------------------------

    private String comment(CommentStmt stmt) {
        String text = stmt.getComment().isEmpty() ? null : stmt.getComment();
        Node object = stmt.getObject();
        switch (stmt.getObjtype()) {
            case OBJECT_TABLE, OBJECT_VIEW, OBJECT_SEQUENCE -> {
                List<String> names = objectNames(object);
                RelationDef rel = ddl.catalog().findRelation(names.size() > 1 ? names.get(0) : null,
                        names.get(names.size() - 1), ddl.analysis().searchPath());
                if (rel == null) {
                    throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + String.join(".", names) + "\" does not exist");
                }
                ddl.store(rel.withComment(text));
            }
            case OBJECT_COLUMN -> {
                List<String> names = objectNames(object);
                String column = names.get(names.size() - 1);
                String table = names.get(names.size() - 2);
                RelationDef rel = ddl.catalog().findRelation(names.size() > 2 ? names.get(names.size() - 3) : null, table,
                        ddl.analysis().searchPath());
                if (rel == null) {
                    throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + table + "\" does not exist");
                }
                if (rel.attribute(column) == null) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + column + "\" of relation \"" + table
                            + "\" does not exist");
                }
                ddl.store(rel.withColumnComment(column, text));
            }
            case OBJECT_INDEX -> {
                List<String> names = objectNames(object);
                MissingNames.Missing schema = new MissingNames(ddl).schemaOf(names);
                if (schema != null) {
                    throw schema.error();
                }
                IndexLookup found = IndexLookup.find(ddl, names);
                if (found == null) {
                    throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + String.join(".", names) + "\" does not exist");
                }
                List<IndexDef> indexes = new ArrayList<>(found.table().indexes());
                indexes.set(indexes.indexOf(found.index()), found.index().withComment(text));
                ddl.store(found.table().withIndexes(indexes));
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "pgmicro does not support COMMENT ON " + stmt.getObjtype() + " yet");
        }
        return "COMMENT";
    }

    /** Resolves a type name for ALTER COLUMN TYPE. */
    static TypeNameResolver.ResolvedType type(DdlContext ddl, io.pgmicro.parse.ast.TypeName name) {
        return TypeNameResolver.resolve(name, ddl.analysis());
    }
}
