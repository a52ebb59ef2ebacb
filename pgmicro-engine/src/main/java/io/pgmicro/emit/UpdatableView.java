package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.RangeItem;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.ScopeColumn;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.ResTarget;
import io.pgmicro.parse.ast.SelectStmt;
import io.pgmicro.parse.ast.SetOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's automatically updatable views: a view over one table whose columns are
 * plain columns of it takes INSERT, UPDATE and DELETE, which go to the table, limited
 * by the view's WHERE. Other views refuse with PostgreSQL's reasons.
 *
 * @param base      the table the view reads
 * @param columns   view column name → base column name, for the view's updatable columns
 * @param whereSql  the view's WHERE as SQLite text over the base table's real name, or null
 */
record UpdatableView(RelationDef view, RelationDef base, Map<String, String> columns, String whereSql) {

    static UpdatableView resolve(RelationDef view, String verb, AnalysisContext ctx) {
        SelectStmt q = Parser.parse(view.viewQuery()).statements().get(0).getStmt().getSelectStmt();
        String reason = null;
        if (q.getOp() != SetOperation.SETOP_NONE && q.getOp() != SetOperation.SET_OPERATION_UNDEFINED) {
            reason = "Views containing UNION, INTERSECT, or EXCEPT are not automatically updatable.";
        } else if (q.hasWithClause()) {
            reason = "Views containing WITH are not automatically updatable.";
        } else if (q.getDistinctClauseCount() > 0) {
            reason = "Views containing DISTINCT are not automatically updatable.";
        } else if (q.getGroupClauseCount() > 0) {
            reason = "Views containing GROUP BY are not automatically updatable.";
        } else if (q.hasHavingClause()) {
            reason = "Views containing HAVING are not automatically updatable.";
        } else if (q.hasLimitCount() || q.hasLimitOffset()) {
            reason = "Views containing LIMIT or OFFSET are not automatically updatable.";
        } else if (q.getFromClauseCount() != 1 || !q.getFromClause(0).hasRangeVar()) {
            reason = "Views that do not select from a single table or view are not automatically updatable.";
        } else if (q.getValuesListsCount() > 0) {
            reason = "Views that do not select from a single table or view are not automatically updatable.";
        } else if (hasAggregate(q)) {
            reason = "Views that return aggregate functions are not automatically updatable.";
        }
        var rv = reason == null ? q.getFromClause(0).getRangeVar() : null;
        RelationDef base = rv == null ? null : ctx.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ctx.searchPath());
        if (reason == null && (base == null || !base.isTable())) {
            reason = "Views that do not select from a single table or view are not automatically updatable.";
        }
        if (reason != null) {
            String action = verb.equals("INSERT") ? "inserting into" : verb.equals("UPDATE") ? "updating" : "deleting from";
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cannot " + verb.toLowerCase()
                    + (verb.equals("INSERT") ? " into" : "") + " view \"" + view.name() + "\"").withDetail(reason)
                    .withHint("To enable " + action + " the view, provide an INSTEAD OF " + verb + " trigger or an unconditional ON "
                            + verb + " DO INSTEAD rule.");
        }
        Map<String, String> columns = new LinkedHashMap<>();
        List<Node> targets = q.getTargetListList();
        int index = 0;
        for (Node n : targets) {
            ResTarget rt = n.getResTarget();
            if (rt.getVal().hasColumnRef() && rt.getVal().getColumnRef().getFields(rt.getVal().getColumnRef().getFieldsCount() - 1).hasAStar()) {
                for (AttributeDef a : base.attributes()) {
                    columns.put(view.attributes().get(index++).name(), a.name());
                }
                continue;
            }
            String viewColumn = view.attributes().get(index++).name();
            if (rt.getVal().hasColumnRef()) {
                var fields = rt.getVal().getColumnRef().getFieldsList();
                String baseColumn = fields.get(fields.size() - 1).getString().getSval();
                if (base.attribute(baseColumn) != null) {
                    columns.put(viewColumn, baseColumn);
                }
            }
        }
        String where = null;
        if (q.hasWhereClause()) {
            String alias = rv.hasAlias() ? rv.getAlias().getAliasname() : rv.getRelname();
            Scope scope = new Scope(null);
            List<ScopeColumn> cols = new ArrayList<>();
            for (AttributeDef a : base.attributes()) {
                cols.add(new ScopeColumn(a.name(), ctx.catalog().type(a.typeOid()), a.typmod(),
                        SqlText.ident(base.sqliteName()) + "." + SqlText.ident(a.name()), base.oid(), a.attnum()));
            }
            scope.add(RangeItem.simple(alias, cols));
            ExprTranslator exprs = new ExprTranslator(ctx, new QueryTranslator(ctx));
            where = exprs.condition(q.getWhereClause(), scope, "WHERE").sql();
        }
        return new UpdatableView(view, base, columns, where);
    }

    /** The base column a view column writes to; PostgreSQL's error for a computed one. */
    String baseColumn(String viewColumn, String verb) {
        String base = columns.get(viewColumn);
        if (base == null) {
            if (view.attribute(viewColumn) == null) {
                return null;
            }
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot " + (verb.equals("INSERT") ? "insert into" : "update")
                    + " column \"" + viewColumn + "\" of view \"" + view.name() + "\"")
                    .withDetail("View columns that are not columns of their base relation are not updatable.");
        }
        return base;
    }

    private static boolean hasAggregate(SelectStmt q) {
        for (Node n : q.getTargetListList()) {
            if (mentionsAggregate(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsAggregate(com.google.protobuf.Message m) {
        if (m instanceof io.pgmicro.parse.ast.FuncCall call) {
            String name = call.getFuncname(call.getFuncnameCount() - 1).getString().getSval();
            if (call.getAggStar() || io.pgmicro.catalog.BuiltinFunctions.byName(name).stream()
                    .anyMatch(f -> f.kind() == io.pgmicro.catalog.FunctionSignature.Kind.AGGREGATE)) {
                return !call.hasOver();
            }
        }
        for (var entry : m.getAllFields().entrySet()) {
            Object v = entry.getValue();
            if (v instanceof com.google.protobuf.Message child && mentionsAggregate(child)) {
                return true;
            }
            if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof com.google.protobuf.Message child && mentionsAggregate(child)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
