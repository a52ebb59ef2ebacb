package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The jsonb functions that build a changed copy: ||, -, #-, jsonb_set, jsonb_insert, and SET j[...] = v. */
final class JsonEdit {
    private JsonEdit() {
    }

    /** ||: objects merge (right wins), arrays concatenate, a non-array side is wrapped as a one-element array. */
    static Json concat(Json a, Json b) {
        if (a instanceof Json.JObject ao && b instanceof Json.JObject bo) {
            Map<String, Json> fields = new LinkedHashMap<>(ao.fields);
            fields.putAll(bo.fields);
            return Json.object(fields);
        }
        List<Json> elements = new ArrayList<>(asList(a));
        elements.addAll(asList(b));
        return Json.array(elements);
    }

    private static List<Json> asList(Json j) {
        return j instanceof Json.JArray arr ? arr.elements : List.of(j);
    }

    static Json deleteKey(Json j, String key) {
        if (j instanceof Json.JObject o) {
            Map<String, Json> fields = new LinkedHashMap<>(o.fields);
            fields.remove(key);
            return Json.object(fields);
        }
        if (j instanceof Json.JArray arr) {
            List<Json> kept = new ArrayList<>();
            for (Json e : arr.elements) {
                if (!(e instanceof Json.JString s && s.value.equals(key))) {
                    kept.add(e);
                }
            }
            return Json.array(kept);
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from scalar");
    }

    static Json deleteIndex(Json j, int index) {
        if (j instanceof Json.JArray arr) {
            int i = index < 0 ? arr.elements.size() + index : index;
            List<Json> kept = new ArrayList<>(arr.elements);
            if (i >= 0 && i < kept.size()) {
                kept.remove(i);
            }
            return Json.array(kept);
        }
        if (j instanceof Json.JObject) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from object using integer index");
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from scalar");
    }

    static Json deletePath(Json j, List<String> path) {
        if (!(j instanceof Json.JObject || j instanceof Json.JArray)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete path in scalar");
        }
        if (path.isEmpty() || isEmptyContainer(j)) {
            return j;
        }
        return edit(j, path, 0, (container, key, position) -> container instanceof Json.JObject
                ? deleteKey(container, key)
                : deleteIndex(container, arrayIndex(key, position)));
    }

    /** jsonb_set: replace (or, with createMissing, add) the value at the path's last step; missing parents leave it unchanged. */
    static Json set(Json j, List<String> path, Json value, boolean createMissing) {
        if (!(j instanceof Json.JObject || j instanceof Json.JArray)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot set path in scalar");
        }
        return edit(j, path, 0, (container, key, position) -> {
            if (container instanceof Json.JObject o) {
                if (!o.fields.containsKey(key) && !createMissing) {
                    return o;
                }
                Map<String, Json> fields = new LinkedHashMap<>(o.fields);
                fields.put(key, value);
                return Json.object(fields);
            }
            Json.JArray arr = (Json.JArray) container;
            int n = arr.elements.size();
            int i = arrayIndex(key, position);
            int idx = i < 0 ? n + i : i;
            List<Json> elements = new ArrayList<>(arr.elements);
            if (idx >= 0 && idx < n) {
                elements.set(idx, value);
            } else if (createMissing) {
                if (idx < 0) {
                    elements.add(0, value);
                } else {
                    elements.add(value);
                }
            }
            return Json.array(elements);
        });
    }

    static Json insert(Json j, List<String> path, Json value, boolean after) {
        if (!(j instanceof Json.JObject || j instanceof Json.JArray)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot set path in scalar");
        }
        return edit(j, path, 0, (container, key, position) -> {
            if (container instanceof Json.JObject o) {
                if (o.fields.containsKey(key)) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot replace existing key")
                            .withHint("Try using the function jsonb_set to replace key value.");
                }
                Map<String, Json> fields = new LinkedHashMap<>(o.fields);
                fields.put(key, value);
                return Json.object(fields);
            }
            Json.JArray arr = (Json.JArray) container;
            int n = arr.elements.size();
            int i = arrayIndex(key, position);
            int idx = i < 0 ? n + i : i;
            idx = Math.max(0, Math.min(n, idx + (after ? 1 : 0)));
            if (i < 0 && n + i < 0) {
                idx = 0;
            }
            List<Json> elements = new ArrayList<>(arr.elements);
            elements.add(idx, value);
            return Json.array(elements);
        });
    }

