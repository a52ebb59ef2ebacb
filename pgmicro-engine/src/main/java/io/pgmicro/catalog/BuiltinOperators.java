package io.pgmicro.catalog;

import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's built-in operators with pg_operator's operand and result types, and the
 * SQLite each becomes. Comparisons stay SQLite's own wherever the storage form orders
 * like the PostgreSQL value (integers, floats, text in code point order, ISO date/time
 * text, uuid, bytea); numeric and interval compare under the engine's pg_numeric and
 * pg_interval collations, so that indexes on such columns still serve.
 *
 * <p>Arithmetic is declared between operands of the same type only: PostgreSQL's
 * cross-type integer operators (int4 + int8 ...) give the same results as the
 * same-type operator after the implicit widening cast the analyzer applies.
 *
 * <p>LIKE with an ESCAPE clause reaches ~~ as {@code x ~~ like_escape(p, e)}, and SIMILAR
 * TO as {@code x ~ similar_to_escape(p)}, as PostgreSQL's grammar writes them.
 */
public final class BuiltinOperators {
    private static final Map<String, List<OperatorSignature>> BY_NAME = new HashMap<>();
    private static final List<String> COMPARISONS = List.of("=", "<>", "<", "<=", ">", ">=");

    private static final PgType BOOL = Types.BOOL;
    private static final PgType INT2 = Types.INT2;
    private static final PgType INT4 = Types.INT4;
    private static final PgType INT8 = Types.INT8;
    private static final PgType FLOAT4 = Types.FLOAT4;
    private static final PgType FLOAT8 = Types.FLOAT8;
    private static final PgType NUMERIC = Types.NUMERIC;
    private static final PgType TEXT = Types.TEXT;
    private static final PgType DATE = Types.DATE;
    private static final PgType TIME = Types.TIME;
    private static final PgType TIMESTAMP = Types.TIMESTAMP;
    private static final PgType TIMESTAMPTZ = Types.TIMESTAMPTZ;
    private static final PgType INTERVAL = Types.INTERVAL;
    private static final PgType JSON = Types.JSON;
    private static final PgType JSONB = Types.JSONB;
    private static final PgType TEXT_ARRAY = Types.arrayOf(Types.TEXT);
    private static final PgType ANYARRAY = Types.ANYARRAY;
    private static final PgType ANYELEMENT = Types.ANYELEMENT;

    static {
        comparisons();
        integerArithmetic();
        floatArithmetic();
        numericArithmetic();
        text();
        dateTime();
        json();
        arrays();
        bitStrings();
    }

    private BuiltinOperators() {
    }

    /** Every signature of the operator with this name (e.g. "+", "@>"); empty if there is none. */
    public static List<OperatorSignature> byName(String name) {
        return BY_NAME.getOrDefault(name, List.of());
    }

    public static Map<String, List<OperatorSignature>> all() {
        return Collections.unmodifiableMap(BY_NAME);
    }

    private static void op(String name, PgType left, PgType right, PgType result, String template) {
        BY_NAME.computeIfAbsent(name, k -> new ArrayList<>()).add(new OperatorSignature(name, left, right, result, template));
    }

    private static void prefix(String name, PgType operand, PgType result, String template) {
        op(name, null, operand, result, template);
    }

