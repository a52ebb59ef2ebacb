package io.pgmicro.exec.functions;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Supplier;
import org.sqlite.Function;

/**
 * Adapts an {@link AggregateState} to sqlite-jdbc as a window function, registered under the
 * aggregate's name with {@link io.pgmicro.catalog.BuiltinFunctions#WINDOW_VARIANT_PREFIX}.
 *
 * <p>sqlite-jdbc's native xValue asserts that xStep has run, and the failed assertion aborts the
 * JVM: a frame that is empty for the first row of a partition (ROWS BETWEEN 1 PRECEDING AND 1
 * PRECEDING), or a FILTER that rejects that row, would get there. Only the emitter calls this
 * variant. It passes a FILTER as the last argument of the filtered variant, so that SQLite steps
 * every row; for frames that can be empty it adds EXCLUDE NO OTHERS, with which SQLite builds each
 * row's value from a fresh state and asks it through xFinal, which sqlite-jdbc handles without a step.
 */
final class WindowAggregateUdf extends Function.Window implements StorageValues.Access {
    private final Supplier<AggregateState> factory;
    private final boolean skipNullRows;
    private final boolean filtered;
    private AggregateRun run;

    /**
     * @param skipNullRows PostgreSQL's strict transition: rows with a NULL argument are ignored
     * @param filtered     the last argument is the row's FILTER condition, and only rows that pass it count
     */
    WindowAggregateUdf(Supplier<AggregateState> factory, boolean skipNullRows, boolean filtered) {
        this.factory = factory;
        this.skipNullRows = skipNullRows;
        this.filtered = filtered;
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        WindowAggregateUdf copy = (WindowAggregateUdf) super.clone();
        copy.run = new AggregateRun(factory, skipNullRows);
        return copy;
    }

    @Override
    protected void xStep() throws SQLException {
        Object[] args = counted(StorageValues.read(this));
        if (args == null) {
            return;
        }
        try {
            run.add(args);
        } catch (RuntimeException e) {
            error(PgErrors.encode(StorageValues.asPgException(e)));
        }
    }

    @Override
    protected void xInverse() throws SQLException {
        Object[] args = counted(StorageValues.read(this));
        if (args == null) {
            return;
        }
        try {
            run.remove(args);
        } catch (RuntimeException e) {
            error(PgErrors.encode(StorageValues.asPgException(e)));
        }
    }

    /** The aggregate's own arguments of a row, or null for a row its FILTER rejects (a false or NULL condition). */
    private Object[] counted(Object[] args) {
        if (!filtered) {
            return args;
        }
        Object condition = args[args.length - 1];
        boolean passes = condition instanceof Number n && n.doubleValue() != 0;
        return passes ? Arrays.copyOf(args, args.length - 1) : null;
    }

    @Override
    protected void xValue() throws SQLException {
        deliver();
    }

    @Override
    protected void xFinal() throws SQLException {
        deliver();
    }

    private void deliver() throws SQLException {
        Object value;
        try {
            value = run.result();
        } catch (RuntimeException e) {
            error(PgErrors.encode(StorageValues.asPgException(e)));
            return;
        }
        StorageValues.write(this, value);
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
