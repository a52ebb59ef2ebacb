package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * json and jsonb operators and functions. Every function comes in a json and a jsonb
 * flavour where PostgreSQL has both: jsonb results are normalized (sorted keys, one space
 * after ':' and ','), json results keep the text of the input where PostgreSQL keeps it.
 *
 * <p>Values of other types reach these functions through {@code pg_to_json(x, 'typename')}
 * (or pg_to_jsonb), which the emitter wraps around every argument declared "any".
 * Set-returning functions return a JSON array (or object) for SQLite's json_each: see
 * the helper names ending in {@code _json}.
 */
final class JsonFunctions {
    private JsonFunctions() {
    }

    static void register(Registrar r, FunctionContext ctx) {
        r.lenient("pg_to_json", 2, a -> a[0] == null ? null
                : ToJson.json(a[0], Args.text(a[1]), () -> ctx.formatContext().timeZone()));
        r.lenient("pg_to_jsonb", 2, a -> a[0] == null ? null
                : jsonb(ToJson.json(a[0], Args.text(a[1]), () -> ctx.formatContext().timeZone())));
        r.lenient("pg_json_build_object", -1, a -> buildObject(a, false));
        r.lenient("pg_jsonb_build_object", -1, a -> buildObject(a, true));
        r.lenient("pg_json_build_array", -1, a -> buildArray(a, false));
        r.lenient("pg_jsonb_build_array", -1, a -> buildArray(a, true));
        r.lenient("pg_json_build_variadic", 4, a -> a[2] == null ? null
                : buildVariadic(Args.bool(a[0]), Args.bool(a[1]), Args.text(a[2]), Args.text(a[3]), ctx));
        r.varying("pg_json_key_not_scalar", 1, a -> {
            if (a[0] == null) {
                return null;
            }
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "key value must be scalar, not array, composite, or json");
        });
        r.lenient("pg_jsonb_set_lax", 5, JsonFunctions::setLax);
        r.lenient("pg_json_row", -1, JsonFunctions::row);
        r.strict("pg_jsonb_path_exists", 3, a -> pathExists(parse(a[0]), Args.text(a[1]), Args.bool(a[2])));
        r.strict("pg_jsonb_path_query_json", 2, a -> Json.stringArray(pathItems(parse(a[0]), Args.text(a[1]))));
        r.strict("pg_jsonb_path_query_array", 2, a -> "[" + String.join(", ", pathItems(parse(a[0]), Args.text(a[1]))) + "]");
        r.strict("pg_jsonb_path_query_first", 2, a -> pathItems(parse(a[0]), Args.text(a[1])).stream().findFirst()
                .orElse(null));
        r.strict("pg_jsonb_path_match", 3, a -> pathMatch(parse(a[0]), Args.text(a[1]), Args.bool(a[2])));
        r.strict("pg_json_array_lines", 2, a -> Args.bool(a[1]) ? elementsOnLines(parse(a[0])) : Args.text(a[0]));
        r.strict("pg_json_to_records_json", 4, a -> JsonRecords.rows(parse(a[0]), Args.bool(a[1]), Args.bool(a[2]),
                recordColumns(Args.text(a[3]))));