    private static void comparisons() {
        for (PgType t : List.of(BOOL, INT2, INT4, INT8, FLOAT4, FLOAT8, TEXT, Types.NAME, Types.CHAR, Types.OID,
                Types.BYTEA, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, Types.UUID)) {
            for (String c : COMPARISONS) {
                op(c, t, t, BOOL, "(%1$s " + c + " %2$s)");
            }
        }
        // Integers of different widths compare natively; declaring the cross-type pairs avoids needless casts.
        for (PgType a : List.of(INT2, INT4, INT8)) {
            for (PgType b : List.of(INT2, INT4, INT8)) {
                if (!a.equals(b)) {
                    for (String c : COMPARISONS) {
                        op(c, a, b, BOOL, "(%1$s " + c + " %2$s)");
                    }
                }
            }
        }
        for (String c : COMPARISONS) {
            // bpchar ignores trailing blanks in comparisons.
            op(c, Types.BPCHAR, Types.BPCHAR, BOOL, "(rtrim(%1$s, ' ') " + c + " rtrim(%2$s, ' '))");
            op(c, NUMERIC, NUMERIC, BOOL, "(%1$s " + c + " %2$s COLLATE pg_numeric)");
            op(c, INTERVAL, INTERVAL, BOOL, "(%1$s " + c + " %2$s COLLATE pg_interval)");
            // normalized jsonb texts differ where numbers do only in scale ({"a": 1.0} = {"a": 1})
            op(c, JSONB, JSONB, BOOL, "(%1$s " + c + " %2$s COLLATE pg_jsonb)");
        }
        // Canonical array text is equal exactly when the values are.
        op("=", ANYARRAY, ANYARRAY, BOOL, "(%1$s = %2$s)");
        op("<>", ANYARRAY, ANYARRAY, BOOL, "(%1$s <> %2$s)");
        arrayComparisons();
    }

    /**
     * Arrays order element by element in the element type's order, so the ordering operators
     * are declared per element type, whose OID the comparison needs. Equality is declared with them,
     * so that an array of these types matches one operator exactly; it compares the canonical texts
     * except where equal values may have different texts (1.0 and 1, 'a' and 'a ').
     */
    private static void arrayComparisons() {
        for (PgType element : List.of(BOOL, INT2, INT4, INT8, FLOAT4, FLOAT8, NUMERIC, TEXT, Types.VARCHAR, Types.BPCHAR,
                Types.NAME, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, INTERVAL, Types.UUID, Types.OID)) {
            PgType array = Types.arrayOf(element);
            boolean textEquality = !element.equals(NUMERIC) && !element.equals(INTERVAL) && !element.equals(Types.BPCHAR);
            for (String c : COMPARISONS) {
                boolean equality = c.equals("=") || c.equals("<>");
                op(c, array, array, BOOL, textEquality && equality ? "(%1$s " + c + " %2$s)"
                        : "(pg_array_cmp(%1$s, %2$s, " + element.oid() + ") " + c + " 0)");
            }
        }
    }

    private static void integerArithmetic() {
        for (PgType t : List.of(INT2, INT4, INT8)) {
            String p = "pg_" + t.name() + "_";
            op("+", t, t, t, p + "add(%1$s, %2$s)");
            op("-", t, t, t, p + "sub(%1$s, %2$s)");
            op("*", t, t, t, p + "mul(%1$s, %2$s)");
            op("/", t, t, t, p + "div(%1$s, %2$s)");
            op("%", t, t, t, p + "mod(%1$s, %2$s)");
            prefix("-", t, t, p + "neg(%2$s)");
            prefix("+", t, t, "(%2$s)");
            prefix("@", t, t, p + "abs(%2$s)");
            op("&", t, t, t, "(%1$s & %2$s)");
            op("|", t, t, t, "(%1$s | %2$s)");
            op("#", t, t, t, "pg_int8_xor(%1$s, %2$s)");
            prefix("~", t, t, "(~ %2$s)");
            op("<<", t, INT4, t, p + "shl(%1$s, %2$s)");
            op(">>", t, INT4, t, p + "shr(%1$s, %2$s)");
        }
    }

