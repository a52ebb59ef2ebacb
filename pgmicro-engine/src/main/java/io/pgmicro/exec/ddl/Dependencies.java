package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.parse.Parser;
import java.util.ArrayList;
import java.util.List;

/**
 * What depends on a relation about to be dropped: foreign keys of other tables and
 * views that read it. Without CASCADE they stop the drop with PostgreSQL's 2BP01;
 * with CASCADE the foreign keys are removed and the views dropped, with NOTICEs.
 */
final class Dependencies {
    private Dependencies() {
    }

    /**
     * @param alsoDropped the other relations the same DROP names: their foreign keys and views do not hold
     *                    this one back (a foreign key of theirs goes first, quietly, so that SQLite's drop of
     *                    this table deletes no row it references)
     */
    static void checkDrop(DdlContext ddl, CatalogSnapshot catalog, RelationDef rel, boolean cascade,
                          java.util.Set<Integer> alsoDropped) {
        List<String> details = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<Runnable> cascades = new ArrayList<>();
        List<RelationDef> byOid = new ArrayList<>(catalog.relations());
        // PostgreSQL lists dependents in the order they were created
        byOid.sort(java.util.Comparator.comparingInt(RelationDef::oid));
        for (RelationDef child : byOid) {
            if (child.oid() == rel.oid()) {
                continue;
            }
            if (alsoDropped.contains(child.oid())) {
                for (ConstraintDef c : child.constraintsOfType('f')) {
                    if (c.refTableOid() == rel.oid()) {
                        new AlterTable(ddl).dropConstraintQuietly(ddl.reload().relation(child.oid()), c.name());
                    }
                }
                continue;
            }
            for (ConstraintDef c : child.constraintsOfType('f')) {
                if (c.refTableOid() == rel.oid()) {
                    details.add("constraint " + c.name() + " on table " + child.name() + " depends on table " + rel.name());
                    dropped.add("constraint " + c.name() + " on table " + child.name());
                    cascades.add(() -> new AlterTable(ddl).dropConstraintQuietly(ddl.reload().relation(child.oid()), c.name()));
                }
            }
            if (child.kind() == 'v' && mentions(child.viewQuery(), rel.name())) {
                details.add("view " + child.name() + " depends on " + DdlExecutor.kindName(rel) + " " + rel.name());
                dropped.add("view " + child.name());
                cascades.add(() -> ddl.remove(child.oid()));
            }
        }
        inheritors(ddl, catalog, rel, details, dropped, cascades);
        if (rel.kind() == 'S') {
            for (RelationDef table : byOid) {
                for (var a : table.attributes()) {
                    if (a.defaultExpr() != null && usesSequence(a.defaultExpr(), rel)) {
                        details.add("default value for column " + a.name() + " of table " + table.name()
                                + " depends on sequence " + rel.name());
                        dropped.add("default value for column " + a.name() + " of table " + table.name());
                        cascades.add(() -> {
                            RelationDef current = ddl.reload().relation(table.oid());
                            List<io.pgmicro.catalog.AttributeDef> attrs = new ArrayList<>(current.attributes());
                            attrs.replaceAll(x -> x.name().equals(a.name()) ? x.withDefault(null) : x);
                            ddl.store(current.withAttributes(attrs));
                        });
                    }
                }
            }
        }
        refuseOrCascade(ddl, DdlExecutor.kindName(rel) + " " + rel.name(), details, dropped, cascades, cascade);
    }

    /**
     * The tables that inherit from the dropped one, directly or not (partitions go with their
     * table silently); each is named with the last of its parents it goes through, as PostgreSQL does.
     */
    private static void inheritors(DdlContext ddl, CatalogSnapshot catalog, RelationDef rel, List<String> details,
                                   List<String> dropped, List<Runnable> cascades) {
        List<Integer> gone = new ArrayList<>(List.of(rel.oid()));
        for (RelationDef d : catalog.inheritance().descendants(rel.oid())) {
            gone.add(d.oid());
            if (d.hierarchy().bound() != null) {
                continue;
            }
            RelationDef through = null;
            for (int p : d.hierarchy().parents()) {
                if (gone.contains(p)) {
                    through = catalog.relation(p);
                }
            }
            details.add("table " + d.name() + " depends on table " + through.name());
            dropped.add("table " + d.name());
            cascades.add(() -> new DdlExecutor(ddl).removeTree(d));
        }
    }

    /**
     * Ends a DROP's dependency check: without CASCADE, PostgreSQL's 2BP01 listing the
     * dependents; with it, the NOTICE naming what goes too, and the cascaded drops.
     *
     * @param object   the dropped object as messages name it ("table t", "type d")
     * @param details  one "X depends on Y" line per dependent
     * @param dropped  what CASCADE drops, as the NOTICE names it
     * @param cascades the drops themselves
     */
    static void refuseOrCascade(DdlContext ddl, String object, List<String> details, List<String> dropped,
                                List<Runnable> cascades, boolean cascade) {
        if (details.isEmpty()) {
            return;
        }
        if (!cascade) {
            throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop " + object
                    + " because other objects depend on it").withDetail(String.join("\n", details))
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        if (dropped.size() == 1) {
            ddl.notice("drop cascades to " + dropped.get(0), null);
        } else {
            List<String> lines = new ArrayList<>();
            for (String d : dropped) {
                lines.add("drop cascades to " + d);
            }
            ddl.notice("drop cascades to " + dropped.size() + " other objects", String.join("\n", lines));
        }
        for (Runnable r : cascades) {
            r.run();
        }
    }

    /** Whether a DEFAULT expression calls nextval on the sequence (by its name, as serial defaults are written). */
    private static boolean usesSequence(String defaultExpr, RelationDef seq) {
        return defaultExpr.contains("nextval('" + seq.name() + "'") || defaultExpr.contains("nextval('" + seq.schema() + "."
                + seq.name() + "'");
    }

    /** Whether a view's query names the relation (by its relation name anywhere in the tree). */
    private static boolean mentions(String viewQuery, String relationName) {
        var tree = Parser.parse(viewQuery).statements().get(0);
        return mentions(tree, relationName);
    }

    private static boolean mentions(com.google.protobuf.Message m, String name) {
        if (m instanceof io.pgmicro.parse.ast.RangeVar rv) {
            return rv.getRelname().equals(name);
        }
        for (var entry : m.getAllFields().entrySet()) {
            Object v = entry.getValue();
            if (v instanceof com.google.protobuf.Message child && mentions(child, name)) {
                return true;
            }
            if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof com.google.protobuf.Message child && mentions(child, name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
