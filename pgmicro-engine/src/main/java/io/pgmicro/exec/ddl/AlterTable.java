package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.SqlText;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.AlterTableCmd;
import io.pgmicro.parse.ast.AlterTableType;
import io.pgmicro.parse.ast.AlterTableStmt;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.ObjectType;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.parse.ast.RenameStmt;
import io.pgmicro.types.PgType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER TABLE and RENAME. Changes are made to the catalog definition first; the SQLite
 * table then follows, with SQLite's own ALTER TABLE where it can (add, rename and drop
 * column, rename table) and otherwise by rebuilding the table from the new definition
 * and copying the rows, which also re-checks every constraint against existing data.
 */
final class AlterTable {
    private final DdlContext ddl;

    AlterTable(DdlContext ddl) {
        this.ddl = ddl;
    }

    String alter(AlterTableStmt stmt) {
        RangeVar rv = stmt.getRelation();
        RelationDef table = ddl.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ddl.analysis().searchPath());
        if (table == null) {
            if (stmt.getMissingOk()) {
                ddl.notice("relation \"" + rv.getRelname() + "\" does not exist, skipping");
                return "ALTER TABLE";
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + rv.getRelname() + "\" does not exist");
        }
        if (!table.isTable()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + table.name() + "\" is not a table");
        }
        for (Node n : stmt.getCmdsList()) {
            table = ddl.reload().relation(table.oid());
            AlterTableCmd cmd = n.getAlterTableCmd();
            refuseOnInheritedColumn(table, cmd);
            apply(table, cmd);
            if (rv.getInh() && recurses(cmd)) {
                for (RelationDef below : ddl.reload().inheritance().descendants(table.oid())) {
                    RelationDef child = ddl.reload().relation(below.oid());
                    if (cmd.getSubtype() == AlterTableType.AT_AddColumn
                            && child.attribute(cmd.getDef().getColumnDef().getColname()) != null) {
                        ddl.notice("merging definition of column \"" + cmd.getDef().getColumnDef().getColname()
                                + "\" for child \"" + child.name() + "\"");
                        continue;
                    }
                    apply(child, cmd);
                }
            }
        }
        return "ALTER TABLE";
    }

    /** Column and CHECK changes reach the tables that inherit the column, unless ONLY says otherwise. */
    private static boolean recurses(AlterTableCmd cmd) {
        return switch (cmd.getSubtype()) {
            case AT_AddColumn, AT_DropColumn, AT_ColumnDefault, AT_SetNotNull, AT_DropNotNull, AT_AlterColumnType -> true;
            case AT_AddConstraint -> cmd.getDef().getConstraint().getContype() == io.pgmicro.parse.ast.ConstrType.CONSTR_CHECK
                    && !cmd.getDef().getConstraint().getIsNoInherit();
            default -> false;
        };
    }

    /** A column a table has from its parents is changed through the parents only. */
    private void refuseOnInheritedColumn(RelationDef table, AlterTableCmd cmd) {
        String verb = switch (cmd.getSubtype()) {
            case AT_DropColumn -> "drop";
            case AT_AlterColumnType -> "alter";
            default -> null;
        };
        if (verb == null) {
            return;
        }
        for (RelationDef parent : ddl.catalog().inheritance().parents(table)) {
            if (parent.attribute(cmd.getName()) != null) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot " + verb + " inherited column \""
                        + cmd.getName() + "\"");
            }
        }
    }

    private void apply(RelationDef table, AlterTableCmd cmd) {
        switch (cmd.getSubtype()) {
            case AT_AddColumn -> addColumn(table, cmd);
            case AT_DropColumn -> {
                if (table.attribute(cmd.getName()) != null) {
                    new TriggerAlterations(ddl).dropColumnDependents(table, cmd.getName(),
                            cmd.getBehavior() == io.pgmicro.parse.ast.DropBehavior.DROP_CASCADE);
                }
                dropColumn(table, cmd.getName(), cmd.getMissingOk());
            }
            case AT_ColumnDefault -> {
                if (cmd.hasDef()) {
                    DefaultExpressionCheck.check(cmd.getDef(), false);
                }
                setAttribute(table, cmd.getName(), a -> a.withDefault(
                        cmd.hasDef() ? Parser.deparseExpression(cmd.getDef()) : null), false);
            }
            case AT_SetNotNull -> setAttribute(table, cmd.getName(), a -> a.withNotNull(true), true);
            case AT_DropNotNull -> {
                ConstraintDef pk = table.primaryKey();
                if (pk != null && pk.columns().contains(cmd.getName())) {
                    throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "column \"" + cmd.getName()
                            + "\" is in a primary key");
                }
                setAttribute(table, cmd.getName(), a -> a.withNotNull(false), true);
            }
            case AT_AlterColumnType -> alterType(table, cmd);
            case AT_AddConstraint -> addConstraint(table, cmd);
            case AT_DropConstraint -> dropConstraint(table, cmd.getName(), cmd.getMissingOk());
            case AT_AlterConstraint -> new AlterConstraint(ddl).alter(table, cmd.getDef().getConstraint());
            case AT_SetIdentity -> setIdentity(table, cmd);
            case AT_EnableTrig, AT_EnableAlwaysTrig, AT_EnableReplicaTrig, AT_DisableTrig, AT_EnableTrigAll,
                 AT_DisableTrigAll, AT_EnableTrigUser, AT_DisableTrigUser -> new TriggerAlterations(ddl).setFiring(table, cmd);
            case AT_AttachPartition -> new AlterInheritance(ddl).attach(table, cmd.getDef().getPartitionCmd());
            case AT_DetachPartition -> new AlterInheritance(ddl).detach(table, cmd.getDef().getPartitionCmd());
            case AT_AddInherit -> new AlterInheritance(ddl).inherit(table, cmd.getDef().getRangeVar());
            case AT_DropInherit -> new AlterInheritance(ddl).noInherit(table, cmd.getDef().getRangeVar());
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "pgmicro does not support ALTER TABLE " + cmd.getSubtype() + " yet");
        }
    }

    /** ALTER COLUMN ... SET GENERATED { ALWAYS | BY DEFAULT } / RESTART [WITH n] / SET sequence options. */
    private void setIdentity(RelationDef table, AlterTableCmd cmd) {
        AttributeDef a = table.attribute(cmd.getName());
        if (a == null || !a.isIdentity()) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "column \"" + cmd.getName() + "\" of relation \""
                    + table.name() + "\" is not an identity column");
        }
        RelationDef seq = null;
        for (RelationDef r : ddl.catalog().relations()) {
            if (r.kind() == 'S' && r.sequence().ownedByTable() == table.oid() && a.name().equals(r.sequence().ownedByColumn())) {
                seq = r;
            }
        }
        List<Node> sequenceOptions = new ArrayList<>();
        for (Node n : cmd.getDef().getList().getItemsList()) {
            var d = n.getDefElem();
            if (d.getDefname().equals("generated")) {
                String when = d.getArg().getInteger().getIval() == 'a' || d.getArg().getInteger().getIval() == 1 ? "a" : "d";
                List<AttributeDef> attrs = new ArrayList<>(table.attributes());
                attrs.set(attrs.indexOf(a), a.withIdentity(when));
                ddl.store(table.withAttributes(attrs));
            } else {
                sequenceOptions.add(n);
            }
        }
        if (seq != null && !sequenceOptions.isEmpty()) {
            var options = SequenceDefinitions.options(io.pgmicro.types.Types.byOid(seq.sequence().typeOid()), sequenceOptions,
                    seq.sequence(), seq.name());
            RelationDef updated = seq.withSequence(options.withOwner(table.oid(), a.name()));
            ddl.store(updated);
            Long restart = SequenceDefinitions.restart(sequenceOptions, options);
            if (restart != null) {
                ddl.sequences().set(updated, ddl.reload(), restart, false);
            }
        }
    }

    private void addColumn(RelationDef table, AlterTableCmd cmd) {
        var col = cmd.getDef().getColumnDef();
        if (table.attribute(col.getColname()) != null) {
            if (cmd.getMissingOk()) {
                ddl.notice("column \"" + col.getColname() + "\" of relation \"" + table.name() + "\" already exists, skipping");
                return;
            }
            throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + col.getColname() + "\" of relation \""
                    + table.name() + "\" already exists");
        }
        TableBuilder builder = new TableBuilder(ddl, table.schema(), table.name(), table.oid(), table);
        builder.addColumn(col);
        for (RelationDef seq : builder.sequences) {
            ddl.store(seq);
        }
        RelationDef updated = builder.build();
        AttributeDef added = updated.attributes().get(updated.attributes().size() - 1);
        ddl.store(updated);
        String value = "NULL";
        if (added.defaultExpr() != null || added.isIdentity()) {
            // existing rows get the default, evaluated per row as PostgreSQL does for volatile defaults
            value = new io.pgmicro.emit.DmlTranslator(ddl.analysis().withCatalog(ddl.reload())).defaultSql(updated, added);
        } else if (added.notNull() && hasRows(table)) {
            throw new PgException(SqlState.NOT_NULL_VIOLATION, "column \"" + added.name() + "\" of relation \""
                    + table.name() + "\" contains null values");
        }
        rebuild(table, updated, java.util.Map.of(added.name(), value));
    }

    private boolean hasRows(RelationDef table) {
        try {
            return !QueryRunner.query(ddl.conn(), "SELECT 1 FROM " + SqlText.ident(table.sqliteName()) + " LIMIT 1", null, 1)
                    .isEmpty();
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + e.getMessage());
        }
    }

    void dropColumn(RelationDef table, String name, boolean missingOk) {
        AttributeDef a = table.attribute(name);
        if (a == null) {
            if (missingOk) {
                ddl.notice("column \"" + name + "\" of relation \"" + table.name() + "\" does not exist, skipping");
                return;
            }
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" of relation \"" + table.name()
                    + "\" does not exist");
        }
        List<AttributeDef> attrs = new ArrayList<>(table.attributes());
        attrs.remove(a);
        List<ConstraintDef> constraints = new ArrayList<>();
        for (ConstraintDef c : table.constraints()) {
            if (!c.columns().contains(name)) {
                constraints.add(c);
            }
        }
        List<IndexDef> indexes = new ArrayList<>();
        for (IndexDef i : table.indexes()) {
            if (!i.keys().contains(name)) {
                indexes.add(i);
            }
        }
        RelationDef updated = table.withAttributes(attrs).withConstraints(constraints).withIndexes(indexes);
        for (RelationDef r : ddl.catalog().relations()) {
            if (r.kind() == 'S' && r.sequence().ownedByTable() == table.oid() && name.equals(r.sequence().ownedByColumn())) {
                ddl.remove(r.oid());
            }
        }
        ddl.store(updated);
        rebuild(table, updated);
    }

    private interface AttributeChange {
        AttributeDef apply(AttributeDef a);
    }

    private void setAttribute(RelationDef table, String column, AttributeChange change, boolean rebuild) {
        AttributeDef a = table.attribute(column);
        if (a == null) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + column + "\" of relation \"" + table.name()
                    + "\" does not exist");
        }
        List<AttributeDef> attrs = new ArrayList<>(table.attributes());
        attrs.set(attrs.indexOf(a), change.apply(a));
        RelationDef updated = table.withAttributes(attrs);
        ddl.store(updated);
        if (rebuild) {
            if (updated.attribute(column).notNull() && !a.notNull()) {
                verifyNotNull(table, column);
            }
            rebuild(table, updated);
        }
    }

    private void verifyNotNull(RelationDef table, String column) {
        try {
            List<Object[]> rows = QueryRunner.query(ddl.conn(), "SELECT 1 FROM " + SqlText.ident(table.sqliteName())
                    + " WHERE " + SqlText.ident(column) + " IS NULL LIMIT 1", null, 1);
            if (!rows.isEmpty()) {
                throw new PgException(SqlState.NOT_NULL_VIOLATION, "column \"" + column + "\" of relation \"" + table.name()
                        + "\" contains null values");
            }
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + e.getMessage());
        }
    }

    private void alterType(RelationDef table, AlterTableCmd cmd) {
        AttributeDef a = table.attribute(cmd.getName());
        if (a == null) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + cmd.getName() + "\" of relation \""
                    + table.name() + "\" does not exist");
        }
        var colDef = cmd.getDef().getColumnDef();
        TypeNameResolver.ResolvedType target = TypeNameResolver.resolve(colDef.getTypeName(), ddl.analysis());
        PgType from = ddl.catalog().type(a.typeOid());
        String using = colDef.hasRawDefault() ? Parser.deparseExpression(colDef.getRawDefault()) : null;
        if (using == null && !io.pgmicro.analyze.Coercion.canCoerce(from, target.type(), io.pgmicro.analyze.Coercion.Context.ASSIGNMENT)) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "column \"" + a.name() + "\" cannot be cast automatically to type "
                    + io.pgmicro.types.TypeNames.format(target.type(), -1))
                    .withHint("You might need to specify \"USING " + a.name() + "::" + io.pgmicro.types.TypeNames.format(target.type(), target.typmod()) + "\".");
        }
        if (a.defaultExpr() != null) {
            var defaultValue = SqliteSchema.expression(a.defaultExpr(), table, ddl.catalog(), ddl.analysis());
            if (!defaultValue.isUnknown() && !io.pgmicro.analyze.Coercion.canCoerce(defaultValue.type(), target.type(),
                    io.pgmicro.analyze.Coercion.Context.ASSIGNMENT)) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "default for column \"" + a.name()
                        + "\" cannot be cast automatically to type " + io.pgmicro.types.TypeNames.of(target.type()));
            }
        }
        List<AttributeDef> attrs = new ArrayList<>(table.attributes());
        attrs.set(attrs.indexOf(a), a.withType(target.type().oid(), target.typmod()));
        RelationDef updated = table.withAttributes(attrs);
        ddl.store(updated);
        // convert the values in place first, with PostgreSQL's cast semantics
        String expr = using != null ? using : SqlText.ident(a.name());
        var typed = SqliteSchema.expression(expr, table, ddl.catalog(), ddl.analysis());
        var exprs = new io.pgmicro.emit.ExprTranslator(ddl.analysis(), new io.pgmicro.emit.QueryTranslator(ddl.analysis()));
        String converted = exprs.coerce(typed, target.type(), target.typmod(),
                using != null ? io.pgmicro.analyze.Coercion.Context.ASSIGNMENT : io.pgmicro.analyze.Coercion.Context.ASSIGNMENT,
                "column \"" + a.name() + "\"").sql();
        rebuild(table, updated, java.util.Map.of(a.name(), converted));
    }

    private void addConstraint(RelationDef table, AlterTableCmd cmd) {
        var constraint = cmd.getDef().getConstraint();
        TableBuilder builder = new TableBuilder(ddl, table.schema(), table.name(), table.oid(), table);
        builder.addTableConstraint(constraint);
        RelationDef updated = builder.build();
        ConstraintDef added = updated.constraints().get(updated.constraints().size() - 1);
        for (ConstraintDef c : table.constraints()) {
            if (c.name().equals(added.name())) {
                throw new PgException(SqlState.DUPLICATE_OBJECT, "constraint \"" + added.name() + "\" for relation \""
                        + table.name() + "\" already exists");
            }
        }
        if (added.type() == 'c') {
            verifyCheck(table, added);
        }
        ddl.store(updated);
        try {
            rebuild(table, updated);
        } catch (PgException e) {
            if (added.type() == 'u' || added.type() == 'p') {
                if (e.sqlState().equals(SqlState.UNIQUE_VIOLATION) || e.getMessage().contains("UNIQUE")) {
                    throw new PgException(SqlState.UNIQUE_VIOLATION, "could not create unique index \"" + added.name() + "\"");
                }
            }
            throw e;
        }
        if (added.type() == 'f') {
            verifyForeignKey(updated, added);
        }
    }

    private void verifyCheck(RelationDef table, ConstraintDef check) {
        String cond = SqliteSchema.condition(check.checkExpr(), table, ddl.catalog(), ddl.analysis());
        try {
            List<Object[]> rows = QueryRunner.query(ddl.conn(), "SELECT 1 FROM " + SqlText.ident(table.sqliteName())
                    + " WHERE NOT (" + cond + ") LIMIT 1", null, 1);
            if (!rows.isEmpty()) {
                throw new PgException(SqlState.CHECK_VIOLATION, "check constraint \"" + check.name() + "\" of relation \""
                        + table.name() + "\" is violated by some row");
            }
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + e.getMessage());
        }
    }

    private void verifyForeignKey(RelationDef table, ConstraintDef fk) {
        try {
            List<Object[]> rows = QueryRunner.query(ddl.conn(), "PRAGMA foreign_key_check(" + SqlText.string(table.sqliteName()) + ")",
                    null, 4);
            if (!rows.isEmpty()) {
                throw new PgException(SqlState.FOREIGN_KEY_VIOLATION, "insert or update on table \"" + table.name()
                        + "\" violates foreign key constraint \"" + fk.name() + "\"");
            }
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + e.getMessage());
        }
    }

    private void dropConstraint(RelationDef table, String name, boolean missingOk) {
        ConstraintDef c = table.constraints().stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
        if (c == null) {
            if (missingOk) {
                ddl.notice("constraint \"" + name + "\" of relation \"" + table.name() + "\" does not exist, skipping");
                return;
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + name + "\" of relation \"" + table.name()
                    + "\" does not exist");
        }
        dropConstraintQuietly(table, name);
    }

    /** Removes a constraint (and the index that enforces it) without checks; used by DROP ... CASCADE too. */
    void dropConstraintQuietly(RelationDef table, String name) {
        List<ConstraintDef> constraints = new ArrayList<>();
        ConstraintDef removed = null;
        for (ConstraintDef c : table.constraints()) {
            if (c.name().equals(name)) {
                removed = c;
            } else {
                constraints.add(c);
            }
        }
        List<IndexDef> indexes = new ArrayList<>();
        for (IndexDef i : table.indexes()) {
            if (removed == null || i.constraintOid() != removed.oid()) {
                indexes.add(i);
            }
        }
        RelationDef updated = table.withConstraints(constraints).withIndexes(indexes);
        ddl.store(updated);
        rebuild(table, updated);
    }

    String rename(RenameStmt stmt) {
        ObjectType type = stmt.getRenameType();
        RangeVar rv = stmt.getRelation();
        switch (type) {
            case OBJECT_TABLE, OBJECT_VIEW, OBJECT_SEQUENCE, OBJECT_COLUMN, OBJECT_TABCONSTRAINT -> {
                RelationDef rel = ddl.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ddl.analysis().searchPath());
                if (rel == null) {
                    if (stmt.getMissingOk()) {
                        ddl.notice("relation \"" + rv.getRelname() + "\" does not exist, skipping");
                        return "ALTER " + (stmt.getRelationType() == ObjectType.OBJECT_VIEW ? "VIEW" : "TABLE");
                    }
                    throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + rv.getRelname() + "\" does not exist");
                }
                if (type == ObjectType.OBJECT_COLUMN) {
                    renameColumn(rel, stmt.getSubname(), stmt.getNewname());
                    return rel.kind() == 'v' ? "ALTER VIEW" : "ALTER TABLE";
                }
                if (type == ObjectType.OBJECT_TABCONSTRAINT) {
                    renameConstraint(rel, stmt.getSubname(), stmt.getNewname());
                    return "ALTER TABLE";
                }
                renameRelation(rel, stmt.getNewname());
                return switch (type) {
                    case OBJECT_VIEW -> "ALTER VIEW";
                    case OBJECT_SEQUENCE -> "ALTER SEQUENCE";
                    default -> "ALTER TABLE";
                };
            }
            case OBJECT_TRIGGER -> {
                return new TriggerAlterations(ddl).rename(stmt);
            }
            case OBJECT_INDEX -> {
                return renameIndex(stmt);
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support renaming " + type + " yet");
        }
    }

    /** ALTER INDEX RENAME; the constraint an index backs takes the new name too, as in PostgreSQL. */
    private String renameIndex(RenameStmt stmt) {
        RangeVar rv = stmt.getRelation();
        List<String> names = rv.getSchemaname().isEmpty() ? List.of(rv.getRelname()) : List.of(rv.getSchemaname(), rv.getRelname());
        MissingNames.Missing schema = new MissingNames(ddl).schemaOf(names);
        IndexLookup found = schema == null ? IndexLookup.find(ddl, names) : null;
        if (found == null) {
            RelationDef rel = schema == null ? ddl.catalog().findRelation(rv.getSchemaname(), rv.getRelname(),
                    ddl.analysis().searchPath()) : null;
            if (rel != null) {
                // PostgreSQL lets ALTER INDEX rename any relation
                renameRelation(rel, stmt.getNewname());
                return "ALTER INDEX";
            }
            new MissingNames(ddl).skipOrFail(stmt.getMissingOk(), schema != null ? schema
                    : new MissingNames.Missing(SqlState.UNDEFINED_TABLE, "relation \"" + rv.getRelname() + "\" does not exist"));
            return "ALTER INDEX";
        }
        RelationDef table = found.table();
        IndexDef index = found.index();
        String newName = stmt.getNewname();
        if (ddl.catalog().relation(table.schema(), newName) != null || IndexLookup.find(ddl, List.of(table.schema(), newName)) != null) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + newName + "\" already exists");
        }
        List<IndexDef> indexes = new ArrayList<>(table.indexes());
        IndexDef renamed = index.withName(newName);
        indexes.set(indexes.indexOf(index), renamed);
        RelationDef updated = table.withIndexes(indexes);
        if (index.constraintOid() != 0) {
            List<ConstraintDef> constraints = new ArrayList<>();
            for (ConstraintDef c : table.constraints()) {
                constraints.add(c.oid() != index.constraintOid() ? c : new ConstraintDef(c.oid(), newName, c.type(), c.columns(),
                        c.checkExpr(), c.refTableOid(), c.refColumns(), c.onUpdate(), c.onDelete(), newName, c.deferrable(), c.deferred()));
            }
            updated = updated.withConstraints(constraints);
            ddl.store(updated);
            rebuild(table, updated);
            return "ALTER INDEX";
        }
        ddl.sql("DROP INDEX " + SqlText.ident(SqliteSchema.indexSqliteName(index, table)));
        ddl.store(updated);
        ddl.sql(SqliteSchema.createIndex(renamed, updated, ddl.reload(), ddl.analysis()));
        return "ALTER INDEX";
    }

    private void renameRelation(RelationDef rel, String newName) {
        if (ddl.catalog().relation(rel.schema(), newName) != null) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + newName + "\" already exists");
        }
        String newSqlite = DdlContext.sqliteName(rel.schema(), newName);
        if (rel.isTable()) {
            ddl.sql("ALTER TABLE " + SqlText.ident(rel.sqliteName()) + " RENAME TO " + SqlText.ident(newSqlite));
        }
        ddl.store(rel.withName(newName, newSqlite));
    }

    private void renameColumn(RelationDef rel, String oldName, String newName) {
        AttributeDef a = rel.attribute(oldName);
        if (a == null) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + oldName + "\" does not exist");
        }
        if (rel.attribute(newName) != null) {
            throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + newName + "\" of relation \"" + rel.name()
                    + "\" already exists");
        }
        List<AttributeDef> attrs = new ArrayList<>(rel.attributes());
        attrs.set(attrs.indexOf(a), a.withName(newName));
        List<ConstraintDef> constraints = new ArrayList<>();
        for (ConstraintDef c : rel.constraints()) {
            List<String> cols = new ArrayList<>(c.columns());
            cols.replaceAll(n -> n.equals(oldName) ? newName : n);
            constraints.add(new ConstraintDef(c.oid(), c.name(), c.type(), cols, c.checkExpr(), c.refTableOid(), c.refColumns(),
                    c.onUpdate(), c.onDelete(), c.indexName(), c.deferrable(), c.deferred()));
        }
        List<IndexDef> indexes = new ArrayList<>();
        for (IndexDef i : rel.indexes()) {
            List<String> keys = new ArrayList<>(i.keys());
            for (int k = 0; k < keys.size(); k++) {
                if (!i.expressionKeys().get(k) && keys.get(k).equals(oldName)) {
                    keys.set(k, newName);
                }
            }
            indexes.add(i.withKeys(keys));
        }
        if (rel.isTable()) {
            ddl.sql("ALTER TABLE " + SqlText.ident(rel.sqliteName()) + " RENAME COLUMN " + SqlText.ident(oldName) + " TO "
                    + SqlText.ident(newName));
        }
        ddl.store(rel.withAttributes(attrs).withConstraints(constraints).withIndexes(indexes));
    }

    private void renameConstraint(RelationDef rel, String oldName, String newName) {
        List<ConstraintDef> constraints = new ArrayList<>();
        boolean found = false;
        for (ConstraintDef c : rel.constraints()) {
            if (c.name().equals(oldName)) {
                found = true;
                constraints.add(new ConstraintDef(c.oid(), newName, c.type(), c.columns(), c.checkExpr(), c.refTableOid(),
                        c.refColumns(), c.onUpdate(), c.onDelete(), c.indexName(), c.deferrable(), c.deferred()));
            } else {
                constraints.add(c);
            }
        }
        if (!found) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + oldName + "\" for table \"" + rel.name()
                    + "\" does not exist");
        }
        RelationDef updated = rel.withConstraints(constraints);
        ddl.store(updated);
        rebuild(rel, updated);
    }

    void rebuild(RelationDef before, RelationDef after) {
        rebuild(before, after, java.util.Map.of());
    }

    /**
     * Replaces the SQLite table by one made from the new definition, copying the rows
     * of the columns both share. The new table is made under a name of its own, the old
     * one dropped and the new one renamed into its place: renaming the old table away
     * instead would make SQLite rewrite other tables' foreign keys to follow it (it does
     * so while foreign keys are enforced, even with legacy_alter_table on). Foreign keys
     * are deferred meanwhile, since dropping a referenced table deletes its rows first;
     * switching deferral off again forgets those transient violations.
     */
    private void rebuild(RelationDef before, RelationDef after, java.util.Map<String, String> computed) {
        CatalogSnapshot catalog = ddl.reload();
        String fresh = "_pgmicro_new_" + after.oid();
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (AttributeDef a : after.attributes()) {
            AttributeDef prior = before.attributes().stream().filter(b -> b.attnum() == a.attnum()).findFirst().orElse(null);
            if (computed.containsKey(a.name())) {
                targets.add(SqlText.ident(a.name()));
                sources.add(computed.get(a.name()));
            } else if (prior != null) {
                targets.add(SqlText.ident(a.name()));
                sources.add(SqlText.ident(prior.name()));
            }
        }
        ddl.sql("PRAGMA legacy_alter_table = ON");
        ddl.sql("PRAGMA defer_foreign_keys = ON");
        try {
            for (IndexDef index : before.indexes()) {
                if (!index.primary()) {
                    ddl.sql("DROP INDEX IF EXISTS " + SqlText.ident(SqliteSchema.indexSqliteName(index, before)));
                }
            }
            ddl.sql(SqliteSchema.createTable(after, fresh, catalog, ddl.analysis()));
            if (!targets.isEmpty()) {
                // the old rows are read under the table's own name, so converted expressions find their columns
                String copy = "INSERT INTO " + SqlText.ident(fresh) + " (" + String.join(", ", targets) + ") SELECT "
                        + String.join(", ", sources) + " FROM " + SqlText.ident(before.sqliteName());
                try {
                    QueryRunner.update(ddl.conn(), copy, null);
                } catch (SQLException e) {
                    throw io.pgmicro.exec.SqliteErrors.translate(e, catalog, after, "INSERT");
                }
            }
            ddl.sql("DROP TABLE " + SqlText.ident(before.sqliteName()));
            ddl.sql("ALTER TABLE " + SqlText.ident(fresh) + " RENAME TO " + SqlText.ident(after.sqliteName()));
            for (IndexDef index : after.indexes()) {
                if (!index.primary()) {
                    ddl.sql(SqliteSchema.createIndex(index, after, catalog, ddl.analysis()));
                }
            }
        } finally {
            ddl.sql("PRAGMA defer_foreign_keys = OFF");
            ddl.sql("PRAGMA legacy_alter_table = OFF");
        }
        if (after.kind() == 'p' || after.hierarchy().bound() != null) {
            // the old table took its routing and partition-constraint triggers with it
            new PartitionRouting(ddl).refresh(after);
        }
    }
}
