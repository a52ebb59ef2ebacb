package io.pgmicro.emit;

import io.pgmicro.parse.ast.A_Expr_Kind;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.SubLinkType;

/**
 * How firmly an expression names its output column, as PostgreSQL ranks it when it picks
 * the name of an unnamed select-list entry: a column reference or a function call (and
 * ARRAY[...] or ROW(...), which act as functions) names it firmly ({@link #STRONG}), a CASE
 * or a cast only weakly ({@link #WEAK}), an operator or a constant not at all
 * ({@link #NONE}). A cast names its column after its target type unless its operand names
 * it firmly, so {@code '1'::numeric::int} is "int4" while {@code x::text} stays "x"; a CASE
 * takes the name of its ELSE result the same way.
 */
final class ColumnNameStrength {
    static final int NONE = 0;
    static final int WEAK = 1;
    static final int STRONG = 2;

    private ColumnNameStrength() {
    }

    static int of(Node node) {
        return switch (node.getNodeCase()) {
            case COLUMN_REF, FUNC_CALL, A_ARRAY_EXPR, ROW_EXPR, COALESCE_EXPR, MIN_MAX_EXPR, SQLVALUE_FUNCTION,
                 GROUPING_FUNC, XML_EXPR, XML_SERIALIZE -> STRONG;
            case A_EXPR -> node.getAExpr().getKind() == A_Expr_Kind.AEXPR_NULLIF ? STRONG : NONE;
            case A_INDIRECTION -> node.getAIndirection().getIndirectionList().stream().anyMatch(Node::hasString)
                    ? STRONG : of(node.getAIndirection().getArg());
            case COLLATE_CLAUSE -> of(node.getCollateClause().getArg());
            case TYPE_CAST -> Math.max(WEAK, of(node.getTypeCast().getArg()));
            case CASE_EXPR -> node.getCaseExpr().hasDefresult()
                    ? Math.max(WEAK, of(node.getCaseExpr().getDefresult())) : WEAK;
            case SUB_LINK -> subLink(node.getSubLink().getSubLinkType());
            default -> NONE;
        };
    }

    private static int subLink(SubLinkType type) {
        return switch (type) {
            case EXISTS_SUBLINK, EXPR_SUBLINK, ARRAY_SUBLINK -> STRONG;
            default -> NONE;
        };
    }
}
