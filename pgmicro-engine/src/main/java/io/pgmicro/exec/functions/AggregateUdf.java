package io.pgmicro.exec.functions;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.sqlite.Function;

/**
 * Adapts an {@link AggregateState} to sqlite-jdbc as a plain aggregate (GROUP BY and whole-query
 * aggregates). The registered instance is a prototype: sqlite-jdbc clones it for every group, and
 * the clone starts from a fresh state. It is not a window function on purpose: see
 * {@link WindowAggregateUdf}.
 */
final class AggregateUdf extends Function.Aggregate implements StorageValues.Access {
    private final Supplier<AggregateState> factory;
    private final boolean skipNullRows;
    private AggregateRun run;

    /** @param skipNullRows PostgreSQL's strict transition: rows with a NULL argument are ignored */
    AggregateUdf(Supplier<AggregateState> factory, boolean skipNullRows) {
        this.factory = factory;
        this.skipNullRows = skipNullRows;
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        AggregateUdf copy = (AggregateUdf) super.clone();
        copy.run = new AggregateRun(factory, skipNullRows);
        return copy;
    }

    @Override
    protected void xStep() throws SQLException {
        Object[] args = StorageValues.read(this);
        try {
            run.add(args);
        } catch (RuntimeException e) {
            error(PgErrors.encode(StorageValues.asPgException(e)));
        }
    }

    @Override
    protected void xFinal() throws SQLException {
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
