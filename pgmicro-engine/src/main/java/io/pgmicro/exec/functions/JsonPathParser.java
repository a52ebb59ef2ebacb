package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the jsonpath subset pgmicro evaluates: an optional {@code strict} or {@code lax}, then
 * paths from {@code $} (or {@code @} inside a filter) with {@code .key}, {@code ."key"},
 * {@code .*}, {@code [*]}, {@code [n]} and {@code ? (filter)}, literals (numbers, strings, true,
 * false, null), the comparisons {@code == != <> < <= > >=}, {@code && || !(...)} and
 * {@code exists(...)}. Anything else (arithmetic, methods, variables, like_regex, ranges ...) is
 * refused with 0A000 rather than evaluated wrongly.
 */
final class JsonPathParser {
    private final String text;
    private int pos;

    private JsonPathParser(String text) {
        this.text = text;
    }

    static JsonPath parse(String text) {
        JsonPathParser p = new JsonPathParser(text);
        boolean strict = false;
        p.skipSpace();
        if (p.keyword("strict")) {
            strict = true;
        } else {
            p.keyword("lax");
        }
        JsonPath.Expr e = p.expression();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.unsupported();
        }
        return new JsonPath(strict, e);
    }

    private JsonPath.Expr expression() {
        JsonPath.Expr left = conjunction();
        while (consume("||")) {
            left = new JsonPath.Or(predicate(left), predicate(conjunction()));
        }
        return left;
    }

    private JsonPath.Expr conjunction() {
        JsonPath.Expr left = negation();
        while (consume("&&")) {
            left = new JsonPath.And(predicate(left), predicate(negation()));
        }
        return left;
    }

    private JsonPath.Expr negation() {
        if (peek("!") && !peek("!=")) {
            pos++;
            expect("(");
            JsonPath.Expr e = expression();
            expect(")");
            return new JsonPath.Not(predicate(e));
        }
        return comparison();
    }

    private JsonPath.Expr comparison() {
        JsonPath.Expr left = operand();
        for (String op : new String[] {"==", "!=", "<>", "<=", ">=", "<", ">"}) {
            if (consume(op)) {
                JsonPath.Expr right = operand();
                if (right instanceof JsonPath.Predicate || left instanceof JsonPath.Predicate) {
                    throw unsupported();
                }
                return new JsonPath.Comparison(op.equals("<>") ? "!=" : op, left, right);
            }
        }
        return left;
    }

    private JsonPath.Expr operand() {
        skipSpace();
        if (consume("(")) {
            JsonPath.Expr e = expression();
            expect(")");
            return e;
        }
        if (keyword("exists")) {
            expect("(");
            JsonPath.Expr path = expression();
            expect(")");
            return new JsonPath.Exists(path);
        }
        if (peek("$") || peek("@")) {
            boolean current = text.charAt(pos) == '@';
            pos++;
            if (pos < text.length() && isKeyChar(text.charAt(pos))) {
                throw unsupported(); // a $variable
            }
            return new JsonPath.Path(current, steps());
        }
        if (peek("\"")) {
            return new JsonPath.Literal(Json.string(string()));
        }
        if (keyword("true")) {
            return new JsonPath.Literal(new Json.JBool(true));
        }
        if (keyword("false")) {
            return new JsonPath.Literal(new Json.JBool(false));
        }
        if (keyword("null")) {
            return new JsonPath.Literal(Json.JNull.INSTANCE);
        }
        return JsonPath.number(number());
    }

    private List<JsonPath.Step> steps() {
        List<JsonPath.Step> steps = new ArrayList<>();
        while (true) {
            skipSpace();
            if (consume(".")) {
                skipSpace();
                if (consume("*")) {
                    steps.add(new JsonPath.AnyKey());
                } else if (peek("\"")) {
                    steps.add(new JsonPath.Key(string()));
                } else {
                    int start = pos;
                    while (pos < text.length() && isKeyChar(text.charAt(pos))) {
                        pos++;
                    }
                    String name = text.substring(start, pos);
                    if (name.isEmpty() || consume("(")) {
                        throw unsupported(); // a method such as .size()
                    }
                    steps.add(new JsonPath.Key(name));
                }
            } else if (consume("[")) {
                skipSpace();
                if (consume("*")) {
                    steps.add(new JsonPath.AnyElement());
                } else {
                    String n = number();
                    if (!n.matches("[0-9]+") || n.length() > 9) {
                        throw unsupported();
                    }
                    steps.add(new JsonPath.Element(Integer.parseInt(n)));
                }
                expect("]");
            } else if (peek("?") ) {
                pos++;
                expect("(");
                JsonPath.Expr condition = expression();
                expect(")");
                steps.add(new JsonPath.Filter(predicate(condition)));
            } else {
                return steps;
            }
        }
    }

    private JsonPath.Predicate predicate(JsonPath.Expr e) {
        if (e instanceof JsonPath.Predicate p) {
            return p;
        }
        throw unsupported();
    }

    private String number() {
        skipSpace();
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        String n = text.substring(start, pos);
        if (!n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            pos = start;
            throw unsupported();
        }
        return n;
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            pos = JsonEscapes.read(text, pos, out, message -> unsupported());
        }
        if (pos >= text.length()) {
            throw unsupported();
        }
        pos++;
        return out.toString();
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c >= 0x80;
    }

    /** A keyword, as a whole word (case-sensitive, as jsonpath's are). */
    private boolean keyword(String word) {
        skipSpace();
        if (text.startsWith(word, pos) && (pos + word.length() >= text.length()
                || !isKeyChar(text.charAt(pos + word.length())))) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private boolean peek(String token) {
        skipSpace();
        return text.startsWith(token, pos);
    }

    private boolean consume(String token) {
        if (peek(token)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!consume(token)) {
            throw unsupported();
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private PgException unsupported() {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support this jsonpath expression yet: "
                + text).withDetail("Supported: paths with .key, .*, [*], [n] and ? (...) filters, literals, comparisons, "
                + "&&, ||, ! and exists().");
    }
}
