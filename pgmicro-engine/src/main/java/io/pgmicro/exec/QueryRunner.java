package io.pgmicro.exec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs emitted SQLite statements and reads their rows as storage values. */
public final class QueryRunner {
    private QueryRunner() {
    }

    /** Runs a statement that returns rows (SELECT, or DML with RETURNING). */
    public static List<Object[]> query(Connection conn, String sql, List<Object> params, int columns) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            bind(ps, params);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = storageValue(rs.getObject(i + 1));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** Runs a statement that returns no rows and reports how many rows it changed. */
    public static long update(Connection conn, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeLargeUpdate();
        }
    }

    /**
     * Runs one SQLite statement as is (pgmicro's own plumbing: BEGIN, SAVEPOINT, DDL). Prepared
     * rather than run through a plain Statement, so a function it needs is put on the connection
     * as for every other statement ({@link LazyFunctionsConnection}).
     */
    public static void execute(Connection conn, String sql) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.execute();
        }
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        if (params == null) {
            return;
        }
        int count = ps.getParameterMetaData().getParameterCount();
        for (int i = 0; i < count && i < params.size(); i++) {
            Object v = params.get(i);
            if (v == null) {
                ps.setNull(i + 1, java.sql.Types.NULL);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    private static Object storageValue(Object v) {
        if (v instanceof Integer i) {
            return i.longValue();
        }
        return v;
    }
}
