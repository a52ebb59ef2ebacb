package io.pgmicro.catalog.system;

import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.FunctionSignature;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.A_Const;
import io.pgmicro.parse.ast.A_Expr;
import io.pgmicro.parse.ast.A_Expr_Kind;
import io.pgmicro.parse.ast.BoolExpr;
import io.pgmicro.parse.ast.BoolExprType;
import io.pgmicro.parse.ast.FuncCall;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.NullTest;
import io.pgmicro.parse.ast.NullTestType;
import io.pgmicro.parse.ast.TypeCast;
import io.pgmicro.types.PgType;
import io.pgmicro.types.TypeNames;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prints a stored expression (a column default, a CHECK condition, an index key or
 * predicate) the way PostgreSQL's pg_get_expr prints the analyzed tree: the implicit
 * casts PostgreSQL's analysis adds become visible ({@code rating >= 0::numeric},
 * {@code j <> ''::text}), IN lists become {@code = ANY (ARRAY[...])}, BETWEEN becomes
 * two comparisons. "Pretty" output drops redundant parentheses; the plain form wraps
 * every operator expression in parentheses, as PostgreSQL does.
 *
 * <p>It covers the expressions DDL usually holds: columns, constants, casts, operators,
 * AND/OR/NOT, IS [NOT] NULL, IN, BETWEEN, function calls and CURRENT_DATE-like values.
 * Anything else is printed as libpg_query deparses it.
 */
final class ExpressionPrinter {
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final List<String> SEQUENCE_FUNCTIONS = List.of("nextval", "currval", "setval");

    private final RelationDef relation;
    private final CatalogSnapshot catalog;
    private final boolean pretty;

    private ExpressionPrinter(RelationDef relation, CatalogSnapshot catalog, boolean pretty) {
        this.relation = relation;
        this.catalog = catalog;
        this.pretty = pretty;
    }

    /** Prints {@code source} in the context of {@code relation} (whose columns it may name), or null for null. */
    static String print(String source, RelationDef relation, CatalogSnapshot catalog, boolean pretty) {
        if (source == null) {
            return null;
        }
        return new ExpressionPrinter(relation, catalog, pretty).print(parse(source)).text;
    }

    /** Parses one expression of PostgreSQL source text. */
    static Node parse(String source) {
        return Parser.parse("SELECT " + source).statements().get(0).getStmt().getSelectStmt().getTargetList(0)
                .getResTarget().getVal();
    }

