package io.pgmicro.exec.constraints;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.TriggerDef;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.exec.SqliteErrors;
import io.pgmicro.exec.routines.Routines;
import io.pgmicro.parse.ast.ConstraintsSetStmt;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.session.Notice;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * When a session's deferrable constraints are checked. SQLite enforces keys row by row, or
 * foreign keys at COMMIT when declared deferred; PostgreSQL checks a DEFERRABLE key at the
 * end of each statement, or at COMMIT while it is deferred. So SQLite is told: a deferrable
 * foreign key is deferred (SQLite still refuses to commit a violation of it), a deferrable
 * primary key or unique constraint is no SQLite constraint at all; and this class checks them
 * (see KeyChecks) after each data-modifying statement while they are immediate, when SET
 * CONSTRAINTS makes them immediate, and before COMMIT. Deferred constraint triggers fire at
 * those same points (see DeferredTriggers). Tables without deferrable constraints cost
 * nothing here.
 */
public final class DeferredChecks {
    /** A change a statement of the transaction made, to word a violation found later as PostgreSQL would. */
    private record Change(int tableOid, String verb) {
    }

    private final Routines routines;
    private final List<Change> changes = new ArrayList<>();

    public DeferredChecks(Routines routines) {
        this.routines = routines;
    }

    /** Notes which table a data-modifying statement changes, and how (INSERT, UPDATE or DELETE). */
    public void changed(RelationDef table, String verb) {
        if (table != null && hasDeferrable(catalog())) {
            changes.add(new Change(table.oid(), verb));
        }
    }

