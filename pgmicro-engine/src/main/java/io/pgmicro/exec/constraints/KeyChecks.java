package io.pgmicro.exec.constraints;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.SqlText;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.types.FormatContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a deferrable key over a whole table, as it stands, and words what it finds as
 * PostgreSQL does: a primary key or unique constraint that holds a key twice, a foreign key
 * with a referencing row whose key the referenced table lacks (MATCH SIMPLE: a row with a
 * NULL in its key references nothing).
 */
final class KeyChecks {
    private final Connection conn;
    private final CatalogSnapshot catalog;
    private final FormatContext format;

    KeyChecks(Connection conn, CatalogSnapshot catalog, FormatContext format) {
        this.conn = conn;
        this.catalog = catalog;
        this.format = format;
    }

    /** The unique violation of a primary key or unique constraint, or null when every key is there once. */
    PgException duplicate(RelationDef table, ConstraintDef key) throws SQLException {
        List<String> columns = idents(key.columns(), "");
        List<Object[]> found = QueryRunner.query(conn, "SELECT " + String.join(", ", columns) + " FROM "
                + SqlText.ident(table.sqliteName()) + " WHERE " + notNull(columns) + " GROUP BY " + String.join(", ", columns)
                + " HAVING count(*) > 1 LIMIT 1", null, columns.size());
        if (found.isEmpty()) {
            return null;
        }
        return new PgException(SqlState.UNIQUE_VIOLATION, "duplicate key value violates unique constraint \"" + key.name()
                + "\"").withDetail("Key (" + String.join(", ", key.columns()) + ")=(" + values(table, key.columns(),
                found.get(0)) + ") already exists.");
    }

    /**
     * The foreign key violation of a referencing row whose key is missing, or null when none is.
     *
     * @param parentSide word it as the change of the referenced table that left the row behind
     *                   (otherwise as the change of the referencing row)
     */
    PgException orphan(RelationDef child, ConstraintDef fk, boolean parentSide) throws SQLException {
        RelationDef parent = catalog.relation(fk.refTableOid());
        if (parent == null) {
            return null;
        }
        List<String> columns = idents(fk.columns(), "_c.");
        List<String> matches = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            matches.add("_p." + SqlText.ident(fk.refColumns().get(i)) + " = " + columns.get(i));
        }
        List<Object[]> found = QueryRunner.query(conn, "SELECT " + String.join(", ", columns) + " FROM "
                + SqlText.ident(child.sqliteName()) + " AS _c WHERE " + notNull(columns) + " AND NOT EXISTS (SELECT 1 FROM "
                + SqlText.ident(parent.sqliteName()) + " AS _p WHERE " + String.join(" AND ", matches) + ") LIMIT 1",
                null, columns.size());
        if (found.isEmpty()) {
            return null;
        }
        String key = values(child, fk.columns(), found.get(0));
        if (parentSide) {
            return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "update or delete on table \"" + parent.name()
                    + "\" violates foreign key constraint \"" + fk.name() + "\" on table \"" + child.name() + "\"")
                    .withDetail("Key (" + String.join(", ", fk.refColumns()) + ")=(" + key
                            + ") is still referenced from table \"" + child.name() + "\".");
        }
        return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "insert or update on table \"" + child.name()
                + "\" violates foreign key constraint \"" + fk.name() + "\"")
                .withDetail("Key (" + String.join(", ", fk.columns()) + ")=(" + key + ") is not present in table \""
                        + parent.name() + "\".");
    }

    private String values(RelationDef table, List<String> columns, Object[] row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            texts.add(catalog.type(table.attribute(columns.get(i)).typeOid()).output(row[i], format));
        }
        return String.join(", ", texts);
    }

    private static List<String> idents(List<String> names, String prefix) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(prefix + SqlText.ident(n));
        }
        return out;
    }

    private static String notNull(List<String> columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            out.add(c + " IS NOT NULL");
        }
        return String.join(" AND ", out);
    }
}
