package io.pgmicro.exec.routines;

import io.pgmicro.types.JsonStrings;
import io.pgmicro.types.PgType;
import java.util.HexFormat;
import java.util.List;

/**
 * The rows of a set-returning routine as the emitter reads set-returning functions:
 * one JSON array, iterated with json_each (blobs travel as hex, which the emitter unhexes).
 */
final class SetResults {
    private SetResults() {
    }

    static String toJson(List<Object> rows, PgType type) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = rows.get(i);
            if (v == null) {
                out.append("null");
            } else if (v instanceof Number n) {
                out.append(n);
            } else if (v instanceof byte[] b) {
                out.append('"').append(HexFormat.of().formatHex(b)).append('"');
            } else {
                JsonStrings.quote(out, v.toString());
            }
        }
        return out.append(']').toString();
    }
}
