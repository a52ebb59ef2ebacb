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

    /** The whole row as one value of type record, in record_out's text form: what {@code NEW} alone stands for. */
    public Value asRecord(io.pgmicro.types.FormatContext format) {
        Object[] texts = new Object[values.size()];
        for (int i = 0; i < texts.length; i++) {
            Value v = values.get(i);
            texts[i] = v.isNull() ? null : v.type().output(v.storage(), format);
        }
        return new Value(io.pgmicro.types.Types.RECORD, -1, io.pgmicro.types.RecordText.format(texts));
    }

    public Row with(String name, Value value) {
        List<Value> copy = new ArrayList<>(values);
        copy.set(names.indexOf(name), value);
        return new Row(names, copy);
    }
}
