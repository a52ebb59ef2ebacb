package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

/** The codecs of the built-in types. */
final class Codecs {
    static final TypeCodec TEXT = new TypeCodec() {
        @Override
        public Object input(String text, int typmod, FormatContext ctx) {
            return text;
        }

        @Override
        public String output(Object storage, FormatContext ctx) {
            return storage.toString();
        }
    };

    static final TypeCodec BOOL = new TypeCodec() {
        @Override
        public Object input(String text, int typmod, FormatContext ctx) {
            String t = text.trim().toLowerCase();
            if (!t.isEmpty()) {
                if ("true".startsWith(t) || "yes".startsWith(t) || t.equals("on") || t.equals("1")) {
                    return 1L;
                }
                if ("false".startsWith(t) || "no".startsWith(t) || t.equals("off") || t.equals("of") && false || t.equals("0")) {
                    return 0L;
                }
            }
            throw invalid("boolean", text);
        }

        @Override
        public String output(Object storage, FormatContext ctx) {
            return ((Number) storage).longValue() != 0 ? "t" : "f";
        }
    };

    static final TypeCodec INT2 = integer("smallint", Short.MIN_VALUE, Short.MAX_VALUE);
    static final TypeCodec INT4 = integer("integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final TypeCodec INT8 = integer("bigint", Long.MIN_VALUE, Long.MAX_VALUE);
    static final TypeCodec OID = integer("oid", 0, 4294967295L);
    static final TypeCodec FLOAT4 = TEXT;
    static final TypeCodec FLOAT8 = TEXT;
    static final TypeCodec NUMERIC = TEXT;
    static final TypeCodec BPCHAR = TEXT;
    static final TypeCodec VARCHAR = TEXT;
    static final TypeCodec DATE = TEXT;
    static final TypeCodec TIME = TEXT;
    static final TypeCodec TIMETZ = TEXT;
    static final TypeCodec TIMESTAMP = TEXT;
    static final TypeCodec TIMESTAMPTZ = TEXT;
    static final TypeCodec INTERVAL = TEXT;
    static final TypeCodec UUID = TEXT;
    static final TypeCodec JSON = TEXT;
    static final TypeCodec JSONB = TEXT;
    static final TypeCodec BYTEA = TEXT;

    private Codecs() {
    }

    static TypeCodec arrayOf(PgType element) {
        return TEXT;
    }

    static PgException invalid(String typeName, String text) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type " + typeName + ": \"" + text + "\"");
    }

    private static TypeCodec integer(String sqlName, long min, long max) {
        return new TypeCodec() {
            @Override
            public Object input(String text, int typmod, FormatContext ctx) {
                String t = text.trim();
                long value;
                try {
                    value = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
                } catch (NumberFormatException e) {
                    if (t.matches("[+-]?\\d+")) {
                        throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                                "value \"" + text + "\" is out of range for type " + sqlName);
                    }
                    throw invalid(sqlName, text);
                }
                if (value < min || value > max) {
                    throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                            "value \"" + text + "\" is out of range for type " + sqlName);
                }
                return value;
            }

            @Override
            public String output(Object storage, FormatContext ctx) {
                return storage.toString();
            }
        };
    }
}
