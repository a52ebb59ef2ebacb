package io.pgmicro.exec.functions;

import java.util.Map;

/** jsonb's @> (and, swapped, <@): structural containment as PostgreSQL defines it. */
final class JsonContainment {
    private JsonContainment() {
    }

    /** @param topLevel a top-level array also contains a bare scalar it holds ('[1,2]' @> '1') */
    static boolean contains(Json a, Json b, boolean topLevel) {
        if (a instanceof Json.JObject ao) {
            if (!(b instanceof Json.JObject bo)) {
                return false;
            }
            for (Map.Entry<String, Json> e : bo.fields.entrySet()) {
                Json av = ao.fields.get(e.getKey());
                if (av == null || !contains(av, e.getValue(), false)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Json.JArray aa) {
            if (b instanceof Json.JArray ba) {
                for (Json be : ba.elements) {
                    boolean found = false;
                    for (Json ae : aa.elements) {
                        if (isContainer(be) == isContainer(ae) && contains(ae, be, false)) {
                            found = true;
                            break;
                        }
                    }
                    if (!found) {
                        return false;
                    }
                }
                return true;
            }
            if (topLevel && !isContainer(b)) {
                return aa.elements.stream().anyMatch(ae -> scalarEquals(ae, b));
            }
            return false;
        }
        return scalarEquals(a, b);
    }

    private static boolean isContainer(Json j) {
        return j instanceof Json.JObject || j instanceof Json.JArray;
    }

    static boolean scalarEquals(Json a, Json b) {
        if (a instanceof Json.JNumber an && b instanceof Json.JNumber bn) {
            return an.value.compareTo(bn.value) == 0;
        }
        if (a instanceof Json.JString as && b instanceof Json.JString bs) {
            return as.value.equals(bs.value);
        }
        if (a instanceof Json.JBool ab && b instanceof Json.JBool bb) {
            return ab.value == bb.value;
        }
        return a instanceof Json.JNull && b instanceof Json.JNull;
    }
}
