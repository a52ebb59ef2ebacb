package io.pgmicro.catalog;

import io.pgmicro.catalog.FunctionSignature.Kind;
import io.pgmicro.types.PgType;
import io.pgmicro.types.StorageClass;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's built-in functions with the argument and result types pg_proc declares,
 * and the SQLite each one becomes: a SQLite built-in where its semantics are exactly
 * PostgreSQL's, otherwise a {@code pg_} function from io.pgmicro.exec.functions.
 *
 * <p>Contracts with the emitter that a template cannot express:
 * <ul>
 * <li>Arguments declared {@link #ANY} of json_build_object, jsonb_build_object,
 *     json_build_array and jsonb_build_array must arrive as JSON text: the emitter wraps
 *     each value in {@code pg_to_json(x, '<type name>')} (keys as text). Those of concat,
 *     concat_ws and format must arrive as text (the type's output).</li>
 * <li>Element arguments of the array functions (array_append, array_position ...) of a
 *     bool array arrive as text ('t'/'f'): 0/1 cannot be told from integers there.</li>
 * <li>Set-returning functions (returnsSet) return one JSON document; the emitter reads
 *     it with {@code json_each(<template>)} and takes the {@code value} column (and
 *     {@code key} for jsonb_each / json_each).</li>
 * <li>A polymorphic function's template may name, after its arguments, one more: the OID
 *     of the type its polymorphic arguments bound to (enum_range(anyenum) is
 *     "pg_enum_range(NULL, NULL, %2$s)").</li>
 * <li>Named arguments and defaults ({@link #parameters}) are put in place before resolution:
 *     make_interval(days => 3) is resolved as make_interval(0, 0, 0, 3, 0, 0, 0.0).</li>
 * </ul>
 * Sequence functions (nextval ...) and generate_series are the engine's and are declared
 * where those are implemented.
 */
public final class BuiltinFunctions {
    /**
     * The prefix of the name under which each engine aggregate ({@code pg_...}) is also registered
     * as a window function: the emitter calls {@code pgmicro_window_pg_sum_int(x) OVER (...)}. The
     * aggregate's own name is a plain aggregate, which SQLite refuses in OVER: sqlite-jdbc aborts the
     * JVM when a window function is asked for its value before its first row (an empty first frame),
     * so only SQL the emitter wrote, which keeps that from happening, may call the window variant.
     */
    public static final String WINDOW_VARIANT_PREFIX = "pgmicro_window_";

    /**
     * The prefix of each engine aggregate's window variant that takes its FILTER as one more, last
     * argument: every row of the frame is stepped, so the frame keeps sliding in O(1) per row.
     */
    public static final String FILTERED_WINDOW_VARIANT_PREFIX = WINDOW_VARIANT_PREFIX + "filtered_";

    /** PostgreSQL's "any" pseudo-type (OID 2276), for variadic arguments of any type. */
    public static final PgType ANY = new PgType(2276, "any", 4, 'P', false, StorageClass.TEXT, 0, 0,
            Types.TEXT.codec());

    private static final Map<String, List<FunctionSignature>> BY_NAME = new HashMap<>();

    private static final PgType BOOL = Types.BOOL;
    private static final PgType INT2 = Types.INT2;
    private static final PgType INT4 = Types.INT4;
    private static final PgType INT8 = Types.INT8;
    private static final PgType FLOAT4 = Types.FLOAT4;
    private static final PgType FLOAT8 = Types.FLOAT8;
    private static final PgType NUMERIC = Types.NUMERIC;
    private static final PgType TEXT = Types.TEXT;
    private static final PgType BPCHAR = Types.BPCHAR;
    private static final PgType BYTEA = Types.BYTEA;
    private static final PgType DATE = Types.DATE;
    private static final PgType TIME = Types.TIME;
    private static final PgType TIMETZ = Types.TIMETZ;
    private static final PgType TIMESTAMP = Types.TIMESTAMP;
    private static final PgType TIMESTAMPTZ = Types.TIMESTAMPTZ;
    private static final PgType INTERVAL = Types.INTERVAL;
    private static final PgType JSON = Types.JSON;
    private static final PgType JSONB = Types.JSONB;
    private static final PgType UUID = Types.UUID;
    private static final PgType TEXT_ARRAY = Types.arrayOf(Types.TEXT);
    private static final PgType INT4_ARRAY = Types.arrayOf(Types.INT4);
    private static final PgType ANYARRAY = Types.ANYARRAY;
    private static final PgType ANYELEMENT = Types.ANYELEMENT;

    static {
        strings();
        bitStrings();
        patterns();
        math();
        dateTime();
        json();
        arrays();
        aggregates();
        windows();
        session();
        io.pgmicro.catalog.system.CatalogFunctionSignatures.all().forEach(BuiltinFunctions::add);
    }

    private BuiltinFunctions() {
    }

    /** Every signature of the built-in function with this (lower-case) name; empty if there is none. */
    public static List<FunctionSignature> byName(String name) {
        return BY_NAME.getOrDefault(name, List.of());
    }

    /**
     * The name of the one column a set-returning function gives in FROM when it declares an
     * OUT parameter (PostgreSQL's proargnames), which wins over the function's alias; null
     * when the column takes the alias. The JSON array expanders and pg_partition_ancestors declare one.
     */
    public static String outColumnName(String function) {
        if (function.equals("pg_partition_ancestors")) {
            return "relid";
        }
        return function.matches("jsonb?_array_elements(_text)?") ? "value" : null;
    }

    /**
     * A built-in's parameter names and the defaults of its trailing parameters (constants'
     * text), for calls with named arguments or with fewer arguments than declared.
     */
    public record Parameters(List<String> names, List<String> defaults) {
    }

    private static final Map<String, Parameters> PARAMETERS = Map.of(
            "make_interval", new Parameters(List.of("years", "months", "weeks", "days", "hours", "mins", "secs"),
                    List.of("0", "0", "0", "0", "0", "0", "0.0")),
            "jsonb_set_lax", new Parameters(List.of("jsonb_in", "path", "replacement", "create_if_missing",
                    "null_value_treatment"), List.of("true", "'use_json_null'")));

    /** The parameters of a built-in that PostgreSQL declares with names, or null. */
    public static Parameters parameters(String function) {
        return PARAMETERS.get(function);
    }

    public static Map<String, List<FunctionSignature>> all() {
        return Collections.unmodifiableMap(BY_NAME);
    }

    private static void add(FunctionSignature s) {
        BY_NAME.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
    }

    /** An immutable, strict, ordinary function. */
    private static void fn(String name, PgType result, String template, PgType... args) {
        add(new FunctionSignature(name, List.of(args), null, result, Kind.NORMAL, template, true, 'i', false));
    }

    /** A function that is not immutable: 's' stable (same within a statement) or 'v' volatile. */
    private static void fnVolatile(String name, char volatility, PgType result, String template, PgType... args) {
        add(new FunctionSignature(name, List.of(args), null, result, Kind.NORMAL, template, false, volatility, false));
    }

    /** A function that sees its NULL arguments itself. */
    private static void fnLenient(String name, PgType result, String template, PgType... args) {
        add(new FunctionSignature(name, List.of(args), null, result, Kind.NORMAL, template, false, 'i', false));
    }

    private static void variadic(String name, PgType element, PgType result, String template, PgType... fixed) {
        add(new FunctionSignature(name, List.of(fixed), element, result, Kind.NORMAL, template, false, 's', false));
    }

    private static void setReturning(String name, PgType rowType, String template, PgType... args) {
        add(new FunctionSignature(name, List.of(args), null, rowType, Kind.NORMAL, template, true, 'i', true));
    }

    private static void aggregate(String name, PgType result, String template, PgType... args) {
        add(new FunctionSignature(name, List.of(args), null, result, Kind.AGGREGATE, template, false, 'i', false));
    }

    private static void window(String name, PgType result, String template, PgType... args) {
        add(new FunctionSignature(name, List.of(args), null, result, Kind.WINDOW, template, false, 'i', false));
    }

    /** The bit string functions; bit varying reaches them through its binary-coercible cast to bit. */
    private static void bitStrings() {
        PgType bit = Types.BIT;
        fn("length", INT4, "length(%1$s)", bit);
        fn("bit_length", INT4, "length(%1$s)", bit);
        fn("octet_length", INT4, "((length(%1$s) + 7) / 8)", bit);
        fn("bit_count", INT8, "(length(%1$s) - length(replace(%1$s, '1', '')))", bit);
        fn("bitcat", Types.VARBIT, "(%1$s || %2$s)", Types.VARBIT, Types.VARBIT);
        // The digits are ASCII text, so substring and overlay are the text functions.
        fn("substring", bit, "pg_substr(%1$s, %2$s)", bit, INT4);
        fn("substring", bit, "pg_substr(%1$s, %2$s, %3$s)", bit, INT4, INT4);
        fn("overlay", bit, "pg_overlay(%1$s, %2$s, %3$s)", bit, bit, INT4);
        fn("overlay", bit, "pg_overlay(%1$s, %2$s, %3$s, %4$s)", bit, bit, INT4, INT4);
        fn("position", INT4, "pg_bit_position(%1$s, %2$s)", bit, bit);
        fn("get_bit", INT4, "pg_bit_get(%1$s, %2$s)", bit, INT4);
        fn("set_bit", bit, "pg_bit_set(%1$s, %2$s, %3$s)", bit, INT4, INT4);
    }

    private static void strings() {
        fn("lower", TEXT, "pg_lower(%1$s)", TEXT);
        fn("upper", TEXT, "pg_upper(%1$s)", TEXT);
        fn("initcap", TEXT, "pg_initcap(%1$s)", TEXT);
        for (String name : List.of("length", "char_length", "character_length")) {
            fn(name, INT4, "length(%1$s)", TEXT);
            fn(name, INT4, "pg_bpchar_length(%1$s)", BPCHAR);
        }
        fn("length", INT4, "length(%1$s)", BYTEA);
        fn("octet_length", INT4, "octet_length(%1$s)", TEXT);
        fn("octet_length", INT4, "length(%1$s)", BYTEA);
        // bpchar is stored blank-padded, and its octet length counts the padding.
        fn("octet_length", INT4, "octet_length(%1$s)", BPCHAR);
        fn("bit_length", INT4, "(octet_length(%1$s) * 8)", TEXT);
        for (String name : List.of("substr", "substring")) {
            fn(name, TEXT, "pg_substr(%1$s, %2$s)", TEXT, INT4);
            fn(name, TEXT, "pg_substr(%1$s, %2$s, %3$s)", TEXT, INT4, INT4);
        }
        // SUBSTRING(s FROM pattern) with a text pattern is a regular expression search.
        fn("substring", TEXT, "pg_substring_regex(%1$s, %2$s)", TEXT, TEXT);
        // The grammar turns position(sub IN s) into position(s, sub).
        fn("position", INT4, "pg_strpos(%1$s, %2$s)", TEXT, TEXT);
        fn("strpos", INT4, "pg_strpos(%1$s, %2$s)", TEXT, TEXT);
        fn("overlay", TEXT, "pg_overlay(%1$s, %2$s, %3$s)", TEXT, TEXT, INT4);
        fn("overlay", TEXT, "pg_overlay(%1$s, %2$s, %3$s, %4$s)", TEXT, TEXT, INT4, INT4);
        fn("left", TEXT, "pg_left(%1$s, %2$s)", TEXT, INT4);
        fn("right", TEXT, "pg_right(%1$s, %2$s)", TEXT, INT4);
        fn("lpad", TEXT, "pg_lpad(%1$s, %2$s)", TEXT, INT4);
        fn("lpad", TEXT, "pg_lpad(%1$s, %2$s, %3$s)", TEXT, INT4, TEXT);
        fn("rpad", TEXT, "pg_rpad(%1$s, %2$s)", TEXT, INT4);
        fn("rpad", TEXT, "pg_rpad(%1$s, %2$s, %3$s)", TEXT, INT4, TEXT);
        // SQLite's trim family removes any of the given characters from the ends, as PostgreSQL's does.
        fn("ltrim", TEXT, "ltrim(%1$s, ' ')", TEXT);
        fn("ltrim", TEXT, "ltrim(%1$s, %2$s)", TEXT, TEXT);
        fn("rtrim", TEXT, "rtrim(%1$s, ' ')", TEXT);
        fn("rtrim", TEXT, "rtrim(%1$s, %2$s)", TEXT, TEXT);
        fn("btrim", TEXT, "trim(%1$s, ' ')", TEXT);
        fn("btrim", TEXT, "trim(%1$s, %2$s)", TEXT, TEXT);
        fn("replace", TEXT, "replace(%1$s, %2$s, %3$s)", TEXT, TEXT, TEXT);
        fn("repeat", TEXT, "pg_repeat(%1$s, %2$s)", TEXT, INT4);
        fn("reverse", TEXT, "pg_reverse(%1$s)", TEXT);
        fn("split_part", TEXT, "pg_split_part(%1$s, %2$s, %3$s)", TEXT, TEXT, INT4);
        variadic("concat", ANY, TEXT, "pg_concat(%s)");
        variadic("concat_ws", ANY, TEXT, "pg_concat_ws(%s)", TEXT);
        variadic("format", ANY, TEXT, "pg_format(%s)", TEXT);
        fnLenient("format", TEXT, "pg_format(%1$s)", TEXT);
        fn("md5", TEXT, "pg_md5(%1$s)", TEXT);
        fn("md5", TEXT, "pg_md5(%1$s)", BYTEA);
        fn("encode", TEXT, "pg_encode(%1$s, %2$s)", BYTEA, TEXT);
        fn("decode", BYTEA, "pg_decode(%1$s, %2$s)", TEXT, TEXT);
        fn("to_hex", TEXT, "pg_to_hex4(%1$s)", INT4);
        fn("to_hex", TEXT, "pg_to_hex8(%1$s)", INT8);
        fn("ascii", INT4, "pg_ascii(%1$s)", TEXT);
        fn("chr", TEXT, "pg_chr(%1$s)", INT4);
        fn("starts_with", BOOL, "pg_starts_with(%1$s, %2$s)", TEXT, TEXT);
        fn("translate", TEXT, "pg_translate(%1$s, %2$s, %3$s)", TEXT, TEXT, TEXT);
        fn("quote_ident", TEXT, "pg_quote_ident(%1$s)", TEXT);
        fn("quote_literal", TEXT, "pg_quote_literal(%1$s)", TEXT);
        fnLenient("quote_nullable", TEXT, "pg_quote_nullable(%1$s)", TEXT);
        fnLenient("string_to_array", TEXT_ARRAY, "pg_string_to_array(%1$s, %2$s)", TEXT, TEXT);
        fnLenient("string_to_array", TEXT_ARRAY, "pg_string_to_array(%1$s, %2$s, %3$s)", TEXT, TEXT, TEXT);
        fn("array_to_string", TEXT, "pg_array_to_string(%1$s, %2$s)", ANYARRAY, TEXT);
        fnLenient("array_to_string", TEXT, "pg_array_to_string(%1$s, %2$s, %3$s)", ANYARRAY, TEXT, TEXT);
        setReturning("string_to_table", TEXT, "pg_array_to_json(pg_string_to_array(%1$s, %2$s), 25)", TEXT, TEXT);
        setReturning("string_to_table", TEXT, "pg_array_to_json(pg_string_to_array(%1$s, %2$s, %3$s), 25)", TEXT, TEXT, TEXT);
    }

    private static void patterns() {
        fn("like_escape", TEXT, "pg_like_escape(%1$s, %2$s)", TEXT, TEXT);
        fn("similar_to_escape", TEXT, "pg_similar_to_escape(%1$s)", TEXT);
        fn("similar_to_escape", TEXT, "pg_similar_to_escape(%1$s, %2$s)", TEXT, TEXT);
        fn("regexp_replace", TEXT, "pg_regexp_replace(%1$s, %2$s, %3$s)", TEXT, TEXT, TEXT);
        fn("regexp_replace", TEXT, "pg_regexp_replace(%1$s, %2$s, %3$s, %4$s)", TEXT, TEXT, TEXT, TEXT);
        fn("regexp_match", TEXT_ARRAY, "pg_regexp_match(%1$s, %2$s)", TEXT, TEXT);
        fn("regexp_match", TEXT_ARRAY, "pg_regexp_match(%1$s, %2$s, %3$s)", TEXT, TEXT, TEXT);
        setReturning("regexp_matches", TEXT_ARRAY, "pg_regexp_matches_json(%1$s, %2$s)", TEXT, TEXT);
        setReturning("regexp_matches", TEXT_ARRAY, "pg_regexp_matches_json(%1$s, %2$s, %3$s)", TEXT, TEXT, TEXT);
        fn("regexp_split_to_array", TEXT_ARRAY, "pg_regexp_split_to_array(%1$s, %2$s)", TEXT, TEXT);
        fn("regexp_split_to_array", TEXT_ARRAY, "pg_regexp_split_to_array(%1$s, %2$s, %3$s)", TEXT, TEXT, TEXT);
        setReturning("regexp_split_to_table", TEXT,
                "pg_array_to_json(pg_regexp_split_to_array(%1$s, %2$s), 25)", TEXT, TEXT);
        fn("regexp_count", INT4, "pg_regexp_count(%1$s, %2$s)", TEXT, TEXT);
        fn("regexp_like", BOOL, "pg_regexp_like(%1$s, %2$s)", TEXT, TEXT);
    }

    private static void math() {
        fn("abs", INT2, "pg_int2_abs(%1$s)", INT2);
        fn("abs", INT4, "pg_int4_abs(%1$s)", INT4);
        fn("abs", INT8, "pg_int8_abs(%1$s)", INT8);
        fn("abs", FLOAT4, "pg_float8_abs(%1$s)", FLOAT4);
        fn("abs", FLOAT8, "pg_float8_abs(%1$s)", FLOAT8);
        fn("abs", NUMERIC, "pg_numeric_abs(%1$s)", NUMERIC);
        for (String name : List.of("ceil", "ceiling")) {
            fn(name, FLOAT8, "pg_float8_ceil(%1$s)", FLOAT8);
            fn(name, NUMERIC, "pg_numeric_ceil(%1$s)", NUMERIC);
        }
        fn("floor", FLOAT8, "pg_float8_floor(%1$s)", FLOAT8);
        fn("floor", NUMERIC, "pg_numeric_floor(%1$s)", NUMERIC);
        fn("round", FLOAT8, "pg_float8_round(%1$s)", FLOAT8);
        fn("round", NUMERIC, "pg_numeric_round(%1$s, 0)", NUMERIC);
        fn("round", NUMERIC, "pg_numeric_round(%1$s, %2$s)", NUMERIC, INT4);
        fn("trunc", FLOAT8, "pg_float8_trunc(%1$s)", FLOAT8);
        fn("trunc", NUMERIC, "pg_numeric_trunc(%1$s, 0)", NUMERIC);
        fn("trunc", NUMERIC, "pg_numeric_trunc(%1$s, %2$s)", NUMERIC, INT4);
        fn("mod", INT2, "pg_int2_mod(%1$s, %2$s)", INT2, INT2);
        fn("mod", INT4, "pg_int4_mod(%1$s, %2$s)", INT4, INT4);
        fn("mod", INT8, "pg_int8_mod(%1$s, %2$s)", INT8, INT8);
        fn("mod", NUMERIC, "pg_numeric_mod(%1$s, %2$s)", NUMERIC, NUMERIC);
        fn("div", NUMERIC, "pg_numeric_div_trunc(%1$s, %2$s)", NUMERIC, NUMERIC);
        for (String name : List.of("power", "pow")) {
            fn(name, FLOAT8, "pg_float8_pow(%1$s, %2$s)", FLOAT8, FLOAT8);
            fn(name, NUMERIC, "pg_numeric_pow(%1$s, %2$s)", NUMERIC, NUMERIC);
        }
        fn("sqrt", FLOAT8, "pg_float8_sqrt(%1$s)", FLOAT8);
        fn("sqrt", NUMERIC, "pg_numeric_sqrt(%1$s)", NUMERIC);
        fn("cbrt", FLOAT8, "pg_float8_cbrt(%1$s)", FLOAT8);
        fn("exp", FLOAT8, "pg_float8_exp(%1$s)", FLOAT8);
        fn("exp", NUMERIC, "pg_numeric_exp(%1$s)", NUMERIC);
        fn("ln", FLOAT8, "pg_float8_ln(%1$s)", FLOAT8);
        fn("ln", NUMERIC, "pg_numeric_ln(%1$s)", NUMERIC);
        for (String name : List.of("log", "log10")) {
            fn(name, FLOAT8, "pg_float8_log10(%1$s)", FLOAT8);
            fn(name, NUMERIC, "pg_numeric_log10(%1$s)", NUMERIC);
        }
        fn("log", NUMERIC, "pg_numeric_log(%1$s, %2$s)", NUMERIC, NUMERIC);
        fn("sign", FLOAT8, "pg_float8_sign(%1$s)", FLOAT8);
        fn("sign", NUMERIC, "pg_numeric_sign(%1$s)", NUMERIC);
        fn("pi", FLOAT8, "3.141592653589793");
        for (String name : List.of("sin", "cos", "tan", "cot", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh",
                "acosh", "atanh", "sind", "cosd", "tand", "cotd", "asind", "acosd", "atand", "degrees", "radians")) {
            fn(name, FLOAT8, "pg_float8_" + name + "(%1$s)", FLOAT8);
        }
        fn("atan2", FLOAT8, "pg_float8_atan2(%1$s, %2$s)", FLOAT8, FLOAT8);
        fn("atan2d", FLOAT8, "pg_float8_atan2d(%1$s, %2$s)", FLOAT8, FLOAT8);
        fn("gcd", INT4, "pg_gcd(%1$s, %2$s)", INT4, INT4);
        fn("gcd", INT8, "pg_gcd(%1$s, %2$s)", INT8, INT8);
        // Adding 0 as int4 applies int4's range check to the int8 result.
        fn("lcm", INT4, "pg_int4_add(pg_lcm(%1$s, %2$s), 0)", INT4, INT4);
        fn("lcm", INT8, "pg_lcm(%1$s, %2$s)", INT8, INT8);
        fn("factorial", NUMERIC, "pg_factorial(%1$s)", INT8);
        fn("scale", INT4, "pg_numeric_scale(%1$s)", NUMERIC);
        fn("width_bucket", INT4, "pg_width_bucket_float8(%1$s, %2$s, %3$s, %4$s)", FLOAT8, FLOAT8, FLOAT8, INT4);
        fn("width_bucket", INT4, "pg_width_bucket_numeric(%1$s, %2$s, %3$s, %4$s)", NUMERIC, NUMERIC, NUMERIC, INT4);
        fnVolatile("random", 'v', FLOAT8, "pg_random()");
        add(new FunctionSignature("setseed", List.of(FLOAT8), null, Types.VOID, Kind.NORMAL, "pg_setseed(%1$s)", true,
                'v', false));
    }

    private static void dateTime() {
        for (String name : List.of("now", "transaction_timestamp", "current_timestamp")) {
            fnVolatile(name, 's', TIMESTAMPTZ, "pg_now()");
        }
        fnVolatile("statement_timestamp", 's', TIMESTAMPTZ, "pg_statement_timestamp()");
        fnVolatile("clock_timestamp", 'v', TIMESTAMPTZ, "pg_clock_timestamp()");
        fnVolatile("current_date", 's', DATE, "pg_current_date()");
        fnVolatile("current_time", 's', TIMETZ, "pg_current_time()");
        fnVolatile("localtimestamp", 's', TIMESTAMP, "pg_localtimestamp()");
        fnVolatile("localtime", 's', TIME, "pg_localtime()");
        fn("date_part", FLOAT8, "pg_date_part_timestamp(%1$s, %2$s)", TEXT, TIMESTAMP);
        fnVolatile("date_part", 's', FLOAT8, "pg_date_part_timestamptz(%1$s, %2$s)", TEXT, TIMESTAMPTZ);
        fn("date_part", FLOAT8, "pg_date_part_time(%1$s, %2$s)", TEXT, TIME);
        fn("date_part", FLOAT8, "pg_date_part_interval(%1$s, %2$s)", TEXT, INTERVAL);
        fn("extract", NUMERIC, "pg_extract_timestamp(%1$s, %2$s)", TEXT, TIMESTAMP);
        fnVolatile("extract", 's', NUMERIC, "pg_extract_timestamptz(%1$s, %2$s)", TEXT, TIMESTAMPTZ);
        fn("extract", NUMERIC, "pg_extract_date(%1$s, %2$s)", TEXT, DATE);
        fn("extract", NUMERIC, "pg_extract_time(%1$s, %2$s)", TEXT, TIME);
        fn("extract", NUMERIC, "pg_extract_interval(%1$s, %2$s)", TEXT, INTERVAL);
        fn("date_trunc", TIMESTAMP, "pg_date_trunc_timestamp(%1$s, %2$s)", TEXT, TIMESTAMP);
        fnVolatile("date_trunc", 's', TIMESTAMPTZ, "pg_date_trunc_timestamptz(%1$s, %2$s)", TEXT, TIMESTAMPTZ);
        fn("date_trunc", TIMESTAMPTZ, "pg_date_trunc_timestamptz(%1$s, %2$s, %3$s)", TEXT, TIMESTAMPTZ, TEXT);
        fn("date_trunc", INTERVAL, "pg_date_trunc_interval(%1$s, %2$s)", TEXT, INTERVAL);
        fn("age", INTERVAL, "pg_age(%1$s, %2$s)", TIMESTAMP, TIMESTAMP);
        fnVolatile("age", 's', INTERVAL, "pg_age(%1$s)", TIMESTAMP);
        fnVolatile("age", 's', INTERVAL, "pg_age_tz(%1$s, %2$s)", TIMESTAMPTZ, TIMESTAMPTZ);
        fnVolatile("age", 's', INTERVAL, "pg_age_tz(%1$s)", TIMESTAMPTZ);
        fn("make_date", DATE, "pg_make_date(%1$s, %2$s, %3$s)", INT4, INT4, INT4);
        fn("make_time", TIME, "pg_make_time(%1$s, %2$s, %3$s)", INT4, INT4, FLOAT8);
        fn("make_timestamp", TIMESTAMP, "pg_make_timestamp(%1$s, %2$s, %3$s, %4$s, %5$s, %6$s)",
                INT4, INT4, INT4, INT4, INT4, FLOAT8);
        fnVolatile("make_timestamptz", 's', TIMESTAMPTZ, "pg_make_timestamptz(%1$s, %2$s, %3$s, %4$s, %5$s, %6$s)",
                INT4, INT4, INT4, INT4, INT4, FLOAT8);
        fn("make_timestamptz", TIMESTAMPTZ, "pg_make_timestamptz(%1$s, %2$s, %3$s, %4$s, %5$s, %6$s, %7$s)",
                INT4, INT4, INT4, INT4, INT4, FLOAT8, TEXT);
        fn("make_interval", INTERVAL, "pg_make_interval(%1$s, %2$s, %3$s, %4$s, %5$s, %6$s, %7$s)",
                INT4, INT4, INT4, INT4, INT4, INT4, FLOAT8);
        // Not strict: a NULL end point leaves the answer open only where the others cannot decide it.
        for (PgType t : List.of(TIMESTAMP, TIMESTAMPTZ, TIME)) {
            fnLenient("overlaps", BOOL, "pg_overlaps_" + t.name() + "(%1$s, %2$s, %3$s, %4$s)", t, t, t, t);
        }
        fn("justify_days", INTERVAL, "pg_justify_days(%1$s)", INTERVAL);
        fn("justify_hours", INTERVAL, "pg_justify_hours(%1$s)", INTERVAL);
        fn("justify_interval", INTERVAL, "pg_justify_interval(%1$s)", INTERVAL);
        fn("timezone", TIMESTAMP, "pg_timezone_timestamptz(%1$s, %2$s)", TEXT, TIMESTAMPTZ);
        fn("timezone", TIMESTAMPTZ, "pg_timezone_timestamp(%1$s, %2$s)", TEXT, TIMESTAMP);
        fn("isfinite", BOOL, "pg_isfinite_date(%1$s)", DATE);
        fn("isfinite", BOOL, "pg_isfinite_timestamp(%1$s)", TIMESTAMP);
        fn("isfinite", BOOL, "pg_isfinite_timestamp(%1$s)", TIMESTAMPTZ);
        fn("isfinite", BOOL, "pg_isfinite_interval(%1$s)", INTERVAL);
        fn("to_timestamp", TIMESTAMPTZ, "pg_to_timestamp(%1$s)", FLOAT8);
        fnVolatile("to_timestamp", 's', TIMESTAMPTZ, "pg_to_timestamp(%1$s, %2$s)", TEXT, TEXT);
        fnVolatile("to_date", 's', DATE, "pg_to_date(%1$s, %2$s)", TEXT, TEXT);
        fnVolatile("to_char", 's', TEXT, "pg_to_char_timestamp(%1$s, %2$s)", TIMESTAMP, TEXT);
        fnVolatile("to_char", 's', TEXT, "pg_to_char_timestamptz(%1$s, %2$s)", TIMESTAMPTZ, TEXT);
        for (PgType number : List.of(INT4, INT8, FLOAT4, FLOAT8, NUMERIC)) {
            fnVolatile("to_char", 's', TEXT, "pg_to_char_number(%1$s, %2$s)", number, TEXT);
        }
    }

    private static void json() {
        // One signature per concrete type, because the conversion needs the type: 0/1 may be a bool or an int.
        for (PgType t : convertibleToJson()) {
            String typed = "%1$s, '" + t.name() + "'";
            fnVolatile("to_json", 's', JSON, "pg_to_json(" + typed + ")", t);
            fnVolatile("to_jsonb", 's', JSONB, "pg_to_jsonb(" + typed + ")", t);
            // json_agg of arrays starts each after the first on a new line, as PostgreSQL's does
            aggregate("json_agg", JSON, (t.isArray() ? "pg_json_agg_structured" : "pg_json_agg") + "(pg_to_json(" + typed
                    + "))", t);
            aggregate("jsonb_agg", JSONB, "pg_jsonb_agg(pg_to_json(" + typed + "))", t);
            String value = "pg_to_json(%2$s, '" + t.name() + "')";
            // keys are "any" too, and arrive as their text
            aggregate("json_object_agg", JSON, "pg_json_object_agg(%1$s, " + value + ")", ANY, t);
            aggregate("jsonb_object_agg", JSONB, "pg_jsonb_object_agg(%1$s, " + value + ")", ANY, t);
            if (t.isArray()) {
                fnVolatile("array_to_json", 's', JSON, "pg_to_json(" + typed + ")", t);
                fnVolatile("array_to_json", 's', JSON, "pg_json_array_lines(pg_to_json(" + typed + "), %2$s)", t, BOOL);
            }
        }
        fnVolatile("to_json", 's', JSON, "pg_to_json(%1$s, 'text')", Types.ANYENUM);
        // Only the argument's type matters, so a NULL of the enum type is the usual argument.
        fnLenient("enum_first", Types.ANYENUM, "pg_enum_first(%2$s)", Types.ANYENUM);
        fnLenient("enum_last", Types.ANYENUM, "pg_enum_last(%2$s)", Types.ANYENUM);
        fnLenient("enum_range", ANYARRAY, "pg_enum_range(NULL, NULL, %2$s)", Types.ANYENUM);
        fnLenient("enum_range", ANYARRAY, "pg_enum_range(%1$s, %2$s, %3$s)", Types.ANYENUM, Types.ANYENUM);
        fnVolatile("to_jsonb", 's', JSONB, "pg_to_jsonb(%1$s, 'text')", Types.ANYENUM);
        variadic("json_build_object", ANY, JSON, "pg_json_build_object(%s)");
        variadic("jsonb_build_object", ANY, JSONB, "pg_jsonb_build_object(%s)");
        variadic("json_build_array", ANY, JSON, "pg_json_build_array(%s)");
        variadic("jsonb_build_array", ANY, JSONB, "pg_jsonb_build_array(%s)");
        fn("jsonb_set", JSONB, "pg_jsonb_set(%1$s, %2$s, %3$s)", JSONB, TEXT_ARRAY, JSONB);
        fn("jsonb_set", JSONB, "pg_jsonb_set(%1$s, %2$s, %3$s, %4$s)", JSONB, TEXT_ARRAY, JSONB, BOOL);
        fnLenient("jsonb_set_lax", JSONB, "pg_jsonb_set_lax(%1$s, %2$s, %3$s, %4$s, %5$s)", JSONB, TEXT_ARRAY, JSONB,
                BOOL, TEXT);
        fn("jsonb_insert", JSONB, "pg_jsonb_insert(%1$s, %2$s, %3$s)", JSONB, TEXT_ARRAY, JSONB);
        fn("jsonb_insert", JSONB, "pg_jsonb_insert(%1$s, %2$s, %3$s, %4$s)", JSONB, TEXT_ARRAY, JSONB, BOOL);
        fn("jsonb_pretty", TEXT, "pg_jsonb_pretty(%1$s)", JSONB);
        fn("jsonb_path_exists", BOOL, "pg_jsonb_path_exists(%1$s, %2$s, 0)", JSONB, TEXT);
        fn("jsonb_path_match", BOOL, "pg_jsonb_path_match(%1$s, %2$s, 0)", JSONB, TEXT);
        setReturning("jsonb_path_query", JSONB, "pg_jsonb_path_query_json(%1$s, %2$s)", JSONB, TEXT);
        fn("jsonb_path_query_array", JSONB, "pg_jsonb_path_query_array(%1$s, %2$s)", JSONB, TEXT);
        fn("jsonb_path_query_first", JSONB, "pg_jsonb_path_query_first(%1$s, %2$s)", JSONB, TEXT);
        // the functions behind the jsonb operators, callable by name as in PostgreSQL
        fn("jsonb_contains", BOOL, "pg_jsonb_contains(%1$s, %2$s)", JSONB, JSONB);
        fn("jsonb_contained", BOOL, "pg_jsonb_contains(%2$s, %1$s)", JSONB, JSONB);
        fn("jsonb_exists", BOOL, "pg_jsonb_exists(%1$s, %2$s)", JSONB, TEXT);
        fn("jsonb_exists_any", BOOL, "pg_jsonb_exists_any(%1$s, %2$s)", JSONB, TEXT_ARRAY);
        fn("jsonb_exists_all", BOOL, "pg_jsonb_exists_all(%1$s, %2$s)", JSONB, TEXT_ARRAY);
        fn("jsonb_concat", JSONB, "pg_jsonb_concat(%1$s, %2$s)", JSONB, JSONB);
        fn("jsonb_delete", JSONB, "pg_jsonb_delete(%1$s, %2$s)", JSONB, TEXT);
        fn("jsonb_delete", JSONB, "pg_jsonb_delete_index(%1$s, %2$s)", JSONB, INT4);
        fn("jsonb_delete_path", JSONB, "pg_jsonb_delete_path(%1$s, %2$s)", JSONB, TEXT_ARRAY);
        for (PgType type : List.of(JSON, JSONB)) {
            String n = type.name();
            String p = "pg_" + n + "_";
            fn(n + "_strip_nulls", type, p + "strip_nulls(%1$s)", type);
            fn(n + "_object", type, p + "object(%1$s)", TEXT_ARRAY);
            fn(n + "_object", type, p + "object(%1$s, %2$s)", TEXT_ARRAY, TEXT_ARRAY);
            fn(n + "_typeof", TEXT, p + "typeof(%1$s)", type);
            fn(n + "_array_length", INT4, p + "array_length(%1$s)", type);
            variadic(n + "_extract_path", TEXT, type, p + "extract_path(%s)", type);
            variadic(n + "_extract_path_text", TEXT, TEXT, p + "extract_path_text(%s)", type);
            setReturning(n + "_object_keys", TEXT, p + "object_keys_json(%1$s)", type);
            setReturning(n + "_array_elements", type, p + "array_elements_json(%1$s)", type);
            setReturning(n + "_array_elements_text", TEXT, p + "array_elements_text_json(%1$s)", type);
            setReturning(n + "_each", type, p + "each_json(%1$s)", type);
            setReturning(n + "_each_text", TEXT, p + "each_text_json(%1$s)", type);
        }
    }

    /** The built-in types that have values (not pseudo-types, not unknown). */
    private static List<PgType> convertibleToJson() {
        List<PgType> out = new ArrayList<>();
        for (PgType t : Types.all()) {
            if (t.category() != 'P' && t.category() != 'X') {
                out.add(t);
            }
        }
        return out;
    }

    private static void arrays() {
        fn("array_length", INT4, "pg_array_length(%1$s, %2$s)", ANYARRAY, INT4);
        fn("cardinality", INT4, "pg_cardinality(%1$s)", ANYARRAY);
        fn("array_upper", INT4, "pg_array_upper(%1$s, %2$s)", ANYARRAY, INT4);
        fn("array_lower", INT4, "pg_array_lower(%1$s, %2$s)", ANYARRAY, INT4);
        fn("array_dims", TEXT, "pg_array_dims(%1$s)", ANYARRAY);
        fn("array_ndims", INT4, "pg_array_ndims(%1$s)", ANYARRAY);
        fnLenient("array_fill", ANYARRAY, "pg_array_fill(%1$s, %2$s)", ANYELEMENT, INT4_ARRAY);
        fnLenient("array_fill", ANYARRAY, "pg_array_fill(%1$s, %2$s, %3$s)", ANYELEMENT, INT4_ARRAY, INT4_ARRAY);
        fn("trim_array", ANYARRAY, "pg_trim_array(%1$s, %2$s)", ANYARRAY, INT4);
        setReturning("generate_subscripts", INT4, "pg_generate_subscripts(%1$s, %2$s)", ANYARRAY, INT4);
        setReturning("generate_subscripts", INT4, "pg_generate_subscripts(%1$s, %2$s, %3$s)", ANYARRAY, INT4, BOOL);
        // the element type's OID follows as %3$s: thresholds compare in its order
        fnLenient("width_bucket", INT4, "pg_width_bucket_array(%1$s, %2$s, %3$s)", ANYELEMENT, ANYARRAY);
        fnLenient("array_position", INT4, "pg_array_position(%1$s, %2$s)", ANYARRAY, ANYELEMENT);
        fnLenient("array_position", INT4, "pg_array_position(%1$s, %2$s, %3$s)", ANYARRAY, ANYELEMENT, INT4);
        fnLenient("array_positions", INT4_ARRAY, "pg_array_positions(%1$s, %2$s)", ANYARRAY, ANYELEMENT);
        fnLenient("array_append", ANYARRAY, "pg_array_append(%1$s, %2$s)", ANYARRAY, ANYELEMENT);
        fnLenient("array_prepend", ANYARRAY, "pg_array_prepend(%1$s, %2$s)", ANYELEMENT, ANYARRAY);
        fnLenient("array_cat", ANYARRAY, "pg_array_cat(%1$s, %2$s)", ANYARRAY, ANYARRAY);
        fnLenient("array_remove", ANYARRAY, "pg_array_remove(%1$s, %2$s)", ANYARRAY, ANYELEMENT);
        fnLenient("array_replace", ANYARRAY, "pg_array_replace(%1$s, %2$s, %3$s)", ANYARRAY, ANYELEMENT, ANYELEMENT);
    }

    /** variance and standard deviation: exact numeric over integers and numeric, float8 over floats. */
    private static void dispersionAggregates() {
        Map<String, String> functions = Map.of("variance", "var_samp", "var_samp", "var_samp", "var_pop", "var_pop",
                "stddev", "stddev_samp", "stddev_samp", "stddev_samp", "stddev_pop", "stddev_pop");
        functions.forEach((name, statistic) -> {
            for (PgType t : List.of(INT2, INT4, INT8, NUMERIC)) {
                aggregate(name, NUMERIC, "pg_" + statistic + "_numeric(%1$s)", t);
            }
            for (PgType t : List.of(FLOAT4, FLOAT8)) {
                aggregate(name, FLOAT8, "pg_" + statistic + "_float8(%1$s)", t);
            }
        });
    }

    /** The two-variable statistics, all over float8 (Y, X); regr_count counts the pairs without a NULL. */
    private static void regressionAggregates() {
        aggregate("regr_count", INT8, "pg_regr_count(%1$s, %2$s)", FLOAT8, FLOAT8);
        for (String name : List.of("regr_sxx", "regr_syy", "regr_sxy", "regr_avgx", "regr_avgy", "regr_r2", "regr_slope",
                "regr_intercept", "covar_pop", "covar_samp", "corr")) {
            aggregate(name, FLOAT8, "pg_" + name + "(%1$s, %2$s)", FLOAT8, FLOAT8);
        }
    }

    private static void aggregates() {
        aggregate("count", INT8, "count(%1$s)", ANY);
        for (PgType t : List.of(INT2, INT4)) {
            aggregate("sum", INT8, "pg_sum_int(%1$s)", t);
            aggregate("avg", NUMERIC, "pg_avg_numeric(%1$s)", t);
        }
        aggregate("sum", NUMERIC, "pg_sum_numeric(%1$s)", INT8);
        aggregate("avg", NUMERIC, "pg_avg_numeric(%1$s)", INT8);
        aggregate("sum", NUMERIC, "pg_sum_numeric(%1$s)", NUMERIC);
        aggregate("avg", NUMERIC, "pg_avg_numeric(%1$s)", NUMERIC);
        aggregate("sum", FLOAT4, "pg_sum_float8(%1$s)", FLOAT4);
        aggregate("sum", FLOAT8, "pg_sum_float8(%1$s)", FLOAT8);
        aggregate("avg", FLOAT8, "pg_avg_float8(%1$s)", FLOAT4);
        aggregate("avg", FLOAT8, "pg_avg_float8(%1$s)", FLOAT8);
        aggregate("sum", INTERVAL, "pg_sum_interval(%1$s)", INTERVAL);
        dispersionAggregates();
        regressionAggregates();
        aggregate("avg", INTERVAL, "pg_avg_interval(%1$s)", INTERVAL);
        // SQLite's min/max compare storage values, which order like PostgreSQL's values for these types.
        for (PgType t : List.of(INT2, INT4, INT8, FLOAT4, FLOAT8, TEXT, BPCHAR, DATE, TIME, TIMESTAMP, TIMESTAMPTZ,
                Types.OID, BYTEA)) {
            aggregate("min", t, "min(%1$s)", t);
            aggregate("max", t, "max(%1$s)", t);
        }
        aggregate("min", NUMERIC, "pg_min_numeric(%1$s)", NUMERIC);
        aggregate("max", NUMERIC, "pg_max_numeric(%1$s)", NUMERIC);
        // enums are stored as labels, so they compare by their position in the type's list
        aggregate("min", Types.ANYENUM, "pg_min_by_key(%1$s, pg_enum_sort_key(%1$s, %2$s))", Types.ANYENUM);
        aggregate("max", Types.ANYENUM, "pg_max_by_key(%1$s, pg_enum_sort_key(%1$s, %2$s))", Types.ANYENUM);
        aggregate("min", INTERVAL, "pg_min_interval(%1$s)", INTERVAL);
        aggregate("max", INTERVAL, "pg_max_interval(%1$s)", INTERVAL);
        for (String name : List.of("bool_and", "every")) {
            aggregate(name, BOOL, "pg_bool_and(%1$s)", BOOL);
        }
        aggregate("bool_or", BOOL, "pg_bool_or(%1$s)", BOOL);
        // bool_and's and bool_or's transition functions, callable on their own; strict, unlike AND and OR
        fn("booland_statefunc", BOOL, "iif(%1$s IS NULL OR %2$s IS NULL, NULL, %1$s AND %2$s)", BOOL, BOOL);
        fn("boolor_statefunc", BOOL, "iif(%1$s IS NULL OR %2$s IS NULL, NULL, %1$s OR %2$s)", BOOL, BOOL);
        for (String name : List.of("bit_and", "bit_or", "bit_xor")) {
            for (PgType t : List.of(INT2, INT4, INT8)) {
                aggregate(name, t, "pg_" + name + "_agg(%1$s)", t);
            }
            aggregate(name, Types.BIT, "pg_" + name + "_agg_bits(%1$s)", Types.BIT);
        }
        aggregate("string_agg", TEXT, "pg_string_agg(%1$s, %2$s)", TEXT, TEXT);
        aggregate("string_agg", BYTEA, "pg_string_agg_bytea(%1$s, %2$s)", BYTEA, BYTEA);
        // Per element type, so the aggregate knows how each value is written into the array (bool as t/f ...).
        for (PgType t : convertibleToJson()) {
            if (!t.isArray() && t.arrayOid() != 0) {
                aggregate("array_agg", Types.arrayOf(t), "pg_array_agg(%1$s, " + t.oid() + ")", t);
            }
        }
        aggregate("array_agg", ANYARRAY, "pg_array_agg(%1$s)", Types.ANYNONARRAY);
        aggregate("min", ANYARRAY, "pg_array_min(%1$s, %2$s)", ANYARRAY);
        aggregate("max", ANYARRAY, "pg_array_max(%1$s, %2$s)", ANYARRAY);
        // arrays of one shape stacked along a new first dimension
        aggregate("array_agg", ANYARRAY, "pg_array_agg_arrays(%1$s)", ANYARRAY);
    }

    /** SQLite's window functions behave as PostgreSQL's; rank() and friends return int8 there. */
    private static void windows() {
        window("row_number", INT8, "row_number()");
        window("rank", INT8, "rank()");
        window("dense_rank", INT8, "dense_rank()");
        window("percent_rank", FLOAT8, "percent_rank()");
        window("cume_dist", FLOAT8, "cume_dist()");
        window("ntile", INT4, "ntile(%1$s)", INT4);
        for (String name : List.of("lag", "lead")) {
            window(name, ANYELEMENT, name + "(%1$s)", ANYELEMENT);
            window(name, ANYELEMENT, name + "(%1$s, %2$s)", ANYELEMENT, INT4);
            window(name, ANYELEMENT, name + "(%1$s, %2$s, %3$s)", ANYELEMENT, INT4, ANYELEMENT);
        }
        window("first_value", ANYELEMENT, "first_value(%1$s)", ANYELEMENT);
        window("last_value", ANYELEMENT, "last_value(%1$s)", ANYELEMENT);
        window("nth_value", ANYELEMENT, "nth_value(%1$s, %2$s)", ANYELEMENT, INT4);
    }

    private static void session() {
        fnVolatile("version", 's', TEXT, "pg_version()");
        for (String name : List.of("current_user", "user", "current_role")) {
            fnVolatile(name, 's', Types.NAME, "pg_current_user()");
        }
        fnVolatile("session_user", 's', Types.NAME, "pg_session_user()");
        // Implemented by the engine (EngineFunctions), which knows the database and search_path.
        fnVolatile("current_database", 's', Types.NAME, "pg_current_database()");
        fnVolatile("current_schema", 's', Types.NAME, "pg_current_schema()");
        fnVolatile("gen_random_uuid", 'v', UUID, "pg_gen_random_uuid()");
    }
}