    /**
     * Runs a data-modifying statement and then checks the deferrable constraints that are immediate.
     * Outside a transaction block the statement is a transaction of its own, so everything is checked
     * and the deferred constraint triggers fire before it commits.
     */
    public <T> T statement(boolean inBlock, Supplier<T> body) {
        if (!hasDeferrable(catalog())) {
            return body.get();
        }
        if (inBlock) {
            T result = body.get();
            check(true);
            return result;
        }
        Connection conn = routines.runtime().connection();
        try {
            QueryRunner.execute(conn, "BEGIN IMMEDIATE");
            T result;
            try {
                result = body.get();
                beforeCommit();
            } catch (RuntimeException e) {
                QueryRunner.execute(conn, "ROLLBACK");
                throw e;
            } finally {
                transactionEnded();
            }
            try {
                QueryRunner.execute(conn, "COMMIT");
            } catch (SQLException e) {
                QueryRunner.execute(conn, "ROLLBACK");
                throw e;
            }
            return result;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, catalog(), null, null);
        }
    }

    /**
     * For statements that manage their own transaction (DO, CALL, data-modifying WITH): what the end of the
     * statement checks, inside a block or, outside one, before the statement's own COMMIT.
     */
    public void statementEnded(boolean inBlock) {
        if (!hasDeferrable(catalog())) {
            return;
        }
        if (inBlock) {
            check(true);
        } else {
            try {
                beforeCommit();
            } finally {
                transactionEnded();
            }
        }
    }

    /** What COMMIT does first: the deferred constraint triggers fire, then every deferrable constraint is checked. */
    public void beforeCommit() {
        routines.deferredTriggers().fire(routines, t -> true);
        check(false);
    }

    /** COMMIT or ROLLBACK: SET CONSTRAINTS and the queued events end with the transaction. */
    public void transactionEnded() {
        routines.constraintModes().reset();
        routines.deferredTriggers().clear();
        changes.clear();
    }

    /**
     * SET CONSTRAINTS {ALL | name, ...} {DEFERRED | IMMEDIATE}. Outside a block it only warns (the names
     * are still looked up). Making constraints immediate checks them at once.
     */
    public void setConstraints(ConstraintsSetStmt stmt, boolean inBlock) {
        if (!inBlock) {
            routines.runtime().notice(new Notice("WARNING", SqlState.NO_ACTIVE_SQL_TRANSACTION,
                    "SET CONSTRAINTS can only be used in transaction blocks", null, null));
        }
        boolean deferred = stmt.getDeferred();
        List<Integer> named = new ArrayList<>();
        for (Node n : stmt.getConstraintsList()) {
            named.addAll(lookUp(n.getRangeVar()));
        }
        if (!inBlock) {
            return;
        }
        ConstraintModes modes = routines.constraintModes();
        if (stmt.getConstraintsCount() == 0) {
            modes.setAll(deferred);
        } else {
            named.forEach(oid -> modes.set(oid, deferred));
        }
        if (!deferred) {
            CatalogSnapshot catalog = catalog();
            routines.deferredTriggers().fire(routines, t -> !modes.deferred(t.oid(), t.deferrable(), t.deferred())
                    && catalog.triggersOf(t.tableOid()).stream().anyMatch(current -> current.oid() == t.oid()));
            check(true);
        }
    }

    /** The oids of the constraints and constraint triggers a name of SET CONSTRAINTS means: the first schema of the path that has one. */
    private List<Integer> lookUp(RangeVar name) {
        CatalogSnapshot catalog = catalog();
        List<String> schemas = name.getSchemaname().isEmpty()
                ? routines.runtime().analysis(List.of(), "").searchPath() : List.of(name.getSchemaname());
        for (String schema : schemas) {
            List<Integer> found = new ArrayList<>();
            for (RelationDef table : catalog.relations()) {
                if (!table.schema().equals(schema)) {
                    continue;
                }
                for (ConstraintDef c : table.constraints()) {
                    if (c.name().equals(name.getRelname())) {
                        requireDeferrable(c.name(), c.deferrable());
                        found.add(c.oid());
                        found.addAll(partitionCopies(catalog, table, c));
                    }
                }
                for (TriggerDef t : catalog.triggersOf(table.oid())) {
                    if (t.constraint() && t.name().equals(name.getRelname())) {
                        requireDeferrable(t.name(), t.deferrable());
                        found.add(t.oid());
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + name.getRelname() + "\" does not exist");
    }

    /** A partitioned table's key is enforced by each partition's copy of it (see TableInheritance.inheritKeys). */
    private static List<Integer> partitionCopies(CatalogSnapshot catalog, RelationDef table, ConstraintDef key) {
        List<Integer> copies = new ArrayList<>();
        if (table.kind() != 'p' || key.type() == 'f') {
            return copies;
        }
        for (RelationDef partition : catalog.inheritance().descendants(table.oid())) {
            for (ConstraintDef c : partition.constraints()) {
                if (c.type() == key.type() && c.columns().equals(key.columns()) && c.deferrable()) {
                    copies.add(c.oid());
                }
            }
        }
        return copies;
    }

    private static void requireDeferrable(String name, boolean deferrable) {
        if (!deferrable) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "constraint \"" + name + "\" is not deferrable");
        }
    }

    /** Checks the deferrable keys: only those in immediate mode now, or all of them. */
    private void check(boolean immediateOnly) {
        CatalogSnapshot catalog = catalog();
        KeyChecks keys = new KeyChecks(routines.runtime().connection(), catalog, routines.runtime().format());
        ConstraintModes modes = routines.constraintModes();
        try {
            for (RelationDef table : tablesInCreationOrder(catalog)) {
                for (ConstraintDef c : table.constraints()) {
                    if (!c.deferrable() || immediateOnly && modes.deferred(c.oid(), true, c.deferred())) {
                        continue;
                    }
                    PgException violation = c.type() == 'f' ? keys.orphan(table, c, parentSide(table.oid(), c.refTableOid()))
                            : keys.duplicate(table, c);
                    if (violation != null) {
                        throw violation;
                    }
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, catalog, null, null);
        }
    }

    /**
     * PostgreSQL reports the first queued change whose check fails: the referencing row's insert or update,
     * or the referenced row's update or delete. Which row is at fault is not tracked; which table the
     * transaction changed that way first is.
     */
    private boolean parentSide(int childOid, int parentOid) {
        for (Change c : changes) {
            if (c.tableOid() == childOid && !c.verb().equals("DELETE")) {
                return false;
            }
            if (c.tableOid() == parentOid && !c.verb().equals("INSERT")) {
                return true;
            }
        }
        return false;
    }

    private static List<RelationDef> tablesInCreationOrder(CatalogSnapshot catalog) {
        List<RelationDef> tables = new ArrayList<>();
        for (RelationDef r : catalog.relations()) {
            if (r.isTable() && r.kind() != 'p' && r.constraints().stream().anyMatch(ConstraintDef::deferrable)) {
                tables.add(r);
            }
        }
        tables.sort(java.util.Comparator.comparingInt(RelationDef::oid));
        return tables;
    }

    /** Whether anything here can apply: a deferrable key or a deferrable constraint trigger. */
    private static boolean hasDeferrable(CatalogSnapshot catalog) {
        for (RelationDef r : catalog.relations()) {
            if (r.constraints().stream().anyMatch(ConstraintDef::deferrable)) {
                return true;
            }
        }
        return catalog.triggers().stream().anyMatch(t -> t.constraint() && t.deferrable());
    }

    private CatalogSnapshot catalog() {
        return routines.runtime().catalog();
    }
}
