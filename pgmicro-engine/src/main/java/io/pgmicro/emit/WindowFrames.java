package io.pgmicro.emit;

import io.pgmicro.analyze.Scope;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.TypeCast;
import io.pgmicro.parse.ast.WindowDef;
import java.util.List;

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

    private WindowFrames() {
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
        Long folded = integerConstant(offsetNode);
        if (folded != null) {
            // SQLite takes a frame offset that calls a function (a narrowing cast is pg_cast) for NULL
            // and refuses it: an integer constant, cast or not, is written as its value
            offset = folded.toString();
        }
        if ((o & (start ? START_OFFSET_PRECEDING : END_OFFSET_PRECEDING)) != 0) {
            return offset + " PRECEDING";
        }
        return offset + " FOLLOWING";
    }
}
