package io.pgmicro.emit;

import io.pgmicro.parse.ast.GroupingSet;
import io.pgmicro.parse.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * GROUP BY with GROUPING SETS, ROLLUP or CUBE, expanded into the plain grouping sets they
 * stand for (GROUP BY ROLLUP (a, b) is the sets (a, b), (a) and ()), so that the query
 * can run as one grouped SELECT per set: SQLite has no grouping sets.
 */
final class GroupingSets {
    private GroupingSets() {
    }

    static boolean present(List<Node> groupClause) {
        return groupClause.stream().anyMatch(Node::hasGroupingSet);
    }

    /** The grouping sets of a GROUP BY clause: the cross product of what each of its items stands for. */
    static List<List<Node>> expand(List<Node> groupClause) {
        List<List<Node>> product = List.of(List.of());
        for (Node item : groupClause) {
            List<List<Node>> next = new ArrayList<>();
            for (List<Node> prefix : product) {
                for (List<Node> set : sets(item)) {
                    List<Node> combined = new ArrayList<>(prefix);
                    combined.addAll(set);
                    next.add(combined);
                }
            }
            product = next;
        }
        return product;
    }

    private static List<List<Node>> sets(Node item) {
        if (!item.hasGroupingSet()) {
            return List.of(List.of(item));
        }
        GroupingSet g = item.getGroupingSet();
        return switch (g.getKind()) {
            case GROUPING_SET_EMPTY -> List.of(List.of());
            case GROUPING_SET_SIMPLE -> List.of(flatten(g.getContentList()));
            case GROUPING_SET_ROLLUP -> {
                List<List<Node>> out = new ArrayList<>();
                for (int n = g.getContentCount(); n >= 0; n--) {
                    out.add(flatten(g.getContentList().subList(0, n)));
                }
                yield out;
            }
            case GROUPING_SET_CUBE -> {
                // every subset, the largest first, as PostgreSQL lists them
                List<List<Node>> out = new ArrayList<>();
                int n = g.getContentCount();
                for (int size = n; size >= 0; size--) {
                    for (int mask = (1 << n) - 1; mask >= 0; mask--) {
                        if (Integer.bitCount(mask) == size) {
                            List<Node> chosen = new ArrayList<>();
                            for (int i = 0; i < n; i++) {
                                if ((mask & (1 << (n - 1 - i))) != 0) {
                                    chosen.add(g.getContent(i));
                                }
                            }
                            out.add(flatten(chosen));
                        }
                    }
                }
                yield out;
            }
            default -> {
                List<List<Node>> out = new ArrayList<>();
                for (Node member : g.getContentList()) {
                    out.addAll(sets(member));
                }
                yield out;
            }
        };
    }

    /** The expressions of a list whose members may be parenthesized groups (ROLLUP ((a, b), c)). */
    private static List<Node> flatten(List<Node> items) {
        List<Node> out = new ArrayList<>();
        for (Node n : items) {
            if (n.hasGroupingSet() && n.getGroupingSet().getKind() == io.pgmicro.parse.ast.GroupingSetKind.GROUPING_SET_SIMPLE) {
                out.addAll(n.getGroupingSet().getContentList());
            } else if (n.hasRowExpr()) {
                out.addAll(n.getRowExpr().getArgsList());
            } else {
                out.add(n);
            }
        }
        return out;
    }
}
