package io.pgmicro.emit;

import com.google.protobuf.Message;
import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.CommonTableExpr;
import io.pgmicro.parse.ast.DeleteStmt;
import io.pgmicro.parse.ast.InsertStmt;
import io.pgmicro.parse.ast.JoinExpr;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.parse.ast.SelectStmt;
import io.pgmicro.parse.ast.SetOperation;
import io.pgmicro.parse.ast.SubLink;
import io.pgmicro.parse.ast.UpdateStmt;
import io.pgmicro.parse.ast.WithClause;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's rules for WITH RECURSIVE, checked on the parse tree before anything is translated:
 * which items refer to themselves (only those are recursive), the order the items must be
 * translated in (an item may refer to one written after it), and where a recursive reference may
 * stand. SQLite would accept several of the forms PostgreSQL refuses and give other answers.
 */
final class RecursiveCtes {
    /** A WITH item and whether its query refers to the item itself. */
    record Item(CommonTableExpr cte, boolean selfReferencing) {
    }

    private RecursiveCtes() {
    }

    /**
     * The items of a WITH RECURSIVE clause in an order where each comes after the items it reads,
     * each checked for a well-formed recursion if it refers to itself.
     */
    static List<Item> ordered(WithClause with) {
        List<CommonTableExpr> ctes = new ArrayList<>();
        for (Node n : with.getCtesList()) {
            ctes.add(n.getCommonTableExpr());
        }
        List<Set<String>> dependencies = new ArrayList<>();
        List<Boolean> selfReferencing = new ArrayList<>();
        for (CommonTableExpr cte : ctes) {
            Set<String> reads = new LinkedHashSet<>();
            new ReferenceWalker(ctes.stream().map(CommonTableExpr::getCtename).toList(),
                    (rv, context) -> reads.add(rv.getRelname())).walk(cte.getCtequery());
            selfReferencing.add(reads.remove(cte.getCtename()));
            dependencies.add(reads);
        }
        List<Item> order = topologicalOrder(ctes, dependencies, selfReferencing);
        for (Item item : order) {
            if (item.selfReferencing()) {
                checkWellFormed(item.cte());
            }
        }
        return order;
    }