    private static void floatArithmetic() {
        for (PgType t : List.of(FLOAT4, FLOAT8)) {
            String p = "pg_" + t.name() + "_";
            op("+", t, t, t, p + "add(%1$s, %2$s)");
            op("-", t, t, t, p + "sub(%1$s, %2$s)");
            op("*", t, t, t, p + "mul(%1$s, %2$s)");
            op("/", t, t, t, p + "div(%1$s, %2$s)");
            prefix("-", t, t, "pg_float8_neg(%2$s)");
            prefix("+", t, t, "(%2$s)");
            prefix("@", t, t, "pg_float8_abs(%2$s)");
        }
        // float4 with float8 computes in float8, as PostgreSQL's cross-type operators (float48mul ...) do;
        // they also decide which operator float4 * int4 resolves to.
        for (PgType[] pair : new PgType[][] {{FLOAT4, FLOAT8}, {FLOAT8, FLOAT4}}) {
            op("+", pair[0], pair[1], FLOAT8, "pg_float8_add(%1$s, %2$s)");
            op("-", pair[0], pair[1], FLOAT8, "pg_float8_sub(%1$s, %2$s)");
            op("*", pair[0], pair[1], FLOAT8, "pg_float8_mul(%1$s, %2$s)");
            op("/", pair[0], pair[1], FLOAT8, "pg_float8_div(%1$s, %2$s)");
            for (String c : COMPARISONS) {
                op(c, pair[0], pair[1], BOOL, "(%1$s " + c + " %2$s)");
            }
        }
        op("^", FLOAT8, FLOAT8, FLOAT8, "pg_float8_pow(%1$s, %2$s)");
        prefix("|/", FLOAT8, FLOAT8, "pg_float8_sqrt(%2$s)");
        prefix("||/", FLOAT8, FLOAT8, "pg_float8_cbrt(%2$s)");
    }

    private static void numericArithmetic() {
        op("+", NUMERIC, NUMERIC, NUMERIC, "pg_numeric_add(%1$s, %2$s)");
        op("-", NUMERIC, NUMERIC, NUMERIC, "pg_numeric_sub(%1$s, %2$s)");
        op("*", NUMERIC, NUMERIC, NUMERIC, "pg_numeric_mul(%1$s, %2$s)");
        op("/", NUMERIC, NUMERIC, NUMERIC, "pg_numeric_div(%1$s, %2$s)");
        op("%", NUMERIC, NUMERIC, NUMERIC, "pg_numeric_mod(%1$s, %2$s)");
        op("^", NUMERIC, NUMERIC, NUMERIC, "pg_numeric_pow(%1$s, %2$s)");
        prefix("-", NUMERIC, NUMERIC, "pg_numeric_neg(%2$s)");
        prefix("+", NUMERIC, NUMERIC, "(%2$s)");
        prefix("@", NUMERIC, NUMERIC, "pg_numeric_abs(%2$s)");
    }

    private static void text() {
        op("||", TEXT, TEXT, TEXT, "(%1$s || %2$s)");
        // text || non-text: the emitter passes the other operand as its text output.
        op("||", TEXT, Types.ANYNONARRAY, TEXT, "(%1$s || %2$s)");
        op("||", Types.ANYNONARRAY, TEXT, TEXT, "(%1$s || %2$s)");
        op("||", Types.BYTEA, Types.BYTEA, Types.BYTEA, "(CAST(%1$s AS BLOB) || CAST(%2$s AS BLOB))");
        for (PgType t : List.of(TEXT, Types.BPCHAR, Types.NAME)) {
            op("~~", t, TEXT, BOOL, "pg_like(%1$s, %2$s)");
            op("!~~", t, TEXT, BOOL, "(NOT pg_like(%1$s, %2$s))");
            op("~~*", t, TEXT, BOOL, "pg_ilike(%1$s, %2$s)");
            op("!~~*", t, TEXT, BOOL, "(NOT pg_ilike(%1$s, %2$s))");
            op("~", t, TEXT, BOOL, "pg_regex_match(%1$s, %2$s)");
            op("!~", t, TEXT, BOOL, "(NOT pg_regex_match(%1$s, %2$s))");
            op("~*", t, TEXT, BOOL, "pg_regex_imatch(%1$s, %2$s)");
            op("!~*", t, TEXT, BOOL, "(NOT pg_regex_imatch(%1$s, %2$s))");
        }
        op("^@", TEXT, TEXT, BOOL, "pg_starts_with(%1$s, %2$s)");
    }

