package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.TypeDisplay;
import io.pgmicro.analyze.Typed;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.TypeCast;
import io.pgmicro.parse.ast.WindowDef;
import io.pgmicro.types.PgType;
import io.pgmicro.types.StorageClass;
import io.pgmicro.types.Types;
import java.util.List;
import java.util.Map;

/** Window frame clauses, from the parser's frame-option bits to SQLite's (identical) syntax. */
final class WindowFrames {
    // PostgreSQL's FRAMEOPTION_* bits (nodes/parsenodes.h)
    private static final int NONDEFAULT = 0x1;
    private static final int RANGE = 0x2;
    private static final int ROWS = 0x4;
    private static final int GROUPS = 0x8;
    private static final int BETWEEN = 0x10;
    private static final int START_UNBOUNDED_PRECEDING = 0x20;
    private static final int START_UNBOUNDED_FOLLOWING = 0x80;
    private static final int END_UNBOUNDED_FOLLOWING = 0x100;
    private static final int START_CURRENT_ROW = 0x200;
    private static final int END_CURRENT_ROW = 0x400;
    private static final int START_OFFSET_PRECEDING = 0x800;
    private static final int END_OFFSET_PRECEDING = 0x1000;
    private static final int START_OFFSET_FOLLOWING = 0x2000;
    private static final int END_OFFSET_FOLLOWING = 0x4000;
    private static final int EXCLUDE_CURRENT_ROW = 0x8000;
    private static final int EXCLUDE_GROUP = 0x10000;
    private static final int EXCLUDE_TIES = 0x20000;
    private static final int END_UNBOUNDED_PRECEDING = 0x40;

    /**
     * The offset types PostgreSQL's in_range support functions take for each ORDER BY type (RANGE
     * with an offset), the first the one an untyped offset becomes.
     */
    private static final Map<PgType, List<PgType>> RANGE_OFFSET_TYPES = Map.ofEntries(
            Map.entry(Types.INT2, List.of(Types.INT2, Types.INT4, Types.INT8)),
            Map.entry(Types.INT4, List.of(Types.INT4, Types.INT8, Types.INT2)),
            Map.entry(Types.INT8, List.of(Types.INT8)),
            Map.entry(Types.FLOAT4, List.of(Types.FLOAT8)),
            Map.entry(Types.FLOAT8, List.of(Types.FLOAT8)),
            Map.entry(Types.NUMERIC, List.of(Types.NUMERIC)),
            Map.entry(Types.DATE, List.of(Types.INTERVAL)),
            Map.entry(Types.TIME, List.of(Types.INTERVAL)),
            Map.entry(Types.TIMETZ, List.of(Types.INTERVAL)),
            Map.entry(Types.TIMESTAMP, List.of(Types.INTERVAL)),
            Map.entry(Types.TIMESTAMPTZ, List.of(Types.INTERVAL)),
            Map.entry(Types.INTERVAL, List.of(Types.INTERVAL)));

    private WindowFrames() {
    }

