package io.pgmicro.exec.plpgsql;

import io.pgmicro.exec.routines.Value;
import java.util.ArrayList;
import java.util.List;

/** The value of a record variable (NEW, OLD, a FOR loop's row, %ROWTYPE): named fields in order. */
public record Row(List<String> names, List<Value> values) {
    public Value field(String name) {
        int i = names.indexOf(name);
        return i < 0 ? null : values.get(i);
    }

    public Row with(String name, Value value) {
        List<Value> copy = new ArrayList<>(values);
        copy.set(names.indexOf(name), value);
        return new Row(names, copy);
    }
}
