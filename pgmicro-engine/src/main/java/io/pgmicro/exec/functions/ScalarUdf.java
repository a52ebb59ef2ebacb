package io.pgmicro.exec.functions;

import java.sql.SQLException;
import org.sqlite.Function;

/** Adapts a {@link ScalarBody} to sqlite-jdbc: reads storage values, applies PostgreSQL's STRICT rule, encodes errors. */
final class ScalarUdf extends Function implements StorageValues.Access {
    private final ScalarBody body;
    private final boolean strict;
    /** Whether the body may run SQL that calls this same function again (user routines do). */
    private final boolean reentrant;

    ScalarUdf(ScalarBody body, boolean strict) {
        this(body, strict, false);
    }

    ScalarUdf(ScalarBody body, boolean strict, boolean reentrant) {
        this.body = body;
        this.strict = strict;
        this.reentrant = reentrant;
    }

    @Override
    protected void xFunc() throws SQLException {
        Object[] args = StorageValues.read(this);
        if (strict && StorageValues.anyNull(args)) {
            result();
            return;
        }
        Object value;
        CallContext saved = reentrant ? CallContext.of(this) : null;
        try {
            value = body.apply(args);
        } catch (RuntimeException e) {
            if (saved != null) {
                saved.restore(this);
            }
            error(PgErrors.encode(StorageValues.asPgException(e)));
            return;
        }
        if (saved != null) {
            saved.restore(this);
        }
        StorageValues.write(this, value);
    }

    /**
     * sqlite-jdbc keeps the SQLite call context of the running invocation in the Function
     * object itself, and a nested invocation of the same function clears it when it
     * returns; the outer invocation puts its own back before it writes its result.
     */
    private record CallContext(long context, long value, int args) {
        private static final java.lang.reflect.Field CONTEXT = field("context");
        private static final java.lang.reflect.Field VALUE = field("value");
        private static final java.lang.reflect.Field ARGS = field("args");

        static CallContext of(Function f) {
            try {
                return new CallContext(CONTEXT.getLong(f), VALUE.getLong(f), ARGS.getInt(f));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("sqlite-jdbc's Function has changed", e);
            }
        }

        void restore(Function f) {
            try {
                CONTEXT.setLong(f, context);
                VALUE.setLong(f, value);
                ARGS.setInt(f, args);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("sqlite-jdbc's Function has changed", e);
            }
        }

        private static java.lang.reflect.Field field(String name) {
            try {
                java.lang.reflect.Field f = Function.class.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("sqlite-jdbc's Function has no field " + name, e);
            }
        }
    }

    @Override
    public int argCount() throws SQLException {
        return args();
    }

    @Override
    public int type(int i) throws SQLException {
        return value_type(i);
    }

    @Override
    public long longValue(int i) throws SQLException {
        return value_long(i);
    }

    @Override
    public double doubleValue(int i) throws SQLException {
        return value_double(i);
    }

    @Override
    public String text(int i) throws SQLException {
        return value_text(i);
    }

    @Override
    public byte[] blob(int i) throws SQLException {
        return value_blob(i);
    }

    @Override
    public void resultNull() throws SQLException {
        result();
    }

    @Override
    public void resultLong(long v) throws SQLException {
        result(v);
    }

    @Override
    public void resultDouble(double v) throws SQLException {
        result(v);
    }

    @Override
    public void resultText(String v) throws SQLException {
        result(v);
    }

    @Override
    public void resultBlob(byte[] v) throws SQLException {
        result(v);
    }
}
