package io.pgmicro.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one pg_catalog query for DatabaseMetaData on the caller's connection, as pgjdbc does,
 * and hands back its rows as text. The metadata methods turn that text into JDBC's answers.
 */
final class CatalogQuery {
    private CatalogQuery() {
    }

    static List<Row> run(PgMicroConnection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                int width = rs.getMetaData().getColumnCount();
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    String[] values = new String[width];
                    for (int c = 0; c < width; c++) {
                        values[c] = rs.getString(c + 1);
                    }
                    rows.add(new Row(values));
                }
                return rows;
            }
        }
    }

    /** A condition on a name column for a JDBC pattern: none for null, LIKE otherwise. */
    static String like(String column, String pattern) {
        return pattern == null ? "" : " AND " + column + " LIKE ?";
    }

    /** A condition on a name column that must match exactly: none for null, = otherwise. */
    static String equal(String column, String name) {
        return name == null ? "" : " AND " + column + " = ?";
    }

    /** The non-null values among these, in order: the parameters of the conditions above. */
    static Object[] present(String... values) {
        List<Object> present = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                present.add(v);
            }
        }
        return present.toArray();
    }

    /** One row of text values, read by position. */
    record Row(String[] values) {
        String text(int index) {
            return values[index];
        }

        int integer(int index) {
            return values[index] == null ? 0 : Integer.parseInt(values[index]);
        }

        boolean bool(int index) {
            return "t".equals(values[index]) || "true".equals(values[index]);
        }

        /** The numbers of an int2[] ("{1,2}") or int2vector ("1 2") value. */
        List<Integer> numbers(int index) {
            List<Integer> numbers = new ArrayList<>();
            String v = values[index];
            if (v != null) {
                for (String part : v.replaceAll("[{}]", "").split("[ ,]")) {
                    if (!part.isEmpty()) {
                        numbers.add(Integer.parseInt(part));
                    }
                }
            }
            return numbers;
        }
    }
}
