package io.pgmicro.types;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * json keeps the text as entered (after checking it); jsonb keeps its normalized output:
 * keys unique (the last wins) and sorted by byte length then bytes, ", " and ": "
 * separators, numbers as numerics print them, strings re-escaped minimally.
 */
final class JsonCodecs {
    static final TypeCodec JSON = new TypeCodec() {
        @Override
        public Object input(String text, int typmod, FormatContext ctx) {
            JsonReader.read(text, false);
            return text;
        }

        @Override
        public String output(Object storage, FormatContext ctx) {
            return storage.toString();
        }
    };

    static final TypeCodec JSONB = new TypeCodec() {
        @Override
        public Object input(String text, int typmod, FormatContext ctx) {
            return jsonbText(JsonReader.read(text, true));
        }

        @Override
        public String output(Object storage, FormatContext ctx) {
            return storage.toString();
        }
    };

    private JsonCodecs() {
    }

    /** The jsonb output text of a JSON tree. */
    static String jsonbText(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            fields.sort((a, b) -> compareKeys(a.getKey(), b.getKey()));
            out.append('{');
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                JsonStrings.quote(out, fields.get(i).getKey());
                out.append(": ");
                write(fields.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            JsonStrings.quote(out, node.textValue());
        } else if (node.isNumber()) {
            out.append(NumericValue.of(node.decimalValue()));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else {
            out.append("null");
        }
    }

    /** jsonb's key order: shorter keys first (in UTF-8 bytes), then by bytes. */
    static int compareKeys(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return x.length != y.length ? Integer.compare(x.length, y.length) : Arrays.compareUnsigned(x, y);
    }

}
