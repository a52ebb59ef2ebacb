package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Converts storage values between types as PostgreSQL's casts do, including the typmod
 * coercion that follows (varchar(n) truncates when explicit and fails otherwise,
 * numeric(p,s) rounds and checks, timestamp(p) rounds).
 */
public final class Casts {
    private Casts() {
    }

    /**
     * Casts a storage value.
     *
     * @param typmod the target's modifier, -1 for none
     * @param kind   where the cast happens, which decides length-coercion semantics and whether the cast is allowed
     * @throws PgException 42846 {@code cannot cast type X to Y} when no such cast is allowed here, and the
     *                     conversion's own errors (22003, 22001, 22P02 ...)
     */
    public static Object cast(Object storage, PgType from, PgType to, int typmod, CastContext kind, FormatContext ctx) {
        if (!CastRules.allowed(from, to, kind)) {
            throw new PgException(SqlState.CANNOT_COERCE,
                    "cannot cast type " + TypeNames.of(from) + " to " + TypeNames.of(to));
        }
        if (storage == null) {
            return null;
        }
        if (from.isArray() && to.isArray() && !from.equals(to)) {
            return castArray(storage.toString(), Types.elementOf(from), Types.elementOf(to), typmod, kind, ctx);
        }
        if (to.equals(Types.BIT) && (from.equals(Types.INT4) || from.equals(Types.INT8))) {
            // the integer's bits fill the declared length, so the modifier is part of the conversion
            return BitCodec.fromInteger(((Number) storage).longValue(), from.equals(Types.INT4) ? 32 : 64, typmod);
        }
        Object converted = from.equals(to) || isBitString(from) && isBitString(to) ? storage
                : convert(storage, from, to, ctx);
        return applyTypmod(converted, to, typmod, kind == CastContext.EXPLICIT);
    }

    /**
     * Reads a literal of unknown type with a type's input function, the first half of
     * {@code 'text'::type(mod)} or of an INSERT of a literal; {@link #fitLiteral} is the
     * second. Only interval takes the typmod in its input function, as in PostgreSQL. The
     * halves are separate because PostgreSQL reports an input error at the literal's
     * position but a length or precision error (raised later, by the typmod coercion)
     * without one.
     */
    public static Object readLiteral(String text, PgType to, int typmod, FormatContext ctx) {
        if (text == null) {
            return null;
        }
        return to.input(text, to.equals(Types.INTERVAL) ? typmod : -1, ctx);
    }

    /** The second half of coercing a literal: the typmod coercion that {@link #readLiteral} left out. */
    public static Object fitLiteral(Object value, PgType to, int typmod, CastContext kind) {
        return to.equals(Types.INTERVAL) ? value : applyTypmod(value, to, typmod, kind == CastContext.EXPLICIT);
    }

    /** A literal of unknown type coerced to a type: {@link #readLiteral}, then {@link #fitLiteral}. */
    public static Object literal(String text, PgType to, int typmod, CastContext kind, FormatContext ctx) {
        return fitLiteral(readLiteral(text, to, typmod, ctx), to, typmod, kind);
    }

    /**
     * Fits a value of a type to a modifier of that type: varchar and bpchar lengths
     * (explicit: truncate; otherwise 22001 unless only spaces are lost), numeric
     * precision and scale, time, timestamp and interval precision; arrays element-wise.
     */
    public static Object applyTypmod(Object storage, PgType type, int typmod, boolean explicit) {
        if (storage == null || typmod < 0) {
            return storage;
        }
        if (type.isArray()) {
            PgType element = Types.elementOf(type);
            return ArrayText.parse(storage.toString()).map(item -> element.output(
                    applyTypmod(element.input(item, -1, ArrayCodec.STORAGE), element, typmod, explicit),
                    ArrayCodec.STORAGE)).toString();
        }
        return switch (type.name()) {
            case "varchar" -> explicit ? CharCodecs.truncate(storage.toString(), typmod)
                    : CharCodecs.fitLength(storage.toString(), typmod, "character varying");
            case "bpchar" -> CharCodecs.pad(explicit ? CharCodecs.truncate(storage.toString(), typmod)
                    : CharCodecs.fitLength(storage.toString(), typmod, "character"), typmod);
            case "numeric" -> NumericCodec.applyTypmod(NumericValue.parse(storage), typmod).toString();
            case "timestamp" -> roundStoredTimestamp(storage.toString(), typmod, false);
            case "timestamptz" -> roundStoredTimestamp(storage.toString(), typmod, true);
            case "time" -> DateTimeText.time(DateTimeText.roundTime(DateTimeText.parseStoredTime(storage.toString())[0], typmod));
            case "timetz" -> {
                long[] time = DateTimeText.parseStoredTime(storage.toString());
                yield DateTimeText.time(DateTimeText.roundTime(time[0], typmod)) + DateTimeText.offset((int) time[1]);
            }
            case "interval" -> IntervalCodec.applyTypmod(Interval.parse(storage.toString()), typmod).toString();
            case "bit", "varbit" -> BitCodec.fit(storage.toString(), typmod, type.equals(Types.VARBIT), explicit);
            default -> storage;
        };
    }

