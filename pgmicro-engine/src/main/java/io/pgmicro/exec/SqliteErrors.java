package io.pgmicro.exec;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.exec.functions.PgErrors;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns SQLite's errors into PostgreSQL's: errors raised by pgmicro's own functions
 * come back as they were raised; constraint failures are named with the constraint
 * PostgreSQL would name; lock conflicts become serialization failures.
 */
public final class SqliteErrors {
    private SqliteErrors() {
    }

    /**
     * @param verb    INSERT, UPDATE or DELETE for data-modifying statements (used to word
     *                foreign key errors), or null
     * @param table   the table the statement modifies, or null
     */
    public static PgException translate(SQLException e, CatalogSnapshot catalog, RelationDef table, String verb) {
        PgException raised = PgErrors.decode(e);
        if (raised != null) {
            return raised;
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        int code = e instanceof SQLiteException se ? se.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new PgException(SqlState.SERIALIZATION_FAILURE,
                    "could not serialize access due to concurrent update")
                    .withDetail("Another connection holds a write transaction on this database.")
                    .withHint("Retry the transaction.");
        }
        if (code == SQLiteErrorCode.SQLITE_INTERRUPT.code) {
            return new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
        if (code == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
            return constraint(message, catalog, table, verb);
        }
        if (message.contains("ON CONFLICT clause does not match any PRIMARY KEY or UNIQUE constraint")) {
            return new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                    "there is no unique or exclusion constraint matching the ON CONFLICT specification");
        }
        // SQLite's window functions check their arguments as PostgreSQL's do, in other words
        if (message.contains("argument of ntile must be a positive integer")) {
            return new PgException(SqlState.INVALID_ARGUMENT_FOR_NTILE, "argument of ntile must be greater than zero");
        }
        if (message.contains("second argument to nth_value must be a positive integer")) {
            return new PgException(SqlState.INVALID_ARGUMENT_FOR_NTH_VALUE, "argument of nth_value must be greater than zero");
        }
        if (message.contains("integer overflow")) {
            return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "bigint out of range");
        }
        return new PgException(SqlState.INTERNAL_ERROR, "pgmicro: SQLite error: " + clean(message));
    }

    private static PgException constraint(String message, CatalogSnapshot catalog, RelationDef table, String verb) {
        String text = clean(message);
        if (text.startsWith("NOT NULL constraint failed: ")) {
            String[] tc = text.substring("NOT NULL constraint failed: ".length()).split("\\.", 2);
            RelationDef rel = bySqliteName(catalog, tc[0]);
            String tableName = rel != null ? rel.name() : tc[0];
            return new PgException(SqlState.NOT_NULL_VIOLATION, "null value in column \"" + tc[1] + "\" of relation \""
                    + tableName + "\" violates not-null constraint");
        }
        if (text.startsWith("UNIQUE constraint failed: ")) {
            String rest = text.substring("UNIQUE constraint failed: ".length());
            RelationDef rel = null;
            List<String> columns = new ArrayList<>();
            String indexName = null;
            if (rest.startsWith("index '")) {
                indexName = rest.substring(7, rest.length() - 1);
            } else {
                for (String tc : rest.split(",\\s*")) {
                    String[] parts = tc.split("\\.", 2);
                    rel = bySqliteName(catalog, parts[0]);
                    columns.add(parts[1]);
                }
            }
            String name = indexName != null ? indexName : uniqueName(rel, columns);
            return new PgException(SqlState.UNIQUE_VIOLATION, "duplicate key value violates unique constraint \"" + name + "\"");
        }
        if (text.startsWith("CHECK constraint failed: ")) {
            String name = text.substring("CHECK constraint failed: ".length());
            PgException domain = io.pgmicro.emit.DomainConstraints.violationOf(name, catalog);
            if (domain != null) {
                return domain;
            }
            String tableName = table != null ? table.name() : "?";
            return new PgException(SqlState.CHECK_VIOLATION, "new row for relation \"" + tableName
                    + "\" violates check constraint \"" + name + "\"");
        }
        if (text.startsWith("FOREIGN KEY constraint failed")) {
            return foreignKey(catalog, table, verb);
        }
        return new PgException(SqlState.INTEGRITY_CONSTRAINT_VIOLATION, text);
    }

    private static PgException foreignKey(CatalogSnapshot catalog, RelationDef table, String verb) {
        if (table != null && "DELETE".equals(verb)) {
            for (RelationDef child : catalog.referencing(table.oid())) {
                for (ConstraintDef c : child.constraintsOfType('f')) {
                    if (c.refTableOid() == table.oid()) {
                        return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "update or delete on table \"" + table.name()
                                + "\" violates foreign key constraint \"" + c.name() + "\" on table \"" + child.name() + "\"");
                    }
                }
            }
        }
        if (table != null) {
            List<ConstraintDef> fks = table.constraintsOfType('f');
            if (!fks.isEmpty()) {
                return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "insert or update on table \"" + table.name()
                        + "\" violates foreign key constraint \"" + fks.get(0).name() + "\"");
            }
            for (RelationDef child : catalog.referencing(table.oid())) {
                for (ConstraintDef c : child.constraintsOfType('f')) {
                    if (c.refTableOid() == table.oid()) {
                        return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "update or delete on table \"" + table.name()
                                + "\" violates foreign key constraint \"" + c.name() + "\" on table \"" + child.name() + "\"");
                    }
                }
            }
        }
        return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "foreign key constraint violated");
    }

    private static String uniqueName(RelationDef rel, List<String> columns) {
        if (rel != null) {
            for (ConstraintDef c : rel.constraints()) {
                if ((c.type() == 'p' || c.type() == 'u') && c.columns().equals(columns)) {
                    return c.name();
                }
            }
            for (var index : rel.indexes()) {
                if (index.unique() && index.keys().equals(columns)) {
                    return index.name();
                }
            }
        }
        return String.join("_", columns);
    }

    private static RelationDef bySqliteName(CatalogSnapshot catalog, String sqliteName) {
        for (RelationDef r : catalog.relations()) {
            if (r.sqliteName().equals(sqliteName)) {
                return r;
            }
        }
        return null;
    }

    /** sqlite-jdbc wraps SQLite's text as "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (...)"; keep SQLite's own words. */
    private static String clean(String message) {
        int open = message.indexOf('(');
        int close = message.lastIndexOf(')');
        if (message.startsWith("[") && open > 0 && close > open) {
            return message.substring(open + 1, close);
        }
        return message;
    }

    static List<String> split(String s) {
        return Arrays.asList(s.split(","));
    }
}
