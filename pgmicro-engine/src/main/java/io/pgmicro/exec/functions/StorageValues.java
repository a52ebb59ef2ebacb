package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.sql.SQLException;

/** Moves storage values (see io.pgmicro.types) between sqlite-jdbc's function API and Java. */
final class StorageValues {
    private static final int SQLITE_INTEGER = 1;
    private static final int SQLITE_FLOAT = 2;
    private static final int SQLITE_BLOB = 4;
    private static final int SQLITE_NULL = 5;

    private StorageValues() {
    }

    /** Reads every argument of the current call. */
    static Object[] read(Access fn) throws SQLException {
        int n = fn.argCount();
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = switch (fn.type(i)) {
                case SQLITE_NULL -> null;
                case SQLITE_INTEGER -> fn.longValue(i);
                case SQLITE_FLOAT -> fn.doubleValue(i);
                case SQLITE_BLOB -> fn.blob(i);
                default -> fn.text(i);
            };
        }
        return values;
    }

    /** Writes a Java result as the call's SQLite result. */
    static void write(Access fn, Object value) throws SQLException {
        if (value == null) {
            fn.resultNull();
        } else if (value instanceof Boolean b) {
            fn.resultLong(b ? 1L : 0L);
        } else if (value instanceof Double d) {
            // SQLite stores a NaN REAL as NULL; NaN is kept as the TEXT 'NaN' (package-info).
            if (d.isNaN()) {
                fn.resultText("NaN");
            } else {
                fn.resultDouble(d);
            }
        } else if (value instanceof Float f) {
            write(fn, f.doubleValue());
        } else if (value instanceof Number n) {
            fn.resultLong(n.longValue());
        } else if (value instanceof byte[] bytes) {
            fn.resultBlob(bytes);
        } else {
            fn.resultText(value.toString());
        }
    }

    static boolean anyNull(Object[] args) {
        for (Object a : args) {
            if (a == null) {
                return true;
            }
        }
        return false;
    }

    /** Any failure of a function body becomes a PgException, so the executor always sees a PostgreSQL error. */
    static PgException asPgException(RuntimeException e) {
        if (e instanceof PgException pg) {
            return pg;
        }
        return new PgException(SqlState.INTERNAL_ERROR, String.valueOf(e));
    }

    /** The slice of org.sqlite.Function's protected API the adapters expose to this class. */
    interface Access {
        int argCount() throws SQLException;

        int type(int i) throws SQLException;

        long longValue(int i) throws SQLException;

        double doubleValue(int i) throws SQLException;

        String text(int i) throws SQLException;

        byte[] blob(int i) throws SQLException;

        void resultNull() throws SQLException;

        void resultLong(long v) throws SQLException;

        void resultDouble(double v) throws SQLException;

        void resultText(String v) throws SQLException;

        void resultBlob(byte[] v) throws SQLException;
    }
}
