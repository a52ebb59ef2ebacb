package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.CandidateSelector;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.RangeItem;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.ScopeColumn;
import io.pgmicro.analyze.TypeDisplay;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.BuiltinOperators;
import io.pgmicro.catalog.OperatorSignature;
import io.pgmicro.parse.ast.A_Const;
import io.pgmicro.parse.ast.A_Expr;
import io.pgmicro.parse.ast.A_Expr_Kind;
import io.pgmicro.parse.ast.BoolExpr;
import io.pgmicro.parse.ast.BooleanTest;
import io.pgmicro.parse.ast.CaseExpr;
import io.pgmicro.parse.ast.CaseWhen;
import io.pgmicro.parse.ast.ColumnRef;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.NullTest;
import io.pgmicro.parse.ast.NullTestType;
import io.pgmicro.parse.ast.RowExpr;
import io.pgmicro.parse.ast.SQLValueFunction;
import io.pgmicro.parse.ast.SubLink;
import io.pgmicro.parse.ast.TypeCast;
import io.pgmicro.types.CastContext;
import io.pgmicro.types.Casts;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyzes PostgreSQL expressions and writes the SQLite expressions that compute
 * them: names are resolved in a {@link Scope}, types follow PostgreSQL's rules, and
 * operators and functions are resolved among the built-in signatures.
 */
public final class ExprTranslator {
    private final AnalysisContext ctx;
    private final QueryTranslator queries;
    private final FunctionCallTranslator functions;
    /** Set while translating a place where aggregates may appear (target list, HAVING, ORDER BY). */
    private boolean aggregatesAllowed;
    private String aggregateForbiddenIn = "WHERE";
    /** The clause where window functions may not stand ("WHERE", "window definitions"), null where they may. */
    private String windowForbiddenIn = "WHERE";
    private final java.util.Map<String, io.pgmicro.parse.ast.WindowDef> namedWindows = new java.util.HashMap<>();
    private java.util.Set<String> absentGroupKeys = java.util.Set.of();
    /** Inside the arguments of an aggregate of this level, where ungrouped columns are fine. */
    private int aggregateDepth;
    /** Column references seen outside aggregate arguments, for the GROUP BY check. */
    private final List<ColumnUse> columnUses = new ArrayList<>();

    /**
     * A column reference and where it was written.
     *
     * @param enclosing the SQL of each expression around the reference, innermost first, so that
     *                  a column inside a grouped expression (g in (g / 2)::numeric) counts as grouped
     */
    public record ColumnUse(ScopeColumn column, String shownName, int location, List<String> enclosing) {
        public ColumnUse(ScopeColumn column, String shownName, int location) {
            this(column, shownName, location, new ArrayList<>());
        }
    }

    public ExprTranslator(AnalysisContext ctx, QueryTranslator queries) {
        this.ctx = ctx;
        this.queries = queries;
        this.functions = new FunctionCallTranslator(ctx, this);
    }

    public AnalysisContext context() {
        return ctx;
    }

    QueryTranslator queries() {
        return queries;
    }

    public void allowAggregates(boolean allowed, String clause) {
        this.aggregatesAllowed = allowed;
        this.aggregateForbiddenIn = clause;
        this.windowForbiddenIn = allowed ? null : clause;
    }

    /** Translates a window definition (OVER, WINDOW), in which no window function may stand. */
    String inWindowDefinition(java.util.function.Supplier<String> body) {
        String saved = windowForbiddenIn;
        windowForbiddenIn = "window definitions";
        try {
            return body.get();
        } finally {
            windowForbiddenIn = saved;
        }
    }

    boolean aggregatesAllowed() {
        return aggregatesAllowed;
    }

    String aggregateForbiddenIn() {
        return aggregateForbiddenIn;
    }

    boolean windowsAllowed() {
        return windowForbiddenIn == null;
    }

    String windowForbiddenIn() {
        return windowForbiddenIn;
    }

    /** The WINDOW clause of the query whose expressions this translates, so that OVER name can be looked up. */
    void namedWindows(List<Node> windowClause) {
        namedWindows.clear();
        for (Node n : windowClause) {
            io.pgmicro.parse.ast.WindowDef w = n.getWindowDef();
            if (namedWindows.put(w.getName(), w) != null) {
                throw new PgException(SqlState.WINDOWING_ERROR, "window \"" + w.getName() + "\" is already defined")
                        .atLocation(w.getLocation());
            }
        }
    }

    /** A window of the WINDOW clause, or null. */
    io.pgmicro.parse.ast.WindowDef namedWindow(String name) {
        return namedWindows.get(name);
    }

    List<ColumnUse> columnUses() {
        return columnUses;
    }

    boolean insideAggregate() {
        return aggregateDepth > 0;
    }

    void enterAggregate() {
        aggregateDepth++;
    }

    void leaveAggregate() {
        aggregateDepth--;
    }

    /** Translates an expression whose type its context does not decide. */
    public Typed expr(Node node, Scope scope) {
        int usesBefore = columnUses.size();
        Typed result = translate(node, scope);
        for (int i = usesBefore; i < columnUses.size(); i++) {
            columnUses.get(i).enclosing().add(result.sql());
        }
        if (!insideAggregate() && absentGroupKeys.contains(result.sql())) {
            // a grouping key that the current grouping set leaves out is NULL in its rows
            return new Typed("NULL", result.type(), result.typmod(), null, false, 0, result.name(), false,
                    result.location());
        }
        return result;
    }

    /** For one grouping set of GROUP BY ROLLUP/CUBE/GROUPING SETS: the SQL of the keys it leaves out. */
    void absentGroupKeys(java.util.Set<String> keys) {
        absentGroupKeys = keys;
    }