    private static List<Item> topologicalOrder(List<CommonTableExpr> ctes, List<Set<String>> dependencies,
                                               List<Boolean> selfReferencing) {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < ctes.size(); i++) {
            pending.add(i);
        }
        Set<String> done = new HashSet<>();
        List<Item> order = new ArrayList<>();
        while (!pending.isEmpty()) {
            Integer ready = pending.stream().filter(i -> done.containsAll(dependencies.get(i))).findFirst().orElse(null);
            if (ready == null) {
                // reported at the first item that could not be placed, as PostgreSQL does
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "mutual recursion between WITH items is not implemented")
                        .atLocation(ctes.get(pending.get(0)).getLocation());
            }
            pending.remove(ready);
            done.add(ctes.get(ready).getCtename());
            order.add(new Item(ctes.get(ready), selfReferencing.get(ready)));
        }
        return order;
    }

    private static void checkWellFormed(CommonTableExpr cte) {
        String name = cte.getCtename();
        if (!cte.getCtequery().hasSelectStmt()) {
            throw new PgException(SqlState.INVALID_RECURSION,
                    "recursive query \"" + name + "\" must not contain data-modifying statements")
                    .atLocation(cte.getLocation());
        }
        SelectStmt stmt = cte.getCtequery().getSelectStmt();
        if (stmt.getOp() != SetOperation.SETOP_UNION) {
            throw new PgException(SqlState.INVALID_RECURSION, "recursive query \"" + name
                    + "\" does not have the form non-recursive-term UNION [ALL] recursive-term")
                    .atLocation(cte.getLocation());
        }
        if (stmt.hasWithClause()) {
            // the WITH of the union itself encloses both terms: no reference may stand in it
            checkTerm(name, stmt.getWithClause().getCtesList(), Context.SUBLINK);
        }
        refuseDecoration(stmt);
        checkTerm(name, List.of(stmt.getLarg()), Context.NON_RECURSIVE_TERM);
        checkTerm(name, List.of(stmt.getRarg()), Context.OK);
    }

    private static void checkTerm(String name, List<? extends Message> term, Context start) {
        int[] count = {0};
        ReferenceWalker walker = new ReferenceWalker(List.of(name), (rv, context) -> {
            if (context != Context.OK) {
                throw new PgException(SqlState.INVALID_RECURSION, context.message(name)).atLocation(rv.getLocation());
            }
            if (++count[0] > 1) {
                throw new PgException(SqlState.INVALID_RECURSION,
                        "recursive reference to query \"" + name + "\" must not appear more than once")
                        .atLocation(rv.getLocation());
            }
        });
        walker.context = start;
        term.forEach(walker::walk);
    }

    /**
     * What PostgreSQL does not implement on a recursive union; SQLite would take ORDER BY as
     * the order of its work queue and LIMIT as a bound.
     */
    private static void refuseDecoration(SelectStmt query) {
        String clause = query.getSortClauseCount() > 0 ? "ORDER BY" : query.hasLimitOffset() ? "OFFSET"
                : query.hasLimitCount() ? "LIMIT" : query.getLockingClauseCount() > 0 ? "FOR UPDATE/SHARE" : null;
        if (clause == null) {
            return;
        }
        Node at = query.getSortClauseCount() > 0 ? query.getSortClause(0).getSortBy().getNode()
                : query.hasLimitOffset() ? query.getLimitOffset() : query.hasLimitCount() ? query.getLimitCount() : null;
        PgException e = new PgException(SqlState.FEATURE_NOT_SUPPORTED, clause + " in a recursive query is not implemented");
        throw at == null ? e : e.atLocation(ExprTranslator.location(at));
    }

    /** Where a recursive reference stands, and what PostgreSQL says if it may not stand there. */
    private enum Context {
        OK(null),
        NON_RECURSIVE_TERM("within its non-recursive term"),
        SUBLINK("within a subquery"),
        OUTER_JOIN("within an outer join"),
        INTERSECT("within INTERSECT"),
        EXCEPT("within EXCEPT");

        private final String where;

        Context(String where) {
            this.where = where;
        }

        String message(String name) {
            return "recursive reference to query \"" + name + "\" must not appear " + where;
        }
    }

    private interface ReferenceSink {
        void found(RangeVar reference, Context context);
    }

    /**
     * Finds the references to some WITH items in a raw parse tree: unqualified table names not
     * captured by a WITH nested inside, each with the context it stands in.
     */
    private static final class ReferenceWalker {
        private final List<String> names;
        private final ReferenceSink sink;
        /** The names of the nested WITH clauses around the current node, innermost first. */
        private final Deque<Set<String>> innerWiths = new ArrayDeque<>();
        private Context context = Context.OK;

        ReferenceWalker(List<String> names, ReferenceSink sink) {
            this.names = names;
            this.sink = sink;
        }

        void walk(Message m) {
            if (m instanceof Node n) {
                if (n.getNodeCase() != Node.NodeCase.NODE_NOT_SET) {
                    walkFields(n);
                }
            } else if (m instanceof RangeVar rv) {
                reference(rv);
            } else if (m instanceof SelectStmt s) {
                withScope(s.hasWithClause() ? s.getWithClause() : null, () -> selectBody(s));
            } else if (m instanceof InsertStmt || m instanceof UpdateStmt || m instanceof DeleteStmt) {
                withScope(withClauseOf(m), () -> walkFields(m));
            } else if (m instanceof JoinExpr j) {
                join(j);
            } else if (m instanceof SubLink sl) {
                inContext(Context.SUBLINK, () -> walk(sl.getSubselect()));
                walk(sl.getTestexpr());
            } else if (!(m instanceof WithClause)) {
                // a WITH clause is walked only under the control of the statement it belongs to
                walkFields(m);
            }
        }

        private static WithClause withClauseOf(Message m) {
            if (m instanceof InsertStmt i) {
                return i.hasWithClause() ? i.getWithClause() : null;
            }
            if (m instanceof UpdateStmt u) {
                return u.hasWithClause() ? u.getWithClause() : null;
            }
            DeleteStmt d = (DeleteStmt) m;
            return d.hasWithClause() ? d.getWithClause() : null;
        }

        private void reference(RangeVar rv) {
            if (!rv.getSchemaname().isEmpty() || !names.contains(rv.getRelname())) {
                return;
            }
            for (Set<String> inner : innerWiths) {
                if (inner.contains(rv.getRelname())) {
                    return;
                }
            }
            sink.found(rv, context);
        }

        /**
         * A nested WITH shadows the names it defines: for its main statement and, with RECURSIVE,
         * for all its items; otherwise each item sees only the items before it.
         */
        private void withScope(WithClause with, Runnable body) {
            if (with == null) {
                body.run();
                return;
            }
            Set<String> defined = new HashSet<>();
            innerWiths.push(defined);
            if (with.getRecursive()) {
                with.getCtesList().forEach(n -> defined.add(n.getCommonTableExpr().getCtename()));
            }
            for (Node n : with.getCtesList()) {
                walk(n.getCommonTableExpr().getCtequery());
                defined.add(n.getCommonTableExpr().getCtename());
            }
            body.run();
            innerWiths.pop();
        }

        private void selectBody(SelectStmt s) {
            if (context != Context.OK || (s.getOp() != SetOperation.SETOP_INTERSECT && s.getOp() != SetOperation.SETOP_EXCEPT)) {
                walkFields(s);
                return;
            }
            Context save = context;
            // the left arm of INTERSECT ALL or EXCEPT ALL may not read the recursive term; a second
            // reference in the right arm of a plain INTERSECT is reported as one too many
            if (s.getAll()) {
                context = s.getOp() == SetOperation.SETOP_INTERSECT ? Context.INTERSECT : Context.EXCEPT;
            }
            walk(s.getLarg());
            if (s.getOp() == SetOperation.SETOP_EXCEPT) {
                context = Context.EXCEPT;
            }
            walk(s.getRarg());
            context = save;
            s.getSortClauseList().forEach(this::walk);
            walk(s.getLimitOffset());
            walk(s.getLimitCount());
            s.getLockingClauseList().forEach(this::walk);
        }

        private void join(JoinExpr j) {
            switch (j.getJointype()) {
                case JOIN_LEFT -> {
                    walk(j.getLarg());
                    inContext(Context.OUTER_JOIN, () -> walk(j.getRarg()));
                }
                case JOIN_RIGHT -> {
                    inContext(Context.OUTER_JOIN, () -> walk(j.getLarg()));
                    walk(j.getRarg());
                }
                case JOIN_FULL -> inContext(Context.OUTER_JOIN, () -> {
                    walk(j.getLarg());
                    walk(j.getRarg());
                });
                default -> {
                    walk(j.getLarg());
                    walk(j.getRarg());
                }
            }
            walk(j.getQuals());
        }

        /** Runs a walk in a narrower context; one already refused stays (a subquery resets it). */
        private void inContext(Context narrower, Runnable body) {
            Context save = context;
            if (save == Context.OK || narrower == Context.SUBLINK) {
                context = narrower;
            }
            body.run();
            context = save;
        }

        private void walkFields(Message m) {
            m.getAllFields().forEach((field, value) -> {
                if (value instanceof Message child) {
                    walk(child);
                } else if (value instanceof List<?> list) {
                    for (Object o : list) {
                        if (o instanceof Message child) {
                            walk(child);
                        }
                    }
                }
            });
        }
    }
}