    private static String roundStoredTimestamp(String stored, int typmod, boolean utc) {
        if (stored.endsWith("infinity")) {
            return stored;
        }
        LocalDateTime rounded = DateTimeText.roundTimestamp(DateTimeText.parseStored(stored), typmod);
        return utc ? DateTimeText.timestampWithOffset(rounded, 0) : DateTimeText.timestamp(rounded);
    }

    private static Object castArray(String storage, PgType fromElement, PgType toElement, int typmod,
                                    CastContext kind, FormatContext ctx) {
        return ArrayText.parse(storage).map(item -> {
            Object cast = cast(fromElement.input(item, -1, ArrayCodec.STORAGE), fromElement, toElement, typmod, kind, ctx);
            return cast == null ? null : toElement.output(cast, ArrayCodec.STORAGE);
        }).toString();
    }

    /** The conversion itself, between two different types, before any typmod. */
    private static Object convert(Object storage, PgType from, PgType to, FormatContext ctx) {
        if (to.equals(Types.CHAR) && isInteger(from)) {
            return integerToChar(((Number) storage).longValue());
        }
        if (CastRules.isString(to) || to.equals(Types.CHAR)) {
            return asText(storage, from, ctx);
        }
        if (CastRules.isString(from) || from.equals(Types.UNKNOWN) || from.equals(Types.CHAR) && !to.equals(Types.INT4)) {
            String text = from.equals(Types.BPCHAR) ? CharCodecs.stripTrailingBlanks(storage.toString()) : storage.toString();
            return to.input(text, -1, ctx);
        }
        String f = from.name();
        String t = to.name();
        if (isBitString(from) && isInteger(to)) {
            return BitCodec.toInteger(storage.toString(), to.equals(Types.INT4) ? 32 : 64, TypeNames.of(to));
        }
        if (isInteger(from) && isInteger(to)) {
            return integerToInteger(((Number) storage).longValue(), from, to);
        }
        if (t.equals("bool") && f.equals("int4")) {
            return ((Number) storage).longValue() != 0 ? 1L : 0L;
        }
        if (f.equals("bool") && t.equals("int4")) {
            return ((Number) storage).longValue();
        }
        if (f.equals("char") && t.equals("int4")) {
            String s = storage.toString();
            return s.isEmpty() ? 0L : (long) (byte) s.charAt(0);
        }
        if (isInteger(from)) {
            long v = ((Number) storage).longValue();
            return switch (t) {
                case "float4" -> (double) (float) v;
                case "float8" -> (double) v;
                case "numeric" -> Long.toString(v);
                default -> unsupported(from, to);
            };
        }
        if (f.equals("float4") || f.equals("float8")) {
            return fromFloat(FloatCodec.value(storage), f.equals("float4"), to);
        }
        if (f.equals("numeric")) {
            return fromNumeric(NumericValue.parse(storage), to);
        }
        if (f.equals("jsonb") || f.equals("json")) {
            return fromJson(storage.toString(), from, to);
        }
        return convertDateTime(storage.toString(), from, to, ctx);
    }

