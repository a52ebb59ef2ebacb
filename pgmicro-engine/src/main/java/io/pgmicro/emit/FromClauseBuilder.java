package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.RangeItem;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.ScopeColumn;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.system.SessionInfo;
import io.pgmicro.catalog.system.SystemCatalog;
import io.pgmicro.catalog.system.SystemColumn;
import io.pgmicro.catalog.system.SystemRelationSql;
import io.pgmicro.catalog.system.SystemTable;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.FuncCall;
import io.pgmicro.parse.ast.JoinExpr;
import io.pgmicro.parse.ast.JoinType;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeFunction;
import io.pgmicro.parse.ast.RangeSubselect;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Translates a FROM clause, adding its items to a scope. */
final class FromClauseBuilder {
    private final QueryTranslator queries;
    private final AnalysisContext ctx;
    private final ExprTranslator exprs;

    /** Whether the FROM clause reads a recursive CTE from inside its own recursive term. */
    private boolean readsRecursiveTerm;

    FromClauseBuilder(QueryTranslator queries, AnalysisContext ctx, ExprTranslator exprs) {
        this.queries = queries;
        this.ctx = ctx;
        this.exprs = exprs;
    }

    boolean readsRecursiveTerm() {
        return readsRecursiveTerm;
    }

    /** Returns the SQLite FROM text (without the keyword), or null for an empty FROM list. */
    String build(List<Node> items, Scope scope) {
        if (items.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Node item : items) {
            parts.add(item(item, scope, true).sql);
        }
        return String.join(", ", parts);
    }

    private record Built(String sql, List<RangeItem> items, List<ScopeColumn> starColumns) {
    }