    /** An identifier as PostgreSQL's quote_ident writes it. */
    static String quoteIdent(String name) {
        return PLAIN_IDENTIFIER.matcher(name).matches() && !Keywords.isReserved(name) ? name
                : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A printed sub-expression and the type it has after analysis (null when unknown). */
    private record Printed(String text, PgType type, boolean simple) {
    }

    private Printed print(Node node) {
        return switch (node.getNodeCase()) {
            case COLUMN_REF -> column(node);
            case A_CONST -> constant(node.getAConst(), null);
            case TYPE_CAST -> cast(node.getTypeCast());
            case A_EXPR -> aExpr(node.getAExpr());
            case BOOL_EXPR -> bool(node.getBoolExpr());
            case NULL_TEST -> nullTest(node.getNullTest());
            case FUNC_CALL -> function(node.getFuncCall());
            case SQLVALUE_FUNCTION -> new Printed(sqlValue(node), null, true);
            default -> new Printed(Parser.deparseExpression(node), null, false);
        };
    }

    private Printed column(Node node) {
        var fields = node.getColumnRef().getFieldsList();
        String name = fields.get(fields.size() - 1).getString().getSval();
        AttributeDef a = relation == null ? null : relation.attribute(name);
        PgType type = a == null ? null : catalog.type(a.typeOid());
        String qualifier = fields.size() == 2 ? fields.get(0).getString().getSval() : "";
        if (qualifier.equals("new") || qualifier.equals("old")) {
            // a trigger's WHEN condition names the row it reads: new.a, old.a
            return new Printed(qualifier + "." + quoteIdent(name), type, true);
        }
        return new Printed(quoteIdent(name), type, true);
    }

    /** A constant; {@code target} is the type PostgreSQL's analysis coerces it to, or null to keep its own type. */
    private Printed constant(A_Const c, PgType target) {
        if (c.getIsnull()) {
            return new Printed("NULL", target, true);
        }
        switch (c.getValCase()) {
            case IVAL, FVAL -> {
                String digits = c.getValCase() == A_Const.ValCase.IVAL ? String.valueOf(c.getIval().getIval())
                        : c.getFval().getFval();
                PgType own = c.getValCase() == A_Const.ValCase.IVAL ? Types.INT4
                        : digits.matches("-?\\d+") ? Types.INT8 : Types.NUMERIC;
                if (target == null || target.equals(own) || isInteger(target) && isInteger(own)
                        || own.equals(Types.NUMERIC) && !target.equals(Types.FLOAT8) && !target.equals(Types.FLOAT4)) {
                    boolean negative = digits.startsWith("-");
                    return new Printed(negative && !pretty ? "(" + digits + ")" : digits, own, !negative);
                }
                return new Printed(castText(digits.startsWith("-") || !pretty ? "(" + digits + ")" : digits, target),
                        target, false);
            }
            case BOOLVAL -> {
                return new Printed(c.getBoolval().getBoolval() ? "true" : "false", Types.BOOL, true);
            }
            case BSVAL -> {
                // B'1011' and X'..' are bit constants; bit varying takes them without a visible cast
                String digits = (String) Types.BIT.input(c.getBsval().getBsval(), -1, null);
                return new Printed(castText(literal(digits), Types.BIT), Types.BIT, true);
            }
            default -> {
                PgType type = target == null ? Types.TEXT : target;
                return new Printed(castText(literal(c.getSval().getSval()), type), type, true);
            }
        }
    }

    private String castText(String operand, PgType type) {
        return operand + "::" + TypeNames.format(type, -1);
    }

    private static String literal(String s) {
        String body = s.replace("'", "''");
        return s.indexOf('\\') >= 0 ? "E'" + body.replace("\\", "\\\\") + "'" : "'" + body + "'";
    }

    private Printed cast(TypeCast tc) {
        PgType type = typeOf(tc);
        if (tc.getArg().hasAConst() && type != null) {
            A_Const c = tc.getArg().getAConst();
            if (c.getValCase() == A_Const.ValCase.SVAL || c.getIsnull()) {
                return new Printed(castText(c.getIsnull() ? "NULL" : literal(c.getSval().getSval()), type), type, true);
            }
            String digits = c.getValCase() == A_Const.ValCase.IVAL ? String.valueOf(c.getIval().getIval())
                    : c.getValCase() == A_Const.ValCase.FVAL ? c.getFval().getFval() : null;
            if (digits != null) {
                return new Printed(castText(pretty && !digits.startsWith("-") ? digits : "(" + digits + ")", type), type,
                        false);
            }
        }
        Printed arg = print(tc.getArg());
        // PostgreSQL's plain form parenthesizes every cast operand but a constant: (now())::date
        String operand = arg.simple && pretty ? arg.text : "(" + arg.text + ")";
        return new Printed(type == null ? Parser.deparseExpression(Node.newBuilder().setTypeCast(tc).build())
                : castText(operand, type), type, false);
    }

    private PgType typeOf(TypeCast tc) {
        var names = tc.getTypeName().getNamesList();
        String name = names.get(names.size() - 1).getString().getSval();
        PgType builtin = Types.byName(name);
        if (builtin != null) {
            return tc.getTypeName().getArrayBoundsCount() > 0 ? Types.arrayOf(builtin) : builtin;
        }
        String schema = names.size() > 1 ? names.get(names.size() - 2).getString().getSval() : null;
        return catalog.findUserType(schema, name, List.of("public"));
    }

    private Printed aExpr(A_Expr e) {
        String op = e.getNameCount() > 0 ? e.getName(e.getNameCount() - 1).getString().getSval() : "";
        if (e.getKind() == A_Expr_Kind.AEXPR_IN) {
            return in(e, op);
        }
        if (e.getKind() == A_Expr_Kind.AEXPR_BETWEEN || e.getKind() == A_Expr_Kind.AEXPR_NOT_BETWEEN) {
            return between(e);
        }
        if (e.getKind() != A_Expr_Kind.AEXPR_OP || !e.hasLexpr()) {
            return new Printed(Parser.deparseExpression(Node.newBuilder().setAExpr(e).build()), null, false);
        }
        Printed[] sides = operands(e.getLexpr(), e.getRexpr());
        String text = operand(sides[0]) + " " + op + " " + operand(sides[1]);
        PgType type = isComparison(op) ? Types.BOOL : sides[0].type != null ? sides[0].type : sides[1].type;
        return new Printed(pretty ? text : "(" + text + ")", type, !pretty);
    }

    /** Prints two operands of a binary operator, making the coercions of the other side's type visible. */
    private Printed[] operands(Node left, Node right) {
        Printed l = print(left);
        Printed r = print(right);
        if (left.hasAConst() && r.type != null) {
            l = constant(left.getAConst(), comparisonType(r.type));
        }
        if (right.hasAConst() && l.type != null) {
            r = constant(right.getAConst(), comparisonType(l.type));
        }
        if (l.type != null && l.type.equals(Types.VARCHAR) && !left.hasAConst()) {
            l = asText(l);
        }
        if (r.type != null && r.type.equals(Types.VARCHAR) && !right.hasAConst()) {
            r = asText(r);
        }
        return new Printed[] {l, r};
    }

    /** varchar has no operators of its own: PostgreSQL compares it as text. */
    private static PgType comparisonType(PgType t) {
        return t.equals(Types.VARCHAR) ? Types.TEXT : t;
    }

    private Printed asText(Printed p) {
        return new Printed((p.simple && pretty ? p.text : "(" + p.text + ")") + "::text", Types.TEXT, false);
    }

    private String operand(Printed p) {
        if (!pretty) {
            return p.text;
        }
        return p.simple || p.text.endsWith(")") && !p.text.startsWith("(") || !p.text.contains(" ") ? p.text
                : "(" + p.text + ")";
    }

    private Printed in(A_Expr e, String op) {
        Printed l = print(e.getLexpr());
        PgType element = l.type == null ? null : l.type;
        List<String> items = new ArrayList<>();
        for (Node item : e.getRexpr().getList().getItemsList()) {
            items.add(item.hasAConst() ? constant(item.getAConst(), element).text : print(item).text);
        }
        String left = l.text;
        String array = "ARRAY[" + String.join(", ", items) + "]";
        if (element != null && element.equals(Types.VARCHAR)) {
            left = asText(l).text;
            array = array + "::text[]";
        }
        String text = left + (op.equals("<>") ? " <> ALL (" : " = ANY (") + array + ")";
        return new Printed(pretty ? text : "(" + text + ")", Types.BOOL, !pretty);
    }

    private Printed between(A_Expr e) {
        var bounds = e.getRexpr().getList().getItemsList();
        boolean not = e.getKind() == A_Expr_Kind.AEXPR_NOT_BETWEEN;
        Printed[] low = operands(e.getLexpr(), bounds.get(0));
        Printed[] high = operands(e.getLexpr(), bounds.get(1));
        String first = comparison(low[0], not ? "<" : ">=", low[1]);
        String second = comparison(high[0], not ? ">" : "<=", high[1]);
        String text = first + (not ? " OR " : " AND ") + second;
        return new Printed(pretty ? text : "(" + text + ")", Types.BOOL, !pretty);
    }

    private String comparison(Printed l, String op, Printed r) {
        String text = operand(l) + " " + op + " " + operand(r);
        return pretty ? text : "(" + text + ")";
    }

    private Printed bool(BoolExpr b) {
        if (b.getBoolop() == BoolExprType.NOT_EXPR) {
            Printed arg = print(b.getArgs(0));
            String text = "NOT " + (arg.simple ? arg.text : "(" + arg.text + ")");
            return new Printed(pretty ? text : "(" + text + ")", Types.BOOL, !pretty);
        }
        String word = b.getBoolop() == BoolExprType.AND_EXPR ? " AND " : " OR ";
        List<String> parts = new ArrayList<>();
        for (Node arg : b.getArgsList()) {
            Printed p = print(arg);
            boolean otherBool = arg.hasBoolExpr() && arg.getBoolExpr().getBoolop() != b.getBoolop()
                    && arg.getBoolExpr().getBoolop() != BoolExprType.NOT_EXPR;
            parts.add(pretty && otherBool ? "(" + p.text + ")" : p.text);
        }
        String text = String.join(word, parts);
        return new Printed(pretty ? text : "(" + text + ")", Types.BOOL, !pretty);
    }

    private Printed nullTest(NullTest t) {
        Printed arg = print(t.getArg());
        String text = operand(arg) + (t.getNulltesttype() == NullTestType.IS_NULL ? " IS NULL" : " IS NOT NULL");
        return new Printed(pretty ? text : "(" + text + ")", Types.BOOL, !pretty);
    }

    private Printed function(FuncCall f) {
        var names = f.getFuncnameList();
        String name = names.get(names.size() - 1).getString().getSval();
        List<String> args = new ArrayList<>();
        for (Node a : f.getArgsList()) {
            // the sequence functions take their sequence as regclass, which a string literal is coerced to
            PgType literalType = args.isEmpty() && SEQUENCE_FUNCTIONS.contains(name) ? Types.REGCLASS : Types.TEXT;
            args.add(a.hasAConst() && a.getAConst().getValCase() == A_Const.ValCase.SVAL
                    ? constant(a.getAConst(), literalType).text : print(a).text);
        }
        List<FunctionSignature> candidates = BuiltinFunctions.byName(name);
        PgType type = candidates.isEmpty() ? null : candidates.get(0).returnType();
        return new Printed(quoteIdent(name) + "(" + String.join(", ", args) + ")", type, true);
    }

    private static String sqlValue(Node node) {
        return switch (node.getSqlvalueFunction().getOp()) {
            case SVFOP_CURRENT_DATE -> "CURRENT_DATE";
            case SVFOP_CURRENT_TIME -> "CURRENT_TIME";
            case SVFOP_CURRENT_TIMESTAMP -> "CURRENT_TIMESTAMP";
            case SVFOP_LOCALTIME -> "LOCALTIME";
            case SVFOP_LOCALTIMESTAMP -> "LOCALTIMESTAMP";
            case SVFOP_CURRENT_USER -> "CURRENT_USER";
            case SVFOP_SESSION_USER -> "SESSION_USER";
            case SVFOP_USER -> "USER";
            case SVFOP_CURRENT_ROLE -> "CURRENT_ROLE";
            case SVFOP_CURRENT_CATALOG -> "CURRENT_CATALOG";
            case SVFOP_CURRENT_SCHEMA -> "CURRENT_SCHEMA";
            default -> Parser.deparseExpression(node);
        };
    }

    private static boolean isComparison(String op) {
        return List.of("=", "<>", "<", ">", "<=", ">=", "~", "!~", "~~", "!~~", "~~*", "!~~*").contains(op);
    }

    private static boolean isInteger(PgType t) {
        return t.equals(Types.INT2) || t.equals(Types.INT4) || t.equals(Types.INT8);
    }
}
