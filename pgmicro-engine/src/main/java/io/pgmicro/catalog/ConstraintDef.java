package io.pgmicro.catalog;

import java.util.List;

/**
 * A table constraint as pg_constraint describes it.
 *
 * @param type          'p' primary key, 'u' unique, 'c' check, 'f' foreign key (pg_constraint.contype)
 * @param columns       the constrained columns (for 'c', the columns the expression mentions may be empty)
 * @param checkExpr     the CHECK expression as PostgreSQL source text
 * @param refTableOid   for 'f', the referenced table
 * @param refColumns    for 'f', the referenced columns
 * @param onUpdate      for 'f', pg_constraint.confupdtype: 'a' no action, 'r' restrict, 'c' cascade, 'n' set null, 'd' set default
 * @param onDelete      for 'f', pg_constraint.confdeltype, same letters
 * @param indexName     for 'p' and 'u', the SQLite index that enforces it
 * @param deferrable    DEFERRABLE (pg_constraint.condeferrable): for 'p', 'u' and 'f', checked at the end of the
 *                      statement rather than row by row, and SET CONSTRAINTS may put the check off until COMMIT
 * @param deferred      INITIALLY DEFERRED (pg_constraint.condeferred): checked at COMMIT unless SET CONSTRAINTS says
 *                      otherwise
 */
public record ConstraintDef(int oid, String name, char type, List<String> columns, String checkExpr, int refTableOid,
                            List<String> refColumns, char onUpdate, char onDelete, String indexName, boolean deferrable,
                            boolean deferred) {

    public ConstraintDef withDeferral(boolean isDeferrable, boolean isDeferred) {
        return new ConstraintDef(oid, name, type, columns, checkExpr, refTableOid, refColumns, onUpdate, onDelete, indexName,
                isDeferrable, isDeferred);
    }
}
