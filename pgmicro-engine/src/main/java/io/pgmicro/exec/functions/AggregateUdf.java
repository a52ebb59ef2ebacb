package io.pgmicro.exec.functions;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.sqlite.Function;

/**
 * Adapts an {@link AggregateState} to sqlite-jdbc as a window-capable aggregate. The
 * registered instance is a prototype: sqlite-jdbc clones it for every group, and the
 * clone starts from a fresh state. States that cannot take rows back out keep the frame's
 * rows and are recomputed when a window frame slides.
 */
final class AggregateUdf extends Function.Window implements StorageValues.Access {
    private final Supplier<AggregateState> factory;
    private final boolean skipNullRows;
    private AggregateState state;
    private Deque<Object[]> frame;

    /**
     * @param skipNullRows true for PostgreSQL's strict transition functions: a row whose
     *                     arguments hold a NULL is not fed to the state at all
     */
    AggregateUdf(Supplier<AggregateState> factory, boolean skipNullRows) {
        this.factory = factory;
        this.skipNullRows = skipNullRows;
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        AggregateUdf copy = (AggregateUdf) super.clone();
        copy.state = factory.get();
        copy.frame = copy.state instanceof AggregateState.Invertible ? null : new ArrayDeque<>();
        return copy;
    }

    @Override
    protected void xStep() throws SQLException {
        Object[] args = StorageValues.read(this);
        if (skipNullRows && StorageValues.anyNull(args)) {
            return;
        }
        try {
            state.step(args);
        } catch (RuntimeException e) {
            error(PgErrors.encode(StorageValues.asPgException(e)));
            return;
        }
        if (frame != null) {
            frame.addLast(args);
        }
    }

    @Override
    protected void xInverse() throws SQLException {
        Object[] args = StorageValues.read(this);
        if (skipNullRows && StorageValues.anyNull(args)) {
            return;
        }
        try {
            if (state instanceof AggregateState.Invertible invertible) {
                invertible.inverse(args);
            } else {
                frame.removeFirst();
                state = factory.get();
                for (Object[] row : frame) {
                    state.step(row);
                }
            }
        } catch (RuntimeException e) {
            error(PgErrors.encode(StorageValues.asPgException(e)));
        }
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
            value = state.result();
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
