package io.pgmicro.session;

import com.google.protobuf.Message;
import io.pgmicro.parse.ast.DeleteStmt;
import io.pgmicro.parse.ast.InsertStmt;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.parse.ast.UpdateStmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a parsed statement names: the relations anywhere in its tree (by relation name, schema
 * left out, so two relations of one name count as one), and whether it contains a
 * data-modifying statement (a SELECT can, in a WITH).
 */
final class RelationsNamed {
    private final Set<String> names = new HashSet<>();
    private boolean modifies;

    private RelationsNamed() {
    }

    static RelationsNamed in(Message stmt) {
        RelationsNamed r = new RelationsNamed();
        r.visit(stmt);
        return r;
    }

    Set<String> names() {
        return names;
    }

    boolean modifies() {
        return modifies;
    }

    private void visit(Message m) {
        if (m instanceof RangeVar rv) {
            names.add(rv.getRelname());
        }
        if (m instanceof InsertStmt || m instanceof UpdateStmt || m instanceof DeleteStmt) {
            modifies = true;
        }
        for (Object v : m.getAllFields().values()) {
            if (v instanceof Message child) {
                visit(child);
            } else if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Message child) {
                        visit(child);
                    }
                }
            }
        }
    }
}
