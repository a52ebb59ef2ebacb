package io.pgmicro.exec.functions;

import io.pgmicro.types.ArrayValue;
import java.util.List;

/**
 * Array arguments and results of the SQL functions here: a stored array (PostgreSQL's
 * array text, '{1,2,NULL}', '{{a,b},{c,d}}', '[2:3]={a,b}') read as an {@link ArrayValue},
 * and element arguments turned into the element texts such an array holds.
 */
final class PgArray {
    static final ArrayValue EMPTY = ArrayValue.EMPTY;

    private PgArray() {
    }

    static ArrayValue parse(String text) {
        return ArrayValue.parse(text);
    }

    /** A one-dimensional array from 1 of these element texts. */
    static ArrayValue of(List<String> elements) {
        return ArrayValue.of(elements);
    }

    /**
     * The element text of a storage value handed in as an array element: integers and
     * text as they are, floats as float8 text, bytea as its hex form.
     */
    static String elementText(Object storage) {
        if (storage == null) {
            return null;
        }
        if (storage instanceof byte[] bytes) {
            StringBuilder hex = new StringBuilder("\\x");
            for (byte b : bytes) {
                hex.append(String.format("%02x", b & 0xff));
            }
            return hex.toString();
        }
        return Args.text(storage);
    }
}
