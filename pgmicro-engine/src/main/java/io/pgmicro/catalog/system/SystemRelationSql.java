package io.pgmicro.catalog.system;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a system relation's rows as a SQLite subquery over a VALUES list, with the
 * columns named "c1", "c2" ... so that PostgreSQL's column names, some of which SQLite
 * treats specially (oid), never reach SQLite.
 */
public final class SystemRelationSql {
    private SystemRelationSql() {
    }

    /** The subquery text, in parentheses, without an alias. */
    public static String select(SystemTable table, List<Object[]> rows) {
        int n = table.columns().size();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add("\"c" + i + "\"");
        }
        if (rows.isEmpty()) {
            List<String> nulls = new ArrayList<>();
            for (String name : names) {
                nulls.add("NULL AS " + name);
            }
            return "(SELECT " + String.join(", ", nulls) + " WHERE 0)";
        }
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            selected.add("column" + (i + 1) + " AS " + names.get(i));
        }
        StringBuilder values = new StringBuilder();
        for (Object[] row : rows) {
            values.append(values.length() == 0 ? "(" : ", (");
            for (int i = 0; i < n; i++) {
                values.append(i == 0 ? "" : ", ").append(literal(row[i]));
            }
            values.append(')');
        }
        return "(SELECT " + String.join(", ", selected) + " FROM (VALUES " + values + "))";
    }

    static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof RuntimeValue r) {
            return r.sql();
        }
        if (value instanceof Long l) {
            return l.toString();
        }
        if (value instanceof byte[] bytes) {
            return "X'" + java.util.HexFormat.of().formatHex(bytes) + "'";
        }
        if (value instanceof Double d) {
            return d.isNaN() ? "'NaN'" : d.isInfinite() ? (d > 0 ? "9e999" : "-9e999") : d.toString();
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
