package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.ScopeColumn;
import io.pgmicro.analyze.Typed;
import io.pgmicro.parse.ast.ColumnRef;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.ResTarget;
import io.pgmicro.parse.ast.SelectStmt;
import io.pgmicro.parse.ast.SortBy;
import io.pgmicro.parse.ast.WindowDef;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Translates one plain SELECT (no set operation, not VALUES). */
final class SelectBuilder {
    private final QueryTranslator queries;
    private final AnalysisContext ctx;
    private final SelectStmt stmt;
    private final Scope scope;
    private final ExprTranslator exprs;
    private final boolean keepUnknown;

    SelectBuilder(QueryTranslator queries, AnalysisContext ctx, SelectStmt stmt, Scope parent, boolean keepUnknown) {
        this.keepUnknown = keepUnknown;
        this.queries = queries;
        this.ctx = ctx;
        this.stmt = SetReturningTargets.rewrite(stmt, ctx);
        this.scope = new Scope(parent);
        this.exprs = new ExprTranslator(ctx, queries);
    }

    /** The SQL standard keeps aggregates out of a recursive term: each pass would see only the newest rows. */
    private static void refuseAggregatesInRecursiveTerm(List<Typed> targets, Typed having) {
        List<Typed> exprs = new ArrayList<>(targets);
        if (having != null) {
            exprs.add(having);
        }
        for (Typed t : exprs) {
            if (t.aggregate()) {
                throw new PgException(SqlState.INVALID_RECURSION,
                        "aggregate functions are not allowed in a recursive query's recursive term").atLocation(t.location());
            }
        }
    }

    QueryTranslator.QuerySql build() {
        if (stmt.hasIntoClause()) {
            // a top-level SELECT INTO runs as CREATE TABLE AS; anywhere else it is refused
            throw new PgException(SqlState.SYNTAX_ERROR, "SELECT ... INTO is not allowed here")
                    .atLocation(stmt.getIntoClause().getRel().getLocation());
        }
        FromClauseBuilder fromClause = new FromClauseBuilder(queries, ctx, exprs);
        String from = fromClause.build(stmt.getFromClauseList(), scope);
        exprs.namedWindows(stmt.getWindowClauseList());

        exprs.allowAggregates(false, "WHERE");
        String where = stmt.hasWhereClause() ? exprs.condition(stmt.getWhereClause(), scope, "WHERE").sql() : null;

        exprs.allowAggregates(true, null);
        List<Typed> targets = new ArrayList<>();
        List<ScopeColumn> origins = new ArrayList<>();
        List<List<ExprTranslator.ColumnUse>> targetUses = new ArrayList<>();
        for (Node n : stmt.getTargetListList()) {
            ResTarget rt = n.getResTarget();
            int usesBefore = exprs.columnUses().size();
            if (rt.getVal().hasColumnRef() && isStar(rt.getVal().getColumnRef())) {
                int before = targets.size();
                expandStar(rt.getVal().getColumnRef(), targets, origins);
                for (int i = before; i < targets.size(); i++) {
                    ScopeColumn c = origins.get(i);
                    targetUses.add(List.of(new ExprTranslator.ColumnUse(c, c.name(), rt.getVal().getColumnRef().getLocation())));
                }
                continue;
            }
            if (isFieldStar(rt.getVal())) {
                for (Typed field : fieldStar(rt.getVal().getAIndirection())) {
                    targets.add(field);
                    targetUses.add(new ArrayList<>(exprs.columnUses().subList(usesBefore, exprs.columnUses().size())));
                    origins.add(null);
                }
                continue;
            }
            targets.add(target(rt));
            targetUses.add(new ArrayList<>(exprs.columnUses().subList(usesBefore, exprs.columnUses().size())));
            origins.add(originOf(rt.getVal()));
        }

        List<Typed> outputs = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Typed t = targets.get(i);
            outputs.add(new Typed(SqlText.ident("c" + (i + 1)), t.type(), t.typmod(), t.literal(), t.nullConst(), 0,
                    t.name(), t.aggregate(), t.location()));
        }

        exprs.allowAggregates(false, "GROUP BY");
        List<String> groupBy = new ArrayList<>();
        java.util.Set<String> groupKeys = new java.util.HashSet<>();
        List<List<Node>> groupingSets = GroupingSets.present(stmt.getGroupClauseList())
                ? GroupingSets.expand(stmt.getGroupClauseList()) : null;
        List<Node> keyNodes = new ArrayList<>();
        if (groupingSets == null) {
            keyNodes.addAll(stmt.getGroupClauseList());
        } else {
            groupingSets.forEach(keyNodes::addAll);
        }
        for (Node g : keyNodes) {
            Typed key = groupKey(g, targets, outputs);
            if (groupingSets == null) {
                groupBy.add(OrderBy.sortKey(key.sql(), key));
            }
            groupKeys.add(key.sql());
        }

