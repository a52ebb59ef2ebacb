package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.TriggerDef;
import io.pgmicro.exec.routines.NameBinder;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.AlterTableCmd;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.parse.ast.RenameStmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** ALTER TABLE ... ENABLE / DISABLE TRIGGER and ALTER TRIGGER ... RENAME: changes to a trigger's catalog entry. */
final class TriggerAlterations {
    private final DdlContext ddl;

    TriggerAlterations(DdlContext ddl) {
        this.ddl = ddl;
    }

    /** ENABLE [ALWAYS | REPLICA] / DISABLE TRIGGER name | ALL | USER. */
    void setFiring(RelationDef table, AlterTableCmd cmd) {
        char firing = switch (cmd.getSubtype()) {
            case AT_EnableAlwaysTrig -> 'A';
            case AT_EnableReplicaTrig -> 'R';
            case AT_DisableTrig, AT_DisableTrigAll, AT_DisableTrigUser -> 'D';
            default -> 'O';
        };
        List<TriggerDef> chosen;
        switch (cmd.getSubtype()) {
            case AT_EnableTrigAll, AT_DisableTrigAll -> {
                // ALL also covers PostgreSQL's internal foreign-key triggers; pgmicro's foreign keys are
                // SQLite's and cannot be switched off per table, so refuse rather than keep checking silently
                if (firing == 'D' && hasForeignKeys(table)) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro cannot disable the foreign key "
                            + "checks of table \"" + table.name() + "\" (DISABLE TRIGGER ALL) yet");
                }
                chosen = ddl.reload().triggersOf(table.oid());
            }
            case AT_EnableTrigUser, AT_DisableTrigUser -> chosen = ddl.reload().triggersOf(table.oid());
            default -> chosen = List.of(named(table, cmd.getName()));
        }
        for (TriggerDef t : chosen) {
            ddl.store(t.withFiring(firing));
        }
    }

    /** ALTER TRIGGER name ON table RENAME TO newname. */
    String rename(RenameStmt stmt) {
        RangeVar rv = stmt.getRelation();
        RelationDef table = ddl.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ddl.analysis().searchPath());
        if (table == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + rv.getRelname() + "\" does not exist");
        }
        TriggerDef trigger = named(table, stmt.getSubname());
        if (ddl.reload().triggersOf(table.oid()).stream().anyMatch(t -> t.name().equals(stmt.getNewname()))) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "trigger \"" + stmt.getNewname() + "\" for relation \""
                    + table.name() + "\" already exists");
        }
        ddl.store(trigger.withName(stmt.getNewname()));
        return "ALTER TRIGGER";
    }

    /**
     * Before a column is dropped: the triggers that fire on UPDATE OF it or test it in WHEN depend on it, so
     * the drop fails unless CASCADE drops them too.
     */
    void dropColumnDependents(RelationDef table, String column, boolean cascade) {
        List<TriggerDef> dependents = ddl.reload().triggersOf(table.oid()).stream()
                .filter(t -> dependsOn(t, column)).sorted(Comparator.comparingInt(TriggerDef::oid)).toList();
        if (dependents.isEmpty()) {
            return;
        }
        if (!cascade) {
            List<String> lines = new ArrayList<>();
            for (TriggerDef t : dependents) {
                lines.add("trigger " + t.name() + " on table " + table.name() + " depends on column " + column
                        + " of table " + table.name());
            }
            throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop column " + column + " of table "
                    + table.name() + " because other objects depend on it")
                    .withDetail(String.join("\n", lines))
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        List<String> drops = new ArrayList<>();
        for (TriggerDef t : dependents) {
            drops.add("drop cascades to trigger " + t.name() + " on table " + table.name());
            ddl.remove(t.oid());
        }
        if (drops.size() == 1) {
            ddl.notice(drops.get(0));
        } else {
            ddl.notice("drop cascades to " + drops.size() + " other objects", String.join("\n", drops));
        }
    }

    /** Whether a trigger fires on UPDATE OF the column or its WHEN condition reads it (as OLD.c or NEW.c). */
    private static boolean dependsOn(TriggerDef t, String column) {
        if (t.updateColumns().contains(column)) {
            return true;
        }
        if (t.when() == null) {
            return false;
        }
        boolean[] found = {false};
        NameBinder.bind(Parser.parse("SELECT " + t.when()).statements().get(0).getStmt(), new NameBinder.Resolver() {
            @Override
            public int column(List<String> names) {
                found[0] |= names.size() == 2 && names.get(1).equals(column);
                return 0;
            }

            @Override
            public int parameter(int number) {
                return 0;
            }
        });
        return found[0];
    }

    private TriggerDef named(RelationDef table, String name) {
        return ddl.reload().triggersOf(table.oid()).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new PgException(SqlState.UNDEFINED_OBJECT, "trigger \"" + name + "\" for table \""
                        + table.name() + "\" does not exist"));
    }

    /** Whether the table references another or is referenced by one. */
    private boolean hasForeignKeys(RelationDef table) {
        for (RelationDef r : ddl.catalog().relations()) {
            for (ConstraintDef c : r.constraints()) {
                if (c.type() == 'f' && (r.oid() == table.oid() || c.refTableOid() == table.oid())) {
                    return true;
                }
            }
        }
        return false;
    }
}
