package io.pgmicro.exec.functions;

import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * to_json for a storage value of a known PostgreSQL type. The emitter passes the type
 * by name because one storage class serves many types (0/1 is a bool or an int, TEXT is a
 * string, a date, a json ...): {@code pg_to_json(x, 'bool')}.
 */
final class ToJson {
    private ToJson() {
    }

    static String json(Object storage, String typeName, Supplier<ZoneId> zone) {
        if (storage == null) {
            return "null";
        }
        PgType type = Types.byName(typeName);
        if (type == null) {
            return JsonWriter.quote(Args.text(storage));
        }
        if (type.isArray()) {
            PgType element = Types.elementOf(type);
            StringBuilder out = new StringBuilder("[");
            boolean first = true;
            for (String e : PgArray.parse(Args.text(storage)).elements()) {
                if (!first) {
                    out.append(',');
                }
                out.append(e == null ? "null" : elementJson(e, element, zone));
                first = false;
            }
            return out.append(']').toString();
        }
        return switch (type.name()) {
            case "int2", "int4", "int8", "oid" -> Long.toString(Args.integer(storage));
            case "float4", "float8" -> number(Args.float8(storage));
            case "numeric" -> {
                Numeric n = Args.numeric(storage);
                yield n.isFinite() ? n.toString() : JsonWriter.quote(n.toString());
            }
            case "bool" -> Args.bool(storage) ? "true" : "false";
            case "json" -> Args.text(storage);
            case "jsonb" -> Args.text(storage);
            case "bytea" -> JsonWriter.quote(PgArray.elementText(storage));
            case "date", "timestamp", "timestamptz", "time", "timetz" ->
                    JsonWriter.quote(DateTimes.isoText(type.name(), Args.text(storage), zone.get()));
            default -> JsonWriter.quote(Args.text(storage));
        };
    }

    /** Array elements arrive as their text; bool elements print as t/f. */
    static String elementJson(String text, PgType element, Supplier<ZoneId> zone) {
        if (element != null && element.name().equals("bool")) {
            return text.startsWith("t") ? "true" : "false";
        }
        if (element != null && (element.name().equals("float4") || element.name().equals("float8"))) {
            return number(FloatText.parse(text));
        }
        return json(text, element == null ? "text" : element.name(), zone);
    }

    private static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return JsonWriter.quote(FloatText.format(d));
        }
        return FloatText.format(d);
    }
}
