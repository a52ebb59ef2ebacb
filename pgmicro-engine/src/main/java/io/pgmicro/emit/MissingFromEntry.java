package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.RangeItem;
import io.pgmicro.analyze.Scope;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;

/**
 * The error for a qualifier that names no visible FROM item, worded as PostgreSQL words
 * it: when an item of that name exists but is hidden (a member of an aliased join, the
 * EXCLUDED row in RETURNING), or the name is that of a table given another alias, the
 * message says so and the hint points the way.
 */
final class MissingFromEntry {
    private MissingFromEntry() {
    }

    static PgException error(String qualifier, Scope scope, CatalogSnapshot catalog, int location) {
        for (Scope s = scope; s != null; s = s.parent()) {
            for (RangeItem item : s.items()) {
                if (!item.qualifiable() && qualifier.equals(item.alias()) && readsOneTable(item)) {
                    return invalidReference(qualifier, location).withHint("There is an entry for table \"" + qualifier
                            + "\", but it cannot be referenced from this part of the query.");
                }
            }
        }
        for (Scope s = scope; s != null; s = s.parent()) {
            for (RangeItem item : s.items()) {
                if (item.qualifiable() && item.alias() != null && !item.alias().equals(qualifier)
                        && namesTable(item, qualifier, catalog)) {
                    return invalidReference(qualifier, location)
                            .withHint("Perhaps you meant to reference the table alias \"" + item.alias() + "\".");
                }
            }
        }
        return new PgException(SqlState.UNDEFINED_TABLE, "missing FROM-clause entry for table \"" + qualifier + "\"")
                .atLocation(location);
    }

    /** Whether the item reads the table of this name (its columns come from it). */
    private static boolean namesTable(RangeItem item, String name, CatalogSnapshot catalog) {
        if (!readsOneTable(item)) {
            return false;
        }
        RelationDef table = catalog.relation(item.columns().get(0).tableOid());
        return table != null && table.name().equals(name);
    }

    /**
     * Whether all the item's columns come from one table: a table entry, not the alias of
     * a JOIN USING (which PostgreSQL does not count as an entry of its own).
     */
    private static boolean readsOneTable(RangeItem item) {
        if (item.columns().isEmpty() || item.columns().get(0).tableOid() == 0) {
            return false;
        }
        int oid = item.columns().get(0).tableOid();
        return item.columns().stream().allMatch(c -> c.tableOid() == oid);
    }

    private static PgException invalidReference(String qualifier, int location) {
        return new PgException(SqlState.UNDEFINED_TABLE, "invalid reference to FROM-clause entry for table \""
                + qualifier + "\"").atLocation(location);
    }
}
