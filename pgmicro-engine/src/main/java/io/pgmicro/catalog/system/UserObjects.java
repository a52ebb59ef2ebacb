package io.pgmicro.catalog.system;

import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Facts about the user schema that several system relations share, read off a catalog snapshot. */
final class UserObjects {
    private UserObjects() {
    }

    /** An index with the table it belongs to. */
    record TableIndex(RelationDef table, IndexDef index) {
    }

    /** Tables, views and sequences in OID order (the order PostgreSQL's heap scans usually give). */
    static List<RelationDef> relations(CatalogSnapshot catalog) {
        List<RelationDef> out = new ArrayList<>(catalog.relations());
        out.sort(Comparator.comparingInt(RelationDef::oid));
        return out;
    }

    static List<TableIndex> indexes(CatalogSnapshot catalog) {
        List<TableIndex> out = new ArrayList<>();
        for (RelationDef r : relations(catalog)) {
            for (IndexDef i : r.indexes()) {
                out.add(new TableIndex(r, i));
            }
        }
        out.sort(Comparator.comparingInt(t -> t.index().oid()));
        return out;
    }

    static TableIndex index(CatalogSnapshot catalog, int oid) {
        for (RelationDef r : catalog.relations()) {
            for (IndexDef i : r.indexes()) {
                if (i.oid() == oid) {
                    return new TableIndex(r, i);
                }
            }
        }
        return null;
    }

    /** A constraint with its table, found by constraint OID, or null. */
    record TableConstraint(RelationDef table, ConstraintDef constraint) {
    }

    static List<TableConstraint> constraints(CatalogSnapshot catalog) {
        List<TableConstraint> out = new ArrayList<>();
        for (RelationDef r : relations(catalog)) {
            for (ConstraintDef c : r.constraints()) {
                out.add(new TableConstraint(r, c));
            }
        }
        out.sort(Comparator.comparingInt(t -> t.constraint().oid()));
        return out;
    }

    static TableConstraint constraint(CatalogSnapshot catalog, int oid) {
        for (TableConstraint tc : constraints(catalog)) {
            if (tc.constraint().oid() == oid) {
                return tc;
            }
        }
        return null;
    }

    static int namespaceOid(CatalogSnapshot catalog, String schema) {
        Integer oid = catalog.schemas().get(schema);
        return oid == null ? 0 : oid;
    }

    /** pg_attribute.attidentity: only 'a' and 'd' mean identity. */
    static String identity(AttributeDef a) {
        String id = a.identity();
        return "a".equals(id) || "d".equals(id) ? id : "";
    }

    static int attnum(RelationDef r, String column) {
        AttributeDef a = r.attribute(column);
        return a == null ? 0 : a.attnum();
    }

    static List<Integer> attnums(RelationDef r, List<String> columns) {
        List<Integer> out = new ArrayList<>();
        for (String c : columns) {
            out.add(attnum(r, c));
        }
        return out;
    }

    /** The index a constraint uses: its own for primary keys and uniques, the referenced key's for foreign keys. */
    static int constraintIndex(CatalogSnapshot catalog, RelationDef table, ConstraintDef c) {
        if (c.type() == 'p' || c.type() == 'u') {
            for (IndexDef i : table.indexes()) {
                if (i.name().equals(c.indexName()) || i.constraintOid() == c.oid()) {
                    return i.oid();
                }
            }
            return 0;
        }
        if (c.type() == 'f') {
            RelationDef target = catalog.relation(c.refTableOid());
            if (target == null) {
                return 0;
            }
            IndexDef best = null;
            for (IndexDef i : target.indexes()) {
                boolean plain = i.unique() && i.whereExpr() == null && !i.expressionKeys().contains(true);
                if (plain && i.keys().size() == c.refColumns().size() && i.keys().containsAll(c.refColumns())
                        && (best == null || i.primary() && !best.primary())) {
                    best = i;
                }
            }
            return best == null ? 0 : best.oid();
        }
        return 0;
    }

    /** Whether a table takes part in a foreign key (PostgreSQL implements them with triggers on both sides). */
    static boolean hasForeignKeyTriggers(CatalogSnapshot catalog, RelationDef table) {
        return !table.constraintsOfType('f').isEmpty() || !catalog.referencing(table.oid()).isEmpty();
    }

    /** The columns of a sequence relation, as PostgreSQL 15 defines them. */
    static final List<String> SEQUENCE_COLUMNS = List.of("last_value", "log_cnt", "is_called");
}
