package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.ArrayText;
import io.pgmicro.types.CastContext;
import io.pgmicro.types.Casts;
import io.pgmicro.types.IntervalCompare;
import io.pgmicro.types.JsonbOrder;
import io.pgmicro.types.NumericCompare;
import io.pgmicro.types.PgType;
import io.pgmicro.types.RecordText;
import io.pgmicro.types.StorageClass;
import io.pgmicro.types.Types;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.sqlite.Collation;

/**
 * The functions the translator itself emits (casts, array construction and access,
 * sequences, LIMIT checks, sort keys), as opposed to PostgreSQL's library functions in
 * {@link PgFunctions}. Registered on every session's SQLite connection.
 */
public final class EngineFunctions {
    private EngineFunctions() {
    }

    /** Puts every function on {@code conn} at once (function tests on a plain SQLite connection). */
    public static void register(Connection conn, FunctionContext ctx, SequenceAccess sequences) throws SQLException {
        registerCollations(conn);
        Registrar r = new Registrar(conn);
        modules(conn, ctx, sequences).forEach(module -> module.accept(r));
    }

    /** A session's functions: the collations at once, every function when a statement first needs its module. */
    public static OnDemandFunctions onDemand(Connection conn, FunctionContext ctx, SequenceAccess sequences) throws SQLException {
        registerCollations(conn);
        return new OnDemandFunctions(conn, modules(conn, ctx, sequences));
    }

    private static List<Consumer<Registrar>> modules(Connection conn, FunctionContext ctx, SequenceAccess sequences) {
        CatalogAccess access = CatalogFunctions.accessFor(ctx, conn);
        List<Consumer<Registrar>> modules = new ArrayList<>(PgFunctions.modules(ctx));
        modules.add(r -> CatalogFunctions.register(r, ctx, access));
        modules.add(r -> registerScalars(r, ctx, sequences));
        return modules;
    }