    private static void dateTime() {
        op("+", DATE, INT4, DATE, "pg_date_add_days(%1$s, %2$s)");
        op("+", INT4, DATE, DATE, "pg_date_add_days(%2$s, %1$s)");
        op("-", DATE, INT4, DATE, "pg_date_sub_days(%1$s, %2$s)");
        op("-", DATE, DATE, INT4, "pg_date_diff(%1$s, %2$s)");
        op("+", DATE, INTERVAL, TIMESTAMP, "pg_date_add_interval(%1$s, %2$s)");
        op("+", INTERVAL, DATE, TIMESTAMP, "pg_date_add_interval(%2$s, %1$s)");
        op("-", DATE, INTERVAL, TIMESTAMP, "pg_date_sub_interval(%1$s, %2$s)");
        op("+", DATE, TIME, TIMESTAMP, "pg_date_add_time(%1$s, %2$s)");
        op("+", TIME, DATE, TIMESTAMP, "pg_date_add_time(%2$s, %1$s)");
        op("+", TIMESTAMP, INTERVAL, TIMESTAMP, "pg_timestamp_add_interval(%1$s, %2$s)");
        op("+", INTERVAL, TIMESTAMP, TIMESTAMP, "pg_timestamp_add_interval(%2$s, %1$s)");
        op("-", TIMESTAMP, INTERVAL, TIMESTAMP, "pg_timestamp_sub_interval(%1$s, %2$s)");
        op("-", TIMESTAMP, TIMESTAMP, INTERVAL, "pg_timestamp_diff(%1$s, %2$s)");
        op("+", TIMESTAMPTZ, INTERVAL, TIMESTAMPTZ, "pg_timestamptz_add_interval(%1$s, %2$s)");
        op("+", INTERVAL, TIMESTAMPTZ, TIMESTAMPTZ, "pg_timestamptz_add_interval(%2$s, %1$s)");
        op("-", TIMESTAMPTZ, INTERVAL, TIMESTAMPTZ, "pg_timestamptz_sub_interval(%1$s, %2$s)");
        op("-", TIMESTAMPTZ, TIMESTAMPTZ, INTERVAL, "pg_timestamptz_diff(%1$s, %2$s)");
        op("+", TIME, INTERVAL, TIME, "pg_time_add_interval(%1$s, %2$s)");
        op("+", INTERVAL, TIME, TIME, "pg_time_add_interval(%2$s, %1$s)");
        op("-", TIME, INTERVAL, TIME, "pg_time_sub_interval(%1$s, %2$s)");
        op("-", TIME, TIME, INTERVAL, "pg_time_diff(%1$s, %2$s)");
        op("+", INTERVAL, INTERVAL, INTERVAL, "pg_interval_add(%1$s, %2$s)");
        op("-", INTERVAL, INTERVAL, INTERVAL, "pg_interval_sub(%1$s, %2$s)");
        prefix("-", INTERVAL, INTERVAL, "pg_interval_neg(%2$s)");
        op("*", INTERVAL, FLOAT8, INTERVAL, "pg_interval_mul(%1$s, %2$s)");
        op("*", FLOAT8, INTERVAL, INTERVAL, "pg_interval_mul(%2$s, %1$s)");
        op("/", INTERVAL, FLOAT8, INTERVAL, "pg_interval_div(%1$s, %2$s)");
    }

