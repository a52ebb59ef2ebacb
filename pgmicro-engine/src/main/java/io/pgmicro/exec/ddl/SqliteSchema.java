package io.pgmicro.exec.ddl;

import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.RangeItem;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.ScopeColumn;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.DomainConstraints;
import io.pgmicro.emit.ExprTranslator;
import io.pgmicro.emit.QueryTranslator;
import io.pgmicro.emit.SqlText;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the SQLite schema of a table from its catalog definition. The catalog is the
 * source of truth: creating a table and rebuilding one after ALTER TABLE both go
 * through here, so the SQLite table always matches what pg_catalog says.
 */
public final class SqliteSchema {
    private SqliteSchema() {
    }

    /** The SQLite column of a table that has no columns. */
    static final String NO_COLUMNS = "_pgmicro_no_columns";

    static String createTable(RelationDef table, CatalogSnapshot catalog, AnalysisContext analysis) {
        return createTable(table, table.sqliteName(), catalog, analysis);
    }

    static String createTable(RelationDef table, String sqliteName, CatalogSnapshot catalog, AnalysisContext analysis) {
        List<String> parts = new ArrayList<>();
        for (AttributeDef a : table.attributes()) {
            PgType type = catalog.type(a.typeOid());
            // "INT", not "INTEGER": an INTEGER PRIMARY KEY would become SQLite's rowid alias, which turns an
            // inserted NULL into a new number where PostgreSQL raises a not-null violation
            String storage = type.storage() == io.pgmicro.types.StorageClass.INTEGER ? "INT" : type.storage().name();
            StringBuilder col = new StringBuilder(SqlText.ident(a.name())).append(' ').append(storage);
            if (type.equals(Types.NUMERIC)) {
                // numeric 1.0 and 1.00 are one value: the column's keys (primary, unique, foreign, ON CONFLICT),
                // DISTINCT and GROUP BY compare it under pg_numeric, and its indexes sort by value
                col.append(" COLLATE pg_numeric");
            }
            // a partitioned table's rows live in its partitions, which check them under their own names
            if (a.notNull() && table.kind() != 'p') {
                col.append(" NOT NULL");
            }
            parts.add(col.toString());
        }
        if (table.attributes().isEmpty()) {
            // PostgreSQL allows a table without columns; SQLite needs one, which no PostgreSQL name can reach
            parts.add(SqlText.ident(NO_COLUMNS) + " INT");
        }
        for (AttributeDef a : table.attributes()) {
            for (DomainConstraints.Rule rule : DomainConstraints.rules(catalog.domainChain(a.domainOid()),
                    SqlText.ident(a.name()), analysis)) {
                parts.add("CONSTRAINT " + SqlText.ident(rule.constraintName()) + " CHECK (" + rule.condition() + ")");
            }
        }
        for (ConstraintDef c : table.constraints()) {
            switch (c.type()) {
                case 'p' -> {
                    // a deferrable key may hold duplicates until its check; pgmicro checks it (DeferredConstraints)
                    if (!c.deferrable()) {
                        parts.add("CONSTRAINT " + SqlText.ident(c.name()) + " PRIMARY KEY (" + identList(c.columns()) + ")");
                    }
                }
                case 'c' -> {
                    if (table.kind() != 'p') {
                        parts.add("CONSTRAINT " + SqlText.ident(c.name()) + " CHECK ("
                                + condition(c.checkExpr(), table, catalog, analysis) + ")");
                    }
                }
                case 'f' -> {
                    RelationDef parent = catalog.relation(c.refTableOid());
                    String parentName = parent == null ? table.sqliteName() : parent.sqliteName();
                    parts.add("CONSTRAINT " + SqlText.ident(c.name()) + " FOREIGN KEY (" + identList(c.columns())
                            + ") REFERENCES " + SqlText.ident(parentName) + " (" + identList(c.refColumns()) + ")"
                            + " ON UPDATE " + action(c.onUpdate()) + " ON DELETE " + action(c.onDelete())
                            // SQLite checks it at COMMIT; pgmicro checks it sooner while it is in immediate mode
                            + (c.deferrable() ? " DEFERRABLE INITIALLY DEFERRED" : ""));
                }
                default -> {
                    // unique constraints are enforced by their index (see createIndex)
                }
            }
        }
        return "CREATE TABLE " + SqlText.ident(sqliteName) + " (" + String.join(", ", parts) + ")";
    }

    /** The CREATE INDEX that enforces or implements an index of the catalog. */
    static String createIndex(IndexDef index, RelationDef table, CatalogSnapshot catalog, AnalysisContext analysis) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < index.keys().size(); i++) {
            String key = index.expressionKeys().get(i)
                    ? "(" + expression(index.keys().get(i), table, catalog, analysis).sql() + ")"
                    : SqlText.ident(index.keys().get(i));
            keys.add(key + (index.descending().get(i) ? " DESC" : ""));
        }
        String sql = "CREATE " + (index.unique() && !table.deferrableIndex(index) ? "UNIQUE " : "") + "INDEX " + SqlText.ident(indexSqliteName(index, table))
                + " ON " + SqlText.ident(table.sqliteName()) + " (" + String.join(", ", keys) + ")";
        if (index.whereExpr() != null) {
            sql += " WHERE " + condition(index.whereExpr(), table, catalog, analysis);
        }
        return sql;
    }

    /** SQLite index names are global to the file; PostgreSQL's are per schema. */
    static String indexSqliteName(IndexDef index, RelationDef table) {
        return DdlContext.sqliteName(table.schema(), index.name());
    }

    public static String condition(String pgExpr, RelationDef table, CatalogSnapshot catalog, AnalysisContext analysis) {
        ExprTranslator exprs = new ExprTranslator(analysis, new QueryTranslator(analysis));
        return exprs.condition(parse(pgExpr), tableScope(table, catalog), "CHECK").sql();
    }

    public static Typed expression(String pgExpr, RelationDef table, CatalogSnapshot catalog, AnalysisContext analysis) {
        ExprTranslator exprs = new ExprTranslator(analysis, new QueryTranslator(analysis));
        return exprs.expr(parse(pgExpr), tableScope(table, catalog));
    }

    /** The table's columns by bare name, as CHECK constraints, indexes and generated columns see them. */
    static Scope tableScope(RelationDef table, CatalogSnapshot catalog) {
        Scope scope = new Scope(null);
        List<ScopeColumn> cols = new ArrayList<>();
        for (AttributeDef a : table.attributes()) {
            cols.add(new ScopeColumn(a.name(), catalog.type(a.typeOid()), a.typmod(), SqlText.ident(a.name()), table.oid(),
                    a.attnum()));
        }
        scope.add(RangeItem.simple(table.name(), cols));
        return scope;
    }

    static Node parse(String pgExpr) {
        return Parser.parse("SELECT " + pgExpr).statements().get(0).getStmt().getSelectStmt().getTargetList(0)
                .getResTarget().getVal();
    }

    private static String identList(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(SqlText.ident(n));
        }
        return String.join(", ", out);
    }

    private static String action(char code) {
        return switch (code) {
            case 'r' -> "RESTRICT";
            case 'c' -> "CASCADE";
            case 'n' -> "SET NULL";
            case 'd' -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }
}