        exprs.allowAggregates(true, null);
        int usesBeforeHaving = exprs.columnUses().size();
        Typed havingExpr = stmt.hasHavingClause() ? exprs.condition(stmt.getHavingClause(), scope, "HAVING") : null;
        String having = havingExpr == null ? null : havingExpr.sql();
        boolean grouped = !groupKeys.isEmpty() || havingExpr != null || targets.stream().anyMatch(Typed::aggregate);
        if (fromClause.readsRecursiveTerm()) {
            refuseAggregatesInRecursiveTerm(targets, havingExpr);
        }
        if (grouped) {
            GroupingCheck check = new GroupingCheck(ctx, groupKeys);
            for (int i = 0; i < targets.size(); i++) {
                check.check(targets.get(i), targetUses.get(i));
            }
            if (havingExpr != null) {
                check.check(havingExpr, exprs.columnUses().subList(usesBeforeHaving, exprs.columnUses().size()));
            }
        }

        if (groupingSets != null) {
            return groupingSets(groupingSets, groupKeys, from, where, targets, outputs, origins);
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        boolean distinctOn = stmt.getDistinctClauseCount() > 0 && !isPlainDistinct();
        if (stmt.getDistinctClauseCount() > 0 && !distinctOn) {
            sql.append("DISTINCT ");
        }
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            // DISTINCT compares as PostgreSQL does (numeric 1.0 and 1.00 are one value)
            String sqlText = targets.get(i).sql();
            String col = stmt.getDistinctClauseCount() > 0 ? EqualityCollation.apply(sqlText, targets.get(i).type()) : sqlText;
            cols.add(col + " AS " + SqlText.ident("c" + (i + 1)));
        }
        if (cols.isEmpty()) {
            cols.add("NULL AS _none");
        }
        sql.append(String.join(", ", cols));
        if (from != null) {
            sql.append(" FROM ").append(from);
        }
        if (where != null) {
            sql.append(" WHERE ").append(where);
        }
        if (!groupBy.isEmpty()) {
            sql.append(" GROUP BY ").append(String.join(", ", groupBy));
        }
        if (having != null && !groupBy.isEmpty()) {
            sql.append(" HAVING ").append(having);
        } else if (having != null) {
            // HAVING without GROUP BY filters the single group; SQLite needs a GROUP BY for HAVING
            sql.append(" GROUP BY NULL HAVING ").append(having);
        }
        if (stmt.getWindowClauseCount() > 0) {
            List<String> windows = new ArrayList<>();
            FunctionCallTranslator calls = new FunctionCallTranslator(ctx, exprs);
            for (Node w : stmt.getWindowClauseList()) {
                WindowDef def = w.getWindowDef();
                WindowDef unnamed = def.toBuilder().setName("").build();
                windows.add(SqlText.ident(def.getName()) + " AS "
                        + exprs.inWindowDefinition(() -> calls.windowSpec(unnamed, scope)));
            }
            sql.append(" WINDOW ").append(String.join(", ", windows));
        }
        if (distinctOn) {
            return distinctOn(sql.toString(), targets, outputs, origins);
        }
        if (stmt.getLimitOption() == io.pgmicro.parse.ast.LimitOption.LIMIT_OPTION_WITH_TIES) {
            return withTies(sql.toString(), targets, outputs, origins);
        }
        sql.append(queries.orderAndLimit(stmt, outputs, exprs, scope));
        return new QueryTranslator.QuerySql(sql.toString(), outputs, origins);
    }

    /** One value of the select list. */
    private Typed target(ResTarget rt) {
        Typed value = exprs.expr(rt.getVal(), scope);
        if (value.isUnknown() && !keepUnknown) {
            // an untyped literal in the output is text, as in PostgreSQL 10 and later
            value = exprs.coerce(value, Types.TEXT, -1, io.pgmicro.analyze.Coercion.Context.IMPLICIT, null)
                    .withName(value.name());
        }
        return value.withName(QueryTranslator.targetName(rt, value));
    }

    /** A GROUP BY key: a bare name means an input column first (unlike ORDER BY), then an output column. */
    private Typed groupKey(Node g, List<Typed> targets, List<Typed> outputs) {
        Typed byOutput = OutputReferences.find(g, outputs, "GROUP BY");
        if (g.hasColumnRef() && g.getColumnRef().getFieldsCount() == 1) {
            String name = g.getColumnRef().getFields(0).getString().getSval();
            if (scope.findColumn(name, g.getColumnRef().getLocation()) != null) {
                return exprs.expr(g, scope);
            }
        }
        return byOutput != null ? targets.get(outputs.indexOf(byOutput)) : exprs.expr(g, scope);
    }

    /**
     * GROUP BY GROUPING SETS / ROLLUP / CUBE: one grouped SELECT per grouping set, in which
     * the keys the set leaves out are NULL, and all of them in one UNION ALL.
     */
    private QueryTranslator.QuerySql groupingSets(List<List<Node>> sets, java.util.Set<String> allKeys, String from,
                                                  String where, List<Typed> fullTargets, List<Typed> outputs,
                                                  List<ScopeColumn> origins) {
        if (stmt.getWindowClauseCount() > 0 || stmt.getDistinctClauseCount() > 0 && !isPlainDistinct()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "pgmicro does not support grouping sets with windows or DISTINCT ON yet");
        }
        List<String> branches = new ArrayList<>();
        for (List<Node> set : sets) {
            List<String> present = new ArrayList<>();
            java.util.Set<String> absent = new java.util.HashSet<>(allKeys);
            for (Node g : set) {
                Typed key = groupKey(g, fullTargets, outputs);
                present.add(OrderBy.sortKey(key.sql(), key));
                absent.remove(key.sql());
            }
            exprs.absentGroupKeys(absent);
            List<String> cols = new ArrayList<>();
            int i = 0;
            for (Node n : stmt.getTargetListList()) {
                cols.add(target(n.getResTarget()).sql() + " AS " + SqlText.ident("c" + (++i)));
            }
            String having = stmt.hasHavingClause() ? exprs.condition(stmt.getHavingClause(), scope, "HAVING").sql() : null;
            exprs.absentGroupKeys(java.util.Set.of());
            StringBuilder branch = new StringBuilder("SELECT ").append(String.join(", ", cols));
            if (from != null) {
                branch.append(" FROM ").append(from);
            }
            if (where != null) {
                branch.append(" WHERE ").append(where);
            }
            if (!present.isEmpty()) {
                branch.append(" GROUP BY ").append(String.join(", ", present));
            }
            if (having != null) {
                branch.append(present.isEmpty() ? " GROUP BY NULL" : "").append(" HAVING ").append(having);
            }
            branches.add("SELECT * FROM (" + branch + ")");
        }
        String sql = "SELECT " + (stmt.getDistinctClauseCount() > 0 ? "DISTINCT " : "") + "* FROM ("
                + String.join(" UNION ALL ", branches) + ")" + queries.orderAndLimit(stmt, outputs, exprs, null);
        return new QueryTranslator.QuerySql(sql, outputs, origins);
    }

    private boolean isPlainDistinct() {
        // SELECT DISTINCT gives a distinct clause with one empty node
        return stmt.getDistinctClauseCount() == 1 && stmt.getDistinctClause(0).getNodeCase() == Node.NodeCase.NODE_NOT_SET;
    }

    /**
     * DISTINCT ON (keys): SQLite lacks it, so rank the rows within each key group in the
     * query's ORDER BY and keep the first of each.
     */
    private QueryTranslator.QuerySql distinctOn(String inner, List<Typed> targets, List<Typed> outputs,
                                                List<ScopeColumn> origins) {
        List<String> partition = new ArrayList<>();
        for (Node key : stmt.getDistinctClauseList()) {
            Typed byOutput = OutputReferences.find(key, outputs, "SELECT DISTINCT ON");
            Typed k = byOutput != null ? targets.get(outputs.indexOf(byOutput)) : exprs.expr(key, scope);
            partition.add(OrderBy.sortKey(k.sql(), k));
        }
        List<String> order = orderKeys(targets, outputs);
        String ranked = inner.replaceFirst("^SELECT ", "SELECT row_number() OVER (PARTITION BY "
                + String.join(", ", partition) + (order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order))
                + ") AS _rank, ");
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            cols.add(SqlText.ident("c" + (i + 1)));
        }
        StringBuilder sql = new StringBuilder("SELECT " + String.join(", ", cols) + " FROM (" + ranked + ") WHERE _rank = 1");
        SelectStmt outerOnly = stmt.toBuilder().clearSortClause().build();
        List<String> outerOrder = new ArrayList<>();
        for (Node n : stmt.getSortClauseList()) {
            SortBy sort = n.getSortBy();
            Typed byOutput = OutputReferences.find(sort.getNode(), outputs, "ORDER BY");
            if (byOutput == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro supports DISTINCT ON only with ORDER BY keys that are output columns");
            }
            outerOrder.add(OrderBy.emit(sort, byOutput, exprs));
        }
        if (!outerOrder.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", outerOrder));
        }
        sql.append(queries.orderAndLimit(outerOnly, outputs, exprs, scope));
        return new QueryTranslator.QuerySql(sql.toString(), outputs, origins);
    }

    /** The ORDER BY keys as expressions of the query's own rows (for window functions that follow its order). */
    private List<String> orderKeys(List<Typed> targets, List<Typed> outputs) {
        List<String> order = new ArrayList<>();
        for (Node n : stmt.getSortClauseList()) {
            SortBy sort = n.getSortBy();
            Typed byOutput = OutputReferences.find(sort.getNode(), outputs, "ORDER BY");
            Typed k = byOutput != null ? targets.get(outputs.indexOf(byOutput)) : exprs.expr(sort.getNode(), scope);
            order.add(OrderBy.emit(sort, k, exprs));
        }
        return order;
    }

    /**
     * FETCH FIRST n ROWS WITH TIES, which SQLite lacks: number the rows in the query's order
     * and rank them; after OFFSET m, a row is kept when fewer than m + n rows come strictly
     * before it, which keeps the peers of the last row as well.
     */
    private QueryTranslator.QuerySql withTies(String inner, List<Typed> targets, List<Typed> outputs,
                                              List<ScopeColumn> origins) {
        if (stmt.getDistinctClauseCount() > 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support DISTINCT with FETCH ... WITH TIES yet");
        }
        String over = "OVER (ORDER BY " + String.join(", ", orderKeys(targets, outputs)) + ")";
        String ranked = "SELECT rank() " + over + " AS _rank, row_number() " + over + " AS _rn, "
                + inner.substring("SELECT ".length());
        String count = queries.limitCount(stmt, exprs, scope);
        String offset = queries.limitOffset(stmt, exprs, scope);
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            cols.add(SqlText.ident("c" + (i + 1)));
        }
        String skipped = offset == null ? "0" : offset;
        String sql = "SELECT " + String.join(", ", cols) + " FROM (" + ranked + ") WHERE _rn > " + skipped
                + (count == null ? "" : " AND _rank <= " + skipped + " + " + count) + " ORDER BY _rn";
        return new QueryTranslator.QuerySql(sql, outputs, origins);
    }

    /** (v).*: every field of a record value. */
    private static boolean isFieldStar(Node value) {
        return value.hasAIndirection() && value.getAIndirection().getIndirectionList()
                .get(value.getAIndirection().getIndirectionCount() - 1).hasAStar();
    }

    private List<Typed> fieldStar(io.pgmicro.parse.ast.A_Indirection ind) {
        Node recordNode = ind.getIndirectionCount() == 1 ? ind.getArg() : Node.newBuilder().setAIndirection(ind.toBuilder()
                .removeIndirection(ind.getIndirectionCount() - 1)).build();
        Typed record = exprs.expr(recordNode, scope);
        List<io.pgmicro.types.PgType.Field> fields = record.type().fields();
        if (fields.isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support .* on a value of type "
                    + io.pgmicro.analyze.TypeDisplay.name(record.type()) + " yet").atLocation(ExprTranslator.location(ind.getArg()));
        }
        List<Typed> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            out.add(RecordFields.field(exprs, record.sql(), fields.get(i), i).withAggregate(record.aggregate()));
        }
        return out;
    }

    private static boolean isStar(ColumnRef ref) {
        return ref.getFields(ref.getFieldsCount() - 1).hasAStar();
    }

    private void expandStar(ColumnRef ref, List<Typed> targets, List<ScopeColumn> origins) {
        List<ScopeColumn> columns = new ArrayList<>();
        if (ref.getFieldsCount() == 1) {
            if (scope.topLevelItems().isEmpty()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "SELECT * with no tables specified is not valid")
                        .atLocation(ref.getLocation());
            }
            for (var item : scope.topLevelItems()) {
                columns.addAll(item.columns());
            }
        } else {
            String qualifier = ref.getFields(ref.getFieldsCount() - 2).getString().getSval();
            var item = scope.findItem(qualifier);
            if (item == null) {
                throw MissingFromEntry.error(qualifier, scope, ctx.catalog(), ref.getLocation());
            }
            columns.addAll(item.columns());
        }
        for (ScopeColumn c : columns) {
            targets.add(new Typed(c.sql(), c.type(), c.typmod(), null, false, 0, c.name(), false, ref.getLocation()));
            origins.add(c);
        }
    }

    private ScopeColumn originOf(Node value) {
        if (!value.hasColumnRef() || isStar(value.getColumnRef())) {
            return null;
        }
        ColumnRef ref = value.getColumnRef();
        String name = ref.getFields(ref.getFieldsCount() - 1).getString().getSval();
        if (ref.getFieldsCount() == 1) {
            return scope.findColumn(name, ref.getLocation());
        }
        var item = scope.findItem(ref.getFields(ref.getFieldsCount() - 2).getString().getSval());
        if (item == null) {
            return null;
        }
        for (ScopeColumn c : item.columns()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