    /** int4 to "char": the value is the byte, taken as a signed one (-1 is \377). */
    private static String integerToChar(long v) {
        if (v < Byte.MIN_VALUE || v > Byte.MAX_VALUE) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "\"char\" out of range");
        }
        return SingleByteCharCodec.ofByte((int) v & 0xff);
    }

    /** Text of a value as a cast to a string type produces it: the output function, except bool ('true') and bpchar (blanks trimmed). */
    private static String asText(Object storage, PgType from, FormatContext ctx) {
        if (from.equals(Types.BOOL)) {
            return ((Number) storage).longValue() != 0 ? "true" : "false";
        }
        if (from.equals(Types.BPCHAR)) {
            return CharCodecs.stripTrailingBlanks(storage.toString());
        }
        return from.output(storage, ctx);
    }

    private static boolean isBitString(PgType type) {
        return type.equals(Types.BIT) || type.equals(Types.VARBIT);
    }

    private static boolean isInteger(PgType type) {
        return type.storage() == StorageClass.INTEGER && !type.equals(Types.BOOL);
    }

    /** oid and the reg* types are unsigned 32-bit numbers: between them and int4 the bits are reinterpreted. */
    private static boolean isUnsigned32(PgType type) {
        return type.equals(Types.OID) || type.name().startsWith("reg") || type.equals(Types.XID);
    }

    private static long integerToInteger(long v, PgType from, PgType to) {
        if (isUnsigned32(from) && to.equals(Types.INT4)) {
            return (int) v;
        }
        if (isUnsigned32(to)) {
            if (v < Integer.MIN_VALUE || v > 4294967295L) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "OID out of range");
            }
            return v & 0xFFFFFFFFL;
        }
        return integerRange(v, to);
    }

    private static long integerRange(long v, PgType to) {
        boolean fits = switch (to.name()) {
            case "int2" -> v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
            case "int4" -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
            default -> true;
        };
        if (!fits) {
            throw outOfRange(TypeNames.of(to));
        }
        return v;
    }

    private static PgException outOfRange(String typeName) {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, typeName + " out of range");
    }

    /** float to integer rounds half to even (rint); to numeric keeps 15 (float4: 6) significant digits. */
    private static Object fromFloat(double v, boolean single, PgType to) {
        switch (to.name()) {
            case "int2", "int4", "int8" -> {
                double r = Math.rint(v);
                boolean fits = switch (to.name()) {
                    case "int2" -> r >= Short.MIN_VALUE && r <= Short.MAX_VALUE;
                    case "int4" -> r >= Integer.MIN_VALUE && r <= Integer.MAX_VALUE;
                    default -> r >= -9.223372036854775808E18 && r < 9.223372036854775808E18;
                };
                if (Double.isNaN(v) || !fits) {
                    throw outOfRange(TypeNames.of(to));
                }
                return (long) r;
            }
            case "float4" -> {
                float narrowed = (float) v;
                if (Float.isInfinite(narrowed) && !Double.isInfinite(v)) {
                    throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
                }
                if (narrowed == 0 && v != 0) {
                    throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
                }
                return FloatCodec.store(narrowed);
            }
            case "float8" -> {
                return FloatCodec.store(v);
            }
            case "numeric" -> {
                if (Double.isNaN(v)) {
                    return "NaN";
                }
                if (Double.isInfinite(v)) {
                    return v > 0 ? "Infinity" : "-Infinity";
                }
                String g = single ? FloatText.format((float) v, 0) : FloatText.format(v, 0);
                return NumericValue.of(new BigDecimal(g)).toString();
            }
            default -> {
                return unsupported(Types.FLOAT8, to);
            }
        }
    }

    /** numeric to integer rounds half away from zero; NaN and infinities cannot become integers. */
    private static Object fromNumeric(NumericValue v, PgType to) {
        String t = to.name();
        if (t.equals("float4") || t.equals("float8")) {
            double d = v.isNaN() ? Double.NaN : v.special() == 1 ? Double.POSITIVE_INFINITY
                    : v.special() == -1 ? Double.NEGATIVE_INFINITY : v.decimal().doubleValue();
            if (t.equals("float4")) {
                d = (float) d;
            }
            if (Double.isInfinite(d) && !v.isInfinite()) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                        "\"" + v + "\" is out of range for type " + TypeNames.of(to));
            }
            return FloatCodec.store(d);
        }
        String typeName = TypeNames.of(to);
        if (v.isNaN()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot convert NaN to " + typeName);
        }
        if (v.isInfinite()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot convert infinity to " + typeName);
        }
        BigDecimal rounded = v.decimal().setScale(0, RoundingMode.HALF_UP);
        if (rounded.unscaledValue().bitLength() > 63) {
            throw outOfRange(typeName);
        }
        return integerRange(rounded.longValue(), to);
    }

    /** jsonb to a scalar type: only a JSON number (or boolean, for bool) converts. */
    private static Object fromJson(String text, PgType from, PgType to) {
        if (to.equals(Types.JSONB)) {
            return JsonCodecs.jsonbText(JsonReader.read(text, true));
        }
        if (to.equals(Types.JSON)) {
            return text;
        }
        com.fasterxml.jackson.databind.JsonNode node = JsonReader.read(text, true);
        if (to.equals(Types.BOOL) && node.isBoolean()) {
            return node.booleanValue() ? 1L : 0L;
        }
        if (!to.equals(Types.BOOL) && node.isNumber()) {
            NumericValue number = NumericValue.of(node.decimalValue());
            return to.equals(Types.NUMERIC) ? number.toString() : fromNumeric(number, to);
        }
        String kind = node.isObject() ? "object" : node.isArray() ? "array" : node.isTextual() ? "string"
                : node.isNull() ? "null" : node.isBoolean() ? "boolean" : "numeric";
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                "cannot cast jsonb " + kind + " to type " + TypeNames.of(to));
    }

    private static Object convertDateTime(String stored, PgType from, PgType to, FormatContext ctx) {
        String f = from.name();
        String t = to.name();
        boolean infinite = stored.endsWith("infinity");
        switch (f + ">" + t) {
            case "date>timestamp" -> {
                return infinite ? stored : DateTimeText.timestamp(DateTimeText.parseStored(stored));
            }
            case "date>timestamptz" -> {
                if (infinite) {
                    return stored;
                }
                LocalDateTime midnight = DateTimeText.parseStored(stored);
                return DateTimeCodecs.storeInstant(midnight.toInstant(DateTimeCodecs.offsetIn(ctx.timeZone(), midnight)), -1);
            }
            case "timestamp>date" -> {
                return infinite ? stored : DateTimeText.date(DateTimeText.parseStored(stored).toLocalDate());
            }
            case "timestamp>time" -> {
                return DateTimeText.time(DateTimeText.parseStored(stored).toLocalTime().toNanoOfDay() / 1000);
            }
            case "timestamp>timestamptz" -> {
                if (infinite) {
                    return stored;
                }
                LocalDateTime local = DateTimeText.parseStored(stored);
                return DateTimeCodecs.storeInstant(local.toInstant(DateTimeCodecs.offsetIn(ctx.timeZone(), local)), -1);
            }
            case "timestamptz>timestamp", "timestamptz>date", "timestamptz>time", "timestamptz>timetz" -> {
                if (infinite) {
                    return t.equals("timestamp") || t.equals("date") ? stored : unsupported(from, to);
                }
                ZonedDateTime zoned = DateTimeCodecs.instantOf(stored).atZone(ctx.timeZone());
                LocalDateTime local = zoned.toLocalDateTime();
                return switch (t) {
                    case "timestamp" -> DateTimeText.timestamp(local);
                    case "date" -> DateTimeText.date(local.toLocalDate());
                    case "time" -> DateTimeText.time(local.toLocalTime().toNanoOfDay() / 1000);
                    default -> DateTimeText.time(local.toLocalTime().toNanoOfDay() / 1000)
                            + DateTimeText.offset(zoned.getOffset().getTotalSeconds());
                };
            }
            case "time>timetz" -> {
                long micros = DateTimeText.parseStoredTime(stored)[0];
                LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.timeZone()));
                ZoneOffset offset = DateTimeCodecs.offsetIn(ctx.timeZone(),
                        today.atStartOfDay().plusNanos(micros * 1000));
                return DateTimeText.time(micros) + DateTimeText.offset(offset.getTotalSeconds());
            }
            case "timetz>time" -> {
                return DateTimeText.time(DateTimeText.parseStoredTime(stored)[0]);
            }
            case "time>interval" -> {
                return new Interval(0, 0, DateTimeText.parseStoredTime(stored)[0]).toString();
            }
            case "interval>time" -> {
                long micros = Math.floorMod(Interval.parse(stored).micros(), Interval.MICROS_PER_DAY);
                return DateTimeText.time(micros);
            }
            default -> {
                return unsupported(from, to);
            }
        }
    }

    private static Object unsupported(PgType from, PgType to) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                "cast from " + TypeNames.of(from) + " to " + TypeNames.of(to) + " is not supported yet");
    }
}
