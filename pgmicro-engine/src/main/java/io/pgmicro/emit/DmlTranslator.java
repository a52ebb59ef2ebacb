package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.RangeItem;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.ScopeColumn;
import io.pgmicro.analyze.TypeDisplay;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.ColumnRef;
import io.pgmicro.parse.ast.DeleteStmt;
import io.pgmicro.parse.ast.InsertStmt;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.OnConflictAction;
import io.pgmicro.parse.ast.OnConflictClause;
import io.pgmicro.parse.ast.OverridingKind;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.parse.ast.ResTarget;
import io.pgmicro.parse.ast.SelectStmt;
import io.pgmicro.parse.ast.UpdateStmt;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Translates INSERT, UPDATE and DELETE, including ON CONFLICT and RETURNING. */
public final class DmlTranslator {
    private final AnalysisContext ctx;
    private final QueryTranslator queries;

    public DmlTranslator(AnalysisContext ctx) {
        this(ctx, new QueryTranslator(ctx));
    }

    /** With the query translator of the whole statement (which may hold precomputed CTEs). */
    public DmlTranslator(AnalysisContext ctx, QueryTranslator queries) {
        this.ctx = ctx;
        this.queries = queries;
    }

    /**
     * A translated data-modifying statement.
     *
     * @param returning the RETURNING columns (null without RETURNING)
     * @param table     the modified table
     */
    public record DmlSql(String sql, List<Typed> returning, List<ScopeColumn> origins, RelationDef table, String verb,
                         InsertedRows inserted, UpdatedRows updated) {
        public DmlSql(String sql, List<Typed> returning, List<ScopeColumn> origins, RelationDef table, String verb,
                      InsertedRows inserted) {
            this(sql, returning, origins, table, verb, inserted, null);
        }
    }

    /**
     * For UPDATE: a query giving the new version of every row the statement changes, in
     * table column order, and which columns it assigns.
     */
    public record UpdatedRows(String select, List<String> columns, java.util.Set<String> assigned) {
    }

    /**
     * For INSERT ... VALUES: the SQLite expression of each column of each new row, so that
     * a unique violation can be explained with the key that collided, as PostgreSQL does.
     */
    public record InsertedRows(List<String> columns, List<List<String>> rows, java.util.Set<String> assigned) {
        public InsertedRows(List<String> columns, List<List<String>> rows) {
            this(columns, rows, null);
        }
    }

    private List<List<String>> lastValuesRows;
    private RowTargets rowTargets;
    private RelationDef shownTable;

    /** How the statement last translated can run one row at a time (for row triggers). */
    /**
     * For one member of an UPDATE or DELETE over a hierarchy: expressions and RETURNING * see the
     * columns of the table the statement named, not the member's extra ones.
     */
    public DmlTranslator showingColumnsOf(RelationDef named) {
        this.shownTable = named;
        return this;
    }

    public RowTargets rowTargets() {
        return rowTargets;
    }

    // ---- INSERT --------------------------------------------------------------------------------------

    public DmlSql insert(InsertStmt stmt) {
        return withCtes(stmt.hasWithClause() ? stmt.getWithClause() : null, () -> insertBody(stmt));
    }

