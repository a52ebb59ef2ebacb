package io.pgmicro.types;

/** The codec of each built-in type, as {@link Types} registers them; each family lives in its own class. */
final class Codecs {
    static final TypeCodec TEXT = CharCodecs.TEXT;
    static final TypeCodec BPCHAR = CharCodecs.BPCHAR;
    static final TypeCodec VARCHAR = CharCodecs.VARCHAR;
    static final TypeCodec SINGLE_BYTE_CHAR = SingleByteCharCodec.INSTANCE;
    static final TypeCodec BOOL = BoolCodec.INSTANCE;
    static final TypeCodec INT2 = IntegerCodec.INT2;
    static final TypeCodec INT4 = IntegerCodec.INT4;
    static final TypeCodec INT8 = IntegerCodec.INT8;
    static final TypeCodec OID = IntegerCodec.OID;
    static final TypeCodec FLOAT4 = FloatCodec.FLOAT4;
    static final TypeCodec FLOAT8 = FloatCodec.FLOAT8;
    static final TypeCodec NUMERIC = NumericCodec.INSTANCE;
    static final TypeCodec DATE = DateTimeCodecs.DATE;
    static final TypeCodec TIME = DateTimeCodecs.TIME;
    static final TypeCodec TIMETZ = DateTimeCodecs.TIMETZ;
    static final TypeCodec TIMESTAMP = DateTimeCodecs.TIMESTAMP;
    static final TypeCodec TIMESTAMPTZ = DateTimeCodecs.TIMESTAMPTZ;
    static final TypeCodec INTERVAL = IntervalCodec.INSTANCE;
    static final TypeCodec UUID = UuidCodec.INSTANCE;
    static final TypeCodec JSON = JsonCodecs.JSON;
    static final TypeCodec JSONB = JsonCodecs.JSONB;
    static final TypeCodec BYTEA = ByteaCodec.INSTANCE;
    static final TypeCodec BIT = BitCodec.INSTANCE;

    private Codecs() {
    }

    static TypeCodec arrayOf(PgType element) {
        return new ArrayCodec(element);
    }
}
