package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.RangeItem;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.ScopeColumn;
import io.pgmicro.analyze.Typed;
import io.pgmicro.parse.ast.CommonTableExpr;
import io.pgmicro.parse.ast.LimitOption;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.ResTarget;
import io.pgmicro.parse.ast.SelectStmt;
import io.pgmicro.parse.ast.SetOperation;
import io.pgmicro.parse.ast.SortBy;
import io.pgmicro.parse.ast.WithClause;
import io.pgmicro.types.PgType;
import io.pgmicro.types.TypeNames;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates queries (SELECT, VALUES, set operations, WITH) into one SQLite SELECT.
 * Every emitted query names its output columns c1, c2, ... so that enclosing
 * queries can refer to them whatever PostgreSQL names they carry.
 */
public final class QueryTranslator {
    private final AnalysisContext ctx;
    /** CTEs visible at each nesting level, innermost last. */
    private final List<Map<String, CteInfo>> ctes = new ArrayList<>();

    public QueryTranslator(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A translated query.
     *
     * @param columns the output columns: PostgreSQL name and type; their sql is the SQLite output name
     * @param origins for each output column, the table column it comes straight from, or null
     */
    public record QuerySql(String sql, List<Typed> columns, List<ScopeColumn> origins) {
    }

    /**
     * A CTE visible by name; {@code sqlName} is what SQLite knows it as (a temp table for data-modifying ones);
     * {@code recursiveTerm} while its own recursive term, which reads it, is translated.
     */
    record CteInfo(String name, List<Typed> columns, String sqlName, boolean recursiveTerm) {
        CteInfo(String name, List<Typed> columns) {
            this(name, columns, SqlText.ident(name), false);
        }

        CteInfo(String name, List<Typed> columns, String sqlName) {
            this(name, columns, sqlName, false);
        }
    }

    /** CTEs computed before the statement (data-modifying ones, kept in temp tables). */
    private final Map<String, CteInfo> predefined = new HashMap<>();

    /** Makes a CTE whose rows already sit in a SQLite table visible to the statement. */
    public void predefine(String name, List<Typed> columns, String sqliteTable) {
        predefined.put(name, new CteInfo(name, columns, SqlText.ident(sqliteTable)));
    }

    /** Makes a data-modifying CTE without RETURNING known, so that reading it is refused as PostgreSQL refuses it. */
    public void predefineWithoutReturning(String name) {
        predefined.put(name, new CteInfo(name, null, null));
    }

    /**
     * PostgreSQL's checks on a WITH RECURSIVE clause that holds data-modifying statements, which
     * run before the statement is translated: a recursive one must not modify.
     */
    public static void checkRecursion(WithClause with) {
        if (with.getRecursive()) {
            RecursiveCtes.ordered(with);
        }
    }

    /** Translates a DML statement's WITH clause and keeps its CTEs visible until {@link #exitWith()}. */
    public String enterWith(WithClause with, Scope parent) {
        ctes.add(new HashMap<>());
        return withClause(with, parent);
    }

    public void exitWith() {
        ctes.remove(ctes.size() - 1);
    }

    public AnalysisContext context() {
        return ctx;
    }

    public QuerySql subquery(Node select, Scope parent) {
        if (!select.hasSelectStmt()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro supports only SELECT subqueries here");
        }
        return select(select.getSelectStmt(), parent);
    }

    public QuerySql select(SelectStmt stmt, Scope parent) {
        return select(stmt, parent, false);
    }

    /**
     * @param keepUnknown leave untyped literals in the output untyped (for the arms of a
     *                    set operation, whose type the other arms decide)
     */
    QuerySql select(SelectStmt stmt, Scope parent, boolean keepUnknown) {
        ctes.add(new HashMap<>());
        try {
            String with = stmt.hasWithClause() ? withClause(stmt.getWithClause(), parent) : "";
            QuerySql body;
            if (stmt.getOp() != SetOperation.SETOP_NONE && stmt.getOp() != SetOperation.SET_OPERATION_UNDEFINED) {
                body = setOperation(stmt, parent);
            } else if (stmt.getValuesListsCount() > 0) {
                body = values(stmt, parent);
            } else {
                body = new SelectBuilder(this, ctx, stmt, parent, keepUnknown).build();
            }
            return with.isEmpty() ? body : new QuerySql(with + body.sql(), body.columns(), body.origins());
        } finally {
            ctes.remove(ctes.size() - 1);
        }
    }

    CteInfo findCte(String name) {
        for (int i = ctes.size() - 1; i >= 0; i--) {
            CteInfo info = ctes.get(i).get(name);
            if (info != null) {
                return info;
            }
        }
        return predefined.get(name);
    }

    // ---- WITH ----------------------------------------------------------------------------------------

    private String withClause(WithClause with, Scope parent) {
        List<String> parts = new ArrayList<>();
        Map<String, CteInfo> level = ctes.get(ctes.size() - 1);
        List<RecursiveCtes.Item> items = with.getRecursive() ? RecursiveCtes.ordered(with)
                : with.getCtesList().stream().map(n -> new RecursiveCtes.Item(n.getCommonTableExpr(), false)).toList();
        for (RecursiveCtes.Item item : items) {
            CommonTableExpr cte = item.cte();
            String name = cte.getCtename();
            if (predefined.containsKey(name) && !cte.getCtequery().hasSelectStmt()) {
                continue;
            }
            if (level.containsKey(name)) {
                throw new PgException(SqlState.DUPLICATE_ALIAS, "WITH query name \"" + name + "\" specified more than once")
                        .atLocation(cte.getLocation());
            }
            if (!cte.getCtequery().hasSelectStmt()) {
                // the top-level statement runs its own before it is translated (session.DataModifyingCtes)
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "WITH clause containing a data-modifying statement must be at the top level")
                        .atLocation(cte.getLocation());
            }
            if (cte.hasSearchClause() || cte.hasCycleClause()) {
                // without the CYCLE check a cyclic graph would recurse for ever
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro does not support SEARCH and CYCLE clauses yet").atLocation(cte.getLocation());
            }
            SelectStmt query = cte.getCtequery().getSelectStmt();
            QuerySql q;
            if (item.selfReferencing()) {
                q = recursiveCte(name, cte, query, parent, level);
            } else {
                q = select(query, parent);
                level.put(name, new CteInfo(name, renamed(q.columns(), cte)));
            }
            List<String> cols = new ArrayList<>();
            for (int i = 1; i <= q.columns().size(); i++) {
                cols.add(SqlText.ident("c" + i));
            }
            parts.add(SqlText.ident(name) + "(" + String.join(", ", cols) + ") AS (" + q.sql() + ")");
        }
        if (parts.isEmpty()) {
            return "";
        }
        return "WITH " + (with.getRecursive() ? "RECURSIVE " : "") + String.join(", ", parts) + " ";
    }

