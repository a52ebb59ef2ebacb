package io.pgmicro.golden;

import java.util.ArrayList;
import java.util.List;

/** A unified-style diff of two texts by lines, to show where pgmicro's output departs from PostgreSQL's. */
final class LineDiff {
    private static final int CONTEXT = 3;

    private LineDiff() {
    }

    static String unified(String expectedName, String expected, String actualName, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        // longest common subsequence table, filled from the end
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add("-" + a.get(i++));
            } else {
                edits.add("+" + b.get(j++));
            }
        }
        // show every change with a few unchanged lines around it; gaps between start new hunks
        boolean[] shown = new boolean[edits.size()];
        for (int k = 0; k < edits.size(); k++) {
            if (edits.get(k).charAt(0) != ' ') {
                for (int m = Math.max(0, k - CONTEXT); m <= Math.min(edits.size() - 1, k + CONTEXT); m++) {
                    shown[m] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder("--- " + expectedName + "\n+++ " + actualName + "\n");
        for (int k = 0; k < edits.size(); k++) {
            if (!shown[k]) {
                continue;
            }
            if (k == 0 || !shown[k - 1]) {
                out.append("@@ expected line ").append(lineNumberOf(edits, k)).append(" @@\n");
            }
            out.append(edits.get(k)).append('\n');
        }
        return out.toString();
    }

    /** 1-based line of the expected text at an edit position. */
    private static int lineNumberOf(List<String> edits, int position) {
        int line = 1;
        for (int k = 0; k < position; k++) {
            if (edits.get(k).charAt(0) != '+') {
                line++;
            }
        }
        return line;
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