    /**
     * PostgreSQL's checks of a window's frame, before SQLite sees it: RANGE with an offset needs
     * exactly one ORDER BY column of a type with an offset arithmetic, GROUPS needs an ORDER BY, and
     * offsets are constants. SQLite's RANGE offsets are plain number arithmetic, right only for
     * keys stored as SQLite numbers (integers and floats): others are refused rather than framed wrong.
     *
     * @param frameDef the window that states the frame
     * @param order    the ORDER BY of the window (its own or its base window's)
     * @param location where the window starts, for the errors about it as a whole
     */
    static void check(WindowDef frameDef, List<Node> order, int location, ExprTranslator exprs, Scope scope) {
        int o = frameDef.getFrameOptions();
        if ((o & NONDEFAULT) == 0) {
            return;
        }
        String mode = (o & ROWS) != 0 ? "ROWS" : (o & GROUPS) != 0 ? "GROUPS" : "RANGE";
        refuseVariables(frameDef.getStartOffset(), mode);
        refuseVariables(frameDef.getEndOffset(), mode);
        boolean hasOffset = (o & (START_OFFSET_PRECEDING | START_OFFSET_FOLLOWING | END_OFFSET_PRECEDING
                | END_OFFSET_FOLLOWING)) != 0;
        if (mode.equals("GROUPS") && order.isEmpty()) {
            throw new PgException(SqlState.WINDOWING_ERROR, "GROUPS mode requires an ORDER BY clause").atLocation(location);
        }
        if (!mode.equals("RANGE") || !hasOffset) {
            return;
        }
        if (order.size() != 1) {
            throw new PgException(SqlState.WINDOWING_ERROR,
                    "RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column").atLocation(location);
        }
        PgType key = exprs.expr(order.get(0).getSortBy().getNode(), scope).type();
        for (Node offset : List.of(frameDef.getStartOffset(), frameDef.getEndOffset())) {
            if (offset.getNodeCase() != Node.NodeCase.NODE_NOT_SET) {
                checkRangeOffset(key, offset, exprs, scope);
            }
        }
        if (key.storage() != StorageClass.INTEGER && key.storage() != StorageClass.REAL) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support RANGE with offset "
                    + "PRECEDING/FOLLOWING over type " + TypeDisplay.name(key) + " yet").atLocation(location);
        }
    }

    private static void checkRangeOffset(PgType key, Node offset, ExprTranslator exprs, Scope scope) {
        List<PgType> offsetTypes = RANGE_OFFSET_TYPES.get(key);
        int at = ExprTranslator.leftmostLocation(offset);
        if (offsetTypes == null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "RANGE with offset PRECEDING/FOLLOWING is not supported for column type " + TypeDisplay.name(key))
                    .atLocation(at);
        }
        Typed value = exprs.expr(offset, scope);
        boolean accepted = value.isUnknown()
                || offsetTypes.stream().anyMatch(t -> Coercion.canCoerce(value.type(), t, Coercion.Context.IMPLICIT));
        if (!accepted) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "RANGE with offset PRECEDING/FOLLOWING is not supported for column type " + TypeDisplay.name(key)
                            + " and offset type " + TypeDisplay.name(value.type()))
                    .withHint("Cast the offset value to an appropriate type.").atLocation(at);
        }
    }

    /** An offset is computed once per partition: it may not read the rows' columns. */
    private static void refuseVariables(Node offset, String mode) {
        int column = columnReference(offset);
        if (column >= 0) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "argument of " + mode + " must not contain variables")
                    .atLocation(column);
        }
    }

    /** The location of the first column reference in an expression, -1 if it has none. */
    private static int columnReference(com.google.protobuf.Message m) {
        if (m instanceof io.pgmicro.parse.ast.ColumnRef ref) {
            return ref.getLocation();
        }
        if (m instanceof io.pgmicro.parse.ast.SubLink) {
            return -1;
        }
        for (Object value : m.getAllFields().values()) {
            List<?> children = value instanceof List<?> list ? list : List.of(value);
            for (Object child : children) {
                int found = child instanceof com.google.protobuf.Message c ? columnReference(c) : -1;
                if (found >= 0) {
                    return found;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the frame can hold no row for the first row of a partition: one that ends before
     * the current row or starts after it. (Frames with EXCLUDE can be empty too, but SQLite
     * evaluates those afresh for each row, which is safe: see WindowAggregateUdf.)
     */
    static boolean mayBeEmpty(WindowDef w) {
        int o = w.getFrameOptions();
        return (o & NONDEFAULT) != 0 && (o & (END_OFFSET_PRECEDING | START_OFFSET_FOLLOWING)) != 0;
    }

    /**
     * The frame with an EXCLUDE clause, EXCLUDE NO OTHERS (the default) unless it has another: the
     * default frame is spelled out (RANGE, from the partition's start to the current row's last peer).
     */
    static String frameExcludingNoOthers(WindowDef w, ExprTranslator exprs, Scope scope) {
        int o = w.getFrameOptions();
        if ((o & NONDEFAULT) == 0) {
            return "RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE NO OTHERS";
        }
        String frame = frame(w, exprs, scope);
        return (o & (EXCLUDE_CURRENT_ROW | EXCLUDE_GROUP | EXCLUDE_TIES)) != 0 ? frame : frame + " EXCLUDE NO OTHERS";
    }

    /** Whether the window states a frame of its own (else it takes the default, or its base window's). */
    static boolean hasFrame(WindowDef w) {
        return (w.getFrameOptions() & NONDEFAULT) != 0;
    }

    /** The value of an integer constant, or of casts of one to smallint, integer or bigint that it fits; else null. */
    private static Long integerConstant(Node n) {
        if (n.hasAConst() && n.getAConst().hasIval()) {
            return (long) n.getAConst().getIval().getIval();
        }
        if (!n.hasTypeCast()) {
            return null;
        }
        TypeCast cast = n.getTypeCast();
        List<Node> names = cast.getTypeName().getNamesList();
        if (names.isEmpty() || cast.getTypeName().getArrayBoundsCount() > 0) {
            return null;
        }
        Long value = integerConstant(cast.getArg());
        String type = names.get(names.size() - 1).getString().getSval();
        if (value == null) {
            return null;
        }
        return switch (type) {
            case "int2" -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE ? value : null;
            case "int4" -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? value : null;
            case "int8" -> value;
            default -> null;
        };
    }

    /**
     * The value of a constant that a RANGE offset over a float key takes as float8: a number, an
     * untyped string such as 'inf', or a cast of one to a number type; else null.
     */
    private static Double floatConstant(Node n) {
        if (n.hasAConst()) {
            io.pgmicro.parse.ast.A_Const c = n.getAConst();
            String text = c.hasFval() ? c.getFval().getFval() : c.hasSval() ? c.getSval().getSval() : null;
            return text == null ? null : parseFloat(text);
        }
        if (!n.hasTypeCast() || n.getTypeCast().getTypeName().getArrayBoundsCount() > 0) {
            return null;
        }
        List<Node> names = n.getTypeCast().getTypeName().getNamesList();
        String type = names.isEmpty() ? "" : names.get(names.size() - 1).getString().getSval();
        if (!List.of("float4", "float8", "numeric").contains(type)) {
            return null;
        }
        Long integer = integerConstant(n.getTypeCast().getArg());
        return integer != null ? Double.valueOf(integer) : floatConstant(n.getTypeCast().getArg());
    }

    private static Double parseFloat(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "inf", "infinity", "+inf", "+infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> {
                try {
                    return Double.valueOf(t);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
    }

    static String frame(WindowDef w, ExprTranslator exprs, Scope scope) {
        int o = w.getFrameOptions();
        if ((o & NONDEFAULT) == 0) {
            return "";
        }
        String unit = (o & ROWS) != 0 ? "ROWS" : (o & GROUPS) != 0 ? "GROUPS" : "RANGE";
        String start = bound(o, true, w, exprs, scope);
        StringBuilder sb = new StringBuilder(unit).append(' ');
        if ((o & BETWEEN) != 0) {
            sb.append("BETWEEN ").append(start).append(" AND ").append(bound(o, false, w, exprs, scope));
        } else {
            sb.append(start);
        }
        if ((o & EXCLUDE_CURRENT_ROW) != 0) {
            sb.append(" EXCLUDE CURRENT ROW");
        } else if ((o & EXCLUDE_GROUP) != 0) {
            sb.append(" EXCLUDE GROUP");
        } else if ((o & EXCLUDE_TIES) != 0) {
            sb.append(" EXCLUDE TIES");
        }
        return sb.toString();
    }

    private static String bound(int o, boolean start, WindowDef w, ExprTranslator exprs, Scope scope) {
        if ((o & (start ? START_UNBOUNDED_PRECEDING : END_UNBOUNDED_PRECEDING)) != 0) {
            return "UNBOUNDED PRECEDING";
        }
        if ((o & (start ? START_UNBOUNDED_FOLLOWING : END_UNBOUNDED_FOLLOWING)) != 0) {
            return "UNBOUNDED FOLLOWING";
        }
        if ((o & (start ? START_CURRENT_ROW : END_CURRENT_ROW)) != 0) {
            return "CURRENT ROW";
        }
        Node offsetNode = start ? w.getStartOffset() : w.getEndOffset();
        String offset = exprs.expr(offsetNode, scope).sql();
        // SQLite takes a frame offset that calls a function (a narrowing cast is pg_cast) for NULL
        // and refuses it: a number constant, cast or not, is written as its value
        Long folded = integerConstant(offsetNode);
        Double number = folded != null ? Double.valueOf(folded) : (o & RANGE) != 0 ? floatConstant(offsetNode) : null;
        if (number != null && (number.isNaN() || number < 0)) {
            throw (o & RANGE) != 0
                    ? new PgException(SqlState.INVALID_PRECEDING_OR_FOLLOWING_SIZE,
                            "invalid preceding or following size in window function")
                    : new PgException(SqlState.INVALID_PRECEDING_OR_FOLLOWING_SIZE,
                            "frame " + (start ? "starting" : "ending") + " offset must not be negative");
        }
        if (folded != null) {
            offset = folded.toString();
        } else if (number != null) {
            offset = number.isInfinite() ? "1e999" : number.toString();
        }
        if ((o & (start ? START_OFFSET_PRECEDING : END_OFFSET_PRECEDING)) != 0) {
            return offset + " PRECEDING";
        }
        return offset + " FOLLOWING";
    }
}
