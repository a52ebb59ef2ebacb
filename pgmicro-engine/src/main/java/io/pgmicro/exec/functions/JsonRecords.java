package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.ArrayText;
import java.util.ArrayList;
import java.util.List;

/**
 * json_to_record, json_to_recordset and their jsonb twins: each object becomes one row, one
 * text per column of the column definition list, as PostgreSQL's populate_record turns a
 * field into the input of the column's type (the emitter then casts each text). A missing key
 * or JSON null is NULL; a string gives its value; json and jsonb columns take the JSON itself;
 * array columns take a JSON array (or array text in a string).
 */
final class JsonRecords {
    /** How one column reads its field. */
    enum Kind { SCALAR, JSON, JSONB, ARRAY }

    record Column(String name, Kind kind) {
    }

    private JsonRecords() {
    }

    /** A JSON array of rows, each a JSON array of column texts, for the emitter's json_each. */
    static String rows(Json doc, boolean set, boolean binary, List<Column> columns) {
        String function = (binary ? "jsonb" : "json") + "_to_recordset";
        List<Json> objects = new ArrayList<>();
        if (set) {
            if (!(doc instanceof Json.JArray array)) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot call " + function + " on "
                        + (binary ? "a non-array" : doc instanceof Json.JObject ? "an object" : "a scalar"));
            }
            for (Json e : array.elements) {
                if (!(e instanceof Json.JObject)) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "argument of " + function + " must be an array of objects");
                }
                objects.add(e);
            }
        } else if (doc instanceof Json.JObject) {
            objects.add(doc);
        } else {
            // PostgreSQL names its internal function here
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot call populate_composite on "
                    + (doc instanceof Json.JArray ? "an array" : "a scalar"));
        }
        List<String> rows = new ArrayList<>();
        for (Json object : objects) {
            List<String> texts = new ArrayList<>();
            for (Column c : columns) {
                texts.add(field(((Json.JObject) object).fields.get(c.name()), c, binary));
            }
            rows.add(Json.stringArray(texts));
        }
        return "[" + String.join(",", rows) + "]";
    }

    private static String field(Json value, Column column, boolean binary) {
        if (value == null || value instanceof Json.JNull) {
            return null;
        }
        return switch (column.kind()) {
            case JSON -> JsonWriter.json(value);
            case JSONB -> JsonWriter.jsonb(value);
            case ARRAY -> {
                if (value instanceof Json.JString s) {
                    yield s.value;
                }
                if (!(value instanceof Json.JArray array)) {
                    throw notAnArray(column.name(), "");
                }
                yield arrayText(array, column.name(), binary);
            }
            case SCALAR -> scalarText(value, binary);
        };
    }

    /** The text a JSON value gives as the input of a non-JSON type. */
    private static String scalarText(Json value, boolean binary) {
        if (value instanceof Json.JString s) {
            return s.value;
        }
        return binary ? JsonWriter.jsonb(value) : JsonWriter.json(value);
    }

    /** A JSON array as array text: nested arrays are dimensions, which must be regular. */
    private static String arrayText(Json.JArray array, String key, boolean binary) {
        int dimensions = 1;
        for (Json first = array; first instanceof Json.JArray a && !a.elements.isEmpty()
                && a.elements.get(0) instanceof Json.JArray inner; first = inner) {
            dimensions++;
        }
        List<Integer> lengths = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        appendLevel(out, array, 1, dimensions, lengths, "", key, binary);
        return out.toString();
    }

    private static void appendLevel(StringBuilder out, Json.JArray array, int level, int dimensions,
                                    List<Integer> lengths, String path, String key, boolean binary) {
        if (lengths.size() < level) {
            lengths.add(array.elements.size());
        } else if (lengths.get(level - 1) != array.elements.size()) {
            throw malformed();
        }
        out.append('{');
        for (int i = 0; i < array.elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Json e = array.elements.get(i);
            String elementPath = path + "[" + i + "]";
            if (level < dimensions) {
                if (!(e instanceof Json.JArray inner)) {
                    throw notAnArray(key, elementPath);
                }
                appendLevel(out, inner, level + 1, dimensions, lengths, elementPath, key, binary);
            } else if (e instanceof Json.JArray) {
                throw malformed();
            } else {
                String text = e instanceof Json.JNull ? null : scalarText(e, binary);
                String quoted = ArrayText.format(java.util.Collections.singletonList(text));
                out.append(quoted, 1, quoted.length() - 1);
            }
        }
        out.append('}');
    }

    private static PgException notAnArray(String key, String elementPath) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "expected JSON array")
                .withHint("See the " + (elementPath.isEmpty() ? "value" : "array element " + elementPath)
                        + " of key \"" + key + "\".");
    }

    private static PgException malformed() {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed JSON array")
                .withDetail("Multidimensional arrays must have sub-arrays with matching dimensions.");
    }
}