    private static void json() {
        for (PgType t : List.of(JSON, JSONB)) {
            String p = "pg_" + t.name() + "_";
            op("->", t, TEXT, t, p + "get(%1$s, %2$s)");
            op("->", t, INT4, t, p + "get(%1$s, %2$s)");
            op("->>", t, TEXT, TEXT, p + "get_text(%1$s, %2$s)");
            op("->>", t, INT4, TEXT, p + "get_text(%1$s, %2$s)");
            op("#>", t, TEXT_ARRAY, t, p + "path(%1$s, %2$s)");
            op("#>>", t, TEXT_ARRAY, TEXT, p + "path_text(%1$s, %2$s)");
        }
        op("@>", JSONB, JSONB, BOOL, "pg_jsonb_contains(%1$s, %2$s)");
        op("<@", JSONB, JSONB, BOOL, "pg_jsonb_contains(%2$s, %1$s)");
        // jsonpath arrives as its text (pgmicro has no jsonpath type); the operators suppress errors
        op("@?", JSONB, TEXT, BOOL, "pg_jsonb_path_exists(%1$s, %2$s, 1)");
        op("@@", JSONB, TEXT, BOOL, "pg_jsonb_path_match(%1$s, %2$s, 1)");
        op("?", JSONB, TEXT, BOOL, "pg_jsonb_exists(%1$s, %2$s)");
        op("?|", JSONB, TEXT_ARRAY, BOOL, "pg_jsonb_exists_any(%1$s, %2$s)");
        op("?&", JSONB, TEXT_ARRAY, BOOL, "pg_jsonb_exists_all(%1$s, %2$s)");
        op("||", JSONB, JSONB, JSONB, "pg_jsonb_concat(%1$s, %2$s)");
        op("-", JSONB, TEXT, JSONB, "pg_jsonb_delete(%1$s, %2$s)");
        op("-", JSONB, INT4, JSONB, "pg_jsonb_delete_index(%1$s, %2$s)");
        op("-", JSONB, TEXT_ARRAY, JSONB, "pg_jsonb_delete_keys(%1$s, %2$s)");
        op("#-", JSONB, TEXT_ARRAY, JSONB, "pg_jsonb_delete_path(%1$s, %2$s)");
    }

    /**
     * bit and bit varying compare as their stored digit texts do; || is text concatenation.
     * As in PostgreSQL, the bitwise operators are declared on bit and serve bit varying
     * through the binary-coercible cast.
     */
    private static void bitStrings() {
        for (PgType t : List.of(Types.BIT, Types.VARBIT)) {
            for (String c : COMPARISONS) {
                op(c, t, t, BOOL, "(%1$s " + c + " %2$s)");
            }
        }
        op("||", Types.VARBIT, Types.VARBIT, Types.VARBIT, "(%1$s || %2$s)");
        op("&", Types.BIT, Types.BIT, Types.BIT, "pg_bit_and(%1$s, %2$s)");
        op("|", Types.BIT, Types.BIT, Types.BIT, "pg_bit_or(%1$s, %2$s)");
        op("#", Types.BIT, Types.BIT, Types.BIT, "pg_bit_xor(%1$s, %2$s)");
        prefix("~", Types.BIT, Types.BIT, "pg_bit_not(%2$s)");
        op("<<", Types.BIT, INT4, Types.BIT, "pg_bit_shift_left(%1$s, %2$s)");
        op(">>", Types.BIT, INT4, Types.BIT, "pg_bit_shift_right(%1$s, %2$s)");
    }

    private static void arrays() {
        op("@>", ANYARRAY, ANYARRAY, BOOL, "pg_array_contains(%1$s, %2$s)");
        op("<@", ANYARRAY, ANYARRAY, BOOL, "pg_array_contains(%2$s, %1$s)");
        op("&&", ANYARRAY, ANYARRAY, BOOL, "pg_array_overlap(%1$s, %2$s)");
        op("||", ANYARRAY, ANYARRAY, ANYARRAY, "pg_array_cat(%1$s, %2$s)");
        op("||", ANYARRAY, ANYELEMENT, ANYARRAY, "pg_array_append(%1$s, %2$s)");
        op("||", ANYELEMENT, ANYARRAY, ANYARRAY, "pg_array_prepend(%1$s, %2$s)");
    }
}
