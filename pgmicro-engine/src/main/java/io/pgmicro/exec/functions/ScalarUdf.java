package io.pgmicro.exec.functions;

import java.sql.SQLException;
import org.sqlite.Function;

/** Adapts a {@link ScalarBody} to sqlite-jdbc: reads storage values, applies PostgreSQL's STRICT rule, encodes errors. */
final class ScalarUdf extends Function implements StorageValues.Access {
    private final ScalarBody body;
    private final boolean strict;

    ScalarUdf(ScalarBody body, boolean strict) {
        this.body = body;
        this.strict = strict;
    }

    @Override
    protected void xFunc() throws SQLException {
        Object[] args = StorageValues.read(this);
        if (strict && StorageValues.anyNull(args)) {
            result();
            return;
        }
        Object value;
        try {
            value = body.apply(args);
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
