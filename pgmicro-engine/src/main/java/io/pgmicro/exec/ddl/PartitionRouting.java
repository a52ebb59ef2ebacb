package io.pgmicro.exec.ddl;

import io.pgmicro.analyze.RangeItem;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.ScopeColumn;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.PartitionConstraint;
import io.pgmicro.catalog.PartitionKey;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.ExprTranslator;
import io.pgmicro.emit.QueryTranslator;
import io.pgmicro.emit.SqlText;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes SQLite route and check partitioned rows, with triggers kept in step with the catalog.
 * A partitioned table keeps an SQLite table of its own, which stays empty: a row inserted
 * into it is moved, by an AFTER INSERT trigger, into the partition whose bound it meets (so
 * the INSERT still counts and returns it), or fails with PostgreSQL's "no partition ... found
 * for row". Each partition checks, before a row is written to it directly, that the row
 * meets its partition constraint.
 */
final class PartitionRouting {
    private final DdlContext ddl;

    PartitionRouting(DdlContext ddl) {
        this.ddl = ddl;
    }

    /** Rewrites the triggers of the whole hierarchy {@code table} belongs to, after it changed. */
    void refresh(RelationDef table) {
        CatalogSnapshot catalog = ddl.reload();
        RelationDef root = table;
        while (root.hierarchy().bound() != null) {
            RelationDef parent = catalog.relation(root.hierarchy().parents().get(0));
            if (parent == null) {
                break;
            }
            root = parent;
        }
        List<RelationDef> members = new ArrayList<>();
        members.add(root);
        members.addAll(catalog.inheritance().descendants(root.oid()));
        for (RelationDef member : members) {
            writeTriggers(member, catalog);
        }
    }

    /** Drops the triggers a table had as a partition (after DETACH PARTITION). */
    void forget(RelationDef table) {
        for (String name : List.of(boundTrigger(table, "insert"), boundTrigger(table, "update"))) {
            ddl.sql("DROP TRIGGER IF EXISTS " + SqlText.ident(name));
        }
    }

    private void writeTriggers(RelationDef table, CatalogSnapshot catalog) {
        forget(table);
        ddl.sql("DROP TRIGGER IF EXISTS " + SqlText.ident(routeTrigger(table)));
        if (table.kind() == 'p') {
            ddl.sql(routing(table, catalog));
        }
        if (table.hierarchy().bound() != null) {
            Scope scope = newRowScope(table, catalog);
            String condition = translate(PartitionConstraint.withAncestors(table, catalog), scope, true);
            String failure = "SELECT pg_raise_detail('23514', " + SqlText.string("new row for relation \"" + table.name()
                    + "\" violates partition constraint") + ", " + translate(failingRow(table), scope, false) + ")";
            for (String event : List.of("insert", "update")) {
                ddl.sql("CREATE TRIGGER " + SqlText.ident(boundTrigger(table, event)) + " BEFORE " + event.toUpperCase()
                        + " ON " + SqlText.ident(table.sqliteName()) + " WHEN NOT (" + condition + ") BEGIN "
                        + failure + "; END");
            }
        }
    }

    private String routing(RelationDef table, CatalogSnapshot catalog) {
        Scope scope = newRowScope(table, catalog);
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (AttributeDef a : table.attributes()) {
            columns.add(SqlText.ident(a.name()));
            values.add("NEW." + SqlText.ident(a.name()));
        }
        StringBuilder body = new StringBuilder();
        List<String> bounds = new ArrayList<>();
        boolean hasDefault = false;
        for (RelationDef partition : catalog.inheritance().children(table.oid())) {
            if (partition.hierarchy().bound() == null) {
                continue;
            }
            hasDefault |= partition.hierarchy().bound().defaultPartition();
            String own = PartitionConstraint.of(partition, catalog);
            if (!partition.hierarchy().bound().defaultPartition()) {
                bounds.add(own);
            }
            body.append("INSERT INTO ").append(SqlText.ident(partition.sqliteName())).append(" (")
                    .append(String.join(", ", columns)).append(") SELECT ").append(String.join(", ", values))
                    .append(" WHERE ").append(translate(own, scope, true)).append("; ");
        }
        String noPartition = "SELECT pg_raise_detail('23514', " + SqlText.string("no partition of relation \""
                + table.name() + "\" found for row") + ", " + translate(failingKey(table.hierarchy().partitionKey()), scope, false) + ")";
        String unrouted = bounds.isEmpty() ? "" : " WHERE NOT (" + translate(String.join(" OR ", bounds), scope, true) + ")";
        StringBuilder sql = new StringBuilder("CREATE TRIGGER ").append(SqlText.ident(routeTrigger(table)))
                .append(" AFTER INSERT ON ").append(SqlText.ident(table.sqliteName())).append(" BEGIN ");
        if (!hasDefault) {
            sql.append(noPartition).append(unrouted).append("; ");
        }
        sql.append(body);
        sql.append("DELETE FROM ").append(SqlText.ident(table.sqliteName())).append(" WHERE rowid = NEW.rowid; END");
        return sql.toString();
    }

    /** DETAIL "Partition key of the failing row contains (a, b) = (1, null)." as an expression. */
    private static String failingKey(PartitionKey key) {
        List<String> values = new ArrayList<>();
        for (String k : key.expressions()) {
            values.add("coalesce((" + k + ")::text, 'null')");
        }
        return SqlText.string("Partition key of the failing row contains (" + String.join(", ", key.expressions()) + ") = (")
                + " || " + String.join(" || ', ' || ", values) + " || ').'";
    }

    /** DETAIL "Failing row contains (...)." as an expression. */
    private static String failingRow(RelationDef table) {
        List<String> values = new ArrayList<>();
        for (AttributeDef a : table.attributes()) {
            values.add("coalesce((" + TableBuilder.quoteIfNeeded(a.name()) + ")::text, 'null')");
        }
        return "'Failing row contains (' || " + String.join(" || ', ' || ", values) + " || ').'";
    }

    private String translate(String pgExpr, Scope scope, boolean condition) {
        ExprTranslator exprs = new ExprTranslator(ddl.analysis(), new QueryTranslator(ddl.analysis()));
        return condition ? exprs.condition(SqliteSchema.parse(pgExpr), scope, "CHECK").sql()
                : exprs.expr(SqliteSchema.parse(pgExpr), scope).sql();
    }

    /** The row being written, as a trigger sees it: every column as NEW.column. */
    private static Scope newRowScope(RelationDef table, CatalogSnapshot catalog) {
        List<ScopeColumn> cols = new ArrayList<>();
        for (AttributeDef a : table.attributes()) {
            cols.add(new ScopeColumn(a.name(), catalog.type(a.typeOid()), a.typmod(), "NEW." + SqlText.ident(a.name()),
                    table.oid(), a.attnum()));
        }
        Scope scope = new Scope(null);
        scope.add(RangeItem.simple(table.name(), cols));
        return scope;
    }

    private static String routeTrigger(RelationDef table) {
        return "_pgmicro_route_" + table.oid();
    }

    private static String boundTrigger(RelationDef table, String event) {
        return "_pgmicro_bound_" + event + "_" + table.oid();
    }
}
