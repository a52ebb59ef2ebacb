package io.pgmicro.analyze;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names an expression can see: the FROM items of its own query level and, for
 * correlated subqueries, those of the enclosing levels.
 */
public final class Scope {
    private final Scope parent;
    private final List<RangeItem> items = new ArrayList<>();
    /** Columns merged by JOIN USING / NATURAL JOIN: a bare name finds them before the joined tables' own. */
    private final List<ScopeColumn> mergedColumns = new ArrayList<>();
    /**
     * FROM items on the nullable side of an outer join, whose rows may be all NULLs added by
     * the join, each with a column that is NULL only in such a row (null if none is known).
     */
    private final Map<RangeItem, ScopeColumn> nullExtended = new HashMap<>();

    public Scope(Scope parent) {
        this.parent = parent;
    }

    public Scope parent() {
        return parent;
    }

    public void add(RangeItem item) {
        if (item.qualifiable() && item.alias() != null) {
            for (RangeItem existing : items) {
                if (existing.qualifiable() && item.alias().equals(existing.alias())) {
                    throw new PgException(SqlState.DUPLICATE_ALIAS,
                            "table name \"" + item.alias() + "\" specified more than once");
                }
            }
        }
        items.add(item);
    }

    public void addMerged(ScopeColumn column) {
        mergedColumns.add(column);
    }

    /** Notes that an outer join may fill the item with NULLs; {@code marker} is NULL only then, or is null if unknown. */
    public void markNullExtended(RangeItem item, ScopeColumn marker) {
        nullExtended.put(item, marker);
    }

    /** Whether an outer join may fill the item's columns with NULLs (its whole row is then NULL in PostgreSQL). */
    public boolean isNullExtended(RangeItem item) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.nullExtended.containsKey(item)) {
                return true;
            }
        }
        return false;
    }

    /** For a null-extended item, the column that is NULL exactly in the rows the join added; null if none is known. */
    public ScopeColumn nullExtensionMarker(RangeItem item) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.nullExtended.containsKey(item)) {
                return s.nullExtended.get(item);
            }
        }
        return null;
    }

    public List<ScopeColumn> mergedColumns() {
        return mergedColumns;
    }

    public List<RangeItem> items() {
        return items;
    }

    /** The FROM-list entries that SELECT * expands, in order. */
    public List<RangeItem> topLevelItems() {
        List<RangeItem> out = new ArrayList<>();
        for (RangeItem item : items) {
            if (item.topLevel()) {
                out.add(item);
            }
        }
        return out;
    }

    /** Finds a FROM item by alias at this level or an enclosing one. */
    public RangeItem findItem(String alias) {
        for (Scope s = this; s != null; s = s.parent) {
            for (RangeItem item : s.items) {
                if (item.qualifiable() && alias.equals(item.alias())) {
                    return item;
                }
            }
        }
        return null;
    }

    /**
     * Resolves an unqualified column name, innermost level first.
     *
     * @return the column, or null if no level has it
     * @throws PgException 42702 if a level has it more than once
     */
    public ScopeColumn findColumn(String name, int location) {
        for (Scope s = this; s != null; s = s.parent) {
            ScopeColumn found = s.findLocal(name, location);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** True if the column belongs to this level rather than an enclosing one. */
    public boolean isLocal(ScopeColumn column) {
        if (mergedColumns.contains(column)) {
            return true;
        }
        for (RangeItem item : items) {
            if (item.columns().contains(column) || item.systemColumns().contains(column)) {
                return true;
            }
        }
        return false;
    }

    private ScopeColumn findLocal(String name, int location) {
        for (ScopeColumn merged : mergedColumns) {
            if (merged.name().equals(name)) {
                return merged;
            }
        }
        ScopeColumn found = null;
        for (RangeItem item : items) {
            if (!item.unqualifiable()) {
                continue;
            }
            for (ScopeColumn c : item.columns()) {
                if (c.name().equals(name)) {
                    if (found != null) {
                        throw new PgException(SqlState.AMBIGUOUS_COLUMN, "column reference \"" + name + "\" is ambiguous")
                                .atLocation(location);
                    }
                    found = c;
                }
            }
        }
        if (found == null) {
            // a system column (tableoid) is reached by a bare name only when no ordinary column has it
            for (RangeItem item : items) {
                for (ScopeColumn c : item.unqualifiable() ? item.systemColumns() : List.<ScopeColumn>of()) {
                    if (c.name().equals(name)) {
                        if (found != null) {
                            throw new PgException(SqlState.AMBIGUOUS_COLUMN, "column reference \"" + name
                                    + "\" is ambiguous").atLocation(location);
                        }
                        found = c;
                    }
                }
            }
        }
        return found;
    }
}