        for (boolean binary : new boolean[] {false, true}) {
            String p = binary ? "pg_jsonb_" : "pg_json_";
            r.strict(p + "get", 2, a -> out(field(parse(a[0]), a[1]), binary));
            r.strict(p + "get_text", 2, a -> text(field(parse(a[0]), a[1]), binary));
            r.strict(p + "path", 2, a -> out(path(parse(a[0]), PgArray.parse(Args.text(a[1])).elements()), binary));
            r.strict(p + "path_text", 2,
                    a -> text(path(parse(a[0]), PgArray.parse(Args.text(a[1])).elements()), binary));
            r.lenient(p + "extract_path", -1, a -> a[0] == null ? null : out(path(parse(a[0]), rest(a)), binary));
            r.lenient(p + "extract_path_text", -1,
                    a -> a[0] == null ? null : text(path(parse(a[0]), rest(a)), binary));
            r.strict(p + "typeof", 1, a -> parse(a[0]).typeName());
            r.strict(p + "object", 1, a -> objectFromPairs(PgArray.parse(Args.text(a[0])).elements(), binary));
            r.strict(p + "object", 2, a -> objectFromKeysAndValues(PgArray.parse(Args.text(a[0])).elements(),
                    PgArray.parse(Args.text(a[1])).elements(), binary));
            r.strict(p + "array_length", 1, a -> arrayLength(parse(a[0])));
            r.strict(p + "strip_nulls", 1, a -> binary ? JsonWriter.jsonb(stripNulls(parse(a[0])))
                    : JsonWriter.compact(stripNulls(parse(a[0]))));
            r.strict(p + "object_keys_json", 1, a -> Json.stringArray(objectKeys(parse(a[0]), binary)));
            r.strict(p + "array_elements_json", 1, a -> Json.stringArray(elements(parse(a[0]), binary, false)));
            r.strict(p + "array_elements_text_json", 1,
                    a -> Json.stringArray(elements(parse(a[0]), binary, true)));
            r.strict(p + "each_json", 1, a -> each(parse(a[0]), binary, false));
            r.strict(p + "each_text_json", 1, a -> each(parse(a[0]), binary, true));
        }
        r.strict("pg_jsonb_pretty", 1, a -> JsonWriter.pretty(parse(a[0])));
        r.strict("pg_jsonb_contains", 2, a -> JsonContainment.contains(parse(a[0]), parse(a[1]), true));
        r.strict("pg_jsonb_exists", 2, a -> exists(parse(a[0]), Args.text(a[1])));
        r.strict("pg_jsonb_exists_any", 2, a -> PgArray.parse(Args.text(a[1])).elements().stream()
                .anyMatch(k -> k != null && exists(parse(a[0]), k)));
        r.strict("pg_jsonb_exists_all", 2, a -> PgArray.parse(Args.text(a[1])).elements().stream()
                .allMatch(k -> k != null && exists(parse(a[0]), k)));
        r.strict("pg_jsonb_concat", 2, a -> JsonWriter.jsonb(JsonEdit.concat(parse(a[0]), parse(a[1]))));
        r.strict("pg_jsonb_delete", 2, a -> JsonWriter.jsonb(JsonEdit.deleteKey(parse(a[0]), Args.text(a[1]))));
        r.strict("pg_jsonb_delete_index", 2,
                a -> JsonWriter.jsonb(JsonEdit.deleteIndex(parse(a[0]), Args.int4(a[1]))));
        r.strict("pg_jsonb_delete_keys", 2, a -> {
            Json j = parse(a[0]);
            for (String k : PgArray.parse(Args.text(a[1])).elements()) {
                if (k != null) {
                    j = JsonEdit.deleteKey(j, k);
                }
            }
            return JsonWriter.jsonb(j);
        });
        r.strict("pg_jsonb_delete_path", 2, a -> JsonWriter.jsonb(
                JsonEdit.deletePath(parse(a[0]), PgArray.parse(Args.text(a[1])).elements())));
        r.strict("pg_jsonb_set", 3, a -> JsonWriter.jsonb(JsonEdit.set(parse(a[0]),
                PgArray.parse(Args.text(a[1])).elements(), parse(a[2]), true)));
        r.strict("pg_jsonb_set", 4, a -> JsonWriter.jsonb(JsonEdit.set(parse(a[0]),
                PgArray.parse(Args.text(a[1])).elements(), parse(a[2]), Args.bool(a[3]))));
        r.lenient("pg_jsonb_subscript_assign", -1, JsonFunctions::subscriptAssign);
        r.strict("pg_jsonb_insert", 3, a -> JsonWriter.jsonb(JsonEdit.insert(parse(a[0]),
                PgArray.parse(Args.text(a[1])).elements(), parse(a[2]), false)));
        r.strict("pg_jsonb_insert", 4, a -> JsonWriter.jsonb(JsonEdit.insert(parse(a[0]),
                PgArray.parse(Args.text(a[1])).elements(), parse(a[2]), Args.bool(a[3]))));
    }

    /**
     * SET j[s1][s2]... = v, called as (j, v, first subscript is an integer, s1, s2, ...): a NULL
     * target starts as [] or {} after the first subscript's type, a NULL value is JSON null.
     */
    private static String subscriptAssign(Object[] a) {
        List<String> path = new ArrayList<>();
        for (int i = 3; i < a.length; i++) {
            if (a[i] == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "jsonb subscript in assignment must not be null");
            }
            path.add(Args.text(a[i]));
        }
        Json target = a[0] != null ? parse(a[0]) : Args.bool(a[2]) ? Json.array(List.of()) : Json.object(Map.of());
        Json value = a[1] == null ? Json.JNull.INSTANCE : parse(a[1]);
        return JsonWriter.jsonb(JsonEdit.assign(target, path, 0, value));
    }

    /** The column list the emitter hands json_to_record: a JSON array of alternating names and kinds. */
    private static List<JsonRecords.Column> recordColumns(String spec) {
        List<Json> items = ((Json.JArray) Json.parse(spec)).elements;
        List<JsonRecords.Column> columns = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 2) {
            columns.add(new JsonRecords.Column(((Json.JString) items.get(i)).value,
                    JsonRecords.Kind.valueOf(((Json.JString) items.get(i + 1)).value)));
        }
        return columns;
    }

    static Json parse(Object storage) {
        return Json.parse(Args.text(storage));
    }

    static String jsonb(String jsonText) {
        return JsonWriter.jsonb(Json.parse(jsonText));
    }

    private static List<String> rest(Object[] a) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i < a.length; i++) {
            keys.add(Args.text(a[i]));
        }
        return keys;
    }

    private static String out(Json value, boolean binary) {
        if (value == null) {
            return null;
        }
        return binary ? JsonWriter.jsonb(value) : JsonWriter.json(value);
    }

    /** ->> and #>>: strings without quotes, JSON null as SQL NULL, anything else as its JSON text. */
    private static String text(Json value, boolean binary) {
        if (value == null || value instanceof Json.JNull) {
            return null;
        }
        if (value instanceof Json.JString s) {
            return s.value;
        }
        return out(value, binary);
    }

    /** -> with a text key on an object, or an integer index on an array (negative counts from the end). */
    private static Json field(Json j, Object key) {
        if (key instanceof Long index) {
            return element(j, index);
        }
        if (j instanceof Json.JObject o) {
            return o.fields.get(Args.text(key));
        }
        return null;
    }

    private static Json element(Json j, long index) {
        if (!(j instanceof Json.JArray arr)) {
            return null;
        }
        long i = index < 0 ? arr.elements.size() + index : index;
        return i >= 0 && i < arr.elements.size() ? arr.elements.get((int) i) : null;
    }

    private static Json path(Json j, List<String> keys) {
        Json current = j;
        for (String key : keys) {
            if (current == null || key == null) {
                return null;
            }
            if (current instanceof Json.JObject o) {
                current = o.fields.get(key);
            } else if (current instanceof Json.JArray) {
                try {
                    current = element(current, Long.parseLong(key.trim()));
                } catch (NumberFormatException e) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return current;
    }

    private static long arrayLength(Json j) {
        if (j instanceof Json.JArray arr) {
            return arr.elements.size();
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                j instanceof Json.JObject ? "cannot get array length of a non-array" : "cannot get array length of a scalar");
    }

    private static Json stripNulls(Json j) {
        if (j instanceof Json.JObject o) {
            Map<String, Json> fields = new LinkedHashMap<>();
            o.fields.forEach((k, v) -> {
                if (!(v instanceof Json.JNull)) {
                    fields.put(k, stripNulls(v));
                }
            });
            return Json.object(fields);
        }
        if (j instanceof Json.JArray arr) {
            List<Json> elements = new ArrayList<>();
            arr.elements.forEach(e -> elements.add(stripNulls(e)));
            return Json.array(elements);
        }
        return j;
    }

    private static List<String> objectKeys(Json j, boolean binary) {
        String fn = binary ? "jsonb_object_keys" : "json_object_keys";
        if (j instanceof Json.JObject o) {
            return binary ? JsonWriter.sortedKeys(o) : new ArrayList<>(o.fields.keySet());
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                "cannot call " + fn + " on " + (j instanceof Json.JArray ? "an array" : "a scalar"));
    }

    private static List<String> elements(Json j, boolean binary, boolean asText) {
        if (j instanceof Json.JArray arr) {
            List<String> out = new ArrayList<>();
            for (Json e : arr.elements) {
                out.add(asText ? text(e, binary) : out(e, binary));
            }
            return out;
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                j instanceof Json.JObject ? "cannot extract elements from an object" : "cannot extract elements from a scalar");
    }

    /** {"key": "value text", ...}: json_each over it yields PostgreSQL's (key, value) rows in order. */
    private static String each(Json j, boolean binary, boolean asText) {
        if (!(j instanceof Json.JObject o)) {
            String fn = (binary ? "jsonb_each" : "json_each") + (asText ? "_text" : "");
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot call " + fn + " on a non-object");
        }
        StringBuilder out = new StringBuilder("{");
        List<String> keys = binary ? JsonWriter.sortedKeys(o) : new ArrayList<>(o.fields.keySet());
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            JsonWriter.quote(out, keys.get(i));
            out.append(':');
            Json v = o.fields.get(keys.get(i));
            String valueText = asText ? text(v, binary) : out(v, binary);
            if (valueText == null) {
                out.append("null");
            } else {
                JsonWriter.quote(out, valueText);
            }
        }
        return out.append('}').toString();
    }

    static boolean exists(Json j, String key) {
        if (j instanceof Json.JObject o) {
            return o.fields.containsKey(key);
        }
        if (j instanceof Json.JArray arr) {
            return arr.elements.stream().anyMatch(e -> e instanceof Json.JString s && s.value.equals(key));
        }
        return j instanceof Json.JString s && s.value.equals(key);
    }

    /** json_build_object / jsonb_build_object: alternating keys (text) and values (JSON text from pg_to_json). */
    private static String buildObject(Object[] a, boolean binary) {
        if (a.length % 2 != 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "argument list must have even number of elements")
                    .withHint("The arguments of " + (binary ? "jsonb" : "json")
                            + "_build_object() must consist of alternating keys and values.");
        }
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < a.length; i += 2) {
            if (a[i] == null) {
                throw binary
                        ? new PgException(SqlState.INVALID_PARAMETER_VALUE, "argument " + (i + 1) + ": key must not be null")
                        : new PgException(SqlState.INVALID_PARAMETER_VALUE, "argument " + (i + 1) + " cannot be null")
                                .withHint("Object keys should be text.");
            }
            if (i > 0) {
                out.append(", ");
            }
            JsonWriter.quote(out, Args.text(a[i]));
            out.append(" : ").append(a[i + 1] == null ? "null" : Args.text(a[i + 1]));
        }
        String json = out.append('}').toString();
        return binary ? jsonb(json) : json;
    }

    /**
     * json_build_object(VARIADIC arr) and json_build_array(VARIADIC arr): the array's elements are
     * the arguments, keys as their text, values converted to JSON by the element type.
     */
    private static String buildVariadic(boolean binary, boolean object, String arrayText, String elementType,
                                        FunctionContext ctx) {
        List<String> elements = PgArray.parse(arrayText).elements();
        PgType element = Types.byName(elementType);
        Object[] args = new Object[elements.size()];
        for (int i = 0; i < args.length; i++) {
            String e = elements.get(i);
            boolean key = object && i % 2 == 0;
            args[i] = e == null || key ? e : ToJson.elementJson(e, element, () -> ctx.formatContext().timeZone());
        }
        return object ? buildObject(args, binary) : buildArray(args, binary);
    }

    /** json_object('{k1,v1,k2,v2}'): alternating keys and values, the values as JSON strings. */
    private static String objectFromPairs(List<String> elements, boolean binary) {
        if (elements.size() % 2 != 0) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "array must have even number of elements");
        }
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < elements.size(); i += 2) {
            keys.add(elements.get(i));
            values.add(elements.get(i + 1));
        }
        return objectFromKeysAndValues(keys, values, binary);
    }

    /** json_object(keys, values). */
    private static String objectFromKeysAndValues(List<String> keys, List<String> values, boolean binary) {
        if (keys.size() != values.size()) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "mismatched array dimensions");
        }
        Object[] args = new Object[keys.size() * 2];
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "null value not allowed for object key");
            }
            args[2 * i] = keys.get(i);
            args[2 * i + 1] = values.get(i) == null ? null : JsonWriter.quote(values.get(i));
        }
        return buildObject(args, binary);
    }

    /** row_to_json: (pretty, name1, json1, name2, json2 ...), with pretty putting each field on a line. */
    private static String row(Object[] a) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 1; i < a.length; i += 2) {
            if (i > 1) {
                out.append(a[0] != null && Args.bool(a[0]) ? ",\n " : ",");
            }
            JsonWriter.quote(out, Args.text(a[i]));
            out.append(':').append(a[i + 1] == null ? "null" : Args.text(a[i + 1]));
        }
        return out.append('}').toString();
    }

    /** jsonb @? path and jsonb_path_exists: whether the path yields an item; silent errors give NULL. */
    private static Boolean pathExists(Json target, String path, boolean silent) {
        JsonPath p = JsonPathParser.parse(path);
        try {
            return !p.items(target).isEmpty();
        } catch (JsonPath.StructuralError e) {
            if (silent) {
                return null;
            }
            throw new PgException(e.sqlState, e.getMessage());
        }
    }

    /** The jsonb texts of the items jsonb_path_query and its _array and _first variants yield. */
    private static List<String> pathItems(Json target, String path) {
        try {
            List<String> items = new ArrayList<>();
            for (Json item : JsonPathParser.parse(path).items(target)) {
                items.add(JsonWriter.jsonb(item));
            }
            return items;
        } catch (JsonPath.StructuralError e) {
            throw new PgException(e.sqlState, e.getMessage());
        }
    }

    /** jsonb @@ path and jsonb_path_match: the one boolean the path yields (NULL for unknown). */
    private static Boolean pathMatch(Json target, String path, boolean silent) {
        JsonPath p = JsonPathParser.parse(path);
        try {
            List<Json> items = p.items(target);
            if (items.size() == 1 && items.get(0) instanceof Json.JBool b) {
                return b.value;
            }
            if (items.size() == 1 && items.get(0) instanceof Json.JNull) {
                return null;
            }
            if (silent) {
                return null;
            }
            throw new PgException("22038", "single boolean result is expected");
        } catch (JsonPath.StructuralError e) {
            if (silent) {
                return null;
            }
            throw new PgException(e.sqlState, e.getMessage());
        }
    }

    /** array_to_json(a, true): the top-level elements one per line. */
    private static String elementsOnLines(Json array) {
        List<String> texts = new ArrayList<>();
        for (Json e : ((Json.JArray) array).elements) {
            texts.add(JsonWriter.json(e));
        }
        return "[" + String.join(",\n ", texts) + "]";
    }

    private static final String NULL_TREATMENTS =
            "null_value_treatment must be \"delete_key\", \"return_target\", \"use_json_null\", or \"raise_exception\"";

    /** jsonb_set_lax(target, path, value, create, null_value_treatment): jsonb_set, with a choice for SQL NULL values. */
    private static String setLax(Object[] a) {
        if (a[0] == null || a[1] == null || a[3] == null) {
            return null;
        }
        if (a[4] == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, NULL_TREATMENTS);
        }
        Json target = parse(a[0]);
        List<String> path = PgArray.parse(Args.text(a[1])).elements();
        if (a[2] != null) {
            return JsonWriter.jsonb(JsonEdit.set(target, path, parse(a[2]), Args.bool(a[3])));
        }
        return switch (Args.text(a[4])) {
            case "raise_exception" -> throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "JSON value must not be null")
                    .withDetail("Exception was raised because null_value_treatment is \"raise_exception\".")
                    .withHint("To avoid, either change the null_value_treatment argument or ensure that an SQL NULL is not passed.");
            case "use_json_null" -> JsonWriter.jsonb(JsonEdit.set(target, path, Json.JNull.INSTANCE, Args.bool(a[3])));
            case "delete_key" -> JsonWriter.jsonb(JsonEdit.deletePath(target, path));
            case "return_target" -> JsonWriter.jsonb(target);
            default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE, NULL_TREATMENTS);
        };
    }

    private static String buildArray(Object[] a, boolean binary) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(a[i] == null ? "null" : Args.text(a[i]));
        }
        String json = out.append(']').toString();
        return binary ? jsonb(json) : json;
    }
}
