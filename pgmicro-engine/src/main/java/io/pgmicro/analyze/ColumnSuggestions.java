package io.pgmicro.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's HINT for a misspelt column: the visible columns whose names are within a
 * small edit distance of the one written ("Perhaps you meant to reference the column
 * "t.name"."), never suggesting a name that differs in more than half its characters.
 */
public final class ColumnSuggestions {
    /** PostgreSQL's MAX_FUZZY_DISTANCE. */
    private static final int MAX_DISTANCE = 3;

    private ColumnSuggestions() {
    }

    /** The hint for an unknown column, or null when nothing is close enough. */
    public static String hint(String written, Scope scope) {
        int best = MAX_DISTANCE + 1;
        List<String> matches = new ArrayList<>();
        for (Scope s = scope; s != null; s = s.parent()) {
            for (RangeItem item : s.items()) {
                if (!item.unqualifiable() || item.alias() == null) {
                    continue;
                }
                for (ScopeColumn c : item.columns()) {
                    int d = distance(written, c.name());
                    if (d > c.name().length() / 2 || d > best) {
                        continue;
                    }
                    String shown = "\"" + item.alias() + "." + c.name() + "\"";
                    if (d < best) {
                        best = d;
                        matches.clear();
                    }
                    if (!matches.contains(shown)) {
                        matches.add(shown);
                    }
                }
            }
        }
        if (matches.size() == 1) {
            return "Perhaps you meant to reference the column " + matches.get(0) + ".";
        }
        if (matches.size() == 2) {
            return "Perhaps you meant to reference the column " + matches.get(0) + " or the column " + matches.get(1) + ".";
        }
        return null;
    }

    /** Levenshtein distance with unit costs. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
