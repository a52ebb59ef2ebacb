package io.pgmicro.analyze;

import java.util.List;

/**
 * One entry of a FROM clause as expressions see it: a table, a subquery, a function
 * or a join, with its alias and columns.
 *
 * @param alias         the name that qualifies its columns (the table name when not aliased), or null
 * @param columns       its columns, in order
 * @param qualifiable   whether {@code alias.column} reaches it (not for the members of an aliased join)
 * @param unqualifiable whether a bare column name reaches it (not for join items, whose members answer)
 * @param topLevel      whether it is a direct FROM-list entry, so {@code SELECT *} expands it
 * @param systemColumns columns a name reaches but {@code SELECT *} does not (a table's tableoid)
 */
public record RangeItem(String alias, List<ScopeColumn> columns, boolean qualifiable, boolean unqualifiable,
                        boolean topLevel, List<ScopeColumn> systemColumns) {
    public RangeItem(String alias, List<ScopeColumn> columns, boolean qualifiable, boolean unqualifiable, boolean topLevel) {
        this(alias, columns, qualifiable, unqualifiable, topLevel, List.of());
    }

    public static RangeItem simple(String alias, List<ScopeColumn> columns) {
        return new RangeItem(alias, columns, true, true, true);
    }

    public RangeItem nested() {
        return new RangeItem(alias, columns, qualifiable, unqualifiable, false, systemColumns);
    }

    public RangeItem hiddenAlias() {
        return new RangeItem(alias, columns, false, unqualifiable, topLevel, systemColumns);
    }

    public RangeItem withSystemColumns(List<ScopeColumn> system) {
        return new RangeItem(alias, columns, qualifiable, unqualifiable, topLevel, List.copyOf(system));
    }

    /** The column a name reaches: an ordinary one first, else a system column; null if none. */
    public ScopeColumn column(String name) {
        for (ScopeColumn c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        for (ScopeColumn c : systemColumns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
