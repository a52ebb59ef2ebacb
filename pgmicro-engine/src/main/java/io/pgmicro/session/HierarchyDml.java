package io.pgmicro.session;

import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.parse.ast.Alias;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeVar;
import java.util.ArrayList;
import java.util.List;

/**
 * UPDATE and DELETE of a table that other tables inherit from (or of a partitioned table):
 * PostgreSQL modifies the matching rows of every table in the hierarchy, so the statement is
 * run once per member table, each as ONLY that table, under the name the statement used.
 */
final class HierarchyDml {
    /** One member's statement, and the table whose columns it shows (RETURNING *). */
    record Member(Node stmt, RelationDef table) {
    }

    private HierarchyDml() {
    }

    /** The statement once per member table, or null when it modifies one table alone. */
    static List<Member> perMember(Node stmt, AnalysisContext ctx) {
        RangeVar target = switch (stmt.getNodeCase()) {
            case UPDATE_STMT -> stmt.getUpdateStmt().hasWithClause() ? null : stmt.getUpdateStmt().getRelation();
            case DELETE_STMT -> stmt.getDeleteStmt().hasWithClause() ? null : stmt.getDeleteStmt().getRelation();
            default -> null;
        };
        if (target == null || !target.getInh()) {
            return null;
        }
        RelationDef table = ctx.catalog().findRelation(target.getSchemaname(), target.getRelname(), ctx.searchPath());
        if (table == null || !table.isTable()) {
            return null;
        }
        List<RelationDef> below = ctx.catalog().inheritance().descendants(table.oid());
        if (below.isEmpty()) {
            return null;
        }
        List<RelationDef> members = new ArrayList<>();
        if (table.kind() != 'p') {
            members.add(table);
        }
        for (RelationDef r : below) {
            if (r.kind() != 'p') {
                members.add(r);
            }
        }
        // expressions keep naming the table as the statement did
        Alias alias = target.hasAlias() ? target.getAlias() : Alias.newBuilder().setAliasname(target.getRelname()).build();
        List<Member> out = new ArrayList<>();
        for (RelationDef m : members) {
            RangeVar only = target.toBuilder().setSchemaname(m.schema()).setRelname(m.name()).setInh(false).setAlias(alias).build();
            Node one = stmt.getNodeCase() == Node.NodeCase.UPDATE_STMT
                    ? Node.newBuilder().setUpdateStmt(stmt.getUpdateStmt().toBuilder().setRelation(only)).build()
                    : Node.newBuilder().setDeleteStmt(stmt.getDeleteStmt().toBuilder().setRelation(only)).build();
            out.add(new Member(one, table));
        }
        return out;
    }
}
