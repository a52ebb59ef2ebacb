package io.pgmicro.emit;

import io.pgmicro.analyze.RangeItem;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.ScopeColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RETURNING of UPDATE ... FROM and DELETE ... USING. SQLite's RETURNING sees only the
 * modified table, while PostgreSQL's sees the joined rows too. So the join (on the rows'
 * values before the change) is materialized in a CTE keyed by the modified row's rowid,
 * the statement is limited to the rows it holds, and each RETURNING expression reads the
 * joined columns back from it.
 */
final class JoinedReturning {
    private static final String CTE = "_pgmicro_joined";

    private final String target;
    private final String cte;
    private final Scope scope;

    /**
     * @param target the modified table's SQLite name, quoted
     * @param joined    the scope holding the modified table's item first (and any merged JOIN USING columns)
     * @param fromItems the joined items
     * @param from   the SQLite FROM text of the joined items
     * @param where  the statement's condition, or null
     */
    JoinedReturning(String target, Scope joined, List<RangeItem> fromItems, String from, String where) {
        this.target = target;
        Map<String, String> renamed = new LinkedHashMap<>();
        this.scope = new Scope(null);
        scope.add(joined.items().get(0));
        for (RangeItem item : fromItems) {
            scope.add(new RangeItem(item.alias(), renamedColumns(item.columns(), renamed), item.qualifiable(),
                    item.unqualifiable(), item.topLevel()));
        }
        for (ScopeColumn merged : renamedColumns(joined.mergedColumns(), renamed)) {
            scope.addMerged(merged);
        }
        StringBuilder select = new StringBuilder("SELECT ").append(target).append(".rowid AS rid");
        for (Map.Entry<String, String> e : renamed.entrySet()) {
            select.append(", ").append(e.getKey()).append(" AS ").append(e.getValue());
        }
        select.append(" FROM ").append(target).append(", ").append(from);
        if (where != null) {
            select.append(" WHERE ").append(where);
        }
        this.cte = CTE + " AS MATERIALIZED (" + select + ")";
    }

    private static List<ScopeColumn> renamedColumns(List<ScopeColumn> columns, Map<String, String> renamed) {
        List<ScopeColumn> out = new ArrayList<>();
        for (ScopeColumn c : columns) {
            String name = renamed.computeIfAbsent(c.sql(), k -> "r" + (renamed.size() + 1));
            out.add(new ScopeColumn(c.name(), c.type(), c.typmod(), CTE + "." + name, c.tableOid(), c.attnum()));
        }
        return out;
    }

    /** The scope RETURNING expressions are translated in: the joined columns read from the CTE. */
    Scope scope() {
        return scope;
    }

    /** The WITH clause that goes in front of the statement. */
    String withClause() {
        return "WITH " + cte + " ";
    }

    /**
     * Limits the statement to the rows the join matched. Reading the CTE in the condition
     * makes SQLite compute it before the first row changes.
     */
    String condition() {
        return target + ".rowid IN (SELECT rid FROM " + CTE + ")";
    }

    /** A RETURNING expression, evaluated against the modified row's joined values. */
    String read(String expressionSql) {
        return "(SELECT " + expressionSql + " FROM " + CTE + " WHERE " + CTE + ".rid = " + target + ".rowid LIMIT 1)";
    }
}
