package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.Inheritance;
import io.pgmicro.catalog.PartitionBound;
import io.pgmicro.catalog.PartitionConstraint;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.SqlText;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.parse.ast.PartitionCmd;
import io.pgmicro.parse.ast.RangeVar;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER TABLE ... ATTACH PARTITION, DETACH PARTITION, INHERIT and NO INHERIT: links an
 * existing table into a hierarchy or out of it, after the checks PostgreSQL makes.
 */
final class AlterInheritance {
    private final DdlContext ddl;

    AlterInheritance(DdlContext ddl) {
        this.ddl = ddl;
    }

    void attach(RelationDef parent, PartitionCmd cmd) {
        if (parent.kind() != 'p') {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "table \"" + parent.name() + "\" is not partitioned");
        }
        RelationDef child = table(cmd.getName());
        if (child.hierarchy().bound() != null) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "\"" + child.name() + "\" is already a partition");
        }
        if (!child.hierarchy().parents().isEmpty()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot attach inheritance child as partition");
        }
        if (ddl.catalog().inheritance().isAncestor(child.oid(), parent.oid())) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "circular inheritance not allowed")
                    .withDetail("\"" + parent.name() + "\" is already a child of \"" + child.name() + "\".");
        }
        for (AttributeDef a : child.attributes()) {
            if (parent.attribute(a.name()) == null) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "table \"" + child.name() + "\" contains column \""
                        + a.name() + "\" not found in parent \"" + parent.name() + "\"")
                        .withDetail("The new partition may contain only the columns present in parent.");
            }
        }
        requireParentColumns(child, parent);
        PartitionBound bound = new PartitionBounds(ddl).bound(cmd.getBound(), parent, child.name());
        RelationDef attached = child.withInheritance(new Inheritance(List.of(parent.oid()), child.hierarchy().partitionKey(), bound));
        ddl.store(attached);
        CatalogSnapshot catalog = ddl.reload();
        String constraint = SqliteSchema.condition(PartitionConstraint.withAncestors(catalog.relation(child.oid()), catalog),
                child, catalog, ddl.analysis());
        if (hasRowsFailing(child, constraint, catalog)) {
            throw new PgException(SqlState.CHECK_VIOLATION, "partition constraint of relation \"" + child.name()
                    + "\" is violated by some row");
        }
        requireDefaultPartitionAllows(parent, catalog.relation(child.oid()));
        new PartitionRouting(ddl).refresh(parent);
    }

    /** A new partition may not claim rows that its parent's default partition already holds. */
    void requireDefaultPartitionAllows(RelationDef parent, RelationDef partition) {
        if (partition.hierarchy().bound().defaultPartition()) {
            return;
        }
        CatalogSnapshot catalog = ddl.reload();
        for (RelationDef sibling : catalog.inheritance().children(parent.oid())) {
            PartitionBound b = sibling.hierarchy().bound();
            if (sibling.oid() != partition.oid() && b != null && b.defaultPartition()) {
                String claimed = SqliteSchema.condition(PartitionConstraint.of(partition, catalog), sibling, catalog,
                        ddl.analysis());
                if (hasRowsFailing(sibling, "NOT (" + claimed + ")", catalog)) {
                    throw new PgException(SqlState.CHECK_VIOLATION, "updated partition constraint for default partition \""
                            + sibling.name() + "\" would be violated by some row");
                }
            }
        }
    }

    void detach(RelationDef parent, PartitionCmd cmd) {
        RelationDef child = table(cmd.getName());
        if (child.hierarchy().bound() == null || !child.hierarchy().parents().contains(parent.oid())) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + child.name() + "\" is not a partition of relation \""
                    + parent.name() + "\"");
        }
        PartitionRouting routing = new PartitionRouting(ddl);
        routing.forget(child);
        RelationDef detached = child.withInheritance(child.hierarchy().partitionKey() == null ? null
                : new Inheritance(List.of(), child.hierarchy().partitionKey(), null));
        ddl.store(detached);
        routing.refresh(parent);
        if (detached.kind() == 'p') {
            routing.refresh(detached);
        }
    }

    void inherit(RelationDef child, RangeVar parentName) {
        RelationDef parent = new TableInheritance(ddl).parents(List.of(io.pgmicro.parse.ast.Node.newBuilder()
                .setRangeVar(parentName).build())).get(0);
        if (child.hierarchy().bound() != null || child.kind() == 'p') {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, child.hierarchy().bound() != null
                    ? "cannot change inheritance of a partition" : "cannot change inheritance of partitioned table");
        }
        if (child.hierarchy().parents().contains(parent.oid())) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + parent.name() + "\" would be inherited from more than once");
        }
        if (ddl.catalog().inheritance().isAncestor(child.oid(), parent.oid())) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "circular inheritance not allowed")
                    .withDetail("\"" + parent.name() + "\" is already a child of \"" + child.name() + "\".");
        }
        requireParentColumns(child, parent);
        for (ConstraintDef c : parent.constraintsOfType('c')) {
            if (child.constraints().stream().noneMatch(k -> k.type() == 'c' && k.name().equals(c.name()))) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "child table is missing constraint \"" + c.name() + "\"");
            }
        }
        List<Integer> parents = new ArrayList<>(child.hierarchy().parents());
        parents.add(parent.oid());
        ddl.store(child.withInheritance(child.hierarchy().withParents(parents)));
    }

    void noInherit(RelationDef child, RangeVar parentName) {
        RelationDef parent = table(parentName);
        if (child.hierarchy().bound() != null) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change inheritance of a partition");
        }
        if (!child.hierarchy().parents().contains(parent.oid())) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + parent.name() + "\" is not a parent of relation \""
                    + child.name() + "\"");
        }
        List<Integer> parents = new ArrayList<>(child.hierarchy().parents());
        parents.remove(Integer.valueOf(parent.oid()));
        ddl.store(child.withInheritance(parents.isEmpty() && child.hierarchy().partitionKey() == null ? null
                : child.hierarchy().withParents(parents)));
    }

    /** A child must have every column of its parent, with the same type. */
    private void requireParentColumns(RelationDef child, RelationDef parent) {
        for (AttributeDef p : parent.attributes()) {
            AttributeDef c = child.attribute(p.name());
            if (c == null) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "child table is missing column \"" + p.name() + "\"");
            }
            if (c.typeOid() != p.typeOid() || c.typmod() != p.typmod()) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "child table \"" + child.name()
                        + "\" has different type for column \"" + p.name() + "\"");
            }
        }
    }

    private RelationDef table(RangeVar rv) {
        RelationDef r = ddl.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ddl.analysis().searchPath());
        if (r == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + rv.getRelname() + "\" does not exist")
                    .atLocation(rv.getLocation());
        }
        if (!r.isTable()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + r.name() + "\" is not a table");
        }
        return r;
    }

    /** Whether the table (with what is below it) has a row for which the SQLite condition is not true. */
    private boolean hasRowsFailing(RelationDef table, String condition, CatalogSnapshot catalog) {
        List<RelationDef> members = new ArrayList<>(List.of(table));
        members.addAll(catalog.inheritance().descendants(table.oid()));
        for (RelationDef m : members) {
            try {
                if (!QueryRunner.query(ddl.conn(), "SELECT 1 FROM " + SqlText.ident(m.sqliteName()) + " WHERE NOT coalesce("
                        + condition + ", 0) LIMIT 1", List.of(), 1).isEmpty()) {
                    return true;
                }
            } catch (SQLException e) {
                throw io.pgmicro.exec.SqliteErrors.translate(e, catalog, m, null);
            }
        }
        return false;
    }
}
