package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.ArrayText;
import io.pgmicro.types.ArrayValue;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.Interval;
import io.pgmicro.types.NumericValue;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * PostgreSQL's binary format (each type's send and receive functions) for the built-in
 * types, their arrays (of any dimensionality), and enums. Every type of the registry that
 * columns and parameters have is covered (BinaryValuesTest checks that); the
 * pseudo-types and internal types (oidvector, pg_node_tree) are not. Values leave as storage values turned
 * into bytes; received values become PostgreSQL text first and then go through the
 * type's own input function, so they are checked exactly as text parameters are.
 */
final class BinaryValues {
    private static final int HAS_NULLS = 1;

    private BinaryValues() {
    }

    /** The binary form of a non-null storage value. */
    static byte[] encode(PgType type, Object storage, FormatContext ctx) {
        if (type.isArray()) {
            return encodeArray(type, storage.toString(), ctx);
        }
        switch (type.oid()) {
            case 16:
                return new byte[] {(byte) (number(storage).longValue() != 0 ? 1 : 0)};
            case 17:
                return (byte[]) storage;
            case 18: {
                byte[] text = utf8(storage.toString());
                return text.length == 0 ? new byte[0] : new byte[] {text[0]};
            }
            case 20:
                return ByteBuffer.allocate(8).putLong(number(storage).longValue()).array();
            case 21:
                return ByteBuffer.allocate(2).putShort(number(storage).shortValue()).array();
            case 23, 24, 26, 28, 2202, 2205, 2206, 4089, 4096:
                return ByteBuffer.allocate(4).putInt((int) number(storage).longValue()).array();
            case 700:
                return ByteBuffer.allocate(4).putFloat((float) floating(storage)).array();
            case 701:
                return ByteBuffer.allocate(8).putDouble(floating(storage)).array();
            case 1082:
                return ByteBuffer.allocate(4).putInt(StoredTemporal.dateDays(storage.toString())).array();
            case 1083:
                return ByteBuffer.allocate(8).putLong(StoredTemporal.time(storage.toString())[0]).array();
            case 1266: {
                long[] time = StoredTemporal.time(storage.toString());
                // timetz's zone is sent in seconds west of UTC
                return ByteBuffer.allocate(12).putLong(time[0]).putInt((int) -time[1]).array();
            }
            case 1114, 1184:
                return ByteBuffer.allocate(8).putLong(StoredTemporal.timestampMicros(storage.toString())).array();
            case 1186: {
                Interval interval = Interval.parse(storage.toString());
                return ByteBuffer.allocate(16).putLong(interval.micros()).putInt(interval.days())
                        .putInt(interval.months()).array();
            }
            case 1700:
                return NumericBinary.encode(NumericValue.parse(storage));
            case 2950: {
                UUID uuid = UUID.fromString(storage.toString());
                return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                        .putLong(uuid.getLeastSignificantBits()).array();
            }
            case 1560, 1562:
                return BitStringBinary.encode(storage.toString());
            case 3802: {
                byte[] text = utf8(type.output(storage, ctx));
                return ByteBuffer.allocate(1 + text.length).put((byte) 1).put(text).array();
            }
            default:
                if (isTextual(type)) {
                    return utf8(type.output(storage, ctx));
                }
                throw new PgException(SqlState.UNDEFINED_FUNCTION,
                        "no binary output function available for type " + type.name());
        }
    }

