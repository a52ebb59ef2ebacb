package io.pgmicro.wire;

import io.pgmicro.session.Column;
import io.pgmicro.session.Result;
import io.pgmicro.types.FormatContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Sends the rows of a result as DataRow messages, each value in the text or binary format asked for. */
final class RowEncoder {
    private RowEncoder() {
    }

    /** Sends rows [from, to) of the result. */
    static void send(Result result, int from, int to, int[] formats, BackendMessages out) throws IOException {
        List<Column> columns = result.columns();
        FormatContext format = result.format();
        for (int r = from; r < to; r++) {
            Object[] row = result.rows().get(r);
            byte[][] values = new byte[columns.size()][];
            for (int c = 0; c < values.length; c++) {
                Object storage = row[c];
                if (storage == null) {
                    continue;
                }
                values[c] = formats[c] == BackendMessages.BINARY
                        ? BinaryValues.encode(columns.get(c).type(), storage, format)
                        : columns.get(c).type().output(storage, format).getBytes(StandardCharsets.UTF_8);
            }
            out.dataRow(values);
        }
    }
}
