package io.pgmicro.exec.functions;

import io.pgmicro.types.JsonStrings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Prints JSON values the ways PostgreSQL does: jsonb's normalized text, jsonb_pretty, and string quoting. */
final class JsonWriter {
    /** jsonb orders object keys by their UTF-8 length first, then bytewise. */
    static final Comparator<String> JSONB_KEY_ORDER = Comparator
            .<String>comparingInt(k -> k.getBytes(StandardCharsets.UTF_8).length)
            .thenComparing((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                    b.getBytes(StandardCharsets.UTF_8)));

    private JsonWriter() {
    }

    static String jsonb(Json value) {
        StringBuilder out = new StringBuilder();
        write(out, value, -1, 0);
        return out.toString();
    }

    static String pretty(Json value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 4, 0);
        return out.toString();
    }

    static List<String> sortedKeys(Json.JObject object) {
        List<String> keys = new ArrayList<>(object.fields.keySet());
        keys.sort(JSONB_KEY_ORDER);
        return keys;
    }

    /** @param indent -1 for jsonb's one-line form, else spaces per nesting level */
    private static void write(StringBuilder out, Json value, int indent, int depth) {
        if (value instanceof Json.JObject object) {
            if (object.fields.isEmpty()) {
                out.append('{');
                newline(out, indent, depth);
                out.append('}');
                return;
            }
            out.append('{');
            boolean first = true;
            for (String key : sortedKeys(object)) {
                if (!first) {
                    out.append(',');
                    if (indent < 0) {
                        out.append(' ');
                    }
                }
                newline(out, indent, depth + 1);
                quote(out, key);
                out.append(": ");
                write(out, object.fields.get(key), indent, depth + 1);
                first = false;
            }
            newline(out, indent, depth);
            out.append('}');
        } else if (value instanceof Json.JArray array) {
            if (array.elements.isEmpty()) {
                out.append('[');
                newline(out, indent, depth);
                out.append(']');
                return;
            }
            out.append('[');
            for (int i = 0; i < array.elements.size(); i++) {
                if (i > 0) {
                    out.append(',');
                    if (indent < 0) {
                        out.append(' ');
                    }
                }
                newline(out, indent, depth + 1);
                write(out, array.elements.get(i), indent, depth + 1);
            }
            newline(out, indent, depth);
            out.append(']');
        } else {
            out.append(scalar(value));
        }
    }

    private static void newline(StringBuilder out, int indent, int depth) {
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * depth));
        }
    }

    /** A scalar's jsonb text: numbers as numeric prints them, strings re-quoted. */
    static String scalar(Json value) {
        if (value instanceof Json.JString s) {
            StringBuilder out = new StringBuilder();
            quote(out, s.value);
            return out.toString();
        }
        if (value instanceof Json.JNumber n) {
            return Numeric.of(n.value).toString();
        }
        return value.source;
    }

    static void quote(StringBuilder out, String s) {
        JsonStrings.quote(out, s);
    }

    static String quote(String s) {
        return JsonStrings.quote(s);
    }

    /** json's compact form without any spaces, keys in input order, as json_strip_nulls prints. */
    static String compact(Json value) {
        if (value instanceof Json.JObject object) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<String, Json> e : object.fields.entrySet()) {
                out.append(first ? "" : ",");
                quote(out, e.getKey());
                out.append(':').append(compact(e.getValue()));
                first = false;
            }
            return out.append('}').toString();
        }
        if (value instanceof Json.JArray array) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < array.elements.size(); i++) {
                out.append(i > 0 ? "," : "").append(compact(array.elements.get(i)));
            }
            return out.append(']').toString();
        }
        return value.source != null ? value.source : scalar(value);
    }

    /** The text of a json (not jsonb) value: built values print as jsonb does, parsed ones as written. */
    static String json(Json value) {
        return value.source != null ? value.source : jsonb(value);
    }
}
