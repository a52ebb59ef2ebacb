package io.pgmicro.emit;

import java.util.HexFormat;

/** Spelling of identifiers and values in emitted SQLite text. */
public final class SqlText {
    private SqlText() {
    }

    /** A quoted SQLite identifier. */
    public static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A quoted SQLite string literal. */
    public static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A storage value (see io.pgmicro.types) as a SQLite literal. */
    public static String literal(Object storage) {
        if (storage == null) {
            return "NULL";
        }
        if (storage instanceof Long || storage instanceof Integer) {
            return storage.toString();
        }
        if (storage instanceof Double d) {
            if (d.isInfinite()) {
                return d > 0 ? "9e999" : "-9e999";
            }
            if (d.isNaN()) {
                return "'NaN'";
            }
            String text = Double.toString(d);
            return text;
        }
        if (storage instanceof byte[] bytes) {
            return "X'" + HexFormat.of().formatHex(bytes) + "'";
        }
        if (storage instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return string(storage.toString());
    }
}
