package io.pgmicro.exec.functions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed jsonpath expression of the subset pgmicro evaluates (see {@link JsonPathParser}),
 * and its evaluation over a JSON value with PostgreSQL's rules: in lax mode (the default)
 * accessors unwrap arrays and skip what is missing, in strict mode those are errors; predicates
 * are three-valued, a comparison of values of different kinds being unknown.
 */
final class JsonPath {
    /** An error of strict mode (a missing key, an accessor on the wrong kind of value). */
    static final class StructuralError extends RuntimeException {
        final String sqlState;

        StructuralError(String sqlState, String message) {
            super(message, null, false, false);
            this.sqlState = sqlState;
        }
    }

    enum Truth { TRUE, FALSE, UNKNOWN }

    sealed interface Expr permits Path, Literal, Predicate {
    }

    /** {@code $} or {@code @} followed by accessors. */
    record Path(boolean current, List<Step> steps) implements Expr {
    }

    record Literal(Json value) implements Expr {
    }

    sealed interface Predicate extends Expr permits Comparison, And, Or, Not, Exists {
    }

    record Comparison(String op, Expr left, Expr right) implements Predicate {
    }

    record And(Predicate left, Predicate right) implements Predicate {
    }

    record Or(Predicate left, Predicate right) implements Predicate {
    }

    record Not(Predicate operand) implements Predicate {
    }

    record Exists(Expr path) implements Predicate {
    }

    sealed interface Step permits Key, AnyKey, AnyElement, Element, Filter {
    }

    record Key(String name) implements Step {
    }

    record AnyKey() implements Step {
    }

    record AnyElement() implements Step {
    }

    record Element(int index) implements Step {
    }

    record Filter(Predicate condition) implements Step {
    }

    final boolean strict;
    final Expr expr;

    JsonPath(boolean strict, Expr expr) {
        this.strict = strict;
        this.expr = expr;
    }

    /** The items the whole expression yields; a predicate yields one boolean (JSON null when unknown). */
    List<Json> items(Json root) {
        if (expr instanceof Predicate p) {
            Truth t = truth(p, root, null);
            return List.of(t == Truth.UNKNOWN ? Json.JNull.INSTANCE : new Json.JBool(t == Truth.TRUE));
        }
        return sequence(expr, root, null);
    }

    private List<Json> sequence(Expr e, Json root, Json current) {
        if (e instanceof Literal l) {
            return List.of(l.value());
        }
        if (e instanceof Predicate p) {
            Truth t = truth(p, root, current);
            return List.of(t == Truth.UNKNOWN ? Json.JNull.INSTANCE : new Json.JBool(t == Truth.TRUE));
        }
        Path path = (Path) e;
        List<Json> items = List.of(path.current() ? current : root);
        for (Step step : path.steps()) {
            List<Json> next = new ArrayList<>();
            for (Json item : items) {
                apply(step, item, root, next);
            }
            items = next;
        }
        return items;
    }

    private void apply(Step step, Json item, Json root, List<Json> out) {
        if (!strict && item instanceof Json.JArray array && (step instanceof Key || step instanceof AnyKey
                || step instanceof Filter)) {
            // lax mode unwraps one level of array for member accessors and filters
            for (Json e : array.elements) {
                applyUnwrapped(step, e, root, out);
            }
            return;
        }
        applyUnwrapped(step, item, root, out);
    }

    private void applyUnwrapped(Step step, Json item, Json root, List<Json> out) {
        if (step instanceof Key k) {
            if (item instanceof Json.JObject o) {
                Json v = o.fields.get(k.name());
                if (v != null) {
                    out.add(v);
                } else if (strict) {
                    throw new StructuralError("2203A", "JSON object does not contain key \"" + k.name() + "\"");
                }
            } else if (strict) {
                throw new StructuralError("2203C", "jsonpath member accessor can only be applied to an object");
            }
        } else if (step instanceof AnyKey) {
            if (item instanceof Json.JObject o) {
                out.addAll(o.fields.values());
            } else if (strict) {
                throw new StructuralError("2203C", "jsonpath wildcard member accessor can only be applied to an object");
            }
        } else if (step instanceof AnyElement) {
            if (item instanceof Json.JArray a) {
                out.addAll(a.elements);
            } else if (strict) {
                throw new StructuralError("2203B", "jsonpath wildcard array accessor can only be applied to an array");
            } else {
                out.add(item);
            }
        } else if (step instanceof Element el) {
            List<Json> elements = item instanceof Json.JArray a ? a.elements : strict ? null : List.of(item);
            if (elements == null) {
                throw new StructuralError("2203B", "jsonpath array accessor can only be applied to an array");
            }
            if (el.index() < elements.size()) {
                out.add(elements.get(el.index()));
            } else if (strict) {
                throw new StructuralError("22033", "jsonpath array subscript is out of bounds");
            }
        } else if (truth(((Filter) step).condition(), root, item) == Truth.TRUE) {
            out.add(item);
        }
    }

