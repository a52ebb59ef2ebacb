package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

import java.util.List;

/**
 * Type modifiers (atttypmod) encoded as PostgreSQL's typmodin functions encode them, from
 * the integers written in a type name: varchar(10) → 14, numeric(10,2) → 655366,
 * timestamp(3) → 3, interval(3) → 2147418115. -1 means "no modifier".
 */
public final class TypeMods {
    /** The varlena header size PostgreSQL adds to length and numeric modifiers. */
    public static final int VARHDRSZ = 4;
    public static final int MAX_CHAR_LENGTH = 10 * 1024 * 1024;
    public static final int MAX_NUMERIC_PRECISION = 1000;
    public static final int MAX_TIME_PRECISION = 6;

    /** interval field bits (1 &lt;&lt; PostgreSQL's datetime token numbers), used in interval typmods. */
    public static final int INTERVAL_MONTH = 1 << 1;
    public static final int INTERVAL_YEAR = 1 << 2;
    public static final int INTERVAL_DAY = 1 << 3;
    public static final int INTERVAL_HOUR = 1 << 10;
    public static final int INTERVAL_MINUTE = 1 << 11;
    public static final int INTERVAL_SECOND = 1 << 12;
    public static final int INTERVAL_FULL_RANGE = 0x7FFF;
    public static final int INTERVAL_FULL_PRECISION = 0xFFFF;

    private TypeMods() {
    }

    /**
     * Encodes the modifiers written after a type name (for interval: as the grammar
     * delivers them, the field mask and then the precision). Errors as PostgreSQL's.
     */
    public static int encode(PgType type, List<Integer> args) {
        if (args.isEmpty()) {
            return -1;
        }
        PgType base = type.isArray() ? Types.elementOf(type) : type;
        return switch (base.name()) {
            case "varchar" -> charLength("varchar", args);
            case "bpchar" -> charLength("char", args);
            case "numeric" -> numeric(args);
            case "time" -> precision("TIME", "", args);
            case "timetz" -> precision("TIME", " WITH TIME ZONE", args);
            case "timestamp" -> precision("TIMESTAMP", "", args);
            case "timestamptz" -> precision("TIMESTAMP", " WITH TIME ZONE", args);
            case "interval" -> interval(args);
            case "bit", "varbit" -> bitLength(base.name(), args);
            default -> throw new PgException(SqlState.SYNTAX_ERROR,
                    "type modifier is not allowed for type \"" + base.name() + "\"");
        };
    }

    public static int varchar(int length) {
        return length + VARHDRSZ;
    }

    public static int numeric(int precision, int scale) {
        return ((precision << 16) | (scale & 0x7ff)) + VARHDRSZ;
    }

    /** The declared length of a varchar or bpchar typmod, -1 if none. */
    public static int charLength(int typmod) {
        return typmod < VARHDRSZ ? -1 : typmod - VARHDRSZ;
    }

    public static int numericPrecision(int typmod) {
        return ((typmod - VARHDRSZ) >> 16) & 0xffff;
    }

    /** The scale, which since PostgreSQL 15 may be negative (an 11-bit signed field). */
    public static int numericScale(int typmod) {
        return (((typmod - VARHDRSZ) & 0x7ff) ^ 1024) - 1024;
    }

    public static int intervalRange(int typmod) {
        return typmod < 0 ? INTERVAL_FULL_RANGE : (typmod >> 16) & 0x7FFF;
    }

    public static int intervalPrecision(int typmod) {
        return typmod < 0 ? INTERVAL_FULL_PRECISION : typmod & 0xFFFF;
    }

    private static int charLength(String sqlName, List<Integer> args) {
        if (args.size() != 1) {
            throw invalidModifier();
        }
        int length = args.get(0);
        if (length < 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "length for type " + sqlName + " must be at least 1");
        }
        if (length > MAX_CHAR_LENGTH) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "length for type " + sqlName + " cannot exceed " + MAX_CHAR_LENGTH);
        }
        return length + VARHDRSZ;
    }

    private static int numeric(List<Integer> args) {
        if (args.size() > 2) {
            throw invalidModifier();
        }
        int precision = args.get(0);
        if (precision < 1 || precision > MAX_NUMERIC_PRECISION) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "NUMERIC precision " + precision + " must be between 1 and " + MAX_NUMERIC_PRECISION);
        }
        int scale = args.size() == 2 ? args.get(1) : 0;
        if (scale < -1000 || scale > 1000) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "NUMERIC scale " + scale + " must be between -1000 and 1000");
        }
        return numeric(precision, scale);
    }

    /** bit(n) and varbit(n): the modifier is the length itself, without a header. */
    private static int bitLength(String typeName, List<Integer> args) {
        if (args.size() != 1) {
            throw invalidModifier();
        }
        int length = args.get(0);
        if (length < 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "length for type " + typeName + " must be at least 1");
        }
        if (length > BitCodec.MAX_LENGTH) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "length for type " + typeName + " cannot exceed " + BitCodec.MAX_LENGTH);
        }
        return length;
    }

    /** time(p) and timestamp(p): a negative precision is an error, one above 6 is lowered to 6 (PostgreSQL warns). */
    private static int precision(String sqlName, String suffix, List<Integer> args) {
        if (args.size() != 1) {
            throw invalidModifier();
        }
        int precision = args.get(0);
        if (precision < 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    sqlName + "(" + precision + ")" + suffix + " precision must not be negative");
        }
        return Math.min(precision, MAX_TIME_PRECISION);
    }

    private static int interval(List<Integer> args) {
        int range = args.get(0);
        int precision = args.size() > 1 ? args.get(1) : INTERVAL_FULL_PRECISION;
        if (args.size() > 2 || TypeNames.intervalFields(range) == null) {
            throw invalidModifier();
        }
        if (precision != INTERVAL_FULL_PRECISION) {
            if (precision < 0) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "INTERVAL(" + precision + ") precision must not be negative");
            }
            precision = Math.min(precision, MAX_TIME_PRECISION);
        }
        return ((range & 0x7FFF) << 16) | (precision & 0xFFFF);
    }

    private static PgException invalidModifier() {
        return new PgException(SqlState.SYNTAX_ERROR, "invalid type modifier");
    }
}
