package io.pgmicro.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's btree order of jsonb values (its compareJsonbContainers), over the stored
 * normalized text: numbers compare by value ({"a": 1.0} equals {"a": 1}), objects with more
 * pairs and arrays with more elements are greater, then members compare in storage order
 * (key, value, key, value ...); across kinds, null < string < number < boolean < array < object.
 * A top-level scalar is a one-element "raw scalar" array: below an array of one element,
 * and ordered by its element count against other arrays.
 */
public final class JsonbOrder implements Comparator<String> {
    public static final JsonbOrder INSTANCE = new JsonbOrder();

    private JsonbOrder() {
    }

    @Override
    public int compare(String a, String b) {
        return compareTopLevel(JsonReader.read(a, true), JsonReader.read(b, true));
    }

    private static int compareTopLevel(JsonNode a, JsonNode b) {
        boolean scalarA = !a.isContainerNode();
        boolean scalarB = !b.isContainerNode();
        if (scalarA == scalarB) {
            return compareValues(a, b);
        }
        JsonNode container = scalarA ? b : a;
        int scalarFirst;
        if (container.isObject()) {
            scalarFirst = -1;
        } else {
            scalarFirst = container.size() != 1 ? Integer.compare(1, container.size()) : -1;
        }
        return scalarA ? scalarFirst : -scalarFirst;
    }

    private static int rank(JsonNode n) {
        if (n.isNull()) {
            return 0;
        }
        if (n.isTextual()) {
            return 1;
        }
        if (n.isNumber()) {
            return 2;
        }
        if (n.isBoolean()) {
            return 3;
        }
        return n.isArray() ? 16 : 17;
    }

    private static int compareValues(JsonNode a, JsonNode b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        switch (ra) {
            case 0:
                return 0;
            case 1:
                return codePointOrder(a.textValue(), b.textValue());
            case 2:
                return a.decimalValue().compareTo(b.decimalValue());
            case 3:
                return Boolean.compare(a.booleanValue(), b.booleanValue());
            default:
                break;
        }
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                int c = compareValues(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        List<String> keysA = storageOrder(a);
        List<String> keysB = storageOrder(b);
        for (int i = 0; i < keysA.size(); i++) {
            int c = codePointOrder(keysA.get(i), keysB.get(i));
            if (c == 0) {
                c = compareValues(a.get(keysA.get(i)), b.get(keysB.get(i)));
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static List<String> storageOrder(JsonNode object) {
        List<String> keys = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            keys.add(it.next().getKey());
        }
        keys.sort(JsonCodecs::compareKeys);
        return keys;
    }

    private static int codePointOrder(String a, String b) {
        return StorageOrder.compare(Types.TEXT, a, b);
    }
}