    private Typed translate(Node node, Scope scope) {
        return switch (node.getNodeCase()) {
            case COLUMN_REF -> columnRef(node.getColumnRef(), scope);
            case A_CONST -> constant(node.getAConst());
            case PARAM_REF -> param(node.getParamRef().getNumber(), node.getParamRef().getLocation());
            case A_EXPR -> aExpr(node.getAExpr(), scope);
            case BOOL_EXPR -> boolExpr(node.getBoolExpr(), scope);
            case NULL_TEST -> nullTest(node.getNullTest(), scope);
            case BOOLEAN_TEST -> booleanTest(node.getBooleanTest(), scope);
            case TYPE_CAST -> typeCast(node.getTypeCast(), scope);
            case FUNC_CALL -> functions.call(node.getFuncCall(), scope);
            case CASE_EXPR -> caseExpr(node.getCaseExpr(), scope);
            case COALESCE_EXPR -> coalesce(node.getCoalesceExpr().getArgsList(), scope);
            case MIN_MAX_EXPR -> functions.greatestLeast(node.getMinMaxExpr(), scope);
            case SUB_LINK -> subLink(node.getSubLink(), scope);
            case SQLVALUE_FUNCTION -> sqlValueFunction(node.getSqlvalueFunction());
            case A_ARRAY_EXPR -> functions.arrayConstructor(node.getAArrayExpr(), scope, null);
            case A_INDIRECTION -> functions.indirection(node.getAIndirection(), scope);
            case COLLATE_CLAUSE -> expr(node.getCollateClause().getArg(), scope);
            case ROW_EXPR -> rowValue(node.getRowExpr(), scope);
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "pgmicro does not support this expression yet: " + node.getNodeCase());
        };
    }

    /** Translates an expression that must be boolean (WHERE, HAVING, ON, CHECK). */
    public Typed condition(Node node, Scope scope, String clause) {
        Typed t = expr(node, scope);
        if (t.isUnknown()) {
            return coerce(t, Types.BOOL, -1, Coercion.Context.IMPLICIT, clause);
        }
        if (!t.type().equals(Types.BOOL)) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "argument of " + clause + " must be type boolean, not type " + TypeDisplay.name(t.type()))
                    .atLocation(location(node));
        }
        return t;
    }

    // ---- names -------------------------------------------------------------------------------

    private Typed columnRef(ColumnRef ref, Scope scope) {
        RangeItem starred = starredItem(ref, scope);
        if (starred != null) {
            // t.* outside a SELECT list or ROW(...): the item's whole row, as PostgreSQL reads it in a function's argument
            return wholeRow(starred, scope, ref.getLocation());
        }
        List<String> names = new ArrayList<>();
        for (Node f : ref.getFieldsList()) {
            if (f.hasAStar()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "row references with * are only supported in a SELECT list")
                        .atLocation(ref.getLocation());
            }
            names.add(f.getString().getSval());
        }
        ScopeColumn column;
        if (names.size() == 1) {
            column = scope.findColumn(names.get(0), ref.getLocation());
            RangeItem whole = column == null ? scope.findItem(names.get(0)) : null;
            if (whole != null) {
                return wholeRow(whole, scope, ref.getLocation());
            }
            if (column == null) {
                PgException missing = new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + names.get(0) + "\" does not exist")
                        .atLocation(ref.getLocation());
                String hint = io.pgmicro.analyze.ColumnSuggestions.hint(names.get(0), scope);
                throw hint == null ? missing : missing.withHint(hint);
            }
        } else {
            String qualifier = names.get(names.size() - 2);
            String name = names.get(names.size() - 1);
            RangeItem item = scope.findItem(qualifier);
            if (item == null) {
                throw MissingFromEntry.error(qualifier, scope, ctx.catalog(), ref.getLocation());
            }
            column = item.column(name);
            if (column == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN,
                        "column " + qualifier + "." + name + " does not exist").atLocation(ref.getLocation());
            }
        }
        noteColumnUse(column, names.size() == 1 ? qualifierOf(column, scope) + column.name() : String.join(".", names),
                ref.getLocation(), scope);
        return new Typed(column.sql(), column.type(), column.typmod(), null, false, 0, column.name(), false,
                ref.getLocation());
    }

    /** Records a use of this level's column outside an aggregate, which GROUP BY must then cover. */
    private void noteColumnUse(ScopeColumn column, String shown, int location, Scope scope) {
        if (aggregateDepth == 0 && scope.isLocal(column)) {
            columnUses.add(new ColumnUse(column, shown, location));
        }
    }

    /** The FROM item of a {@code t.*} reference, or null if the reference is not one. */
    private RangeItem starredItem(ColumnRef ref, Scope scope) {
        if (ref.getFieldsCount() != 2 || !ref.getFields(1).hasAStar() || !ref.getFields(0).hasString()) {
            return null;
        }
        String alias = ref.getFields(0).getString().getSval();
        RangeItem item = scope.findItem(alias);
        if (item == null) {
            throw MissingFromEntry.error(alias, scope, ctx.catalog(), ref.getLocation());
        }
        return item;
    }

    /**
     * A FROM item's whole row as a value ({@code SELECT t FROM t}, {@code row_to_json(t)}): a
     * record of its columns, named as they are, so (t).col and row_to_json read them back. A row
     * an outer join fills with NULLs is a NULL record in PostgreSQL, told from a row of NULLs by
     * a NOT NULL column of the table; without one the reference is refused.
     */
    private Typed wholeRow(RangeItem item, Scope scope, int location) {
        ScopeColumn marker = scope.nullExtensionMarker(item);
        if (scope.isNullExtended(item) && marker == null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support a whole-row reference to \""
                    + item.alias() + "\" on the nullable side of an outer join unless the table has a NOT NULL column")
                    .atLocation(location);
        }
        List<String> texts = new ArrayList<>();
        List<PgType.Field> layout = new ArrayList<>();
        for (ScopeColumn c : item.columns()) {
            texts.add(fieldText(Typed.of(c.sql(), c.type(), c.typmod())));
            layout.add(new PgType.Field(c.name(), c.type(), c.typmod()));
            noteColumnUse(c, item.alias() + ".*", location, scope);
        }
        if (layout.isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support a whole-row reference to \""
                    + item.alias() + "\", which has no columns").atLocation(location);
        }
        String record = "pg_record(" + String.join(", ", texts) + ")";
        String sql = marker == null ? record : "(CASE WHEN " + marker.sql() + " IS NULL THEN NULL ELSE " + record + " END)";
        return new Typed(sql, Types.RECORD.withFields(layout), -1, null, false, 0, item.alias(), false, location);
    }

    /** A record field's text as record_out writes it: the type's output form (bool as t/f, not true/false). */
    private String fieldText(Typed value) {
        if (value.type().equals(Types.BOOL)) {
            return "(CASE " + value.sql() + " WHEN 1 THEN 't' WHEN 0 THEN 'f' END)";
        }
        return castSql(value, Types.TEXT, -1, Coercion.Context.EXPLICIT).sql();
    }

    private static String qualifierOf(ScopeColumn column, Scope scope) {
        for (RangeItem item : scope.items()) {
            if (item.alias() != null && item.unqualifiable() && item.columns().contains(column)) {
                return item.alias() + ".";
            }
        }
        return "";
    }

    // ---- constants and parameters ----------------------------------------------------------------

    private Typed constant(A_Const c) {
        int loc = c.getLocation();
        if (c.getIsnull()) {
            return Typed.nullLiteral().at(loc);
        }
        return switch (c.getValCase()) {
            case IVAL -> Typed.of(Long.toString(c.getIval().getIval()), Types.INT4).at(loc);
            case FVAL -> numericConstant(c.getFval().getFval()).at(loc);
            case BOOLVAL -> Typed.of(c.getBoolval().getBoolval() ? "1" : "0", Types.BOOL).at(loc);
            case SVAL -> Typed.unknownLiteral(c.getSval().getSval(), SqlText.string(c.getSval().getSval())).at(loc);
            case BSVAL -> bitStringConstant(c.getBsval().getBsval(), loc).at(loc);
            default -> Typed.nullLiteral().at(loc);
        };
    }

    /** B'1011' and X'1F' are constants of type bit, read at once as PostgreSQL's parser does ("b1011", "x1F"). */
    private static Typed bitStringConstant(String text, int location) {
        try {
            return Typed.of(SqlText.string((String) Types.BIT.input(text, -1, null)), Types.BIT);
        } catch (PgException e) {
            throw e.atLocation(location);
        }
    }

    private static Typed numericConstant(String text) {
        // integer-looking literals the parser did not make int4 (too large, or negated like -2147483648)
        // are int4 if they fit after all, else int8 if they fit, numeric otherwise
        if (text.matches("-?\\d+")) {
            try {
                long value = Long.parseLong(text);
                return Typed.of(Long.toString(value), value == (int) value ? Types.INT4 : Types.INT8);
            } catch (NumberFormatException e) {
                // falls through to numeric
            }
        }
        String canonical = Types.NUMERIC.output(Types.NUMERIC.input(text, -1, null), null);
        return Typed.of(SqlText.string(canonical), Types.NUMERIC);
    }

    private Typed param(int n, int location) {
        if (!ctx.parametersAllowed() || n > 65535) {
            throw new PgException(SqlState.UNDEFINED_PARAMETER, "there is no parameter $" + n).atLocation(location);
        }
        ctx.noteParameter(n);
        PgType declared = ctx.parameterType(n);
        String sql = "?" + n;
        if (declared == null) {
            return new Typed(sql, Types.UNKNOWN, -1, null, false, n, Typed.NO_NAME, false, location);
        }
        return new Typed(sql, declared, -1, null, false, n, Typed.NO_NAME, false, location);
    }

    // ---- coercion ------------------------------------------------------------------------------------

    /**
     * Converts an expression to a type: untyped literals are read with the type's input
     * function now, open parameters take the type, other values are cast if the context
     * allows it.
     */
    public Typed coerce(Typed e, PgType target, int typmod, Coercion.Context context, String what) {
        if (Coercion.isPolymorphic(target)) {
            return e;
        }
        if (e.nullConst() && e.isUnknown()) {
            return e.retyped("NULL", target, typmod);
        }
        if (e.literal() != null && e.isUnknown() && target.equals(Types.REGCLASS)) {
            return e.retyped(SqlText.literal(RegclassLiteral.read(e.literal(), ctx, e.location())), target, typmod);
        }
        if (e.literal() != null && e.isUnknown()) {
            Object value = readLiteral(e, target, typmod, context);
            return e.retyped(SqlText.literal(value), target, typmod);
        }
        if (e.param() > 0 && e.isUnknown()) {
            ctx.inferParameterType(e.param(), target);
            Typed bound = e.retyped(e.sql(), target, -1);
            return typmod >= 0 ? castSql(bound, target, typmod, context) : bound;
        }
        if (e.isUnknown()) {
            return e.retyped(e.sql(), target, typmod);
        }
        if (e.type().equals(target) && (typmod < 0 || typmod == e.typmod())) {
            return e;
        }
        if (ArrayValues.isVector(e.type()) && target.equals(ArrayValues.vectorAsArray(e).type())) {
            // int2vector and oidvector are binary-coercible to the int2[] and oid[] they hold
            return ArrayValues.vectorAsArray(e);
        }
        if (target.category() == 'C' && !e.type().fields().isEmpty() && (e.type().oid() == Types.RECORD.oid()
                || e.type().category() == 'C')) {
            return recordAsComposite(e, target, context);
        }
        if (!e.type().equals(target) && !Coercion.canCoerce(e.type(), target, context)) {
            if (context == Coercion.Context.EXPLICIT) {
                throw Coercion.cannotCast(e.type(), target, e.location());
            }
            throw mismatch(e, target, what);
        }
        return castSql(e, target, typmod, context);
    }

    /**
     * A record (ROW(...), a function's record) as a value of a composite type: field by field,
     * each converted to the composite's field type as the context allows.
     */
    private Typed recordAsComposite(Typed e, PgType target, Coercion.Context context) {
        List<PgType.Field> from = e.type().fields();
        List<PgType.Field> to = target.fields();
        if (from.size() != to.size()) {
            throw new PgException(SqlState.CANNOT_COERCE, "cannot cast type " + TypeDisplay.name(e.type()) + " to "
                    + TypeDisplay.name(target)).withDetail("Input has too " + (from.size() < to.size() ? "few" : "many")
                    + " columns.").atLocation(e.location());
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            Typed field = RecordFields.field(this, e.sql(), from.get(i), i).at(e.location());
            Typed converted = from.get(i).type().equals(Types.UNKNOWN)
                    ? castSql(field, to.get(i).type(), to.get(i).typmod(), Coercion.Context.EXPLICIT)
                    : coerce(field, to.get(i).type(), to.get(i).typmod(), context, null);
            texts.add(castSql(converted, Types.TEXT, -1, Coercion.Context.EXPLICIT).sql());
        }
        return e.retyped("(CASE WHEN " + e.sql() + " IS NULL THEN NULL ELSE pg_record(" + String.join(", ", texts)
                + ") END)", target, -1);
    }

    private PgException mismatch(Typed e, PgType target, String what) {
        if (what != null && what.startsWith("column ")) {
            return new PgException(SqlState.DATATYPE_MISMATCH, what + " is of type " + TypeDisplay.name(target)
                    + " but expression is of type " + TypeDisplay.name(e.type()))
                    .withHint("You will need to rewrite or cast the expression.").atLocation(e.location());
        }
        if (what != null && (what.equals("WHERE") || what.equals("HAVING") || what.startsWith("JOIN") || what.equals("CHECK"))) {
            return new PgException(SqlState.DATATYPE_MISMATCH, "argument of " + what + " must be type "
                    + TypeDisplay.name(target) + ", not type " + TypeDisplay.name(e.type())).atLocation(e.location());
        }
        return new PgException(SqlState.DATATYPE_MISMATCH, "cannot cast type " + TypeDisplay.name(e.type())
                + " to " + TypeDisplay.name(target)).atLocation(e.location());
    }

    private Object readLiteral(Typed e, PgType target, int typmod, Coercion.Context context) {
        Object value;
        try {
            value = Casts.readLiteral(e.literal(), target, typmod, ctx.format());
        } catch (PgException ex) {
            throw ex.atLocation(e.location());
        }
        return Casts.fitLiteral(value, target, typmod, switch (context) {
            case EXPLICIT -> CastContext.EXPLICIT;
            case ASSIGNMENT -> CastContext.ASSIGNMENT;
            default -> CastContext.IMPLICIT;
        });
    }

    /** Emits the SQLite text of a cast between two known types. */
    Typed castSql(Typed e, PgType target, int typmod, Coercion.Context context) {
        String sql = CastEmitter.emit(e.sql(), e.type(), target, typmod, context);
        return e.retyped(sql, target, typmod);
    }

    // ---- operators -------------------------------------------------------------------------------------

    private Typed aExpr(A_Expr a, Scope scope) {
        A_Expr_Kind kind = a.getKind();
        String op = a.getNameCount() > 0 ? a.getName(a.getNameCount() - 1).getString().getSval() : "";
        int loc = a.getLocation();
        switch (kind) {
            case AEXPR_OP:
            case AEXPR_LIKE:
            case AEXPR_ILIKE:
            case AEXPR_SIMILAR:
                if (a.hasLexpr() && a.getLexpr().hasRowExpr() && a.getRexpr().hasRowExpr()) {
                    return rowComparison(op, a.getLexpr().getRowExpr(), a.getRexpr().getRowExpr(), scope, loc);
                }
                if (!a.hasLexpr()) {
                    return operator(op, null, expr(a.getRexpr(), scope), loc);
                }
                return operator(op, expr(a.getLexpr(), scope), expr(a.getRexpr(), scope), loc);
            case AEXPR_DISTINCT:
            case AEXPR_NOT_DISTINCT: {
                if (a.getLexpr().hasRowExpr() && a.getRexpr().hasRowExpr()) {
                    return rowDistinct(kind == A_Expr_Kind.AEXPR_DISTINCT, a.getLexpr().getRowExpr(),
                            a.getRexpr().getRowExpr(), scope, loc);
                }
                Typed cmp = operator("=", expr(a.getLexpr(), scope), expr(a.getRexpr(), scope), loc);
                Typed[] operands = lastOperands;
                String same = "(" + operands[0].sql() + " IS NULL AND " + operands[1].sql() + " IS NULL OR "
                        + "coalesce(" + cmp.sql() + ", 0))";
                if (cmp.sql().equals("(" + operands[0].sql() + " = " + operands[1].sql() + ")")) {
                    same = "(" + operands[0].sql() + " IS " + operands[1].sql() + ")";
                }
                String sql = kind == A_Expr_Kind.AEXPR_NOT_DISTINCT ? same : "(NOT " + same + ")";
                return Typed.of(sql, Types.BOOL).at(loc);
            }
            case AEXPR_NULLIF: {
                Typed left = expr(a.getLexpr(), scope);
                Typed cmp = operator("=", left, expr(a.getRexpr(), scope), loc);
                Typed l = lastOperands[0];
                return l.retyped("(CASE WHEN " + cmp.sql() + " THEN NULL ELSE " + l.sql() + " END)", l.type(), l.typmod())
                        .withName("nullif");
            }
            case AEXPR_IN:
                return inList(op, a.getLexpr(), a.getRexpr().getList().getItemsList(), scope, loc);
            case AEXPR_OP_ANY:
            case AEXPR_OP_ALL:
                return functions.anyAll(op, kind == A_Expr_Kind.AEXPR_OP_ALL, a.getLexpr(), a.getRexpr(), scope, loc);
            case AEXPR_BETWEEN:
            case AEXPR_NOT_BETWEEN:
            case AEXPR_BETWEEN_SYM:
            case AEXPR_NOT_BETWEEN_SYM:
                return between(kind, a.getLexpr(), a.getRexpr().getList().getItemsList(), scope, loc);
            default:
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support " + kind + " yet")
                        .atLocation(loc);
        }
    }

    /** The operands of the last binary operator resolved, after coercion (for callers that reuse them). */
    private Typed[] lastOperands;

    /** Resolves and emits an operator application; {@code left} is null for a prefix operator. */
    public Typed operator(String op, Typed left, Typed right, int loc) {
        Typed enumComparison = enumComparison(op, left, right, loc);
        if (enumComparison != null) {
            return enumComparison;
        }
        Typed recordComparison = recordComparison(op, left, right, loc);
        if (recordComparison != null) {
            return recordComparison;
        }
        List<OperatorSignature> candidates = new ArrayList<>();
        for (OperatorSignature s : BuiltinOperators.byName(op)) {
            if ((s.left() == null) == (left == null)) {
                candidates.add(s);
            }
        }
        List<PgType> actual = new ArrayList<>();
        if (left != null) {
            actual.add(left.type());
        }
        actual.add(right.type());
        if (left != null && left.isUnknown() && right.isUnknown()) {
            // 'a' = 'b': both unknown resolve as text
            left = coerce(left, Types.TEXT, -1, Coercion.Context.IMPLICIT, null);
            right = coerce(right, Types.TEXT, -1, Coercion.Context.IMPLICIT, null);
            actual = List.of(Types.TEXT, Types.TEXT);
        }
        List<List<PgType>> signatures = new ArrayList<>();
        for (OperatorSignature s : candidates) {
            signatures.add(s.left() == null ? List.of(s.right()) : List.of(s.left(), s.right()));
        }
        int chosen = CandidateSelector.select(signatures, actual);
        if (chosen < 0) {
            String types = left == null ? "" : TypeDisplay.name(actual.get(0)) + " ";
            types += op + " " + TypeDisplay.name(actual.get(actual.size() - 1));
            String message = (chosen == -2 ? "operator is not unique: " : "operator does not exist: ") + types;
            throw new PgException(chosen == -2 ? SqlState.AMBIGUOUS_FUNCTION : SqlState.UNDEFINED_FUNCTION, message)
                    .withHint(chosen == -2 ? "Could not choose a best candidate operator. You might need to add explicit type casts."
                            : "No operator matches the given name and argument types. You might need to add explicit type casts.")
                    .atLocation(loc);
        }
        OperatorSignature sig = candidates.get(chosen);
        PgType polymorphic = bindPolymorphic(sig, left, right);
        Typed l = left == null ? null : coerce(left, concrete(sig.left(), polymorphic), -1, Coercion.Context.IMPLICIT, null);
        Typed r = coerce(right, concrete(sig.right(), polymorphic), -1, Coercion.Context.IMPLICIT, null);
        if (op.equals("||") && sig.result().equals(Types.TEXT)) {
            // text || anynonarray concatenates the other operand's text form
            l = textOperand(l);
            r = textOperand(r);
        }
        lastOperands = new Typed[] {l, r};
        String sql = String.format(sig.sqlTemplate(), l == null ? "" : l.sql(), r.sql());
        PgType result = concrete(sig.result(), polymorphic);
        boolean agg = (l != null && l.aggregate()) || r.aggregate();
        return new Typed(sql, result, -1, null, false, 0, Typed.NO_NAME, agg, loc);
    }

    private static final java.util.Set<String> COMPARISONS = java.util.Set.of("=", "<>", "<", "<=", ">", ">=");

    /** Comparisons of an enum type with itself: equal by label, ordered by declaration order. */
    private Typed enumComparison(String op, Typed left, Typed right, int loc) {
        if (left == null || !COMPARISONS.contains(op)) {
            return null;
        }
        PgType enumType = left.type().category() == 'E' ? left.type() : right.type().category() == 'E' ? right.type() : null;
        if (enumType == null) {
            return null;
        }
        boolean compatible = (left.type().equals(enumType) || left.isUnknown()) && (right.type().equals(enumType) || right.isUnknown());
        if (!compatible) {
            return null;
        }
        Typed l = coerce(left, enumType, -1, Coercion.Context.IMPLICIT, null);
        Typed r = coerce(right, enumType, -1, Coercion.Context.IMPLICIT, null);
        lastOperands = new Typed[] {l, r};
        String sql = op.equals("=") || op.equals("<>")
                ? "(" + l.sql() + " " + op + " " + r.sql() + ")"
                : "(pg_enum_sort_key(" + l.sql() + ", " + enumType.oid() + ") " + op + " pg_enum_sort_key(" + r.sql() + ", "
                        + enumType.oid() + "))";
        return new Typed(sql, Types.BOOL, -1, null, false, 0, Typed.NO_NAME, l.aggregate() || r.aggregate(), loc);
    }

    private Typed textOperand(Typed t) {
        if (t.type().category() == 'S') {
            return t;
        }
        Typed known = t.isUnknown() ? coerce(t, Types.TEXT, -1, Coercion.Context.IMPLICIT, null) : t;
        return castSql(known, Types.TEXT, -1, Coercion.Context.EXPLICIT);
    }

    private static PgType bindPolymorphic(OperatorSignature sig, Typed left, Typed right) {
        PgType bound = null;
        if (left != null && Coercion.isPolymorphic(sig.left()) && !left.isUnknown()) {
            bound = elementFor(sig.left(), left.type());
        }
        if (bound == null && Coercion.isPolymorphic(sig.right()) && !right.isUnknown()) {
            bound = elementFor(sig.right(), right.type());
        }
        return bound;
    }

    static PgType elementFor(PgType declared, PgType actual) {
        if (declared.oid() == Types.ANYARRAY.oid()) {
            return Types.byOid(actual.elementOid());
        }
        return actual;
    }

    /** Replaces a polymorphic declared type by the type bound at the call site. */
    static PgType concrete(PgType declared, PgType boundElement) {
        if (declared == null || boundElement == null || !Coercion.isPolymorphic(declared)) {
            return declared;
        }
        if (declared.oid() == Types.ANYARRAY.oid()) {
            PgType array = Types.arrayOf(boundElement);
            return array == null ? declared : array;
        }
        return boundElement;
    }

    private Typed rowComparison(String op, RowExpr left, RowExpr right, Scope scope, int loc) {
        if (left.getArgsCount() != right.getArgsCount()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "unequal number of entries in row expressions").atLocation(loc);
        }
        List<Typed[]> pairs = new ArrayList<>();
        for (int i = 0; i < left.getArgsCount(); i++) {
            pairs.add(new Typed[] {expr(left.getArgs(i), scope), expr(right.getArgs(i), scope)});
        }
        return switch (op) {
            case "=" -> Typed.of(joinPairs(pairs, "=", " AND "), Types.BOOL).at(loc);
            case "<>" -> Typed.of("(NOT " + joinPairs(pairs, "=", " AND ") + ")", Types.BOOL).at(loc);
            case "<", "<=", ">", ">=" -> Typed.of(lexicographic(op, pairs, 0), Types.BOOL).at(loc);
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "could not determine interpretation of row comparison operator " + op).atLocation(loc);
        };
    }

    /** ROW(...) IS [NOT] DISTINCT FROM ROW(...): field by field, two NULLs counting as equal. */
    private Typed rowDistinct(boolean distinct, RowExpr left, RowExpr right, Scope scope, int loc) {
        if (left.getArgsCount() != right.getArgsCount()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "unequal number of entries in row expressions").atLocation(loc);
        }
        List<String> same = new ArrayList<>();
        for (int i = 0; i < left.getArgsCount(); i++) {
            A_Expr notDistinct = A_Expr.newBuilder().setKind(A_Expr_Kind.AEXPR_NOT_DISTINCT)
                    .addName(Node.newBuilder().setString(io.pgmicro.parse.ast.String.newBuilder().setSval("=")))
                    .setLexpr(left.getArgs(i)).setRexpr(right.getArgs(i)).setLocation(loc).build();
            same.add(expr(Node.newBuilder().setAExpr(notDistinct).build(), scope).sql());
        }
        String all = same.isEmpty() ? "1" : "(" + String.join(" AND ", same) + ")";
        return Typed.of(distinct ? "(NOT " + all + ")" : all, Types.BOOL).at(loc);
    }

    private static boolean isRecord(Typed t) {
        return t != null && !t.type().fields().isEmpty() && (t.type().oid() == Types.RECORD.oid() || t.type().category() == 'C');
    }

    /**
     * Comparing two record values (a composite column, ROW(...), a function's record): field
     * by field, as PostgreSQL's record comparison does; null when the operands are not records.
     */
    private Typed recordComparison(String op, Typed left, Typed right, int loc) {
        if (left == null || !java.util.Set.of("=", "<>", "<", "<=", ">", ">=").contains(op)) {
            return null;
        }
        if (isRecord(left) && right.isUnknown() || isRecord(right) && left.isUnknown()) {
            // PostgreSQL resolves this to record = record, whose literal it cannot read
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "input of anonymous composite types is not implemented")
                    .atLocation((left.isUnknown() ? left : right).location());
        }
        if (!isRecord(left) || !isRecord(right)) {
            return null;
        }
        List<PgType.Field> l = left.type().fields();
        List<PgType.Field> r = right.type().fields();
        if (l.size() != r.size()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "cannot compare record types with different numbers of columns")
                    .atLocation(loc);
        }
        List<Typed[]> pairs = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            pairs.add(new Typed[] {RecordFields.field(this, left.sql(), l.get(i), i),
                    RecordFields.field(this, right.sql(), r.get(i), i)});
        }
        return switch (op) {
            case "=" -> Typed.of(joinPairs(pairs, "=", " AND "), Types.BOOL).at(loc);
            case "<>" -> Typed.of(joinPairs(pairs, "<>", " OR "), Types.BOOL).at(loc);
            default -> Typed.of(lexicographic(op, pairs, 0), Types.BOOL).at(loc);
        };
    }

    private String joinPairs(List<Typed[]> pairs, String op, String joiner) {
        List<String> parts = new ArrayList<>();
        for (Typed[] p : pairs) {
            parts.add(operator(op, p[0], p[1], -1).sql());
        }
        return "(" + String.join(joiner, parts) + ")";
    }

    private String lexicographic(String op, List<Typed[]> pairs, int i) {
        Typed[] p = pairs.get(i);
        if (i == pairs.size() - 1) {
            return operator(op, p[0], p[1], -1).sql();
        }
        String strict = op.substring(0, 1);
        return "(" + operator(strict, p[0], p[1], -1).sql() + " OR (" + operator("=", p[0], p[1], -1).sql() + " AND "
                + lexicographic(op, pairs, i + 1) + "))";
    }

    /**
     * ROW(a, b) as a value: an anonymous record, printed as record_out prints it. Its type
     * keeps the field names (f1, f2 ..., or those of a composite function result, see
     * SetReturningTargets), so that (r).a can select a field.
     */
    private Typed rowValue(RowExpr row, Scope scope) {
        List<String> fields = new ArrayList<>();
        List<PgType.Field> layout = new ArrayList<>();
        boolean agg = false;
        List<Typed> values = new ArrayList<>();
        for (Node arg : row.getArgsList()) {
            RangeItem starred = arg.hasColumnRef() ? starredItem(arg.getColumnRef(), scope) : null;
            if (starred == null) {
                values.add(expr(arg, scope));
                continue;
            }
            // ROW(t.*) has t's columns as its fields, as PostgreSQL expands it (NULLs where an outer join added them)
            for (ScopeColumn c : starred.columns()) {
                noteColumnUse(c, starred.alias() + "." + c.name(), arg.getColumnRef().getLocation(), scope);
                values.add(Typed.of(c.sql(), c.type(), c.typmod()));
            }
        }
        for (int i = 0; i < values.size(); i++) {
            Typed field = values.get(i);
            agg |= field.aggregate();
            Typed known = field.isUnknown() ? coerce(field, Types.TEXT, -1, Coercion.Context.IMPLICIT, null) : field;
            fields.add(fieldText(known));
            // an anonymous row's fields are f1, f2 ... as PostgreSQL names them
            String name = i < row.getColnamesCount() ? row.getColnames(i).getString().getSval() : "f" + (i + 1);
            // an untyped literal stays unknown in the layout, so that a cast to a composite type reads it as input
            layout.add(new PgType.Field(name, field.isUnknown() ? Types.UNKNOWN : known.type()));
        }
        PgType type = layout.isEmpty() ? Types.RECORD : Types.RECORD.withFields(layout);
        return Typed.of("pg_record(" + String.join(", ", fields) + ")", type).withName("row").withAggregate(agg)
                .at(row.getLocation());
    }

    private Typed inList(String op, Node left, List<Node> items, Scope scope, int loc) {
        Typed l = expr(left, scope);
        List<Typed> all = new ArrayList<>();
        all.add(l);
        for (Node item : items) {
            all.add(expr(item, scope));
        }
        TypeUnifier.Unified common = TypeUnifier.unify(all, "IN", this);
        List<Typed> values = common.values();
        Typed first = values.get(0);
        List<String> comparisons = new ArrayList<>();
        boolean nativeEquality = true;
        for (int i = 1; i < values.size(); i++) {
            Typed cmp = operator("=", first, values.get(i), loc);
            comparisons.add(cmp.sql());
            if (!cmp.sql().equals("(" + first.sql() + " = " + values.get(i).sql() + ")")) {
                nativeEquality = false;
            }
        }
        String sql;
        if (nativeEquality) {
            List<String> rest = new ArrayList<>();
            for (int i = 1; i < values.size(); i++) {
                rest.add(values.get(i).sql());
            }
            sql = "(" + first.sql() + " IN (" + String.join(", ", rest) + "))";
        } else {
            sql = "(" + String.join(" OR ", comparisons) + ")";
        }
        if (op.equals("<>")) {
            sql = "(NOT " + sql + ")";
        }
        return Typed.of(sql, Types.BOOL).at(loc);
    }

    private Typed between(A_Expr_Kind kind, Node left, List<Node> bounds, Scope scope, int loc) {
        Typed l = expr(left, scope);
        Typed low = expr(bounds.get(0), scope);
        Typed high = expr(bounds.get(1), scope);
        String inRange = "(" + operator(">=", l, low, loc).sql() + " AND " + operator("<=", l, high, loc).sql() + ")";
        if (kind == A_Expr_Kind.AEXPR_BETWEEN_SYM || kind == A_Expr_Kind.AEXPR_NOT_BETWEEN_SYM) {
            inRange = "(" + inRange + " OR (" + operator(">=", l, high, loc).sql() + " AND "
                    + operator("<=", l, low, loc).sql() + "))";
        }
        boolean negated = kind == A_Expr_Kind.AEXPR_NOT_BETWEEN || kind == A_Expr_Kind.AEXPR_NOT_BETWEEN_SYM;
        return Typed.of(negated ? "(NOT " + inRange + ")" : inRange, Types.BOOL).at(loc);
    }

    // ---- boolean logic and tests ------------------------------------------------------------------------

    private Typed boolExpr(BoolExpr b, Scope scope) {
        List<String> parts = new ArrayList<>();
        boolean agg = false;
        String clause = switch (b.getBoolop()) {
            case AND_EXPR -> "AND";
            case OR_EXPR -> "OR";
            default -> "NOT";
        };
        for (Node arg : b.getArgsList()) {
            Typed t = condition(arg, scope, clause);
            parts.add(t.sql());
            agg |= t.aggregate();
        }
        String sql = switch (b.getBoolop()) {
            case AND_EXPR -> "(" + String.join(" AND ", parts) + ")";
            case OR_EXPR -> "(" + String.join(" OR ", parts) + ")";
            default -> "(NOT " + parts.get(0) + ")";
        };
        return Typed.of(sql, Types.BOOL).withAggregate(agg).at(b.getLocation());
    }

    private Typed nullTest(NullTest t, Scope scope) {
        if (t.getArg().hasRowExpr()) {
            return rowNullTest(t, scope);
        }
        Typed arg = expr(t.getArg(), scope);
        boolean isNull = t.getNulltesttype() == NullTestType.IS_NULL;
        String sql = "(" + arg.sql() + (isNull ? " IS NULL)" : " IS NOT NULL)");
        if (isRecord(arg)) {
            // a record IS NULL when all its fields are, and IS NOT NULL when none is
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < arg.type().fields().size(); i++) {
                fields.add(RecordFields.field(this, arg.sql(), arg.type().fields().get(i), i).sql()
                        + (isNull ? " IS NULL" : " IS NOT NULL"));
            }
            sql = isNull ? "(" + arg.sql() + " IS NULL OR (" + String.join(" AND ", fields) + "))"
                    : "(" + arg.sql() + " IS NOT NULL AND " + String.join(" AND ", fields) + ")";
        }
        return Typed.of(sql, Types.BOOL).withAggregate(arg.aggregate()).at(t.getLocation());
    }

    /** A row IS NULL when every field is null and IS NOT NULL when none is, so both can be false. */
    private Typed rowNullTest(NullTest t, Scope scope) {
        String test = t.getNulltesttype() == NullTestType.IS_NULL ? " IS NULL" : " IS NOT NULL";
        List<String> fields = new ArrayList<>();
        boolean agg = false;
        for (Node n : t.getArg().getRowExpr().getArgsList()) {
            Typed field = expr(n, scope);
            agg |= field.aggregate();
            fields.add(field.sql() + test);
        }
        String sql = fields.isEmpty() ? "1" : "(" + String.join(" AND ", fields) + ")";
        return Typed.of(sql, Types.BOOL).withAggregate(agg).at(t.getLocation());
    }

    private Typed booleanTest(BooleanTest t, Scope scope) {
        Typed arg = condition(t.getArg(), scope, "IS TRUE");
        String a = arg.sql();
        String sql = switch (t.getBooltesttype()) {
            case IS_TRUE -> "(" + a + " IS 1)";
            case IS_NOT_TRUE -> "(" + a + " IS NOT 1)";
            case IS_FALSE -> "(" + a + " IS 0)";
            case IS_NOT_FALSE -> "(" + a + " IS NOT 0)";
            case IS_UNKNOWN -> "(" + a + " IS NULL)";
            default -> "(" + a + " IS NOT NULL)";
        };
        return Typed.of(sql, Types.BOOL).withAggregate(arg.aggregate()).at(t.getLocation());
    }

    // ---- casts, CASE, COALESCE ------------------------------------------------------------------------

    private Typed typeCast(TypeCast cast, Scope scope) {
        TypeNameResolver.ResolvedType target = TypeNameResolver.resolve(cast.getTypeName(), ctx);
        Typed arg = cast.getArg().hasAArrayExpr()
                ? functions.arrayConstructor(cast.getArg().getAArrayExpr(), scope, target.type())
                : expr(cast.getArg(), scope);
        // A literal that the target type cannot read is reported at the literal, a cast that does not exist at the "::".
        boolean literal = arg.literal() != null && arg.isUnknown() && arg.location() >= 0;
        Typed result = coerce(literal ? arg : arg.at(cast.getLocation()),
                target.type(), target.typmod(), Coercion.Context.EXPLICIT, null);
        if (target.domain() != null) {
            result = result.withSql(DomainConstraints.checked(result.sql(), ctx.catalog().domainChain(target.domain().oid()), ctx));
        }
        List<Node> typeNames = cast.getTypeName().getNamesList();
        String name = ColumnNameStrength.of(cast.getArg()) == ColumnNameStrength.STRONG || typeNames.isEmpty()
                ? arg.name() : typeNames.get(typeNames.size() - 1).getString().getSval();
        return result.withName(name).at(cast.getLocation());
    }

    private Typed caseExpr(CaseExpr c, Scope scope) {
        Typed subject = c.hasArg() ? expr(c.getArg(), scope) : null;
        List<String> conditions = new ArrayList<>();
        List<Typed> results = new ArrayList<>();
        for (Node w : c.getArgsList()) {
            CaseWhen when = w.getCaseWhen();
            if (subject != null) {
                conditions.add(operator("=", subject, expr(when.getExpr(), scope), when.getLocation()).sql());
            } else {
                conditions.add(condition(when.getExpr(), scope, "CASE/WHEN").sql());
            }
            results.add(expr(when.getResult(), scope));
        }
        boolean hasElse = c.hasDefresult();
        if (hasElse) {
            results.add(expr(c.getDefresult(), scope));
        }
        TypeUnifier.Unified unified = TypeUnifier.unify(results, "CASE", this);
        StringBuilder sql = new StringBuilder("(CASE");
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(" WHEN ").append(conditions.get(i)).append(" THEN ").append(unified.values().get(i).sql());
        }
        if (hasElse) {
            sql.append(" ELSE ").append(unified.values().get(results.size() - 1).sql());
        }
        sql.append(" END)");
        boolean agg = results.stream().anyMatch(Typed::aggregate);
        String name = hasElse && ColumnNameStrength.of(c.getDefresult()) == ColumnNameStrength.STRONG
                ? results.get(results.size() - 1).name() : "case";
        return Typed.of(sql.toString(), unified.type(), unified.typmod()).withName(name).withAggregate(agg)
                .at(c.getLocation());
    }

    private Typed coalesce(List<Node> args, Scope scope) {
        List<Typed> values = new ArrayList<>();
        for (Node n : args) {
            values.add(expr(n, scope));
        }
        TypeUnifier.Unified unified = TypeUnifier.unify(values, "COALESCE", this);
        List<String> parts = new ArrayList<>();
        for (Typed t : unified.values()) {
            parts.add(t.sql());
        }
        String sql = parts.size() == 1 ? parts.get(0) : "coalesce(" + String.join(", ", parts) + ")";
        boolean agg = values.stream().anyMatch(Typed::aggregate);
        return Typed.of(sql, unified.type(), unified.typmod()).withName("coalesce").withAggregate(agg);
    }

    // ---- subqueries ---------------------------------------------------------------------------------------

    private Typed subLink(SubLink link, Scope scope) {
        int loc = link.getLocation();
        switch (link.getSubLinkType()) {
            case EXISTS_SUBLINK: {
                QueryTranslator.QuerySql q = queries.subquery(link.getSubselect(), scope);
                return Typed.of("EXISTS (" + q.sql() + ")", Types.BOOL).withName("exists").at(loc);
            }
            case EXPR_SUBLINK: {
                QueryTranslator.QuerySql q = queries.subquery(link.getSubselect(), scope);
                if (q.columns().size() != 1) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "subquery must return only one column").atLocation(loc);
                }
                Typed col = q.columns().get(0);
                // PostgreSQL fails when a scalar subquery yields two rows; SQLite would take the first
                String sql = "(SELECT CASE WHEN count(*) > 1 THEN pg_raise('21000', "
                        + "'more than one row returned by a subquery used as an expression') ELSE max(\"c1\") END "
                        + "FROM (SELECT \"c1\" FROM (" + q.sql() + ") LIMIT 2))";
                return new Typed(sql, col.type().equals(Types.UNKNOWN) ? Types.TEXT : col.type(), col.typmod(), null,
                        false, 0, col.name(), false, loc);
            }
            case ANY_SUBLINK:
            case ALL_SUBLINK:
                return functions.subqueryAnyAll(link, scope);
            case ARRAY_SUBLINK:
                return functions.arraySubquery(link, scope);
            default:
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro does not support " + link.getSubLinkType() + " yet").atLocation(loc);
        }
    }

    private Typed sqlValueFunction(SQLValueFunction f) {
        int loc = f.getLocation();
        return switch (f.getOp()) {
            case SVFOP_CURRENT_DATE -> Typed.of("pg_current_date()", Types.DATE).withName("current_date").at(loc);
            case SVFOP_CURRENT_TIMESTAMP, SVFOP_CURRENT_TIMESTAMP_N -> Typed.of("pg_now()", Types.TIMESTAMPTZ)
                    .withName("current_timestamp").at(loc);
            case SVFOP_LOCALTIMESTAMP, SVFOP_LOCALTIMESTAMP_N -> Typed.of("pg_localtimestamp()", Types.TIMESTAMP)
                    .withName("localtimestamp").at(loc);
            case SVFOP_CURRENT_TIME, SVFOP_CURRENT_TIME_N -> Typed.of("pg_current_time()", Types.TIMETZ)
                    .withName("current_time").at(loc);
            case SVFOP_LOCALTIME, SVFOP_LOCALTIME_N -> Typed.of("pg_localtime()", Types.TIME).withName("localtime").at(loc);
            case SVFOP_CURRENT_USER, SVFOP_CURRENT_ROLE, SVFOP_USER -> Typed.of("'postgres'", Types.NAME)
                    .withName(f.getOp() == io.pgmicro.parse.ast.SQLValueFunctionOp.SVFOP_USER ? "user"
                            : f.getOp() == io.pgmicro.parse.ast.SQLValueFunctionOp.SVFOP_CURRENT_ROLE ? "current_role" : "current_user")
                    .at(loc);
            case SVFOP_SESSION_USER -> Typed.of("'postgres'", Types.NAME).withName("session_user").at(loc);
            case SVFOP_CURRENT_CATALOG -> Typed.of("pg_current_database()", Types.NAME).withName("current_catalog").at(loc);
            case SVFOP_CURRENT_SCHEMA -> Typed.of("pg_current_schema()", Types.NAME).withName("current_schema").at(loc);
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "unsupported SQL value function").atLocation(loc);
        };
    }

    /** Where an expression's text starts, as PostgreSQL reports it: a cast or operator begins with its operand. */
    static int leftmostLocation(Node node) {
        int own = location(node);
        Node first = node.hasTypeCast() ? node.getTypeCast().getArg()
                : node.hasAExpr() && node.getAExpr().hasLexpr() ? node.getAExpr().getLexpr() : null;
        int inner = first == null ? -1 : leftmostLocation(first);
        return inner >= 0 && (own < 0 || inner < own) ? inner : own;
    }

    static int location(Node node) {
        return switch (node.getNodeCase()) {
            case COLUMN_REF -> node.getColumnRef().getLocation();
            case A_CONST -> node.getAConst().getLocation();
            case A_EXPR -> node.getAExpr().getLocation();
            case FUNC_CALL -> node.getFuncCall().getLocation();
            case TYPE_CAST -> node.getTypeCast().getLocation();
            case PARAM_REF -> node.getParamRef().getLocation();
            case BOOL_EXPR -> node.getBoolExpr().getLocation();
            case SUB_LINK -> node.getSubLink().getLocation();
            case CASE_EXPR -> node.getCaseExpr().getLocation();
            case NULL_TEST -> node.getNullTest().getLocation();
            case SET_TO_DEFAULT -> node.getSetToDefault().getLocation();
            case ROW_EXPR -> node.getRowExpr().getLocation();
            case A_ARRAY_EXPR -> node.getAArrayExpr().getLocation();
            case COALESCE_EXPR -> node.getCoalesceExpr().getLocation();
            default -> -1;
        };
    }
}
