package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.SqlText;
import io.pgmicro.parse.ast.DropBehavior;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.parse.ast.TruncateStmt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * TRUNCATE: empties the named tables and, with CASCADE, every table whose foreign keys
 * reference one of them. Which referencing table an error names and the order of the
 * cascade notices follow PostgreSQL: referencing tables are taken in OID order.
 */
final class TruncateCommand {
    private final DdlContext ddl;

    TruncateCommand(DdlContext ddl) {
        this.ddl = ddl;
    }

    String run(TruncateStmt stmt) {
        List<RelationDef> tables = new ArrayList<>();
        for (Node n : stmt.getRelationsList()) {
            RelationDef t = named(n.getRangeVar());
            if (!tables.contains(t)) {
                tables.add(t);
            }
        }
        if (stmt.getBehavior() == DropBehavior.DROP_CASCADE) {
            for (List<RelationDef> more = referencing(tables); !more.isEmpty(); more = referencing(tables)) {
                for (RelationDef child : more) {
                    ddl.notice("truncate cascades to table \"" + child.name() + "\"");
                    tables.add(child);
                }
            }
        } else {
            refuseIfReferenced(tables);
        }
        // every referencing table is emptied too, but in no order that suits circular references
        ddl.sql("PRAGMA defer_foreign_keys = ON");
        try {
            for (RelationDef t : tables) {
                ddl.sql("DELETE FROM " + SqlText.ident(t.sqliteName()));
            }
        } finally {
            ddl.sql("PRAGMA defer_foreign_keys = OFF");
        }
        if (stmt.getRestartSeqs()) {
            for (RelationDef t : tables) {
                for (RelationDef r : ddl.catalog().relations()) {
                    if (r.kind() == 'S' && r.sequence().ownedByTable() == t.oid()) {
                        ddl.sequences().set(r, ddl.catalog(), r.sequence().start(), false);
                    }
                }
            }
        }
        return "TRUNCATE TABLE";
    }

    private RelationDef named(RangeVar rv) {
        RelationDef t = ddl.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ddl.analysis().searchPath());
        if (t == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + rv.getRelname() + "\" does not exist");
        }
        if (!t.isTable()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + t.name() + "\" is not a table");
        }
        return t;
    }

    /** Names, for the first table of the list that another table outside it references, the first such table. */
    private void refuseIfReferenced(List<RelationDef> tables) {
        for (RelationDef t : tables) {
            for (RelationDef child : referencing(List.of(t))) {
                if (!tables.contains(child)) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "cannot truncate a table referenced in a foreign key constraint")
                            .withDetail("Table \"" + child.name() + "\" references \"" + t.name() + "\".")
                            .withHint("Truncate table \"" + child.name()
                                    + "\" at the same time, or use TRUNCATE ... CASCADE.");
                }
            }
        }
    }

    /** The tables outside {@code tables} with a foreign key to one of them, in OID order. */
    private List<RelationDef> referencing(Collection<RelationDef> tables) {
        TreeMap<Integer, RelationDef> byOid = new TreeMap<>();
        for (RelationDef r : ddl.catalog().relations()) {
            if (tables.contains(r)) {
                continue;
            }
            for (ConstraintDef c : r.constraints()) {
                if (c.type() == 'f' && tables.stream().anyMatch(t -> t.oid() == c.refTableOid())) {
                    byOid.put(r.oid(), r);
                }
            }
        }
        return new ArrayList<>(byOid.values());
    }
}