    private Built item(Node node, Scope scope, boolean topLevel) {
        Built built = switch (node.getNodeCase()) {
            case RANGE_VAR -> rangeVar(node.getRangeVar(), scope);
            case JOIN_EXPR -> join(node.getJoinExpr(), scope, topLevel);
            case RANGE_SUBSELECT -> subselect(node.getRangeSubselect(), scope);
            case RANGE_FUNCTION -> function(node.getRangeFunction(), scope);
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "pgmicro does not support this FROM item yet: " + node.getNodeCase());
        };
        if (node.getNodeCase() != Node.NodeCase.JOIN_EXPR) {
            RangeItem item = topLevel ? built.items.get(0) : built.items.get(0).nested();
            scope.add(item);
            return new Built(built.sql, List.of(item), built.starColumns);
        }
        return built;
    }

    private static String sqlAlias(String alias, Scope scope) {
        return SqlText.ident(alias + "#" + Integer.toHexString(System.identityHashCode(scope)) + "_" + scope.items().size());
    }

    /** A table, view or CTE reference. */
    private Built rangeVar(RangeVar rv, Scope scope) {
        String alias = rv.hasAlias() ? rv.getAlias().getAliasname() : rv.getRelname();
        String sqlAlias = sqlAlias(alias, scope);
        if (rv.getSchemaname().isEmpty()) {
            QueryTranslator.CteInfo cte = queries.findCte(rv.getRelname());
            if (cte != null && cte.columns() == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "WITH query \"" + cte.name() + "\" does not have a RETURNING clause").atLocation(rv.getLocation());
            }
            if (cte != null) {
                readsRecursiveTerm |= cte.recursiveTerm();
                List<ScopeColumn> cols = new ArrayList<>();
                List<String> names = aliasNames(rv, cte.columns().size());
                for (int i = 0; i < cte.columns().size(); i++) {
                    Typed c = cte.columns().get(i);
                    cols.add(new ScopeColumn(names.get(i) != null ? names.get(i) : c.name(), c.type(), c.typmod(),
                            sqlAlias + "." + SqlText.ident("c" + (i + 1)), 0, 0));
                }
                return single(cte.sqlName() + " AS " + sqlAlias, alias, cols);
            }
        }
        SystemTable system = SystemCatalog.find(ctx.catalog(), rv.getSchemaname(), rv.getRelname(), ctx.searchPath());
        if (system != null) {
            return systemRelation(system, rv, alias, sqlAlias);
        }
        RelationDef rel = ctx.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ctx.searchPath());
        if (rel == null) {
            String shown = rv.getSchemaname().isEmpty() ? rv.getRelname() : rv.getSchemaname() + "." + rv.getRelname();
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + shown + "\" does not exist")
                    .atLocation(rv.getLocation());
        }
        if (rel.kind() == 'v') {
            return view(rel, rv, alias, sqlAlias, scope);
        }
        if (rel.kind() == 'S') {
            return sequence(rel, alias, sqlAlias);
        }
        List<ScopeColumn> cols = new ArrayList<>();
        List<String> names = aliasNames(rv, rel.attributes().size());
        for (int i = 0; i < rel.attributes().size(); i++) {
            AttributeDef a = rel.attributes().get(i);
            PgType type = ctx.catalog().type(a.typeOid());
            String name = names.get(i) != null ? names.get(i) : a.name();
            cols.add(new ScopeColumn(name, type, a.typmod(), sqlAlias + "." + SqlText.ident(a.name()), rel.oid(),
                    a.attnum()));
        }
        List<RelationDef> members = rv.getInh() ? ctx.catalog().inheritance().descendants(rel.oid()) : List.of();
        ScopeColumn tableoid = new ScopeColumn("tableoid", Types.OID, -1, members.isEmpty() ? Integer.toString(rel.oid())
                : sqlAlias + "." + SqlText.ident("tableoid"), rel.oid(), -6);
        RangeItem item = RangeItem.simple(alias, cols).withSystemColumns(List.of(tableoid));
        return new Built(tableRows(rel, members) + " AS " + sqlAlias, List.of(item), cols);
    }

    /**
     * The rows a table reference reads: the table's own and those of the tables that inherit
     * from it (partitions included), each as the table's columns plus the tableoid it came from.
     */
    private static String tableRows(RelationDef rel, List<RelationDef> descendants) {
        if (descendants.isEmpty()) {
            return SqlText.ident(rel.sqliteName());
        }
        List<RelationDef> members = new ArrayList<>(descendants);
        if (rel.kind() != 'p') {
            // a partitioned table keeps no rows of its own
            members.add(0, rel);
        }
        List<String> columns = new ArrayList<>();
        for (AttributeDef a : rel.attributes()) {
            columns.add(SqlText.ident(a.name()));
        }
        List<String> selects = new ArrayList<>();
        for (RelationDef m : members) {
            selects.add("SELECT " + String.join(", ", columns) + ", " + m.oid() + " AS \"tableoid\" FROM "
                    + SqlText.ident(m.sqliteName()));
        }
        return "(" + String.join(" UNION ALL ", selects) + ")";
    }

    /** A pg_catalog or information_schema relation: its rows, computed now, inlined as a VALUES subquery. */
    private Built systemRelation(SystemTable table, RangeVar rv, String alias, String sqlAlias) {
        return systemRows(table, aliasNames(rv, table.columns().size()), alias, sqlAlias, table.oid());
    }

    /**
     * The rows of a system relation or of an argument-less catalog function, computed now and inlined as a
     * VALUES subquery; {@code names} are the alias's column names, {@code origin} the relation OID clients see.
     */
    private Built systemRows(SystemTable table, List<String> names, String alias, String sqlAlias, int origin) {
        List<ScopeColumn> cols = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            SystemColumn c = table.columns().get(i);
            String name = i < names.size() && names.get(i) != null ? names.get(i) : c.name();
            cols.add(new ScopeColumn(name, c.type(), -1, sqlAlias + "." + SqlText.ident("c" + (i + 1)), origin,
                    origin == 0 ? 0 : i + 1));
        }
        String rows = SystemRelationSql.select(table, table.rows(ctx.catalog(), SessionInfo.of(ctx.searchPath(), ctx.clusterDatabases(),
                ctx.preparedStatements(), ctx.cursors())));
        return single(rows + " AS " + sqlAlias, alias, cols);
    }

    private Built view(RelationDef view, RangeVar rv, String alias, String sqlAlias, Scope scope) {
        if (!ctx.enterView(view.oid())) {
            // CREATE OR REPLACE VIEW v AS SELECT ... FROM v makes v refer to itself
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                    "infinite recursion detected in rules for relation \"" + view.name() + "\"");
        }
        QueryTranslator.QuerySql q;
        try {
            Parser.ParsedSql parsed = Parser.parse(view.viewQuery());
            // a view's query sees only global names, not the referencing query's
            q = new QueryTranslator(ctx).select(parsed.statements().get(0).getStmt().getSelectStmt(), null);
        } finally {
            ctx.leaveView(view.oid());
        }
        List<ScopeColumn> cols = new ArrayList<>();
        List<String> names = aliasNames(rv, view.attributes().size());
        for (int i = 0; i < view.attributes().size(); i++) {
            Typed c = q.columns().get(i);
            String name = names.get(i) != null ? names.get(i) : view.attributes().get(i).name();
            cols.add(new ScopeColumn(name, c.type(), c.typmod(), sqlAlias + "." + SqlText.ident("c" + (i + 1)), view.oid(),
                    i + 1));
        }
        return single("(" + q.sql() + ") AS " + sqlAlias, alias, cols);
    }

    private Built sequence(RelationDef seq, String alias, String sqlAlias) {
        List<ScopeColumn> cols = List.of(
                new ScopeColumn("last_value", Types.INT8, -1, sqlAlias + ".last_value", seq.oid(), 1),
                new ScopeColumn("log_cnt", Types.INT8, -1, sqlAlias + ".log_cnt", seq.oid(), 2),
                new ScopeColumn("is_called", Types.BOOL, -1, sqlAlias + ".is_called", seq.oid(), 3));
        return single("(SELECT pg_sequence_last_value(" + seq.oid() + ") AS last_value, pg_sequence_log_cnt(" + seq.oid()
                + ") AS log_cnt, pg_sequence_is_called(" + seq.oid() + ") AS is_called) AS " + sqlAlias, alias, cols);
    }

    private Built subselect(RangeSubselect sub, Scope scope) {
        if (!sub.hasAlias()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "subquery in FROM must have an alias")
                    .withHint("For example, FROM (SELECT ...) [AS] foo.");
        }
        // a plain subquery sees the enclosing query levels; a LATERAL one also its FROM siblings
        QueryTranslator.QuerySql q = queries.select(sub.getSubquery().getSelectStmt(),
                sub.getLateral() ? lateralScope(scope) : scope.parent());
        String alias = sub.getAlias().getAliasname();
        String sqlAlias = sqlAlias(alias, scope);
        if (sub.getLateral()) {
            return lateral(q, sub, alias, sqlAlias);
        }
        List<ScopeColumn> cols = new ArrayList<>();
        List<Node> colnames = sub.getAlias().getColnamesList();
        if (colnames.size() > q.columns().size()) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "table \"" + alias + "\" has "
                    + q.columns().size() + " columns available but " + colnames.size() + " columns specified");
        }
        for (int i = 0; i < q.columns().size(); i++) {
            Typed c = q.columns().get(i);
            String name = i < colnames.size() ? colnames.get(i).getString().getSval() : c.name();
            cols.add(new ScopeColumn(name, c.type(), c.typmod(), sqlAlias + "." + SqlText.ident("c" + (i + 1)), 0, 0));
        }
        return single("(" + q.sql() + ") AS " + sqlAlias, alias, cols);
    }

    /** The siblings a LATERAL subquery may refer to, seen as an enclosing level. */
    private static Scope lateralScope(Scope scope) {
        Scope lateral = new Scope(scope.parent());
        for (RangeItem item : scope.items()) {
            lateral.add(item);
        }
        for (ScopeColumn merged : scope.mergedColumns()) {
            lateral.addMerged(merged);
        }
        return lateral;
    }

    /**
     * SQLite has no LATERAL subqueries, but its json_each may take arguments that refer
     * to earlier FROM items. So the subquery's rows, computed per outer row, travel as
     * one JSON array of row arrays, and its columns are read back out of each element.
     */
    private Built lateral(QueryTranslator.QuerySql q, RangeSubselect sub, String alias, String sqlAlias) {
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= q.columns().size(); i++) {
            cols.add(SqlText.ident("c" + i));
        }
        String rows = "(SELECT json_group_array(json_array(" + String.join(", ", cols) + ")) FROM (" + q.sql() + "))";
        List<ScopeColumn> columns = new ArrayList<>();
        List<Node> colnames = sub.getAlias().getColnamesList();
        for (int i = 0; i < q.columns().size(); i++) {
            Typed c = q.columns().get(i);
            String name = i < colnames.size() ? colnames.get(i).getString().getSval() : c.name();
            columns.add(new ScopeColumn(name, c.type(), c.typmod(), "json_extract(" + sqlAlias + ".value, '$[" + i + "]')", 0, 0));
        }
        return single("json_each(" + rows + ") AS " + sqlAlias, alias, columns);
    }

    /** Set-returning functions in FROM: generate_series and unnest, iterated with SQLite's json_each. */
    private Built function(RangeFunction rf, Scope scope) {
        if (rf.getFunctionsCount() != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support ROWS FROM yet");
        }
        Node function = rf.getFunctions(0).getList().getItems(0);
        if (!function.hasFuncCall()) {
            return scalarExpression(function, rf, scope);
        }
        FuncCall call = function.getFuncCall();
        String name = call.getFuncname(call.getFuncnameCount() - 1).getString().getSval();
        String alias = rf.hasAlias() ? rf.getAlias().getAliasname() : name;
        String sqlAlias = sqlAlias(alias, scope);
        String schema = call.getFuncnameCount() > 1 ? call.getFuncname(call.getFuncnameCount() - 2).getString().getSval() : null;
        SystemTable catalogRows = call.getArgsCount() == 0 && !rf.getOrdinality() ? SystemCatalog.tableFunction(schema, name) : null;
        if (catalogRows != null) {
            List<String> names = new ArrayList<>();
            rf.getAlias().getColnamesList().forEach(n -> names.add(n.getString().getSval()));
            return systemRows(catalogRows, names, alias, sqlAlias, 0);
        }
        exprs.allowAggregates(false, "functions in FROM");
        List<Typed> args = new ArrayList<>();
        for (Node a : call.getArgsList()) {
            args.add(exprs.expr(a, scope));
        }
        if (RecordSetFunctions.isExpandArray(call) && args.size() == 1) {
            return expandArray(args.get(0), rf, alias, sqlAlias);
        }
        if (JsonToRecord.handles(name) && schema == null) {
            JsonToRecord.Source records = new JsonToRecord(ctx, exprs).source(name, call, args, rf, sqlAlias);
            return single(records.sql(), alias, records.columns());
        }
        String source;
        PgType type;
        switch (name) {
            case "generate_series" -> {
                if (args.size() < 2 || args.size() > 3) {
                    throw new PgException(SqlState.UNDEFINED_FUNCTION, "function generate_series with " + args.size()
                            + " arguments does not exist").atLocation(call.getLocation());
                }
                type = seriesType(args);
                List<String> sqlArgs = new ArrayList<>();
                for (int i = 0; i < args.size(); i++) {
                    PgType target = i == 2 && !isIntegerType(type) && !type.equals(Types.NUMERIC) ? Types.INTERVAL : type;
                    sqlArgs.add(exprs.coerce(args.get(i), target, -1, Coercion.Context.IMPLICIT, null).sql());
                }
                if (sqlArgs.size() == 2) {
                    sqlArgs.add("NULL");
                }
                source = "json_each(pg_generate_series_json(" + String.join(", ", sqlArgs) + ", " + type.oid() + "))";
                if (type.equals(Types.TIMESTAMP) || type.equals(Types.TIMESTAMPTZ)) {
                    if (args.size() != 3) {
                        throw new PgException(SqlState.UNDEFINED_FUNCTION, "function generate_series("
                                + io.pgmicro.analyze.TypeDisplay.name(type) + ", " + io.pgmicro.analyze.TypeDisplay.name(type)
                                + ") does not exist").atLocation(call.getLocation());
                    }
                    source = timestampSeries(sqlArgs, type);
                }
            }
            case "unnest" -> {
                for (Typed array : args) {
                    if (array.isUnknown() || !array.type().isArray()) {
                        throw new PgException(SqlState.UNDEFINED_FUNCTION, "function unnest(" +
                                io.pgmicro.analyze.TypeDisplay.name(array.type()) + ") does not exist").atLocation(call.getLocation());
                    }
                }
                if (args.size() > 1) {
                    return zippedUnnest(args, rf, alias, sqlAlias);
                }
                Typed array = args.get(0);
                type = ctx.catalog().type(array.type().elementOid());
                source = "json_each(pg_array_to_json(" + array.sql() + ", " + type.oid() + "))";
            }
            default -> {
                FunctionCallTranslator calls = new FunctionCallTranslator(ctx, exprs);
                Typed srf = calls.setReturningCall(call, scope);
                List<PgType.Field> fields = RecordSetFunctions.columns(srf.type(), rf, ctx, call.getLocation());
                if (fields != null) {
                    return recordColumns(srf, calls.returnedSet(), fields, rf, alias, sqlAlias);
                }
                String outName = io.pgmicro.catalog.UserFunctionSignatures.outputColumn(ctx.catalog(), calls.resolved());
                if (!calls.returnedSet() && !rf.getOrdinality()) {
                    return oneValue(srf, rf, outName != null ? outName : alias, alias, scope);
                }
                boolean keyed = name.endsWith("_each") || name.endsWith("_each_text");
                String source2 = "json_each(" + srf.sql() + ") AS " + sqlAlias;
                List<ScopeColumn> cols = new ArrayList<>();
                List<Node> colnames = rf.hasAlias() ? rf.getAlias().getColnamesList() : List.of();
                if (keyed) {
                    cols.add(new ScopeColumn(colnames.size() > 0 ? colnames.get(0).getString().getSval() : "key", Types.TEXT,
                            -1, sqlAlias + ".key", 0, 0));
                    cols.add(new ScopeColumn(colnames.size() > 1 ? colnames.get(1).getString().getSval() : "value", srf.type(),
                            -1, sqlAlias + ".value", 0, 0));
                } else {
                    String out = outName != null ? outName : BuiltinFunctions.outColumnName(name);
                    String col = colnames.size() > 0 ? colnames.get(0).getString().getSval() : out != null ? out : alias;
                    cols.add(new ScopeColumn(col, srf.type(), -1, ArrayValues.decode(sqlAlias + ".value", srf.type()), 0, 0));
                }
                if (rf.getOrdinality()) {
                    cols.add(new ScopeColumn(colnames.size() > cols.size() ? colnames.get(cols.size()).getString().getSval()
                            : "ordinality", Types.INT8, -1, "(" + sqlAlias + ".key + 1)", 0, 0));
                }
                return single(source2, alias, cols);
            }
        }
        String columnName = rf.hasAlias() && rf.getAlias().getColnamesCount() > 0
                ? rf.getAlias().getColnames(0).getString().getSval() : alias;
        List<ScopeColumn> cols = new ArrayList<>();
        cols.add(new ScopeColumn(columnName, type, -1, ArrayValues.decode(sqlAlias + ".value", type), 0, 0));
        if (rf.getOrdinality()) {
            String ordName = rf.hasAlias() && rf.getAlias().getColnamesCount() > 1
                    ? rf.getAlias().getColnames(1).getString().getSval() : "ordinality";
            cols.add(new ScopeColumn(ordName, Types.INT8, -1, "(" + sqlAlias + ".key + 1)", 0, 0));
        }
        return single(source + " AS " + sqlAlias, alias, cols);
    }

    /**
     * A function-like expression in FROM that the grammar does not parse as a function call
     * (COALESCE, NULLIF, GREATEST, LEAST, CURRENT_DATE and the like): one row of one column,
     * named after the alias as for any scalar function, else after the expression.
     */
    private Built scalarExpression(Node expression, RangeFunction rf, Scope scope) {
        if (rf.getOrdinality()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support WITH ORDINALITY here yet");
        }
        exprs.allowAggregates(false, "functions in FROM");
        Typed value = exprs.expr(expression, scope);
        String alias = rf.hasAlias() ? rf.getAlias().getAliasname() : value.name();
        return oneValue(value, rf, alias, alias, scope);
    }

    /**
     * A function in FROM that returns one value: one row of one column, named after the
     * alias's column list, else the function's OUT parameter, else the alias.
     */
    private Built oneValue(Typed value, RangeFunction rf, String columnName, String alias, Scope scope) {
        String column = rf.hasAlias() && rf.getAlias().getColnamesCount() > 0
                ? rf.getAlias().getColnames(0).getString().getSval() : columnName;
        String sqlAlias = sqlAlias(alias, scope);
        PgType type = value.isUnknown() ? Types.TEXT : value.type();
        List<ScopeColumn> cols = List.of(new ScopeColumn(column, type, value.typmod(), sqlAlias + ".value", 0, 0));
        return single("(SELECT " + value.sql() + " AS value) AS " + sqlAlias, alias, cols);
    }

    /**
     * A function in FROM whose value is a record: one column per field, read out of the
     * record's text; one row, or one per element of a set-returning function's JSON array.
     */
    private Built recordColumns(Typed call, boolean set, List<PgType.Field> fields, RangeFunction rf, String alias,
                                String sqlAlias) {
        String source = set ? "json_each(" + call.sql() + ") AS " + sqlAlias
                : "(SELECT " + call.sql() + " AS value) AS " + sqlAlias;
        String record = "pg_record_expect(" + sqlAlias + ".value, " + fields.size() + ")";
        List<Node> colnames = rf.hasAlias() ? rf.getAlias().getColnamesList() : List.of();
        List<ScopeColumn> cols = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            PgType.Field f = fields.get(i);
            String name = i < colnames.size() ? colnames.get(i).getString().getSval() : f.name();
            cols.add(new ScopeColumn(name, f.type(), -1, RecordFields.field(exprs, record, f, i).sql(), 0, 0));
        }
        if (rf.getOrdinality()) {
            String ordName = colnames.size() > cols.size() ? colnames.get(cols.size()).getString().getSval() : "ordinality";
            cols.add(new ScopeColumn(ordName, Types.INT8, -1, set ? "(" + sqlAlias + ".key + 1)" : "1", 0, 0));
        }
        return single(source, alias, cols);
    }

    /** information_schema._pg_expandarray(array): the elements (x) with their positions from 1 (n). */
    private Built expandArray(Typed array, RangeFunction rf, String alias, String sqlAlias) {
        if (ArrayValues.isVector(array.type())) {
            array = ArrayValues.vectorElements(array);
        }
        if (array.isUnknown() || !array.type().isArray()) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function information_schema._pg_expandarray("
                    + io.pgmicro.analyze.TypeDisplay.name(array.type()) + ") does not exist")
                    .withHint("No function matches the given name and argument types. You might need to add explicit type casts.");
        }
        PgType element = ctx.catalog().type(array.type().elementOid());
        List<String> names = new ArrayList<>(List.of("x", "n"));
        List<Node> colnames = rf.hasAlias() ? rf.getAlias().getColnamesList() : List.of();
        for (int i = 0; i < Math.min(colnames.size(), names.size()); i++) {
            names.set(i, colnames.get(i).getString().getSval());
        }
        List<ScopeColumn> cols = new ArrayList<>();
        cols.add(new ScopeColumn(names.get(0), element, -1, ArrayValues.decode(sqlAlias + ".value", element), 0, 0));
        cols.add(new ScopeColumn(names.get(1), Types.INT4, -1, "(" + sqlAlias + ".key + 1)", 0, 0));
        if (rf.getOrdinality()) {
            String ordName = colnames.size() > 2 ? colnames.get(2).getString().getSval() : "ordinality";
            cols.add(new ScopeColumn(ordName, Types.INT8, -1, "(" + sqlAlias + ".key + 1)", 0, 0));
        }
        return single("json_each(pg_array_to_json(" + array.sql() + ", " + element.oid() + ")) AS " + sqlAlias, alias, cols);
    }

    /** unnest(a, b, ...) in FROM: one column per array, side by side, the shorter ones padded with nulls. */
    private Built zippedUnnest(List<Typed> arrays, RangeFunction rf, String alias, String sqlAlias) {
        List<String> zipArgs = new ArrayList<>();
        List<Node> colnames = rf.hasAlias() ? rf.getAlias().getColnamesList() : List.of();
        List<ScopeColumn> cols = new ArrayList<>();
        for (int i = 0; i < arrays.size(); i++) {
            PgType element = ctx.catalog().type(arrays.get(i).type().elementOid());
            zipArgs.add(arrays.get(i).sql());
            zipArgs.add(Integer.toString(element.oid()));
            String name = i < colnames.size() ? colnames.get(i).getString().getSval() : "unnest";
            cols.add(new ScopeColumn(name, element, -1,
                    ArrayValues.decode("json_extract(" + sqlAlias + ".value, '$[" + i + "]')", element), 0, 0));
        }
        if (rf.getOrdinality()) {
            String ordName = colnames.size() > cols.size() ? colnames.get(cols.size()).getString().getSval() : "ordinality";
            cols.add(new ScopeColumn(ordName, Types.INT8, -1, "(" + sqlAlias + ".key + 1)", 0, 0));
        }
        return single("json_each(pg_arrays_zip_json(" + String.join(", ", zipArgs) + ")) AS " + sqlAlias, alias, cols);
    }

    /**
     * generate_series over timestamps, stepping with PostgreSQL's interval arithmetic in a
     * recursive CTE (ISO timestamp text compares correctly as text), so that a series
     * towards infinity stops at an outer LIMIT. The step's direction decides which side of
     * the stop value ends the series (and a zero step is an error, not an endless loop).
     * Its bounds may not refer to other FROM items.
     */
    private static String timestampSeries(List<String> args, PgType type) {
        String add = type.equals(Types.TIMESTAMP) ? "pg_timestamp_add_interval" : "pg_timestamptz_add_interval";
        String next = add + "(value, " + args.get(2) + ")";
        return "(WITH RECURSIVE _series(value) AS (SELECT " + args.get(0) + " WHERE " + withinSeries(args.get(0), args)
                + " UNION ALL SELECT " + next + " FROM _series WHERE " + withinSeries(next, args) + " LIMIT 50000000) "
                + "SELECT value, row_number() OVER () - 1 AS key FROM _series)";
    }

    /** Whether value has not passed the stop value args[1] in the direction of the step args[2]. */
    private static String withinSeries(String value, List<String> args) {
        return "CASE pg_series_step_direction(" + args.get(2) + ") WHEN 1 THEN " + value + " <= " + args.get(1)
                + " WHEN -1 THEN " + value + " >= " + args.get(1) + " END";
    }

    private static PgType seriesType(List<Typed> args) {
        PgType first = args.get(0).isUnknown() ? args.get(1).type() : args.get(0).type();
        if (first.equals(Types.UNKNOWN) || isIntegerType(first)) {
            boolean big = args.stream().anyMatch(a -> a.type().equals(Types.INT8));
            return big ? Types.INT8 : Types.INT4;
        }
        if (first.equals(Types.NUMERIC) || first.equals(Types.FLOAT8) || first.equals(Types.FLOAT4)) {
            return Types.NUMERIC;
        }
        if (first.equals(Types.DATE)) {
            return Types.TIMESTAMP;
        }
        return first;
    }

    private static boolean isIntegerType(PgType t) {
        return t.equals(Types.INT2) || t.equals(Types.INT4) || t.equals(Types.INT8);
    }

    /** Notes the items an outer join may fill with NULLs, so that their whole row is NULL in such a row. */
    private void markNullExtended(List<RangeItem> items, Scope scope) {
        for (RangeItem item : items) {
            scope.markNullExtended(item, notNullColumn(item));
        }
    }

    /**
     * A column of a table's own FROM item (the one with a tableoid) declared NOT NULL, so that it
     * is NULL only in a row an outer join added; null for other items or a table without one.
     */
    private ScopeColumn notNullColumn(RangeItem item) {
        if (item.systemColumns().isEmpty()) {
            return null;
        }
        for (ScopeColumn c : item.columns()) {
            RelationDef rel = ctx.catalog().relation(c.tableOid());
            for (AttributeDef a : rel == null ? List.<AttributeDef>of() : rel.attributes()) {
                if (a.attnum() == c.attnum() && a.notNull()) {
                    return c;
                }
            }
        }
        return null;
    }

    private Built join(JoinExpr j, Scope scope, boolean topLevel) {
        Built left = item(j.getLarg(), scope, false);
        Built right = item(j.getRarg(), scope, false);
        String keyword = switch (j.getJointype()) {
            case JOIN_LEFT -> "LEFT JOIN";
            case JOIN_RIGHT -> "RIGHT JOIN";
            case JOIN_FULL -> "FULL JOIN";
            default -> "JOIN";
        };
        if (j.getJointype() == JoinType.JOIN_LEFT || j.getJointype() == JoinType.JOIN_FULL) {
            markNullExtended(right.items, scope);
        }
        if (j.getJointype() == JoinType.JOIN_RIGHT || j.getJointype() == JoinType.JOIN_FULL) {
            markNullExtended(left.items, scope);
        }
        List<String> usingNames = new ArrayList<>();
        for (Node n : j.getUsingClauseList()) {
            usingNames.add(n.getString().getSval());
        }
        List<ScopeColumn> leftCols = starColumns(left);
        List<ScopeColumn> rightCols = starColumns(right);
        if (j.getIsNatural()) {
            for (ScopeColumn l : leftCols) {
                for (ScopeColumn r : rightCols) {
                    if (l.name().equals(r.name())) {
                        usingNames.add(l.name());
                    }
                }
            }
        }
        String condition;
        List<ScopeColumn> star = new ArrayList<>();
        if (!usingNames.isEmpty() || j.getIsNatural()) {
            List<String> conds = new ArrayList<>();
            List<ScopeColumn> mergedLeft = new ArrayList<>();
            List<ScopeColumn> mergedRight = new ArrayList<>();
            for (String name : usingNames) {
                ScopeColumn l = find(leftCols, name, "left");
                ScopeColumn r = find(rightCols, name, "right");
                Typed lt = Typed.of(l.sql(), l.type(), l.typmod());
                Typed rt = Typed.of(r.sql(), r.type(), r.typmod());
                conds.add(exprs.operator("=", lt, rt, -1).sql());
                mergedLeft.add(l);
                mergedRight.add(r);
                String mergedSql = switch (j.getJointype()) {
                    case JOIN_RIGHT -> r.sql();
                    case JOIN_FULL -> "coalesce(" + l.sql() + ", " + r.sql() + ")";
                    default -> l.sql();
                };
                ScopeColumn merged = new ScopeColumn(name, l.type(), l.typmod(), mergedSql, 0, 0);
                scope.addMerged(merged);
                star.add(merged);
            }
            for (ScopeColumn c : leftCols) {
                if (!mergedLeft.contains(c)) {
                    star.add(c);
                }
            }
            for (ScopeColumn c : rightCols) {
                if (!mergedRight.contains(c)) {
                    star.add(c);
                }
            }
            condition = conds.isEmpty() ? "1" : String.join(" AND ", conds);
        } else {
            star.addAll(leftCols);
            star.addAll(rightCols);
            exprs.allowAggregates(false, "JOIN conditions");
            condition = j.hasQuals() ? exprs.condition(j.getQuals(), scope, "JOIN/ON").sql() : "1";
        }
        String sql = "(" + left.sql + " " + keyword + " " + right.sql + " ON " + condition + ")";
        if (j.getJointype() == JoinType.JOIN_INNER && !j.hasQuals() && usingNames.isEmpty()) {
            sql = "(" + left.sql + " CROSS JOIN " + right.sql + ")";
        }
        String alias = j.hasAlias() ? j.getAlias().getAliasname() : null;
        if (alias != null && j.getAlias().getColnamesCount() > 0) {
            // (a JOIN b ...) AS j(x, y, ...) renames the join's columns in order
            List<Node> names = j.getAlias().getColnamesList();
            if (names.size() > star.size()) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "column alias list for \"" + alias
                        + "\" has too many entries");
            }
            for (int i = 0; i < names.size(); i++) {
                ScopeColumn c = star.get(i);
                star.set(i, new ScopeColumn(names.get(i).getString().getSval(), c.type(), c.typmod(), c.sql(), c.tableOid(),
                        c.attnum()));
            }
        }
        if (alias != null) {
            // members of an aliased join are reachable only through the alias
            List<RangeItem> items = scope.items();
            for (int i = 0; i < items.size(); i++) {
                RangeItem it = items.get(i);
                if (left.items.contains(it) || right.items.contains(it)) {
                    items.set(i, it.hiddenAlias());
                }
            }
        }
        if (j.hasJoinUsingAlias()) {
            // JOIN ... USING (a, b) AS x: x qualifies the merged columns only, SELECT * does not expand it,
            // and an alias of the whole join hides it as it hides the join's members
            scope.add(new RangeItem(j.getJoinUsingAlias().getAliasname(), star.subList(0, usingNames.size()), alias == null,
                    false, false));
        }
        RangeItem joinItem = new RangeItem(alias, star, alias != null, false, true);
        // a join inside another join is expanded by its parent, not by SELECT *
        if (!topLevel) {
            joinItem = joinItem.nested();
        }
        scope.add(joinItem);
        List<RangeItem> all = new ArrayList<>(left.items);
        all.addAll(right.items);
        all.add(joinItem);
        return new Built(sql, all, star);
    }

    private static List<ScopeColumn> starColumns(Built b) {
        return b.starColumns;
    }

    private static ScopeColumn find(List<ScopeColumn> cols, String name, String side) {
        for (ScopeColumn c : cols) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" specified in USING clause does not exist in "
                + side + " table");
    }

    private static List<String> aliasNames(RangeVar rv, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(rv.hasAlias() && i < rv.getAlias().getColnamesCount()
                    ? rv.getAlias().getColnames(i).getString().getSval() : null);
        }
        return names;
    }

    private static Built single(String sql, String alias, List<ScopeColumn> cols) {
        return new Built(sql, List.of(RangeItem.simple(alias, cols)), cols);
    }
}
