package io.pgmicro.exec;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.SqlText;
import io.pgmicro.types.FormatContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Names the foreign key a failed statement broke, with PostgreSQL's DETAIL. SQLite only
 * says "FOREIGN KEY constraint failed", so the statement runs once more inside a
 * savepoint with the checks deferred, SQLite's foreign_key_check reports the offending
 * rows, and the savepoint is rolled back.
 */
public final class ForeignKeyViolation {
    private ForeignKeyViolation() {
    }

    /**
     * @param rerun runs the failed statement again (same SQL, same parameters)
     */
    public static PgException explain(PgException error, Connection conn, CatalogSnapshot catalog, RelationDef target,
                                      Rerun rerun, FormatContext format) {
        if (!SqlState.FOREIGN_KEY_VIOLATION.equals(error.sqlState()) || target == null) {
            return error;
        }
        try {
            QueryRunner.execute(conn, "SAVEPOINT _pgmicro_fk");
            try {
                QueryRunner.execute(conn, "PRAGMA defer_foreign_keys = ON");
                rerun.run();
                List<Object[]> problems = QueryRunner.query(conn, "PRAGMA foreign_key_check", null, 4);
                // PostgreSQL checks the referencing tables in the order they were created
                problems.sort(java.util.Comparator.comparingInt(p -> {
                    RelationDef child = bySqliteName(catalog, p[0].toString());
                    return child == null ? Integer.MAX_VALUE : child.oid();
                }));
                if (!problems.isEmpty()) {
                    return describe(problems.get(0), conn, catalog, target, format, error);
                }
            } finally {
                QueryRunner.execute(conn, "ROLLBACK TO _pgmicro_fk");
                QueryRunner.execute(conn, "RELEASE _pgmicro_fk");
                QueryRunner.execute(conn, "PRAGMA defer_foreign_keys = OFF");
            }
        } catch (SQLException | RuntimeException e) {
            // the explanation is a courtesy; the violation itself stands
        }
        return error;
    }

    /** The failed statement, to be run again. */
    public interface Rerun {
        void run() throws SQLException;
    }

    private static PgException describe(Object[] problem, Connection conn, CatalogSnapshot catalog, RelationDef target,
                                        FormatContext format, PgException fallback) throws SQLException {
        RelationDef child = bySqliteName(catalog, problem[0].toString());
        RelationDef parent = bySqliteName(catalog, problem[2].toString());
        if (child == null || parent == null) {
            return fallback;
        }
        List<Object[]> keys = QueryRunner.query(conn, "PRAGMA foreign_key_list(" + SqlText.string(child.sqliteName()) + ")",
                null, 8);
        long fkid = ((Number) problem[3]).longValue();
        List<String> from = new ArrayList<>();
        for (Object[] k : keys) {
            if (((Number) k[0]).longValue() == fkid) {
                from.add(k[3].toString());
            }
        }
        ConstraintDef fk = null;
        for (ConstraintDef c : child.constraintsOfType('f')) {
            if (c.refTableOid() == parent.oid() && c.columns().equals(from)) {
                fk = c;
            }
        }
        if (fk == null) {
            return fallback;
        }
        List<String> cols = new ArrayList<>();
        for (String c : fk.columns()) {
            cols.add(SqlText.ident(c));
        }
        Object[] values = QueryRunner.query(conn, "SELECT " + String.join(", ", cols) + " FROM "
                + SqlText.ident(child.sqliteName()) + " WHERE rowid = ?", Arrays.asList(problem[1]), cols.size()).get(0);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            var type = catalog.type(child.attribute(fk.columns().get(i)).typeOid());
            texts.add(values[i] == null ? "null" : type.output(values[i], format));
        }
        if (target.oid() == child.oid()) {
            return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "insert or update on table \"" + child.name()
                    + "\" violates foreign key constraint \"" + fk.name() + "\"")
                    .withDetail("Key (" + String.join(", ", fk.columns()) + ")=(" + String.join(", ", texts)
                            + ") is not present in table \"" + parent.name() + "\".");
        }
        return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "update or delete on table \"" + parent.name()
                + "\" violates foreign key constraint \"" + fk.name() + "\" on table \"" + child.name() + "\"")
                .withDetail("Key (" + String.join(", ", fk.refColumns()) + ")=(" + String.join(", ", texts)
                        + ") is still referenced from table \"" + child.name() + "\".");
    }

    private static RelationDef bySqliteName(CatalogSnapshot catalog, String name) {
        for (RelationDef r : catalog.relations()) {
            if (name.equals(r.sqliteName())) {
                return r;
            }
        }
        return null;
    }
}
