package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

/** The input-function errors shared by several codecs, worded as PostgreSQL words them. */
final class InputErrors {
    private InputErrors() {
    }

    /** 22P02 {@code invalid input syntax for type integer: "abc"}. */
    static PgException invalidSyntax(String typeName, String text) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type " + typeName + ": \"" + text + "\"");
    }

    /** 22003 {@code value "99999999999" is out of range for type integer}. */
    static PgException valueOutOfRange(String typeName, String text) {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                "value \"" + text + "\" is out of range for type " + typeName);
    }

    /** PostgreSQL's isspace() set, which its input functions skip around a value. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    static String trimSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
