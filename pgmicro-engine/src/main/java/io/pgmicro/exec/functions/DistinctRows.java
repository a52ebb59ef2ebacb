package io.pgmicro.exec.functions;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DISTINCT for an aggregate of several arguments (string_agg(DISTINCT x, ',')), which
 * SQLite allows only with one: a row whose arguments equal an earlier row's is not passed on.
 */
final class DistinctRows implements AggregateState {
    private final AggregateState inner;
    private final Set<List<Object>> seen = new HashSet<>();

    DistinctRows(AggregateState inner) {
        this.inner = inner;
    }

    @Override
    public void step(Object[] args) {
        if (seen.add(key(args))) {
            inner.step(args);
        }
    }

    @Override
    public Object result() {
        return inner.result();
    }

    /** The arguments as a value with equality: byte arrays compare by content. */
    private static List<Object> key(Object[] args) {
        List<Object> key = new ArrayList<>(args.length);
        for (Object a : args) {
            key.add(a instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : a);
        }
        return key;
    }
}