    private QuerySql recursiveCte(String name, CommonTableExpr cte, SelectStmt query, Scope parent,
                                  Map<String, CteInfo> level) {
        // the non-recursive term fixes the column types; the recursive one may then refer to the CTE
        QuerySql seed = select(query.getLarg(), parent);
        List<Typed> columns = renamed(seed.columns(), cte);
        level.put(name, new CteInfo(name, columns, SqlText.ident(name), true));
        QuerySql step = select(query.getRarg(), parent);
        level.put(name, new CteInfo(name, columns));
        if (step.columns().size() != columns.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "each UNION query must have the same number of columns")
                    .atLocation(firstTargetLocation(query.getRarg()));
        }
        for (int i = 0; i < columns.size(); i++) {
            Typed seedColumn = columns.get(i);
            Typed stepColumn = step.columns().get(i);
            PgType overall = TypeUnifier.commonType(List.of(seedColumn, stepColumn), "UNION");
            int overallTypmod = seedColumn.typmod() == stepColumn.typmod() ? seedColumn.typmod() : -1;
            if (!overall.equals(seedColumn.type()) || overallTypmod != seedColumn.typmod()) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "recursive query \"" + name + "\" column " + (i + 1)
                        + " has type " + TypeNames.format(seedColumn.type(), seedColumn.typmod())
                        + " in non-recursive term but type " + TypeNames.format(overall, overallTypmod) + " overall")
                        .withHint("Cast the output of the non-recursive term to the correct type.")
                        .atLocation(seedColumn.location());
            }
        }
        // SQLite wants the recursive reference directly in the FROM of the recursive term, so it is not wrapped
        String sql = seed.sql() + (query.getAll() ? " UNION ALL " : " UNION ") + step.sql();
        return new QuerySql(sql, columns, seed.origins());
    }

    /** Applies a WITH item's column list to its query's columns. */
    private static List<Typed> renamed(List<Typed> columns, CommonTableExpr cte) {
        List<Node> aliases = cte.getAliascolnamesList();
        if (aliases.size() > columns.size()) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "WITH query \"" + cte.getCtename() + "\" has "
                    + columns.size() + " columns available but " + aliases.size() + " columns specified")
                    .atLocation(cte.getLocation());
        }
        return renamed(columns, aliases);
    }

    private static List<Typed> renamed(List<Typed> columns, List<Node> aliases) {
        if (aliases.isEmpty()) {
            return columns;
        }
        List<Typed> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add(i < aliases.size() ? columns.get(i).withName(aliases.get(i).getString().getSval()) : columns.get(i));
        }
        return out;
    }

    // ---- set operations --------------------------------------------------------------------------------

    private QuerySql setOperation(SelectStmt stmt, Scope parent) {
        QuerySql left = select(stmt.getLarg(), parent, true);
        QuerySql right = select(stmt.getRarg(), parent, true);
        String opName = switch (stmt.getOp()) {
            case SETOP_UNION -> "UNION";
            case SETOP_INTERSECT -> "INTERSECT";
            default -> "EXCEPT";
        };
        if (left.columns().size() != right.columns().size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "each " + opName + " query must have the same number of columns")
                    .atLocation(firstTargetLocation(stmt.getRarg()));
        }
        ExprTranslator exprs = new ExprTranslator(ctx, this);
        List<Typed> columns = new ArrayList<>();
        for (int i = 0; i < left.columns().size(); i++) {
            List<Typed> pair = List.of(left.columns().get(i), right.columns().get(i));
            PgType type = TypeUnifier.commonType(pair, opName);
            Typed l = left.columns().get(i);
            columns.add(Typed.of(SqlText.ident("c" + (i + 1)), type, l.type().equals(type) ? l.typmod() : -1)
                    .withName(l.name()));
        }
        String leftSql = compared(coerceColumns(left, columns), columns);
        String rightSql = compared(coerceColumns(right, columns), columns);
        String body;
        if (stmt.getAll() && !opName.equals("UNION")) {
            body = multisetOperation(opName, leftSql, rightSql, columns.size());
        } else {
            body = leftSql + " " + opName + (stmt.getAll() ? " ALL " : " ") + rightSql;
        }
        String sql = "SELECT * FROM (" + body + ")";
        sql += orderAndLimit(stmt, columns, exprs, null);
        return new QuerySql(sql, columns, left.origins());
    }

    private static int firstTargetLocation(SelectStmt arm) {
        while (arm.getOp() != SetOperation.SETOP_NONE && arm.hasLarg()) {
            arm = arm.getLarg();
        }
        if (arm.getTargetListCount() > 0) {
            Node value = arm.getTargetList(0).getResTarget().getVal();
            int loc = ExprTranslator.location(value);
            return loc >= 0 ? loc : arm.getTargetList(0).getResTarget().getLocation();
        }
        return -1;
    }

    /**
     * A set operation's arm whose columns carry the collations under which PostgreSQL's equal values
     * are equal (SQLite matches rows of UNION, INTERSECT and EXCEPT by their columns' collations).
     */
    private static String compared(String arm, List<Typed> columns) {
        if (columns.stream().allMatch(c -> EqualityCollation.of(c.type()) == null)) {
            return arm;
        }
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = SqlText.ident("c" + (i + 1));
            cols.add(EqualityCollation.apply(name, columns.get(i).type()) + " AS " + name);
        }
        return "SELECT " + String.join(", ", cols) + " FROM (" + arm + ")";
    }

    /** INTERSECT ALL and EXCEPT ALL, which SQLite lacks: number duplicates so that each copy is matched once. */
    private static String multisetOperation(String op, String left, String right, int width) {
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
            cols.add(SqlText.ident("c" + i));
        }
        String list = String.join(", ", cols);
        String numbered = "SELECT " + list + ", row_number() OVER (PARTITION BY " + list + ") AS _n FROM (%s)";
        return "SELECT " + list + " FROM (" + String.format(numbered, left) + " " + op + " "
                + String.format(numbered, right) + ")";
    }

    /** Wraps a query so its columns have the given types (for UNION arms and recursive CTE terms). */
    private String coerceColumns(QuerySql q, List<Typed> targets) {
        boolean same = true;
        for (int i = 0; i < targets.size(); i++) {
            if (!q.columns().get(i).type().equals(targets.get(i).type())) {
                same = false;
            }
        }
        if (same) {
            return "SELECT * FROM (" + q.sql() + ")";
        }
        ExprTranslator exprs = new ExprTranslator(ctx, this);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Typed col = q.columns().get(i);
            Typed ref = col.withSql(SqlText.ident("c" + (i + 1)));
            Typed c = exprs.coerce(ref, targets.get(i).type(), -1, Coercion.Context.IMPLICIT, null);
            parts.add(c.sql() + " AS " + SqlText.ident("c" + (i + 1)));
        }
        return "SELECT " + String.join(", ", parts) + " FROM (" + q.sql() + ")";
    }

    // ---- VALUES ------------------------------------------------------------------------------------------

    private QuerySql values(SelectStmt stmt, Scope parent) {
        ExprTranslator exprs = new ExprTranslator(ctx, this);
        Scope scope = new Scope(parent);
        List<List<Typed>> rows = new ArrayList<>();
        int width = -1;
        for (Node row : stmt.getValuesListsList()) {
            List<Typed> values = new ArrayList<>();
            for (Node item : row.getList().getItemsList()) {
                values.add(exprs.expr(item, scope));
            }
            if (width >= 0 && values.size() != width) {
                throw new PgException(SqlState.SYNTAX_ERROR, "VALUES lists must all be the same length")
                        .atLocation(ExprTranslator.location(row.getList().getItems(0)));
            }
            width = values.size();
            rows.add(values);
        }
        List<Typed> columns = new ArrayList<>();
        List<List<String>> emitted = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            emitted.add(new ArrayList<>());
        }
        for (int c = 0; c < width; c++) {
            List<Typed> column = new ArrayList<>();
            for (List<Typed> row : rows) {
                column.add(row.get(c));
            }
            TypeUnifier.Unified unified = TypeUnifier.unify(column, "VALUES", exprs);
            for (int r = 0; r < rows.size(); r++) {
                emitted.get(r).add(unified.values().get(r).sql());
            }
            columns.add(Typed.of(SqlText.ident("c" + (c + 1)), unified.type(), unified.typmod())
                    .withName("column" + (c + 1)));
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int c = 0; c < width; c++) {
            sql.append(c == 0 ? "" : ", ").append("column").append(c + 1).append(" AS ").append(SqlText.ident("c" + (c + 1)));
        }
        sql.append(" FROM (VALUES ");
        for (int r = 0; r < emitted.size(); r++) {
            sql.append(r == 0 ? "" : ", ").append('(').append(String.join(", ", emitted.get(r))).append(')');
        }
        sql.append(')');
        sql.append(orderAndLimit(stmt, columns, exprs, null));
        return new QuerySql(sql.toString(), columns, new ArrayList<>(java.util.Collections.nCopies(width, null)));
    }

    // ---- ORDER BY / LIMIT over output columns ------------------------------------------------------------------

    /**
     * ORDER BY, LIMIT and OFFSET. Sort keys that name or number an output column sort by
     * it; other keys are expressions over {@code inputScope} (null where only output
     * columns are visible, as after UNION).
     */
    String orderAndLimit(SelectStmt stmt, List<Typed> outputs, ExprTranslator exprs, Scope inputScope) {
        StringBuilder sb = new StringBuilder();
        if (stmt.getSortClauseCount() > 0) {
            List<String> keys = new ArrayList<>();
            for (Node n : stmt.getSortClauseList()) {
                SortBy sort = n.getSortBy();
                Typed key = OutputReferences.find(sort.getNode(), outputs, "ORDER BY");
                if (key == null) {
                    if (inputScope == null) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                "invalid UNION/INTERSECT/EXCEPT ORDER BY clause")
                                .withDetail("Only result column names can be used, not expressions or functions.")
                                .withHint("Add the expression/function to every SELECT, or move the UNION into a FROM clause.");
                    }
                    key = exprs.expr(sort.getNode(), inputScope);
                }
                keys.add(OrderBy.emit(sort, key, exprs));
            }
            sb.append(" ORDER BY ").append(String.join(", ", keys));
        }
        sb.append(limit(stmt, exprs, inputScope == null ? new Scope(null) : inputScope));
        return sb.toString();
    }

    private String limit(SelectStmt stmt, ExprTranslator exprs, Scope scope) {
        if (stmt.getLimitOption() == LimitOption.LIMIT_OPTION_WITH_TIES) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro supports FETCH ... WITH TIES only in a plain SELECT");
        }
        String count = limitCount(stmt, exprs, scope);
        String offset = limitOffset(stmt, exprs, scope);
        if (count == null && offset == null) {
            return "";
        }
        return " LIMIT " + (count == null ? "-1" : count) + (offset == null ? "" : " OFFSET " + offset);
    }

    /** LIMIT's or FETCH FIRST's row count, checked as PostgreSQL checks it, or null for none. */
    String limitCount(SelectStmt stmt, ExprTranslator exprs, Scope scope) {
        if (!stmt.hasLimitCount() || isNullConst(stmt.getLimitCount())) {
            return null;
        }
        return "pg_check_limit(" + exprs.coerce(exprs.expr(stmt.getLimitCount(), scope), Types.INT8, -1,
                Coercion.Context.IMPLICIT, "LIMIT").sql() + ")";
    }

    /** OFFSET's row count, or null for none. */
    String limitOffset(SelectStmt stmt, ExprTranslator exprs, Scope scope) {
        if (!stmt.hasLimitOffset()) {
            return null;
        }
        return "pg_check_offset(" + exprs.coerce(exprs.expr(stmt.getLimitOffset(), scope), Types.INT8, -1,
                Coercion.Context.IMPLICIT, "OFFSET").sql() + ")";
    }

    private static boolean isNullConst(Node n) {
        return n.hasAConst() && n.getAConst().getIsnull();
    }

    static String targetName(ResTarget target, Typed value) {
        return target.getName().isEmpty() ? value.name() : target.getName();
    }
}
