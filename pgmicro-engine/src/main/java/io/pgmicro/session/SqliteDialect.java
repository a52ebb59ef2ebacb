package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.exec.SqliteErrors;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQLite dialect (SET pgmicro.dialect = sqlite, or the CLI's --dialect sqlite):
 * statements go to SQLite as written, on the same database. Result columns are typed
 * from SQLite's values: integers as bigint, reals as double precision, blobs as bytea,
 * everything else as text.
 */
final class SqliteDialect {
    private final Connection conn;
    private final SessionState state;

    SqliteDialect(Connection conn, SessionState state) {
        this.conn = conn;
        this.state = state;
    }

    Result run(String sql) {
        if (sql.toLowerCase(Locale.ROOT).contains(BuiltinFunctions.WINDOW_VARIANT_PREFIX)) {
            // SQL written by hand could ask a window variant for its value before its first row,
            // which aborts the JVM (see BuiltinFunctions.WINDOW_VARIANT_PREFIX)
            state.fail();
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "the " + BuiltinFunctions.WINDOW_VARIANT_PREFIX
                    + "* functions are pgmicro's own and cannot be called in the sqlite dialect");
        }
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            boolean hasRows = ps.execute();
            if (!hasRows) {
                int count = ps.getUpdateCount();
                return Result.command(firstWord(sql) + (count >= 0 && isDml(sql) ? " " + count : ""));
            }
            try (ResultSet rs = ps.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        Object v = rs.getObject(i + 1);
                        row[i] = v instanceof Integer x ? Long.valueOf(x) : v;
                    }
                    rows.add(row);
                }
                List<Column> columns = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    columns.add(new Column(md.getColumnLabel(i + 1), typeOf(rows, i), -1));
                }
                return new Result("SELECT " + rows.size(), columns, rows, state.formatContext());
            }
        } catch (SQLException e) {
            state.fail();
            throw SqliteErrors.translate(e, state.catalog(), null, null);
        }
    }

    private static PgType typeOf(List<Object[]> rows, int column) {
        for (Object[] row : rows) {
            Object v = row[column];
            if (v instanceof Long) {
                return Types.INT8;
            }
            if (v instanceof Double) {
                return Types.FLOAT8;
            }
            if (v instanceof byte[]) {
                return Types.BYTEA;
            }
            if (v != null) {
                return Types.TEXT;
            }
        }
        return Types.TEXT;
    }

    private static String firstWord(String sql) {
        String t = sql.strip();
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        return t.substring(0, end).toUpperCase();
    }

    private static boolean isDml(String sql) {
        String w = firstWord(sql);
        return w.equals("UPDATE") || w.equals("DELETE");
    }

}