    private static void registerCollations(Connection conn) throws SQLException {
        Collation.create(conn, "pg_numeric", new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return NumericCompare.INSTANCE.compare(a, b);
            }
        });
        Collation.create(conn, "pg_jsonb", new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return JsonbOrder.INSTANCE.compare(a, b);
            }
        });
        Collation.create(conn, "pg_interval", new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return IntervalCompare.INSTANCE.compare(a, b);
            }
        });
    }

    private static void registerScalars(Registrar r, FunctionContext ctx, SequenceAccess sequences) {
        scalar(r, "pg_cast", 5, true, args -> {
            PgType from = type(args[1]);
            PgType to = type(args[2]);
            int typmod = ((Number) args[3]).intValue();
            CastContext kind = switch (((Number) args[4]).intValue()) {
                case 2 -> CastContext.EXPLICIT;
                case 1 -> CastContext.ASSIGNMENT;
                default -> CastContext.IMPLICIT;
            };
            return args[0] == null ? null : Casts.cast(args[0], from, to, typmod, kind, ctx.formatContext());
        });
        // a text read by a type's input function with the typmod applied as an assignment applies it
        // (json_to_record's fields): an over-long value is an error, not truncated as by a cast
        scalar(r, "pg_type_input", 3, true, args -> args[0] == null ? null : Casts.literal(Args.text(args[0]),
                type(args[1]), ((Number) args[2]).intValue(), CastContext.ASSIGNMENT, ctx.formatContext()));
        scalar(r, "pg_array_build", -1, true, args -> {
            PgType element = type(args[0]);
            List<String> items = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                items.add(args[i] == null ? null : element.output(args[i], io.pgmicro.types.FormatContext.DEFAULT));
            }
            return ArrayText.format(items);
        });
        scalar(r, "pg_arrays_zip_json", -1, false, EngineFunctions::zipArraysToJson);
        scalar(r, "pg_array_to_json", 2, true, args -> args[0] == null ? "[]" : arrayToJson(args[0].toString(), type(args[1])));
        scalar(r, "pg_generate_series_json", 4, false, args -> Series.json(args, type(args[3]), ctx.formatContext()));
        scalar(r, "pg_series_step_direction", 1, true, args -> args[0] == null ? null : Series.stepDirection(args[0]));
        scalar(r, "pg_nextval", 1, false, args -> sequences.nextval(((Number) args[0]).intValue()));
        scalar(r, "pg_currval", 1, false, args -> sequences.currval(((Number) args[0]).intValue()));
        scalar(r, "pg_lastval", 0, false, args -> sequences.lastval());
        scalar(r, "pg_setval", 3, false, args -> sequences.setval(((Number) args[0]).intValue(),
                ((Number) args[1]).longValue(), ((Number) args[2]).longValue() != 0));
        scalar(r, "pg_sequence_last_value", 1, false, args -> sequences.peek(((Number) args[0]).intValue())[0]);
        scalar(r, "pg_sequence_is_called", 1, false, args -> sequences.peek(((Number) args[0]).intValue())[1]);
        scalar(r, "pg_sequence_log_cnt", 1, false, args -> sequences.peek(((Number) args[0]).intValue())[2]);
        scalar(r, "pg_regclass", 1, false, args -> args[0] == null ? null : (long) sequences.regclass(args[0].toString()));
        scalar(r, "pg_check_limit", 1, true, args -> {
            if (args[0] != null && ((Number) args[0]).longValue() < 0) {
                throw new PgException(SqlState.INVALID_ROW_COUNT_IN_LIMIT_CLAUSE, "LIMIT must not be negative");
            }
            return args[0] == null ? -1L : args[0];
        });
        scalar(r, "pg_check_offset", 1, true, args -> {
            if (args[0] != null && ((Number) args[0]).longValue() < 0) {
                throw new PgException(SqlState.INVALID_ROW_COUNT_IN_RESULT_OFFSET_CLAUSE, "OFFSET must not be negative");
            }
            return args[0] == null ? 0L : args[0];
        });
        scalar(r, "pg_record", -1, true, RecordText::format);
        // (v).x: one field's text out of a record's text, by its 0-based position
        scalar(r, "pg_record_field", 2, true, args -> {
            if (args[0] == null) {
                return null;
            }
            List<String> fields = RecordText.fields(args[0].toString());
            int index = ((Number) args[1]).intValue();
            return index < fields.size() ? fields.get(index) : null;
        });
        // a function's record in FROM: it must have as many fields as the columns the query expects
        scalar(r, "pg_record_expect", 2, true, args -> {
            int expected = ((Number) args[1]).intValue();
            if (args[0] != null && RecordText.fields(args[0].toString()).size() != expected) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "returned record type does not match expected record type")
                        .withDetail("Number of returned columns (" + RecordText.fields(args[0].toString()).size()
                                + ") does not match expected column count (" + expected + ").");
            }
            return args[0];
        });
        scalar(r, "pg_enum_sort_key", 2, false, args -> {
            if (args[0] == null || !(ctx instanceof CatalogAccess access)) {
                return null;
            }
            var def = access.catalog().enumType(((Number) args[1]).intValue());
            int position = def == null ? -1 : def.labels().indexOf(args[0].toString());
            return position < 0 ? null : (long) position;
        });
        // enum_range(first, last): the labels from first to last (a null end is open), as an array
        scalar(r, "pg_enum_range", 3, false, args -> {
            List<String> labels = enumLabels(ctx, args[2]);
            int from = args[0] == null ? 0 : labels.indexOf(args[0].toString());
            int to = args[1] == null ? labels.size() - 1 : labels.indexOf(args[1].toString());
            return ArrayText.format(from < 0 || to < from ? List.of() : labels.subList(from, to + 1));
        });
        scalar(r, "pg_enum_first", 1, false, args -> {
            List<String> labels = enumLabels(ctx, args[0]);
            return labels.isEmpty() ? null : labels.get(0);
        });
        scalar(r, "pg_enum_last", 1, false, args -> {
            List<String> labels = enumLabels(ctx, args[0]);
            return labels.isEmpty() ? null : labels.get(labels.size() - 1);
        });
        scalar(r, "pg_raise", 2, false, args -> {
            throw new PgException(args[0].toString(), args[1].toString());
        });
        scalar(r, "pg_raise", 3, false, args -> {
            throw new PgException(args[0].toString(), args[1].toString()).withHint(args[2].toString());
        });
        // raised by the triggers that route and check partitioned rows
        scalar(r, "pg_raise_detail", 3, false, args -> {
            throw new PgException(args[0].toString(), args[1].toString()).withDetail(args[2].toString());
        });
        scalar(r, "pg_current_database", 0, false, args -> ctx.currentDatabase());
        scalar(r, "pg_current_schema", 0, false, args -> ctx.currentSchema());
    }

    private static List<String> enumLabels(FunctionContext ctx, Object typeOid) {
        var def = ctx instanceof CatalogAccess access ? access.catalog().enumType(((Number) typeOid).intValue()) : null;
        return def == null ? List.of() : def.labels();
    }

    private static PgType type(Object oid) {
        PgType t = Types.byOid(((Number) oid).intValue());
        if (t == null) {
            // enum types are stored as their labels: text behaves the same for casting and printing
            return Types.TEXT;
        }
        return t;
    }

    /** Array elements as a JSON array whose json_each values are the elements' storage values. */
    static String arrayToJson(String arrayText, PgType element) {
        return "[" + String.join(",", elementsAsJson(arrayText, element)) + "]";
    }

    /**
     * unnest(a, b, ...): a JSON array of rows, row i holding element i of each array (JSON
     * null past the end of the shorter ones). Arguments alternate: array, element type OID.
     */
    static String zipArraysToJson(Object[] args) {
        List<List<String>> columns = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            List<String> elements = args[i] == null ? List.of() : elementsAsJson(args[i].toString(), type(args[i + 1]));
            columns.add(elements);
            rows = Math.max(rows, elements.size());
        }
        StringBuilder sb = new StringBuilder("[");
        for (int r = 0; r < rows; r++) {
            sb.append(r == 0 ? "[" : ",[");
            for (int c = 0; c < columns.size(); c++) {
                List<String> column = columns.get(c);
                sb.append(c == 0 ? "" : ",").append(r < column.size() ? column.get(r) : "null");
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    private static List<String> elementsAsJson(String arrayText, PgType element) {
        List<String> out = new ArrayList<>();
        for (String item : ArrayText.parse(arrayText).elements()) {
            if (item == null) {
                out.add("null");
                continue;
            }
            Object storage = element.input(item, -1, io.pgmicro.types.FormatContext.DEFAULT);
            if (storage instanceof Long || storage instanceof Double d && !d.isNaN() && !d.isInfinite()) {
                out.add(storage.toString());
            } else if (storage instanceof byte[] bytes) {
                out.add('"' + HexFormat.of().formatHex(bytes) + '"');
            } else {
                out.add(jsonString(storage.toString()));
            }
        }
        return out;
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Registers through the library's Registrar, which reads arguments, writes results and carries errors. */
    private static void scalar(Registrar r, String name, int nArgs, boolean deterministic, ScalarBody body) {
        if (deterministic) {
            r.lenient(name, nArgs, body);
        } else {
            r.varying(name, nArgs, body);
        }
    }

    static boolean isInteger(PgType t) {
        return t.storage() == StorageClass.INTEGER;
    }
}