    /**
     * The storage value of a binary parameter.
     *
     * @param parameter the 1-based parameter number, for PostgreSQL's error message
     */
    static Object decode(PgType type, byte[] data, FormatContext ctx, int parameter) {
        if (type.oid() == Types.BYTEA.oid()) {
            return data;
        }
        String text;
        try {
            text = type.isArray() ? decodeArray(type, data, ctx, parameter) : text(type, ByteBuffer.wrap(data));
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            text = null;
        }
        if (text == null) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION,
                    "incorrect binary data format in bind parameter " + parameter);
        }
        return type.input(text, -1, ctx);
    }

    /** PostgreSQL's text for a binary value, or null when its length does not fit the type. */
    private static String text(PgType type, ByteBuffer in) {
        int length = in.remaining();
        switch (type.oid()) {
            case 16:
                return length == 1 ? (in.get() != 0 ? "t" : "f") : null;
            case 18:
                return length == 1 ? String.valueOf((char) (in.get() & 0xff)) : null;
            case 20:
                return length == 8 ? Long.toString(in.getLong()) : null;
            case 21:
                return length == 2 ? Short.toString(in.getShort()) : null;
            case 23:
                return length == 4 ? Integer.toString(in.getInt()) : null;
            case 24, 26, 28, 2202, 2205, 2206, 4089, 4096:
                return length == 4 ? Long.toString(Integer.toUnsignedLong(in.getInt())) : null;
            case 700:
                return length == 4 ? floatText(in.getFloat()) : null;
            case 701:
                return length == 8 ? floatText(in.getDouble()) : null;
            case 1082:
                return length == 4 ? StoredTemporal.dateText(in.getInt()) : null;
            case 1083:
                return length == 8 ? StoredTemporal.timeText(in.getLong()) : null;
            case 1266:
                return length == 12 ? StoredTemporal.timeText(in.getLong()) + StoredTemporal.offsetText(-in.getInt()) : null;
            case 1114:
                return length == 8 ? StoredTemporal.timestampText(in.getLong(), false) : null;
            case 1184:
                return length == 8 ? StoredTemporal.timestampText(in.getLong(), true) : null;
            case 1186:
                return length == 16 ? intervalText(in.getLong(), in.getInt(), in.getInt()) : null;
            case 1700:
                return NumericBinary.decode(remaining(in));
            case 2950:
                return length == 16 ? new UUID(in.getLong(), in.getLong()).toString() : null;
            case 1560, 1562:
                return BitStringBinary.decode(in);
            case 3802:
                return length >= 1 && in.get() == 1 ? Utf8.decode(remaining(in)) : null;
            default:
                if (isTextual(type)) {
                    return Utf8.decode(remaining(in));
                }
                throw new PgException(SqlState.UNDEFINED_FUNCTION,
                        "no binary input function available for type " + type.name());
        }
    }

    /** Types whose binary form is their text in UTF-8: strings, json, enums, unknown. */
    private static boolean isTextual(PgType type) {
        return type.category() == 'S' || type.category() == 'E' || type.oid() == Types.JSON.oid()
                || type.oid() == Types.UNKNOWN.oid();
    }

    /** array_send: ndim, flags, element OID, then per dimension its length and lower bound, then the elements. */
    private static byte[] encodeArray(PgType type, String storage, FormatContext ctx) {
        PgType element = elementType(type);
        ArrayValue array = ArrayText.parse(storage);
        List<byte[]> elements = new ArrayList<>(array.size());
        int size = 12 + 8 * array.ndims();
        boolean hasNulls = false;
        for (String text : array.elements()) {
            byte[] value = text == null ? null : encode(element, element.input(text, -1, ctx), ctx);
            hasNulls |= value == null;
            size += 4 + (value == null ? 0 : value.length);
            elements.add(value);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(array.ndims()).putInt(hasNulls ? HAS_NULLS : 0).putInt(element.oid());
        for (int d = 0; d < array.ndims(); d++) {
            out.putInt(array.length(d)).putInt(array.lowerBound(d));
        }
        for (byte[] value : elements) {
            if (value == null) {
                out.putInt(-1);
            } else {
                out.putInt(value.length).put(value);
            }
        }
        return out.array();
    }

    /** array_recv; null when the bytes do not make up an array (the caller reports it). */
    private static String decodeArray(PgType type, byte[] data, FormatContext ctx, int parameter) {
        PgType element = elementType(type);
        ByteBuffer in = ByteBuffer.wrap(data);
        int dimensions = in.getInt();
        in.getInt();
        in.getInt();
        if (dimensions < 0 || dimensions > ArrayValue.MAX_DIMENSIONS) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid number of dimensions: " + dimensions);
        }
        int[] dims = new int[dimensions];
        int[] lowers = new int[dimensions];
        long count = dimensions == 0 ? 0 : 1;
        for (int d = 0; d < dimensions; d++) {
            dims[d] = in.getInt();
            lowers[d] = in.getInt();
            count *= Math.max(dims[d], 0);
            if (dims[d] < 0 || count > in.remaining()) {
                return null;
            }
        }
        List<String> texts = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            int length = in.getInt();
            if (length < 0) {
                texts.add(null);
                continue;
            }
            byte[] value = new byte[length];
            in.get(value);
            Object storage = decode(element, value, ctx, parameter);
            texts.add(element.output(storage, ctx));
        }
        if (in.hasRemaining()) {
            return null;
        }
        return (count == 0 ? ArrayValue.EMPTY : new ArrayValue(texts, dims, lowers)).toString();
    }

    private static PgType elementType(PgType array) {
        PgType element = Types.elementOf(array);
        if (element == null) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "no binary output function available for type " + array.name());
        }
        return element;
    }

    private static String intervalText(long micros, int days, int months) {
        return new Interval(months, days, micros).toString();
    }

    private static String floatText(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return Double.toString(d);
    }

    private static Number number(Object storage) {
        return storage instanceof Number n ? n : Long.valueOf(storage.toString());
    }

    private static double floating(Object storage) {
        return storage instanceof Number n ? n.doubleValue() : Double.parseDouble(storage.toString());
    }

    private static byte[] remaining(ByteBuffer in) {
        byte[] out = new byte[in.remaining()];
        in.get(out);
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