    Truth truth(Predicate p, Json root, Json current) {
        if (p instanceof And a) {
            Truth l = truth(a.left(), root, current);
            if (l == Truth.FALSE) {
                return Truth.FALSE;
            }
            Truth r = truth(a.right(), root, current);
            return r == Truth.FALSE ? Truth.FALSE : l == Truth.TRUE && r == Truth.TRUE ? Truth.TRUE : Truth.UNKNOWN;
        }
        if (p instanceof Or o) {
            Truth l = truth(o.left(), root, current);
            if (l == Truth.TRUE) {
                return Truth.TRUE;
            }
            Truth r = truth(o.right(), root, current);
            return r == Truth.TRUE ? Truth.TRUE : l == Truth.FALSE && r == Truth.FALSE ? Truth.FALSE : Truth.UNKNOWN;
        }
        if (p instanceof Not n) {
            Truth t = truth(n.operand(), root, current);
            return t == Truth.UNKNOWN ? t : t == Truth.TRUE ? Truth.FALSE : Truth.TRUE;
        }
        if (p instanceof Exists e) {
            try {
                return sequence(e.path(), root, current).isEmpty() ? Truth.FALSE : Truth.TRUE;
            } catch (StructuralError err) {
                return Truth.UNKNOWN;
            }
        }
        return compare((Comparison) p, root, current);
    }

    private Truth compare(Comparison c, Json root, Json current) {
        List<Json> left;
        List<Json> right;
        try {
            left = operand(c.left(), root, current);
            right = operand(c.right(), root, current);
        } catch (StructuralError err) {
            return Truth.UNKNOWN;
        }
        boolean unknown = false;
        for (Json l : left) {
            for (Json r : right) {
                Truth t = compareItems(c.op(), l, r);
                if (t == Truth.TRUE) {
                    return Truth.TRUE;
                }
                if (t == Truth.UNKNOWN) {
                    if (strict) {
                        return Truth.UNKNOWN;
                    }
                    unknown = true;
                }
            }
        }
        return unknown ? Truth.UNKNOWN : Truth.FALSE;
    }

    /** A comparison's operand; lax mode unwraps its arrays. */
    private List<Json> operand(Expr e, Json root, Json current) {
        List<Json> items = sequence(e, root, current);
        if (strict) {
            return items;
        }
        List<Json> out = new ArrayList<>();
        for (Json item : items) {
            if (item instanceof Json.JArray a) {
                out.addAll(a.elements);
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static Truth compareItems(String op, Json a, Json b) {
        boolean nullA = a instanceof Json.JNull;
        boolean nullB = b instanceof Json.JNull;
        if (nullA != nullB) {
            // a null against a non-null is unequal, and neither smaller nor greater
            return op.equals("!=") ? Truth.TRUE : Truth.FALSE;
        }
        int cmp;
        if (nullA) {
            cmp = 0;
        } else if (a instanceof Json.JNumber x && b instanceof Json.JNumber y) {
            cmp = x.value.compareTo(y.value);
        } else if (a instanceof Json.JString x && b instanceof Json.JString y) {
            cmp = io.pgmicro.types.StorageOrder.codePointOrder(x.value, y.value);
        } else if (a instanceof Json.JBool x && b instanceof Json.JBool y) {
            cmp = Boolean.compare(x.value, y.value);
        } else {
            return Truth.UNKNOWN;
        }
        boolean result = switch (op) {
            case "==" -> cmp == 0;
            case "!=" -> cmp != 0;
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            default -> cmp >= 0;
        };
        return result ? Truth.TRUE : Truth.FALSE;
    }

    static Literal number(String text) {
        return new Literal(Json.number(new BigDecimal(text)));
    }
}
