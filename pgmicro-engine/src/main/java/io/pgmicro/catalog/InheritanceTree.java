package io.pgmicro.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The inheritance and partitioning links between the tables of one catalog snapshot:
 * who inherits from whom, in the order PostgreSQL visits them.
 */
public final class InheritanceTree {
    private final CatalogSnapshot catalog;

    InheritanceTree(CatalogSnapshot catalog) {
        this.catalog = catalog;
    }

    /**
     * The direct children of a table: partitions in the order of their bounds (the default one
     * last), as PostgreSQL scans them; inheritance children in creation (OID) order.
     */
    public List<RelationDef> children(int oid) {
        List<RelationDef> out = new ArrayList<>();
        for (RelationDef r : catalog.relations()) {
            if (r.hierarchy().parents().contains(oid)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt(RelationDef::oid));
        RelationDef parent = catalog.relation(oid);
        if (parent != null && parent.kind() == 'p') {
            out.sort(PartitionOrder.BY_BOUND);
        }
        return out;
    }

    /**
     * Every table below this one: a partitioned table's partitions depth first in bound order,
     * an inheritance tree breadth first, each table once.
     */
    public List<RelationDef> descendants(int oid) {
        List<RelationDef> out = new ArrayList<>();
        RelationDef root = catalog.relation(oid);
        if (root != null && root.kind() == 'p') {
            addDepthFirst(oid, out);
            return out;
        }
        List<Integer> queue = new ArrayList<>(List.of(oid));
        for (int i = 0; i < queue.size(); i++) {
            for (RelationDef child : children(queue.get(i))) {
                if (!queue.contains(child.oid())) {
                    queue.add(child.oid());
                    out.add(child);
                }
            }
        }
        return out;
    }

    private void addDepthFirst(int oid, List<RelationDef> out) {
        for (RelationDef child : children(oid)) {
            out.add(child);
            addDepthFirst(child.oid(), out);
        }
    }

    public boolean hasChildren(int oid) {
        for (RelationDef r : catalog.relations()) {
            if (r.hierarchy().parents().contains(oid)) {
                return true;
            }
        }
        return false;
    }

    /** The tables this one inherits from, directly. */
    public List<RelationDef> parents(RelationDef table) {
        List<RelationDef> out = new ArrayList<>();
        for (int p : table.hierarchy().parents()) {
            RelationDef parent = catalog.relation(p);
            if (parent != null) {
                out.add(parent);
            }
        }
        return out;
    }

    /** True when {@code ancestor} is {@code oid} itself or above it. */
    public boolean isAncestor(int ancestor, int oid) {
        if (ancestor == oid) {
            return true;
        }
        RelationDef r = catalog.relation(oid);
        if (r == null) {
            return false;
        }
        for (int p : r.hierarchy().parents()) {
            if (isAncestor(ancestor, p)) {
                return true;
            }
        }
        return false;
    }
}