    private DmlSql insertBody(InsertStmt stmt) {

        UpdatableView view = viewTarget(stmt.getRelation(), "INSERT");
        if (view != null) {
            stmt = onBaseTable(stmt, view);
        }
        RelationDef table = targetTable(stmt.getRelation());
        List<AttributeDef> targets = new ArrayList<>();
        // INSERT INTO t (a[1:2]): the targets written with subscripts, by position
        java.util.Map<Integer, ResTarget> subscriptedTargets = new java.util.HashMap<>();
        // where PostgreSQL points when a source row has fewer values than there are target columns
        List<Integer> targetLocations = new ArrayList<>();
        for (Node n : stmt.getColsList()) {
            targetLocations.add(n.getResTarget().getLocation());
        }
        if (stmt.getColsCount() == 0) {
            // without a column list the values fill the leading columns; the rest get defaults
            int width = sourceWidth(stmt);
            List<AttributeDef> all = table.attributes();
            if (width > all.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns")
                        .atLocation(extraExpressionLocation(stmt, all.size()));
            }
            targets.addAll(all.subList(0, width < 0 ? all.size() : width));
        } else {
            for (Node n : stmt.getColsList()) {
                ResTarget rt = n.getResTarget();
                AttributeDef a = table.attribute(rt.getName());
                if (a == null) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + rt.getName() + "\" of relation \""
                            + table.name() + "\" does not exist").atLocation(rt.getLocation());
                }
                if (targets.contains(a)) {
                    throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + a.name() + "\" specified more than once")
                            .atLocation(rt.getLocation());
                }
                if (rt.getIndirectionCount() > 0) {
                    subscriptedTargets.put(targets.size(), rt);
                }
                targets.add(a);
            }
        }
        boolean overridingSystem = stmt.getOverride() == OverridingKind.OVERRIDING_SYSTEM_VALUE;
        boolean overridingUser = stmt.getOverride() == OverridingKind.OVERRIDING_USER_VALUE;
        ExprTranslator exprs = new ExprTranslator(ctx, queries);
        DefaultValues defaults = new DefaultValues(ctx, exprs, table);
        List<AttributeDef> omitted = new ArrayList<>();
        for (AttributeDef a : table.attributes()) {
            if (!targets.contains(a)) {
                omitted.add(a);
            }
        }
        List<AttributeDef> allColumns = new ArrayList<>(targets);
        allColumns.addAll(omitted);
        List<String> columnNames = new ArrayList<>();
        for (AttributeDef a : allColumns) {
            columnNames.add(SqlText.ident(a.name()));
        }

        String source;
        lastValuesRows = new ArrayList<>();
        if (!stmt.hasSelectStmt()) {
            List<String> values = new ArrayList<>();
            for (AttributeDef a : allColumns) {
                values.add(defaults.sql(a));
            }
            source = "VALUES (" + String.join(", ", values) + ")";
        } else if (stmt.getSelectStmt().getSelectStmt().getValuesListsCount() > 0
                && isPlainValues(stmt.getSelectStmt().getSelectStmt())) {
            source = valuesSource(stmt.getSelectStmt().getSelectStmt(), targets, subscriptedTargets, targetLocations, omitted,
                    defaults, exprs, table, overridingSystem, overridingUser);
        } else {
            // As in PostgreSQL, untyped literals in the SELECT take the target columns' types
            // (INSERT ... SELECT id, 'paid' into an enum column), instead of becoming text.
            QueryTranslator.QuerySql q = queries.select(stmt.getSelectStmt().getSelectStmt(), null, true);
            if (q.columns().size() > targets.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns");
            }
            if (q.columns().size() < targets.size()) {
                throw tooFewExpressions(targetLocations, q.columns().size());
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                AttributeDef a = targets.get(i);
                checkIdentityInsert(a, overridingSystem, overridingUser, -1);
                Typed c = q.columns().get(i).withSql("_src." + SqlText.ident("c" + (i + 1)));
                values.add(insertedValue(exprs, new Scope(null), subscriptedTargets.get(i), c, a, table));
            }
            for (AttributeDef a : omitted) {
                values.add(defaults.sql(a));
            }
            // named as SQLite names VALUES columns, so both sources read alike (see onceEachKey)
            for (int i = 0; i < values.size(); i++) {
                values.set(i, values.get(i) + " AS column" + (i + 1));
            }
            // "WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint
            source = "SELECT " + String.join(", ", values) + " FROM (" + q.sql() + ") AS _src WHERE true";
        }

        Scope scope = targetScope(table, stmt.getRelation(), view);
        if (stmt.hasSelectStmt() && stmt.hasOnConflictClause()
                && stmt.getOnConflictClause().getAction() == OnConflictAction.ONCONFLICT_UPDATE) {
            source = onceEachKey(source, allColumns, conflictColumns(stmt.getOnConflictClause(), table));
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(SqlText.ident(table.sqliteName()))
                .append(" (").append(String.join(", ", columnNames)).append(") ").append(source);
        String conflict = stmt.hasOnConflictClause() ? onConflict(stmt.getOnConflictClause(), table, scope, exprs) : "";
        sql.append(conflict);
        DmlSql d = withReturning(sql.toString(), stmt.getReturningListList(), returningScope(stmt, scope), table, exprs,
                "INSERT");
        List<String> names = new ArrayList<>();
        for (AttributeDef a : allColumns) {
            names.add(a.name());
        }
        rowTargets = new RowTargets("INSERT", names, source, java.util.Set.of(), conflict,
                d.sql().substring(sql.length()));
        return new DmlSql(d.sql(), d.returning(), d.origins(), d.table(), d.verb(),
                lastValuesRows.isEmpty() ? null : new InsertedRows(names, lastValuesRows));
    }

    /**
     * What an INSERT's RETURNING sees: the target, and with ON CONFLICT DO UPDATE an
     * EXCLUDED entry it may not reference (so that doing so gets PostgreSQL's error).
     */
    private static Scope returningScope(InsertStmt stmt, Scope target) {
        if (!stmt.hasOnConflictClause() || stmt.getOnConflictClause().getAction() != OnConflictAction.ONCONFLICT_UPDATE) {
            return target;
        }
        Scope scope = new Scope(target.parent());
        for (RangeItem item : target.items()) {
            scope.add(item);
        }
        scope.add(new RangeItem("excluded", target.items().get(0).columns(), false, false, false));
        return scope;
    }

    /** How many values each source row has: VALUES width or SELECT list length; -1 when unknown before analysis. */
    private int sourceWidth(InsertStmt stmt) {
        if (!stmt.hasSelectStmt()) {
            return 0;
        }
        SelectStmt select = stmt.getSelectStmt().getSelectStmt();
        if (select.getValuesListsCount() > 0) {
            return select.getValuesLists(0).getList().getItemsCount();
        }
        return queries.select(select, null).columns().size();
    }

    private static int extraExpressionLocation(InsertStmt stmt, int index) {
        SelectStmt select = stmt.getSelectStmt().getSelectStmt();
        if (select.getValuesListsCount() > 0) {
            return ExprTranslator.location(select.getValuesLists(0).getList().getItems(index));
        }
        return select.getTargetListCount() > index ? select.getTargetList(index).getResTarget().getLocation() : -1;
    }

    private static boolean isPlainValues(SelectStmt s) {
        return s.getSortClauseCount() == 0 && !s.hasLimitCount() && !s.hasLimitOffset() && !s.hasWithClause();
    }

    private String valuesSource(SelectStmt values, List<AttributeDef> targets, java.util.Map<Integer, ResTarget> subscripted,
                                List<Integer> targetLocations, List<AttributeDef> omitted,
                                DefaultValues defaults, ExprTranslator exprs, RelationDef table,
                                boolean overridingSystem, boolean overridingUser) {
        List<String> rows = new ArrayList<>();
        Scope scope = new Scope(null);
        for (Node rowNode : values.getValuesListsList()) {
            List<Node> items = rowNode.getList().getItemsList();
            if (items.size() > targets.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns")
                        .atLocation(ExprTranslator.location(items.get(targets.size())));
            }
            if (items.size() < targets.size()) {
                throw tooFewExpressions(targetLocations, items.size());
            }
            List<String> row = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                AttributeDef a = targets.get(i);
                Node item = items.get(i);
                if (item.hasSetToDefault()) {
                    row.add(defaults.sql(a));
                    continue;
                }
                checkIdentityInsert(a, overridingSystem, overridingUser, ExprTranslator.location(item));
                if (a.isIdentity() && overridingUser) {
                    row.add(defaults.sql(a));
                    continue;
                }
                exprs.allowAggregates(false, "VALUES");
                row.add(insertedValue(exprs, scope, subscripted.get(i), exprs.expr(item, scope), a, table));
            }
            for (AttributeDef a : omitted) {
                row.add(defaults.sql(a));
            }
            rows.add("(" + String.join(", ", row) + ")");
            lastValuesRows.add(row);
        }
        return "VALUES " + String.join(", ", rows);
    }

    private static PgException tooFewExpressions(List<Integer> targetLocations, int values) {
        PgException e = new PgException(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions");
        return values < targetLocations.size() ? e.atLocation(targetLocations.get(values)) : e;
    }

    private static void checkIdentityInsert(AttributeDef a, boolean overridingSystem, boolean overridingUser, int location) {
        if ("a".equals(a.identity()) && !overridingSystem && !overridingUser) {
            throw new PgException(SqlState.GENERATED_ALWAYS, "cannot insert a non-DEFAULT value into column \""
                    + a.name() + "\"")
                    .withDetail("Column \"" + a.name() + "\" is an identity column defined as GENERATED ALWAYS.")
                    .withHint("Use OVERRIDING SYSTEM VALUE to override.");
        }
        if (a.generatedExpr() != null) {
            throw new PgException(SqlState.GENERATED_ALWAYS, "cannot insert a non-DEFAULT value into column \""
                    + a.name() + "\"")
                    .withDetail("Column \"" + a.name() + "\" is a generated column.").atLocation(location);
        }
    }

    /** An INSERT's value for a column; through a target's subscripts (a[1:2]) it fills part of a NULL array. */
    private String insertedValue(ExprTranslator exprs, Scope scope, ResTarget subscripted, Typed value, AttributeDef column,
                                 RelationDef table) {
        return subscripted == null ? assign(exprs, value, column, table).sql()
                : subscriptedAssignment(exprs, scope, subscripted, column, value, "NULL");
    }

    /** Converts a value for storing in a column: an assignment cast with the column's typmod. */
    Typed assign(ExprTranslator exprs, Typed value, AttributeDef column, RelationDef table) {
        PgType type = ctx.catalog().type(column.typeOid());
        return exprs.coerce(value, type, column.typmod(), Coercion.Context.ASSIGNMENT, "column \"" + column.name() + "\"");
    }

    /**
     * PostgreSQL refuses to let one ON CONFLICT DO UPDATE touch a row twice; SQLite would
     * update it again. Two proposed rows with the same non-null conflict key are exactly
     * that case, so the rows are counted per key before any is inserted.
     */
    private static String onceEachKey(String source, List<AttributeDef> sourceColumns, List<String> keys) {
        List<String> all = new ArrayList<>();
        List<String> keyColumns = new ArrayList<>();
        for (int i = 0; i < sourceColumns.size(); i++) {
            all.add("column" + (i + 1));
            if (keys.contains(sourceColumns.get(i).name())) {
                keyColumns.add("column" + (i + 1));
            }
        }
        if (keyColumns.isEmpty()) {
            return source;
        }
        StringBuilder duplicate = new StringBuilder("_pgmicro_n > 1");
        for (String k : keyColumns) {
            duplicate.append(" AND ").append(k).append(" IS NOT NULL");
        }
        // counting per key sorts the rows; _pgmicro_pos puts them back in the order they were proposed
        return "SELECT " + String.join(", ", all) + " FROM (SELECT *, count(*) OVER (PARTITION BY "
                + String.join(", ", keyColumns) + ") AS _pgmicro_n FROM (SELECT *, row_number() OVER () AS _pgmicro_pos"
                + " FROM (" + source + "))) WHERE CASE WHEN "
                + duplicate + " THEN pg_raise('" + SqlState.CARDINALITY_VIOLATION
                + "', 'ON CONFLICT DO UPDATE command cannot affect row a second time', "
                + "'Ensure that no rows proposed for insertion within the same command have duplicate constrained values.')"
                + " ELSE 1 END ORDER BY _pgmicro_pos";
    }

    private Scope bareColumns(RelationDef table) {
        List<ScopeColumn> cols = new ArrayList<>();
        for (AttributeDef a : table.attributes()) {
            cols.add(new ScopeColumn(a.name(), ctx.catalog().type(a.typeOid()), a.typmod(), SqlText.ident(a.name()),
                    table.oid(), a.attnum()));
        }
        Scope scope = new Scope(null);
        scope.add(RangeItem.simple(table.name(), cols));
        return scope;
    }

    /**
     * The columns of the conflict target (a constraint's, or the inferred index's); empty
     * when the target has an expression, whose values are not known before the insert.
     */
    private static List<String> conflictColumns(OnConflictClause clause, RelationDef table) {
        List<String> cols = new ArrayList<>();
        if (!clause.hasInfer()) {
            return cols;
        }
        var infer = clause.getInfer();
        if (!infer.getConname().isEmpty()) {
            ConstraintDef c = table.constraints().stream().filter(k -> k.name().equals(infer.getConname()))
                    .findFirst().orElseThrow(() -> new PgException(SqlState.UNDEFINED_OBJECT, "constraint \""
                            + infer.getConname() + "\" for table \"" + table.name() + "\" does not exist"));
            cols.addAll(c.columns());
            return cols;
        }
        for (Node n : infer.getIndexElemsList()) {
            String name = n.getIndexElem().getName();
            if (name.isEmpty()) {
                return List.of();
            }
            if (table.attribute(name) == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" does not exist");
            }
            cols.add(name);
        }
        return cols;
    }

    /**
     * A deferrable key may hold duplicates until it is checked, so it cannot decide whether a row conflicts;
     * without a conflict target every unique key is an arbiter.
     */
    private static void refuseDeferrableArbiter(OnConflictClause clause, RelationDef table) {
        java.util.Set<String> target = new java.util.HashSet<>();
        if (clause.hasInfer()) {
            for (Node n : clause.getInfer().getIndexElemsList()) {
                target.add(n.getIndexElem().getName());
            }
        }
        for (ConstraintDef c : table.constraints()) {
            boolean arbiter = !clause.hasInfer() || c.name().equals(clause.getInfer().getConname())
                    || target.equals(new java.util.HashSet<>(c.columns()));
            if (c.deferrable() && (c.type() == 'p' || c.type() == 'u') && arbiter) {
                throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                        "ON CONFLICT does not support deferrable unique constraints/exclusion constraints as arbiters");
            }
        }
    }

    private String onConflict(OnConflictClause clause, RelationDef table, Scope scope, ExprTranslator exprs) {
        refuseDeferrableArbiter(clause, table);
        StringBuilder sb = new StringBuilder(" ON CONFLICT");
        if (clause.hasInfer()) {
            var infer = clause.getInfer();
            // SQLite finds the arbiter index by comparing the target with each index's
            // definition, which names the columns bare (see the index DDL)
            Scope bare = bareColumns(table);
            List<String> keys = new ArrayList<>();
            if (!infer.getConname().isEmpty()) {
                for (String col : conflictColumns(clause, table)) {
                    keys.add(SqlText.ident(col));
                }
            }
            for (Node n : infer.getIndexElemsList()) {
                var elem = n.getIndexElem();
                String key;
                if (elem.getName().isEmpty()) {
                    key = "(" + exprs.expr(elem.getExpr(), bare).sql() + ")";
                } else if (table.attribute(elem.getName()) == null) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + elem.getName() + "\" does not exist");
                } else {
                    key = SqlText.ident(elem.getName());
                }
                // PostgreSQL matches the elements as a set
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
            sb.append(" (").append(String.join(", ", keys)).append(")");
            if (infer.hasWhereClause()) {
                sb.append(" WHERE ").append(exprs.condition(infer.getWhereClause(), bare, "WHERE").sql());
            }
        } else if (clause.getAction() == OnConflictAction.ONCONFLICT_UPDATE) {
            throw new PgException(SqlState.SYNTAX_ERROR, "ON CONFLICT DO UPDATE requires inference specification or constraint name")
                    .withHint("For example, ON CONFLICT (column_name).").atLocation(clause.getLocation());
        }
        if (clause.getAction() == OnConflictAction.ONCONFLICT_NOTHING) {
            return sb.append(" DO NOTHING").toString();
        }
        Scope withExcluded = new Scope(null);
        for (RangeItem item : scope.items()) {
            withExcluded.add(item);
        }
        List<ScopeColumn> excluded = new ArrayList<>();
        for (AttributeDef a : table.attributes()) {
            excluded.add(new ScopeColumn(a.name(), ctx.catalog().type(a.typeOid()), a.typmod(),
                    "excluded." + SqlText.ident(a.name()), table.oid(), a.attnum()));
        }
        withExcluded.add(new RangeItem("excluded", excluded, true, false, false));
        sb.append(" DO UPDATE SET ").append(setList(clause.getTargetListList(), table, withExcluded, exprs));
        if (clause.hasWhereClause()) {
            sb.append(" WHERE ").append(exprs.condition(clause.getWhereClause(), withExcluded, "WHERE").sql());
        }
        return sb.toString();
    }

    // ---- UPDATE --------------------------------------------------------------------------------------

    public DmlSql update(UpdateStmt stmt) {
        return withCtes(stmt.hasWithClause() ? stmt.getWithClause() : null, () -> updateBody(stmt));
    }

    private DmlSql updateBody(UpdateStmt stmt) {

        UpdatableView view = viewTarget(stmt.getRelation(), "UPDATE");
        RangeVar relation = view == null ? stmt.getRelation() : baseRangeVar(view, stmt.getRelation());
        if (view != null) {
            UpdateStmt.Builder b = stmt.toBuilder().setRelation(relation);
            for (int i = 0; i < b.getTargetListCount(); i++) {
                ResTarget rt = b.getTargetList(i).getResTarget();
                String base = view.baseColumn(rt.getName(), "UPDATE");
                if (base != null) {
                    b.setTargetList(i, Node.newBuilder().setResTarget(rt.toBuilder().setName(base)));
                }
            }
            stmt = b.build();
        }
        RelationDef table = targetTable(relation);
        Scope scope = targetScope(table, stmt.getRelation(), view);
        ExprTranslator exprs = new ExprTranslator(ctx, queries);
        String from = new FromClauseBuilder(queries, ctx, exprs).build(stmt.getFromClauseList(), scope);
        exprs.allowAggregates(false, "UPDATE");
        java.util.Map<String, String> assigned = new java.util.LinkedHashMap<>();
        String set = setList(stmt.getTargetListList(), table, scope, exprs, assigned);
        String where = stmt.hasWhereClause() ? exprs.condition(stmt.getWhereClause(), scope, "WHERE").sql() : null;
        where = withViewCondition(where, view);
        JoinedReturning joined = from == null || stmt.getReturningListCount() == 0 ? null
                : new JoinedReturning(SqlText.ident(table.sqliteName()), scope,
                        scope.items().subList(1, scope.items().size()), from, where);
        StringBuilder sql = new StringBuilder("UPDATE ").append(SqlText.ident(table.sqliteName())).append(" SET ").append(set);
        if (from == null) {
            sql.append(", ").append(movedToEnd(table));
        }
        if (from != null) {
            sql.append(" FROM ").append(from);
        }
        String condition = joined == null ? where : where == null ? joined.condition() : "(" + where + ") AND " + joined.condition();
        if (condition != null) {
            sql.append(" WHERE ").append(condition);
        }
        DmlSql d = withReturning(joined == null ? sql.toString() : joined.withClause() + sql,
                stmt.getReturningListList(), joined == null ? scope : joined.scope(), table, exprs, "UPDATE", joined);
        UpdatedRows updated = updatedRows(table, assigned, from, where, "");
        // a joined RETURNING reads each row's joined values by its old rowid: not for one row at a time
        rowTargets = joined != null ? null : new RowTargets("UPDATE", updated.columns(), updatedRows(table, assigned, from,
                where, SqlText.ident(table.sqliteName()) + ".rowid, ").select(), assigned.keySet(), ", " + movedToEnd(table),
                d.sql().substring(sql.length()));
        return new DmlSql(d.sql(), d.returning(), d.origins(), d.table(), d.verb(), d.inserted(), updated);
    }

    /**
     * PostgreSQL writes each updated row as a new version at the end of the heap, so a plain
     * scan afterwards lists updated rows last, in the order they were updated. A new rowid
     * past every existing one gives SQLite's rowid scan the same order. Not done for
     * UPDATE ... FROM: SQLite computes all its new values before writing any, so every row
     * would get the same rowid (and a joined RETURNING finds its values by the old rowid).
     */
    private static String movedToEnd(RelationDef table) {
        String t = SqlText.ident(table.sqliteName());
        return "rowid = (SELECT max(_pgmicro_h.rowid) FROM " + t + " AS _pgmicro_h WHERE _pgmicro_h.rowid >= "
                + t + ".rowid) + 1";
    }

    /**
     * The new versions of the rows an UPDATE changes, for explaining a constraint it breaks
     * and for row triggers ({@code leading} goes before the columns, e.g. the rowid).
     */
    private static UpdatedRows updatedRows(RelationDef table, java.util.Map<String, String> assigned, String from, String where,
                                           String leading) {
        List<String> values = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (AttributeDef a : table.attributes()) {
            columns.add(a.name());
            values.add(assigned.getOrDefault(a.name(), SqlText.ident(table.sqliteName()) + "." + SqlText.ident(a.name())));
        }
        String select = "SELECT " + leading + String.join(", ", values) + " FROM " + SqlText.ident(table.sqliteName())
                + (from == null ? "" : ", " + from) + (where == null ? "" : " WHERE " + where);
        return new UpdatedRows(select, columns, assigned.keySet());
    }

    private String setList(List<Node> targets, RelationDef table, Scope scope, ExprTranslator exprs) {
        return setList(targets, table, scope, exprs, new java.util.HashMap<>());
    }

    private String setList(List<Node> targets, RelationDef table, Scope scope, ExprTranslator exprs,
                           java.util.Map<String, String> assignedOut) {
        DefaultValues defaults = new DefaultValues(ctx, exprs, table);
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        java.util.Set<String> subscriptedColumns = new java.util.HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            ResTarget rt = targets.get(i).getResTarget();
            Node valueNode = rt.getVal();
            if (valueNode.hasMultiAssignRef()) {
                valueNode = multiAssignSource(valueNode.getMultiAssignRef(), rt.getLocation());
            }
            AttributeDef a = table.attribute(rt.getName());
            if (a == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + rt.getName() + "\" of relation \""
                        + table.name() + "\" does not exist").atLocation(rt.getLocation());
            }
            // SET a[1] = x, a[2] = y: subscripted assignments to one column apply in turn
            boolean subscripted = rt.getIndirectionCount() > 0;
            String earlier = values.get(a.name());
            if (earlier != null && (!subscripted || !subscriptedColumns.contains(a.name()))) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "multiple assignments to same column \"" + a.name() + "\"");
            }
            String value;
            if (valueNode.hasSetToDefault()) {
                value = defaults.sql(a);
            } else {
                if ("a".equals(a.identity())) {
                    throw new PgException(SqlState.GENERATED_ALWAYS, "column \"" + a.name() + "\" can only be updated to DEFAULT")
                            .withDetail("Column \"" + a.name() + "\" is an identity column defined as GENERATED ALWAYS.");
                }
                value = subscripted ? subscriptedAssignment(exprs, scope, rt, a, exprs.expr(valueNode, scope),
                        earlier != null ? earlier : SqlText.ident(a.name()))
                        : assign(exprs, exprs.expr(valueNode, scope), a, table).sql();
            }
            if (subscripted) {
                subscriptedColumns.add(a.name());
            }
            values.put(a.name(), value);
            assignedOut.put(a.name(), value);
        }
        List<String> sets = new ArrayList<>();
        values.forEach((name, value) -> sets.add(SqlText.ident(name) + " = " + value));
        return String.join(", ", sets);
    }

    /**
     * SET col[...] = v, INSERT INTO t (col[...]): the column's new array value, {@code base}
     * (the old value, or NULL for INSERT) with the element or slice replaced; a
     * one-dimensional array grows with NULLs to take it.
     */
    private String subscriptedAssignment(ExprTranslator exprs, Scope scope, ResTarget rt, AttributeDef column,
                                         Typed value, String base) {
        PgType type = ctx.catalog().type(column.typeOid());
        if (type.equals(Types.JSONB)) {
            Typed jsonb = exprs.coerce(value, type, -1, Coercion.Context.ASSIGNMENT, null);
            return new JsonbSubscripts(exprs, scope).assignment(base, rt.getIndirectionList(), jsonb);
        }
        List<io.pgmicro.parse.ast.A_Indices> indices = new ArrayList<>();
        for (Node n : rt.getIndirectionList()) {
            if (!n.hasAIndices()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro does not support assigning to a field of a column yet").atLocation(rt.getLocation());
            }
            indices.add(n.getAIndices());
        }
        if (!type.isArray()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "cannot subscript type " + TypeDisplay.name(type)
                    + " because it does not support subscripting").atLocation(rt.getLocation());
        }
        Subscripts subscripts = Subscripts.of(indices, n -> exprs.coerce(exprs.expr(n, scope), Types.INT4, -1,
                Coercion.Context.IMPLICIT, "subscript").sql());
        PgType element = ctx.catalog().type(type.elementOid());
        PgType required = subscripts.slice() ? type : element;
        if (!value.isUnknown() && !value.type().equals(required)
                && !Coercion.canCoerce(value.type(), required, Coercion.Context.ASSIGNMENT)) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "subscripted assignment to \"" + column.name()
                    + "\" requires type " + TypeDisplay.name(required) + " but expression is of type "
                    + TypeDisplay.name(value.type())).withHint("You will need to rewrite or cast the expression.")
                    .atLocation(rt.getLocation());
        }
        String v = exprs.coerce(value, required, column.typmod(), Coercion.Context.ASSIGNMENT, null).sql();
        if (subscripts.slice()) {
            return "pg_array_set_slice(" + base + ", " + v + subscripts.tail() + ")";
        }
        return "pg_array_set_element(" + base + ", " + element.oid() + ", " + v + subscripts.tail() + ")";
    }

    /** One column's part of SET (a, b) = (x, y) or SET (a, b) = (SELECT ...). */
    private static Node multiAssignSource(io.pgmicro.parse.ast.MultiAssignRef ref, int location) {
        Node source = ref.getSource();
        if (source.hasRowExpr()) {
            if (source.getRowExpr().getArgsCount() != ref.getNcolumns()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "number of columns does not match number of values")
                        .atLocation(location);
            }
            return source.getRowExpr().getArgs(ref.getColno() - 1);
        }
        if (source.hasSubLink()) {
            // the column's value is that column of the subquery's single row
            var sub = source.getSubLink();
            var select = sub.getSubselect().getSelectStmt();
            if (select.getTargetListCount() != ref.getNcolumns()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "number of columns does not match number of values")
                        .atLocation(location);
            }
            var one = select.toBuilder().clearTargetList().addTargetList(select.getTargetList(ref.getColno() - 1)).build();
            return Node.newBuilder().setSubLink(sub.toBuilder().setSubselect(Node.newBuilder().setSelectStmt(one))).build();
        }
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro supports SET (...) = ROW(...) or a subquery only")
                .atLocation(location);
    }

    // ---- DELETE --------------------------------------------------------------------------------------

    public DmlSql delete(DeleteStmt stmt) {
        return withCtes(stmt.hasWithClause() ? stmt.getWithClause() : null, () -> deleteBody(stmt));
    }

    private DmlSql deleteBody(DeleteStmt stmt) {

        UpdatableView view = viewTarget(stmt.getRelation(), "DELETE");
        RangeVar relation = view == null ? stmt.getRelation() : baseRangeVar(view, stmt.getRelation());
        RelationDef table = targetTable(relation);
        Scope scope = targetScope(table, stmt.getRelation(), view);
        ExprTranslator exprs = new ExprTranslator(ctx, queries);
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(SqlText.ident(table.sqliteName()));
        exprs.allowAggregates(false, "WHERE");
        String where = null;
        JoinedReturning joined = null;
        if (stmt.getUsingClauseCount() > 0) {
            Scope using = new Scope(scope);
            String from = new FromClauseBuilder(queries, ctx, exprs).build(stmt.getUsingClauseList(), using);
            String cond = stmt.hasWhereClause() ? exprs.condition(stmt.getWhereClause(), using, "WHERE").sql() : null;
            if (stmt.getReturningListCount() > 0) {
                Scope all = new Scope(null);
                all.add(scope.items().get(0));
                using.mergedColumns().forEach(all::addMerged);
                joined = new JoinedReturning(SqlText.ident(table.sqliteName()), all, using.items(), from,
                        withViewCondition(cond, view));
                where = joined.condition();
            } else {
                // DELETE ... USING: keep the rows for which a matching combination exists
                where = withViewCondition("EXISTS (SELECT 1 FROM " + from + " WHERE " + (cond == null ? "1" : cond) + ")",
                        view);
            }
        } else if (stmt.hasWhereClause()) {
            where = withViewCondition(exprs.condition(stmt.getWhereClause(), scope, "WHERE").sql(), view);
        } else {
            where = withViewCondition(null, view);
        }
        if (where != null) {
            sql.append(" WHERE ").append(where);
        }
        DmlSql d = withReturning(joined == null ? sql.toString() : joined.withClause() + sql, stmt.getReturningListList(),
                joined == null ? scope : joined.scope(), table, exprs, "DELETE", joined);
        rowTargets = joined != null ? null : new RowTargets("DELETE", List.of(), "SELECT rowid FROM "
                + SqlText.ident(table.sqliteName()) + (where == null ? "" : " WHERE " + where), java.util.Set.of(), "",
                d.sql().substring(sql.length()));
        return d;
    }

    // ---- shared ---------------------------------------------------------------------------------------

    private RelationDef targetTable(RangeVar rv) {
        RelationDef table = ctx.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ctx.searchPath());
        if (table == null) {
            String shown = rv.getSchemaname().isEmpty() ? rv.getRelname() : rv.getSchemaname() + "." + rv.getRelname();
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + shown + "\" does not exist")
                    .atLocation(rv.getLocation());
        }
        if (!table.isTable()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change " + (table.kind() == 'v' ? "view" : "sequence")
                    + " \"" + table.name() + "\"");
        }
        return table;
    }

    /** A DML statement with a WITH clause: SQLite takes the same WITH in front of INSERT, UPDATE and DELETE. */
    private DmlSql withCtes(io.pgmicro.parse.ast.WithClause with, java.util.function.Supplier<DmlSql> body) {
        if (with == null) {
            return body.get();
        }
        String prefix = queries.enterWith(with, null);
        try {
            DmlSql d = body.get();
            // a body with its own WITH (a joined RETURNING) joins the statement's list
            String sql = !prefix.isEmpty() && d.sql().startsWith("WITH ") ? prefix.stripTrailing() + ", " + d.sql().substring("WITH ".length())
                    : prefix + d.sql();
            return new DmlSql(sql, d.returning(), d.origins(), d.table(), d.verb(), d.inserted(), d.updated());
        } finally {
            queries.exitWith();
        }
    }

    /** The view a statement modifies, resolved to its base table, or null when the target is not a view. */
    private UpdatableView viewTarget(RangeVar rv, String verb) {
        RelationDef named = ctx.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ctx.searchPath());
        return named != null && named.kind() == 'v' ? UpdatableView.resolve(named, verb, ctx) : null;
    }

    private static RangeVar baseRangeVar(UpdatableView view, RangeVar original) {
        return original.toBuilder().setSchemaname(view.base().schema()).setRelname(view.base().name()).build();
    }

    /** INSERT into a view: the same rows into its base table, columns renamed. */
    private InsertStmt onBaseTable(InsertStmt stmt, UpdatableView view) {
        InsertStmt.Builder b = stmt.toBuilder().setRelation(baseRangeVar(view, stmt.getRelation())).clearCols();
        List<String> names = new ArrayList<>();
        if (stmt.getColsCount() == 0) {
            int width = stmt.hasSelectStmt() ? sourceWidth(stmt) : 0;
            for (int i = 0; i < width && i < view.view().attributes().size(); i++) {
                names.add(view.view().attributes().get(i).name());
            }
        } else {
            for (Node n : stmt.getColsList()) {
                names.add(n.getResTarget().getName());
            }
        }
        for (String name : names) {
            String base = view.baseColumn(name, "INSERT");
            if (base == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" of relation \""
                        + view.view().name() + "\" does not exist");
            }
            b.addCols(Node.newBuilder().setResTarget(ResTarget.newBuilder().setName(base).setLocation(-1)));
        }
        return b.build();
    }

    private static String withViewCondition(String where, UpdatableView view) {
        if (view == null || view.whereSql() == null) {
            return where;
        }
        return where == null ? view.whereSql() : "(" + where + ") AND (" + view.whereSql() + ")";
    }

    /** The modified table as expressions see it; SQLite lets RETURNING name it only by its real name. */
    private Scope targetScope(RelationDef table, RangeVar rv, UpdatableView view) {
        Scope scope = new Scope(null);
        String alias = rv.hasAlias() ? rv.getAlias().getAliasname() : view != null ? view.view().name() : table.name();
        List<ScopeColumn> cols = new ArrayList<>();
        if (view != null) {
            // through a view, expressions see the view's column names
            for (var e : view.columns().entrySet()) {
                AttributeDef a = table.attribute(e.getValue());
                cols.add(new ScopeColumn(e.getKey(), ctx.catalog().type(a.typeOid()), a.typmod(),
                        SqlText.ident(table.sqliteName()) + "." + SqlText.ident(a.name()), table.oid(), a.attnum()));
            }
            scope.add(RangeItem.simple(alias, cols));
            return scope;
        }
        for (AttributeDef shown : (shownTable == null ? table : shownTable).attributes()) {
            AttributeDef a = table.attribute(shown.name());
            cols.add(new ScopeColumn(a.name(), ctx.catalog().type(a.typeOid()), a.typmod(),
                    SqlText.ident(table.sqliteName()) + "." + SqlText.ident(a.name()), table.oid(), a.attnum()));
        }
        ScopeColumn tableoid = new ScopeColumn("tableoid", io.pgmicro.types.Types.OID, -1, Integer.toString(table.oid()),
                table.oid(), -6);
        scope.add(RangeItem.simple(alias, cols).withSystemColumns(List.of(tableoid)));
        return scope;
    }

    private DmlSql withReturning(String sql, List<Node> returning, Scope scope, RelationDef table, ExprTranslator exprs,
                                 String verb) {
        return withReturning(sql, returning, scope, table, exprs, verb, null);
    }

    /** @param joined for UPDATE ... FROM and DELETE ... USING, where the joined columns are read; otherwise null */
    private DmlSql withReturning(String sql, List<Node> returning, Scope scope, RelationDef table, ExprTranslator exprs,
                                 String verb, JoinedReturning joined) {
        if (returning.isEmpty()) {
            return new DmlSql(sql, null, null, table, verb, null);
        }
        exprs.allowAggregates(false, "RETURNING");
        List<Typed> cols = new ArrayList<>();
        List<ScopeColumn> origins = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Node n : returning) {
            ResTarget rt = n.getResTarget();
            List<RangeItem> expanded = starItems(rt.getVal(), scope, joined != null);
            if (expanded != null) {
                for (RangeItem item : expanded) {
                    for (ScopeColumn c : item.columns()) {
                        cols.add(Typed.of(c.sql(), c.type(), c.typmod()).withName(c.name()));
                        origins.add(c);
                        parts.add(joined == null ? c.sql() : joined.read(c.sql()));
                    }
                }
                continue;
            }
            Typed t = exprs.expr(rt.getVal(), scope);
            if (t.isUnknown()) {
                t = exprs.coerce(t, io.pgmicro.types.Types.TEXT, -1, Coercion.Context.IMPLICIT, null).withName(t.name());
            }
            cols.add(t.withName(QueryTranslator.targetName(rt, t)));
            origins.add(null);
            parts.add(joined == null ? t.sql() : joined.read(t.sql()));
        }
        return new DmlSql(sql + " RETURNING " + String.join(", ", parts), cols, origins, table, verb, null);
    }

    /**
     * The items a RETURNING star stands for, or null when the expression is no star (or
     * names no item, left to the expression translator to report): t.* is t's columns;
     * a bare * covers the joined items too, as a SELECT * would.
     */
    private static List<RangeItem> starItems(Node expr, Scope scope, boolean joined) {
        if (!expr.hasColumnRef()) {
            return null;
        }
        ColumnRef ref = expr.getColumnRef();
        if (!ref.getFields(ref.getFieldsCount() - 1).hasAStar()) {
            return null;
        }
        if (ref.getFieldsCount() > 1) {
            RangeItem item = scope.findItem(ref.getFields(ref.getFieldsCount() - 2).getString().getSval());
            return item == null ? null : List.of(item);
        }
        return joined ? scope.topLevelItems() : List.of(scope.items().get(0));
    }

    /** The SQLite expression of a column's default (for ALTER TABLE ADD COLUMN filling existing rows). */
    public String defaultSql(RelationDef table, AttributeDef column) {
        return new DefaultValues(ctx, new ExprTranslator(ctx, queries), table).sql(column);
    }

    /** Parses a stored default or generated expression (PostgreSQL text) back into a tree. */
    static Node parseExpression(String text) {
        Parser.ParsedSql parsed = Parser.parse("SELECT " + text);
        return parsed.statements().get(0).getStmt().getSelectStmt().getTargetList(0).getResTarget().getVal();
    }
}
