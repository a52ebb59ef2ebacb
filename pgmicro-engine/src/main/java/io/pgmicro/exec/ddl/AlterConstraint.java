package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.parse.ast.Constraint;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER TABLE ... ALTER CONSTRAINT name [NOT] DEFERRABLE [INITIALLY DEFERRED | IMMEDIATE]: PostgreSQL 15
 * changes only foreign keys this way. Whether SQLite defers the key is part of the table's SQLite schema,
 * so a change of DEFERRABLE rebuilds the table; a change of the initial mode is the catalog's alone.
 */
final class AlterConstraint {
    private final DdlContext ddl;

    AlterConstraint(DdlContext ddl) {
        this.ddl = ddl;
    }

    void alter(RelationDef table, Constraint change) {
        ConstraintDef found = null;
        for (ConstraintDef c : table.constraints()) {
            if (c.name().equals(change.getConname())) {
                found = c;
            }
        }
        if (found == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + change.getConname() + "\" of relation \""
                    + table.name() + "\" does not exist");
        }
        if (found.type() != 'f') {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "constraint \"" + found.name() + "\" of relation \""
                    + table.name() + "\" is not a foreign key constraint");
        }
        ConstraintDef altered = found.withDeferral(change.getDeferrable(), change.getInitdeferred());
        List<ConstraintDef> constraints = new ArrayList<>(table.constraints());
        constraints.set(constraints.indexOf(found), altered);
        RelationDef updated = table.withConstraints(constraints);
        ddl.store(updated);
        if (altered.deferrable() != found.deferrable()) {
            new AlterTable(ddl).rebuild(table, updated);
        }
    }
}
