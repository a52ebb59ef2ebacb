package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.ConstrType;
import io.pgmicro.parse.ast.Constraint;
import io.pgmicro.parse.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A column's constraint list as the parser gives it: DEFERRABLE, NOT DEFERRABLE, INITIALLY
 * DEFERRED and INITIALLY IMMEDIATE arrive as entries of their own after the constraint they
 * qualify. This folds them into that constraint, as PostgreSQL's transformConstraintAttrs
 * does, with its errors for clauses that follow nothing they could qualify.
 */
final class ConstraintAttributes {
    private ConstraintAttributes() {
    }

    static List<Constraint> fold(List<Node> nodes) {
        List<Constraint> out = new ArrayList<>();
        Boolean deferrable = null;
        Boolean deferred = null;
        for (Node n : nodes) {
            Constraint c = n.getConstraint();
            ConstrType type = c.getContype();
            boolean attribute = type == ConstrType.CONSTR_ATTR_DEFERRABLE || type == ConstrType.CONSTR_ATTR_NOT_DEFERRABLE
                    || type == ConstrType.CONSTR_ATTR_DEFERRED || type == ConstrType.CONSTR_ATTR_IMMEDIATE;
            if (!attribute) {
                out.add(c);
                deferrable = null;
                deferred = null;
                continue;
            }
            Constraint last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean qualifiable = last != null && (last.getContype() == ConstrType.CONSTR_PRIMARY
                    || last.getContype() == ConstrType.CONSTR_UNIQUE || last.getContype() == ConstrType.CONSTR_FOREIGN
                    || last.getContype() == ConstrType.CONSTR_EXCLUSION);
            switch (type) {
                case CONSTR_ATTR_DEFERRABLE, CONSTR_ATTR_NOT_DEFERRABLE -> {
                    boolean value = type == ConstrType.CONSTR_ATTR_DEFERRABLE;
                    if (!qualifiable) {
                        throw syntax("misplaced " + (value ? "" : "NOT ") + "DEFERRABLE clause", c);
                    }
                    if (deferrable != null) {
                        throw syntax("multiple DEFERRABLE/NOT DEFERRABLE clauses not allowed", c);
                    }
                    deferrable = value;
                    if (!value && Boolean.TRUE.equals(deferred)) {
                        throw syntax("constraint declared INITIALLY DEFERRED must be DEFERRABLE", c);
                    }
                    last = last.toBuilder().setDeferrable(value).build();
                }
                default -> {
                    boolean value = type == ConstrType.CONSTR_ATTR_DEFERRED;
                    if (!qualifiable) {
                        throw syntax("misplaced INITIALLY " + (value ? "DEFERRED" : "IMMEDIATE") + " clause", c);
                    }
                    if (deferred != null) {
                        throw syntax("multiple INITIALLY IMMEDIATE/DEFERRED clauses not allowed", c);
                    }
                    deferred = value;
                    if (value && Boolean.FALSE.equals(deferrable)) {
                        throw syntax("constraint declared INITIALLY DEFERRED must be DEFERRABLE", c);
                    }
                    // INITIALLY DEFERRED alone implies DEFERRABLE
                    last = last.toBuilder().setInitdeferred(value).setDeferrable(value || last.getDeferrable()).build();
                }
            }
            out.set(out.size() - 1, last);
        }
        return out;
    }

    private static PgException syntax(String message, Constraint clause) {
        return new PgException(SqlState.SYNTAX_ERROR, message).atLocation(clause.getLocation());
    }
}