    /**
     * SET j[k1][k2]... = value: unlike jsonb_set, every missing step of the path is created (an
     * integer step makes an array, padded with nulls up to it; any other an object), an index past
     * an array's end pads it with nulls, one before its start is an error, and a step into a scalar
     * is an error rather than a silent no-op.
     */
    static Json assign(Json j, List<String> path, int level, Json value) {
        if (!(j instanceof Json.JObject || j instanceof Json.JArray)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot replace existing key")
                    .withDetail("The path assumes key is a composite object, but it is a scalar value.");
        }
        String key = path.get(level);
        boolean last = level == path.size() - 1;
        if (j instanceof Json.JObject o) {
            Json child = o.fields.get(key);
            Map<String, Json> fields = new LinkedHashMap<>(o.fields);
            fields.put(key, last ? value : child == null ? created(path, level + 1, value)
                    : assign(child, path, level + 1, value));
            return Json.object(fields);
        }
        List<Json> elements = new ArrayList<>(((Json.JArray) j).elements);
        int n = elements.size();
        int index = arrayIndex(key, level + 1);
        if (index < 0) {
            if (-(long) index > n) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "path element at position " + (level + 1) + " is out of range: " + index);
            }
            index += n;
        }
        if (index < n) {
            elements.set(index, last ? value : assign(elements.get(index), path, level + 1, value));
        } else {
            padWithNulls(elements, index);
            elements.add(last ? value : created(path, level + 1, value));
        }
        return Json.array(elements);
    }

    /** The new container that holds {@code value} at path[level..]: an array for an integer step, else an object. */
    private static Json created(List<String> path, int level, Json value) {
        String key = path.get(level);
        Json inner = level == path.size() - 1 ? value : created(path, level + 1, value);
        Integer index = integerOrNull(key);
        if (index == null) {
            Map<String, Json> fields = new LinkedHashMap<>();
            fields.put(key, inner);
            return Json.object(fields);
        }
        List<Json> elements = new ArrayList<>();
        padWithNulls(elements, index);
        elements.add(inner);
        return Json.array(elements);
    }

    /** jsonb keeps 4 bytes per array element, so PostgreSQL's size limit caps a padded array's length. */
    private static final int MAX_ARRAY_ELEMENTS = 268435455 / 4;

    private static void padWithNulls(List<Json> elements, int length) {
        if (length > MAX_ARRAY_ELEMENTS) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "total size of jsonb array elements exceeds the maximum of 268435455 bytes");
        }
        while (elements.size() < length) {
            elements.add(Json.JNull.INSTANCE);
        }
    }

    private static Integer integerOrNull(String key) {
        try {
            return Integer.parseInt(key.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isEmptyContainer(Json j) {
        return j instanceof Json.JObject o && o.fields.isEmpty() || j instanceof Json.JArray a && a.elements.isEmpty();
    }

    private static int arrayIndex(String key, int pathPosition) {
        try {
            return Integer.parseInt(key.trim());
        } catch (NumberFormatException e) {
            throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                    "path element at position " + pathPosition + " is not an integer: \"" + key + "\"");
        }
    }

    /** What happens at the path's last step, given the container that holds it. */
    private interface LastStep {
        Json apply(Json container, String key, int position);
    }

    private static Json edit(Json j, List<String> path, int depth, LastStep last) {
        String key = path.get(depth);
        if (key == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED,
                    "path element at position " + (depth + 1) + " is null");
        }
        if (depth == path.size() - 1) {
            return last.apply(j, key, depth + 1);
        }
        if (j instanceof Json.JObject o) {
            Json child = o.fields.get(key);
            if (child == null || !(child instanceof Json.JObject || child instanceof Json.JArray)) {
                return j;
            }
            Map<String, Json> fields = new LinkedHashMap<>(o.fields);
            fields.put(key, edit(child, path, depth + 1, last));
            return Json.object(fields);
        }
        if (j instanceof Json.JArray arr) {
            int i = arrayIndex(key, depth + 1);
            int idx = i < 0 ? arr.elements.size() + i : i;
            if (idx < 0 || idx >= arr.elements.size()) {
                return j;
            }
            Json child = arr.elements.get(idx);
            if (!(child instanceof Json.JObject || child instanceof Json.JArray)) {
                return j;
            }
            List<Json> elements = new ArrayList<>(arr.elements);
            elements.set(idx, edit(child, path, depth + 1, last));
            return Json.array(elements);
        }
        return j;
    }
}
