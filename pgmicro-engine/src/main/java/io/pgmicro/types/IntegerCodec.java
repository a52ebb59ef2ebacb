package io.pgmicro.types;

/** int2, int4, int8 and oid: stored as a Long, printed in decimal. */
final class IntegerCodec implements TypeCodec {
    static final IntegerCodec INT2 = new IntegerCodec("smallint", Short.MIN_VALUE, Short.MAX_VALUE, false);
    static final IntegerCodec INT4 = new IntegerCodec("integer", Integer.MIN_VALUE, Integer.MAX_VALUE, false);
    static final IntegerCodec INT8 = new IntegerCodec("bigint", Long.MIN_VALUE, Long.MAX_VALUE, false);
    /** oid reads like C's strtoul: negative 32-bit values wrap around to the unsigned range. */
    static final IntegerCodec OID = new IntegerCodec("oid", Integer.MIN_VALUE, 4294967295L, true);

    private final String sqlName;
    private final long min;
    private final long max;
    private final boolean unsigned32;

    private IntegerCodec(String sqlName, long min, long max, boolean unsigned32) {
        this.sqlName = sqlName;
        this.min = min;
        this.max = max;
        this.unsigned32 = unsigned32;
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        String t = InputErrors.trimSpaces(text);
        if (!t.matches("[+-]?[0-9]+")) {
            throw InputErrors.invalidSyntax(sqlName, text);
        }
        long value;
        try {
            value = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw InputErrors.valueOutOfRange(sqlName, text);
        }
        if (value < min || value > max) {
            throw InputErrors.valueOutOfRange(sqlName, text);
        }
        return unsigned32 && value < 0 ? value & 0xFFFFFFFFL : value;
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        return Long.toString(((Number) storage).longValue());
    }
}
