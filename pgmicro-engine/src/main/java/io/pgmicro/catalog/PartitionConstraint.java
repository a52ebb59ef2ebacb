package io.pgmicro.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The condition a partition's rows meet, as PostgreSQL expression text over the parent's
 * partition key: what routing tests to choose a partition and what a row written straight
 * into a partition must satisfy.
 */
public final class PartitionConstraint {
    private PartitionConstraint() {
    }

    /** The partition's own bound, without its ancestors'; "true" for a default partition with no siblings. */
    public static String of(RelationDef partition, CatalogSnapshot catalog) {
        PartitionBound bound = partition.hierarchy().bound();
        RelationDef parent = catalog.relation(partition.hierarchy().parents().get(0));
        PartitionKey key = parent.hierarchy().partitionKey();
        if (!bound.defaultPartition()) {
            return ofBound(bound, key);
        }
        List<String> others = new ArrayList<>();
        for (RelationDef sibling : catalog.inheritance().children(parent.oid())) {
            PartitionBound b = sibling.hierarchy().bound();
            if (b != null && !b.defaultPartition()) {
                others.add(ofBound(b, key));
            }
        }
        return others.isEmpty() ? "true" : "NOT (" + String.join(" OR ", others) + ")";
    }

    /** The bound of the partition and of every partitioned table above it, all together. */
    public static String withAncestors(RelationDef partition, CatalogSnapshot catalog) {
        List<String> parts = new ArrayList<>();
        for (RelationDef r = partition; r != null && r.hierarchy().bound() != null;
             r = catalog.relation(r.hierarchy().parents().get(0))) {
            parts.add(0, "(" + of(r, catalog) + ")");
        }
        return String.join(" AND ", parts);
    }

    static String ofBound(PartitionBound bound, PartitionKey key) {
        if (bound.listValues() != null) {
            String k = key.expressions().get(0);
            List<String> values = new ArrayList<>();
            boolean acceptsNull = false;
            for (String v : bound.listValues()) {
                if (v.equals(PartitionBound.NULL)) {
                    acceptsNull = true;
                } else {
                    values.add(v);
                }
            }
            String in = values.isEmpty() ? null : "(" + k + ") IN (" + String.join(", ", values) + ")";
            if (acceptsNull) {
                return in == null ? "(" + k + ") IS NULL" : "((" + k + ") IS NULL OR " + in + ")";
            }
            return "((" + k + ") IS NOT NULL AND " + in + ")";
        }
        List<String> parts = new ArrayList<>();
        for (String k : key.expressions()) {
            parts.add("(" + k + ") IS NOT NULL");
        }
        parts.add(atLeast(key.expressions(), bound.from(), 0));
        parts.add(below(key.expressions(), bound.to(), 0));
        return "(" + String.join(" AND ", parts) + ")";
    }

    /** key >= lower, compared part by part: MINVALUE is below everything, MAXVALUE above. */
    private static String atLeast(List<String> keys, List<String> lower, int i) {
        if (i == lower.size()) {
            return "true";
        }
        String v = lower.get(i);
        if (v.equals(PartitionBound.MINVALUE)) {
            return "true";
        }
        if (v.equals(PartitionBound.MAXVALUE)) {
            return "false";
        }
        String k = "(" + keys.get(i) + ")";
        if (i == lower.size() - 1) {
            return "(" + k + " >= " + v + ")";
        }
        return "(" + k + " > " + v + " OR (" + k + " = " + v + " AND " + atLeast(keys, lower, i + 1) + "))";
    }

    /** key < upper, part by part; a key equal to the whole upper bound is outside. */
    private static String below(List<String> keys, List<String> upper, int i) {
        if (i == upper.size()) {
            return "false";
        }
        String v = upper.get(i);
        if (v.equals(PartitionBound.MAXVALUE)) {
            return "true";
        }
        if (v.equals(PartitionBound.MINVALUE)) {
            return "false";
        }
        String k = "(" + keys.get(i) + ")";
        if (i == upper.size() - 1) {
            return "(" + k + " < " + v + ")";
        }
        return "(" + k + " < " + v + " OR (" + k + " = " + v + " AND " + below(keys, upper, i + 1) + "))";
    }

    /** How pg_get_expr shows relpartbound: FOR VALUES IN (...), FROM (...) TO (...), or DEFAULT. */
    public static String boundText(PartitionBound bound) {
        if (bound.defaultPartition()) {
            return "DEFAULT";
        }
        if (bound.listValues() != null) {
            return "FOR VALUES IN (" + String.join(", ", bound.listValues()) + ")";
        }
        return "FOR VALUES FROM (" + String.join(", ", bound.from()) + ") TO (" + String.join(", ", bound.to()) + ")";
    }

    /** How pg_get_partkeydef shows the key: RANGE (a, b). */
    public static String keyText(PartitionKey key) {
        return key.strategyName() + " (" + String.join(", ", key.expressions()) + ")";
    }
}
