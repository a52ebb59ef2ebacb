package io.pgmicro.types;

import static io.pgmicro.types.TypeMods.INTERVAL_DAY;
import static io.pgmicro.types.TypeMods.INTERVAL_HOUR;
import static io.pgmicro.types.TypeMods.INTERVAL_MINUTE;
import static io.pgmicro.types.TypeMods.INTERVAL_MONTH;
import static io.pgmicro.types.TypeMods.INTERVAL_SECOND;
import static io.pgmicro.types.TypeMods.INTERVAL_YEAR;

/** Type names as PostgreSQL's format_type prints them (and so psql's \d and error messages). */
public final class TypeNames {
    private TypeNames() {
    }

    /**
     * format_type(oid, typmod): "integer", "character varying(10)", "numeric(10,2)",
     * "timestamp(3) with time zone", "integer[]". A bpchar without modifier prints as
     * "bpchar", because "character" alone would mean character(1), and a bit without
     * modifier as "bit" in quotes, for the same reason.
     */
    public static String format(PgType type, int typmod) {
        return format(type, typmod, true);
    }

    /**
     * format_type_be: the name without a modifier, as error messages print types
     * ("character varying", "integer"); a bare bpchar is "character" here.
     */
    public static String of(PgType type) {
        return format(type, -1, false);
    }

    private static String format(PgType type, int typmod, boolean typmodGiven) {
        if (type.isArray()) {
            return format(Types.elementOf(type), typmod, typmodGiven) + "[]";
        }
        boolean mod = typmod >= 0;
        return switch (type.name()) {
            case "bool" -> "boolean";
            case "int2" -> "smallint";
            case "int4" -> "integer";
            case "int8" -> "bigint";
            case "float4" -> "real";
            case "float8" -> "double precision";
            case "char" -> "\"char\"";
            case "bpchar" -> mod ? "character(" + TypeMods.charLength(typmod) + ")" : typmodGiven ? "bpchar" : "character";
            case "varchar" -> "character varying" + (mod ? "(" + TypeMods.charLength(typmod) + ")" : "");
            case "numeric" -> mod ? "numeric(" + TypeMods.numericPrecision(typmod) + ","
                    + TypeMods.numericScale(typmod) + ")" : "numeric";
            case "time" -> "time" + precision(typmod) + " without time zone";
            case "timetz" -> "time" + precision(typmod) + " with time zone";
            case "timestamp" -> "timestamp" + precision(typmod) + " without time zone";
            case "timestamptz" -> "timestamp" + precision(typmod) + " with time zone";
            case "interval" -> "interval" + intervalModifier(typmod);
            // bit alone means bit(1), so a bit without modifier prints quoted where a modifier could follow
            case "bit" -> mod ? "bit" + precision(typmod) : typmodGiven ? "\"bit\"" : "bit";
            case "varbit" -> "bit varying" + precision(typmod);
            default -> type.name();
        };
    }

    private static String precision(int typmod) {
        return typmod >= 0 ? "(" + typmod + ")" : "";
    }

    private static String intervalModifier(int typmod) {
        if (typmod < 0) {
            return "";
        }
        String fields = intervalFields(TypeMods.intervalRange(typmod));
        int precision = TypeMods.intervalPrecision(typmod);
        return (fields == null ? "" : fields)
                + (precision != TypeMods.INTERVAL_FULL_PRECISION ? "(" + precision + ")" : "");
    }

    /** The field words of an interval range mask (" day to second"), "" for the full range, null if invalid. */
    static String intervalFields(int range) {
        if (range == TypeMods.INTERVAL_FULL_RANGE) {
            return "";
        }
        return switch (range) {
            case INTERVAL_YEAR -> " year";
            case INTERVAL_MONTH -> " month";
            case INTERVAL_DAY -> " day";
            case INTERVAL_HOUR -> " hour";
            case INTERVAL_MINUTE -> " minute";
            case INTERVAL_SECOND -> " second";
            case INTERVAL_YEAR | INTERVAL_MONTH -> " year to month";
            case INTERVAL_DAY | INTERVAL_HOUR -> " day to hour";
            case INTERVAL_DAY | INTERVAL_HOUR | INTERVAL_MINUTE -> " day to minute";
            case INTERVAL_DAY | INTERVAL_HOUR | INTERVAL_MINUTE | INTERVAL_SECOND -> " day to second";
            case INTERVAL_HOUR | INTERVAL_MINUTE -> " hour to minute";
            case INTERVAL_HOUR | INTERVAL_MINUTE | INTERVAL_SECOND -> " hour to second";
            case INTERVAL_MINUTE | INTERVAL_SECOND -> " minute to second";
            default -> null;
        };
    }
}
